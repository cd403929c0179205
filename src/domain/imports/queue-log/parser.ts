// src/domain/imports/queue-log/parser.ts — reads an Asterisk queue_log (file layout or a database-table export) into the reconstructor

import { zonedToEpoch } from '../../shared/time-zone.js';
import { type ImportSink, type Parser, type ParserOptions, type ParserStats, emptyParserStats } from '../importer.js';
import { createLineSplitter } from '../line-splitter.js';
import { type QueueLogEvent, createReconstructor } from './reconstruct.js';

export type QueueLogParserOptions = ParserOptions & {
  /** Zone of the table layout's local `time` strings (Asterisk writes local time unless told to use GMT). */
  timeZone: string;
  source?: string;
  openCallHorizonMs?: number;
};

/**
 * Two layouts are recognised from the first line:
 * - the file Asterisk writes: `epoch|callid|queuename|agent|event|data1|data2…`;
 * - the realtime table (`time, callid, queuename, agent, event, data1..data5` or one `data` column)
 *   exported with a header row, separated by `,`, `;`, tab or `|`, with `time` as
 *   `YYYY-MM-DD HH:MM:SS[.ffffff]` in local time (or with a `Z`/offset suffix).
 */
type Layout = { kind: 'file' } | { kind: 'table'; delimiter: string; columns: Map<string, number>; dataColumns: number[] };

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

const detectTable = (header: string): Layout | null => {
  for (const delimiter of [',', ';', '\t', '|']) {
    const names = splitQuoted(header, delimiter).map((n) => n.trim().toLowerCase());
    if (!names.includes('time') || !names.includes('callid') || !names.includes('event')) continue;
    const columns = new Map(names.map((n, i) => [n, i]));
    const dataColumns = names
      .map((n, i) => [n, i] as const)
      .filter(([n]) => /^data\d*$/.test(n))
      .sort(([a], [b]) => (a === 'data' ? 0 : Number(a.slice(4))) - (b === 'data' ? 0 : Number(b.slice(4))))
      .map(([, i]) => i);
    return { kind: 'table', delimiter, columns, dataColumns };
  }
  return null;
};

/** Splits one line on a delimiter, honouring double quotes (a doubled quote is a literal quote). */
export const splitQuoted = (line: string, delimiter: string): string[] => {
  if (!line.includes('"')) return line.split(delimiter);
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i += 1;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (line[i] === '"') break;
        else {
          value += line[i];
          i += 1;
        }
      }
      out.push(value);
      const next = line.indexOf(delimiter, i);
      i = next === -1 ? line.length + 1 : next + delimiter.length;
    } else {
      const next = line.indexOf(delimiter, i);
      out.push(next === -1 ? line.slice(i) : line.slice(i, next));
      i = next === -1 ? line.length + 1 : next + delimiter.length;
    }
  }
  return out;
};

const tableTime = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?(Z|[+-]\d{2}:?\d{2})?$/;

/** A table-layout time → epoch ms; local times are read in `zone`. */
const parseTableTime = (text: string, zone: string): number | null => {
  const m = tableTime.exec(text.trim());
  if (m === null) return null;
  const [, y, mo, d, h, mi, s, frac, offset] = m as unknown as string[];
  const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  const parts = [Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s)] as const;
  if (offset === undefined) return zonedToEpoch(zone, ...parts, ms);
  const utc = Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3], parts[4], parts[5], ms);
  if (offset === 'Z') return utc;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return utc - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
};

