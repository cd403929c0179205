// src/domain/imports/queue-log/parser.ts — reads an Asterisk queue_log (file layout or a database-table export) into the reconstructor

import { zonedToEpoch } from '../../shared/time-zone.js';
import { type ImportSink, type Parser, type ParserOptions, type ParserStats, emptyParserStats } from '../importer.js';
import { createLineRanges } from '../line-splitter.js';
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

  // The file layout is the common case and the hot path: fields are found with indexOf inside the
  // decoded block, the time is read from the character codes, and one event object is reused (the
  // reconstructor keeps nothing of it); the data fields stay in the block until one is asked for.
  const event: QueueLogEvent = { line: 0, time: 0, callid: '', queue: '', agent: '', verb: '', data: { text: '', start: 0, end: 0 } };
  const bar = (text: string, from: number, end: number): number => {
    const at = text.indexOf('|', from);
    return at === -1 || at >= end ? -1 : at;
  };
  const fileEvent = (text: string, start: number, end: number, line: number): QueueLogEvent | null => {
    const p1 = bar(text, start, end);
    const p2 = p1 < 0 ? -1 : bar(text, p1 + 1, end);
    const p3 = p2 < 0 ? -1 : bar(text, p2 + 1, end);
    const p4 = p3 < 0 ? -1 : bar(text, p3 + 1, end);
    if (p4 < 0) {
      const raw = text.slice(start, end);
      return reject(line, `expected at least 5 fields separated by "|", found ${raw.split('|').length}`, raw);
    }
    let seconds = 0;
    let fraction = 0;
    let scale = 0;
    let ok = p1 > start;
    for (let i = start; ok && i < p1; i++) {
      const c = text.charCodeAt(i);
      if (isDigit(c)) {
        if (scale === 0) seconds = seconds * 10 + (c - 48);
        else {
          fraction += (c - 48) / scale;
          scale *= 10;
        }
      } else if (c === 46 && i > start && scale === 0) scale = 10;
      else ok = false;
    }
    if (!ok) return reject(line, `field 1 "${text.slice(start, p1)}" is not a UNIX time in seconds`, text.slice(start, end));
    const p5 = bar(text, p4 + 1, end);
    const verb = text.slice(p4 + 1, p5 < 0 ? end : p5);
    if (verb === '') return reject(line, 'field 5 (the event) is empty', text.slice(start, end));
    event.line = line;
    event.time = Math.round((seconds + fraction) * 1000);
    event.callid = text.slice(p1 + 1, p2);
    event.queue = text.slice(p2 + 1, p3);
    event.agent = text.slice(p3 + 1, p4);
    event.verb = verb;
    event.data.text = text;
    event.data.start = p5 < 0 ? end : p5 + 1;
    event.data.end = end;
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
    const data = t.dataColumns.map((i) => f[i] ?? '').join('|');
    return {
      line,
      time,
      callid: at('callid'),
      queue: at('queuename'),
      agent: at('agent'),
      verb,
      data: { text: data, start: 0, end: data.length },
    };
  };

  const isBlank = (text: string, start: number, end: number): boolean => {
    for (let i = start; i < end; i++) if (text.charCodeAt(i) > 32) return false;
    return true;
  };
  const splitter = createLineRanges((text, start, end, line) => {
    stats.linesRead = line;
    if (isBlank(text, start, end)) return;
    if (layout === null) {
      const table = detectTable(text.slice(start, end));
      layout = table ?? { kind: 'file' };
      if (table !== null) return; // the header row
    }
    stats.rowsRead += 1;
    const event = layout.kind === 'file' ? fileEvent(text, start, end, line) : tableEvent(text.slice(start, end), line, layout);
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