export const createQueueLogParser = (options: QueueLogParserOptions, sink: ImportSink): Parser => {
  const stats: ParserStats = emptyParserStats();
  let layout: Layout | null = null;
  const countingSink: ImportSink = {
    contact: sink.contact,
    agentState: sink.agentState,
    reject: (r) => {
      stats.rejected += 1;
      sink.reject(r);
    },
    warn: sink.warn,
  };
  const calls = createReconstructor(
    {
      source: options.source ?? 'asterisk',
      pseudonymise: options.pseudonymise,
      openCallHorizonMs: options.openCallHorizonMs ?? 6 * 3600_000,
    },
    countingSink,
  );
  /** Reports a line as rejected; returns null so a reader can `return reject(…)`. */
  const reject = (line: number, reason: string, raw: string): null => {
    countingSink.reject({ line, reason, raw });
    return null;
  };

  // The file layout is the common case and the hot path: fields are found with indexOf, the time is
  // read from the character codes, and one event object is reused (the reconstructor keeps nothing of it).
  const event: QueueLogEvent = { line: 0, time: 0, callid: '', queue: '', agent: '', verb: '', data: [] };
  const fileEvent = (text: string, line: number): QueueLogEvent | null => {
    const p1 = text.indexOf('|');
    const p2 = p1 < 0 ? -1 : text.indexOf('|', p1 + 1);
    const p3 = p2 < 0 ? -1 : text.indexOf('|', p2 + 1);
    const p4 = p3 < 0 ? -1 : text.indexOf('|', p3 + 1);
    if (p4 < 0) return reject(line, `expected at least 5 fields separated by "|", found ${text.split('|').length}`, text);
    let seconds = 0;
    let fraction = 0;
    let scale = 0;
    let ok = p1 > 0;
    for (let i = 0; ok && i < p1; i++) {
      const c = text.charCodeAt(i);
      if (isDigit(c)) {
        if (scale === 0) seconds = seconds * 10 + (c - 48);
        else {
          fraction += (c - 48) / scale;
          scale *= 10;
        }
      } else if (c === 46 && i > 0 && scale === 0) scale = 10;
      else ok = false;
    }
    if (!ok) return reject(line, `field 1 "${text.slice(0, p1)}" is not a UNIX time in seconds`, text);
    const p5 = text.indexOf('|', p4 + 1);
    const verb = p5 < 0 ? text.slice(p4 + 1) : text.slice(p4 + 1, p5);
    if (verb === '') return reject(line, 'field 5 (the event) is empty', text);
    event.line = line;
    event.time = Math.round((seconds + fraction) * 1000);
    event.callid = text.slice(p1 + 1, p2);
    event.queue = text.slice(p2 + 1, p3);
    event.agent = text.slice(p3 + 1, p4);
    event.verb = verb;
    event.data = p5 < 0 ? [] : text.slice(p5 + 1).split('|');
    return event;
  };

  const tableEvent = (text: string, line: number, t: Extract<Layout, { kind: 'table' }>): QueueLogEvent | null => {
    const f = splitQuoted(text, t.delimiter);
    const at = (name: string): string => f[t.columns.get(name) ?? -1] ?? '';
    const time = parseTableTime(at('time'), options.timeZone);
    if (time === null) return reject(line, `column "time": "${at('time')}" is not a date and time (YYYY-MM-DD HH:MM:SS)`, text);
    const verb = at('event').trim();
    if (verb === '') return reject(line, 'column "event" is empty', text);
    // One `data` column holds the data fields joined by `|`; data1..data5 hold one each.
    const data = t.dataColumns.flatMap((i) => (t.columns.get('data') === i ? (f[i] ?? '').split('|') : [f[i] ?? '']));
    while (data.length > 0 && data[data.length - 1] === '') data.pop();
    return { line, time, callid: at('callid'), queue: at('queuename'), agent: at('agent'), verb, data };
  };

  const splitter = createLineSplitter((text, line) => {
    stats.linesRead = line;
    if (text.trim() === '') return;
    if (layout === null) {
      const table = detectTable(text);
      layout = table ?? { kind: 'file' };
      if (table !== null) return; // the header row
    }
    stats.rowsRead += 1;
    const event = layout.kind === 'file' ? fileEvent(text, line) : tableEvent(text, line, layout);
    if (event !== null) calls.event(event);
  });

  return {
    push: splitter.push,
    end: () => {
      splitter.end();
      calls.end();
    },
    stats: () => ({ ...stats, warnings: calls.warnings() }),
  };
};
