// src/domain/simulation/queue-log-writer.ts — simulated events as Asterisk queue_log text: the file Asterisk writes, or its realtime table as CSV

import { type ByteWriter, asciiText, createByteWriter } from './byte-writer.js';
import { type EventTable, eventKind } from './event-table.js';
import type { SimCall, SimDay, SimEvent, SimEventName } from './sim-types.js';
import { createTimeWriter } from './time-text.js';

export type QueueLogWriteOptions = {
  /**
   * The Asterisk release to imitate (default 20). Before 12 a transfer is logged as TRANSFER
   * (extension|context|holdtime|calltime|origposition) instead of BLINDTRANSFER/ATTENDEDTRANSFER;
   * before 13 there is no RINGCANCELED line.
   */
  asteriskVersion?: number;
};

/** A day (read from its compact table, the fast path) or any list of events. */
export type QueueLogSource = SimDay | readonly SimEvent[];

const pipe = 124;
const comma = 44;

/** Writes `|d1|d2…` (with `sep` for `|`) and returns how many data fields it wrote (an empty data string is one field). */
const writeData = (w: ByteWriter, sep: number, event: SimEventName, call: SimCall | null, info: string, version: number): number => {
  if (call === null) {
    w.byte(sep);
    w.ascii(info);
    return 1;
  }
  const wait = call.waitSeconds;
  switch (event) {
    case 'ENTERQUEUE':
      w.byte(sep);
      w.byte(sep);
      w.ascii(call.customerNumber ?? 'anonymous');
      return fields(w, sep, 2, call.origPosition);
    case 'CONNECT':
      w.byte(sep);
      w.uint(wait);
      w.byte(sep);
      writeUniqueid(w, call.offeredAt ?? 0, call.agentChannelSeq ?? 0);
      return fields(w, sep, 2, call.ringSeconds ?? 0);
    case 'COMPLETECALLER':
    case 'COMPLETEAGENT':
      return fields(w, sep, 0, wait, call.talkSeconds ?? 0, call.origPosition);
    case 'BLINDTRANSFER':
    case 'ATTENDEDTRANSFER':
      w.byte(sep);
      if (event === 'ATTENDEDTRANSFER' && version >= 12) {
        w.ascii('BRIDGE');
        w.byte(sep);
        w.ascii(call.transferBridgeId ?? '');
      } else {
        w.ascii(call.transferExtension ?? '');
        w.byte(sep);
        w.ascii(call.transferContext ?? '');
      }
      return fields(w, sep, 2, wait, call.talkSeconds ?? 0, call.origPosition);
    case 'ABANDON':
    case 'EXITWITHTIMEOUT':
      return fields(w, sep, 0, call.exitPosition ?? 0, call.origPosition, wait);
    case 'EXITWITHKEY':
      w.byte(sep);
      w.ascii(call.exitKey ?? '');
      return fields(w, sep, 1, call.exitPosition ?? 0, call.origPosition, wait);
    default:
      // RINGNOANSWER, RINGCANCELED: milliseconds of ringing
      w.byte(sep);
      w.ascii(info);
      return 1;
  }
};

/** Writes numeric fields, each after a separator; returns the running field count. */
const fields = (w: ByteWriter, sep: number, before: number, a: number, b?: number, c?: number): number => {
  w.byte(sep);
  w.uint(a);
  if (b === undefined) return before + 1;
  w.byte(sep);
  w.uint(b);
  if (c === undefined) return before + 2;
  w.byte(sep);
  w.uint(c);
  return before + 3;
};

/** `<epoch s>.<n>` from numbers: no string to copy. */
export const writeUniqueid = (w: ByteWriter, epochMs: number, seq: number): void => {
  w.uint(epochMs / 1000);
  w.byte(46);
  w.uint(seq);
};

const verbOf = (event: SimEventName, version: number): string =>
  version < 12 && (event === 'BLINDTRANSFER' || event === 'ATTENDEDTRANSFER') ? 'TRANSFER' : event;

type Layout = { sep: number; time: (w: ByteWriter, at: number) => void; padTo: number };

/** Writes one event in the layout; false when this Asterisk version would not write it. */
const writeEvent = (
  w: ByteWriter,
  layout: Layout,
  version: number,
  at: number,
  event: SimEventName,
  queue: string,
  agent: string,
  call: SimCall | null,
  info: string,
): boolean => {
  if (event === 'RINGCANCELED' && version < 13) return false;
  const sep = layout.sep;
  w.reserve(1024);
  layout.time(w, at);
  w.byte(sep);
  if (call !== null) writeUniqueid(w, call.enteredAt, call.channelSeq);
  // Member changes come over the manager interface (agents' phones, a wallboard); pauses and system lines carry NONE.
  else w.ascii(event === 'ADDMEMBER' || event === 'REMOVEMEMBER' ? 'MANAGER' : 'NONE');
  w.byte(sep);
  w.ascii(queue);
  w.byte(sep);
  w.ascii(agent);
  w.byte(sep);
  w.ascii(verbOf(event, version));
  const written = writeData(w, sep, event, call, info, version);
  for (let i = written; i < layout.padTo; i += 1) w.byte(sep);
  w.byte(10);
  return true;
};

/** Walks the source's events in order, reading a day's compact table without making objects. */
const eachEvent = (
  source: QueueLogSource,
  visit: (at: number, event: SimEventName, queue: string, agent: string, call: SimCall | null, info: string) => void,
): void => {
  if (Array.isArray(source)) {
    for (const e of source as readonly SimEvent[]) visit(e.at, e.event, e.queue, e.agent, e.call, e.info);
    return;
  }
  const table: EventTable = (source as SimDay).eventTable;
  for (let j = 0; j < table.size; j += 1) {
    const kind = table.kind[j] as number;
    const at = table.at[j] as number;
    if (kind === eventKind.object) {
      const e = table.ref[j] as SimEvent;
      visit(at, e.event, e.queue, e.agent, e.call, e.info);
      continue;
    }
    const call = table.ref[j] as SimCall;
    if (kind === eventKind.enter) visit(at, 'ENTERQUEUE', call.queueCode, 'NONE', call, '');
    else if (kind === eventKind.connect) visit(at, 'CONNECT', call.queueCode, call.agent ?? 'NONE', call, '');
    else if (kind === eventKind.end) visit(at, call.endEvent, call.queueCode, call.agent ?? 'NONE', call, '');
    else visit(at, 'RINGNOANSWER', call.queueCode, call.agent ?? 'NONE', call, String(call.missedRingMs));
  }
};

/** A first buffer size that most days fill without growing. */
const sizeHint = (source: QueueLogSource, perLine: number): number =>
  1024 + perLine * (Array.isArray(source) ? source.length : (source as SimDay).eventTable.size);

const fileLayout: Layout = { sep: pipe, time: (w, at) => w.uint(at), padTo: 0 };

/**
 * The events as Asterisk's file backend writes them, one line each: `epoch|callid|queuename|agent|event|data1|data2…`
 * (an event without data still ends in `|`). Bytes (ASCII), ready for the queue_log importer or a file.
 */
export const encodeQueueLog = (source: QueueLogSource, options: QueueLogWriteOptions = {}): Uint8Array => {
  const version = options.asteriskVersion ?? 20;
  const w = createByteWriter(sizeHint(source, 96));
  eachEvent(source, (at, event, queue, agent, call, info) => writeEvent(w, fileLayout, version, at, event, queue, agent, call, info));
  return w.bytes();
};

/** One event as one line (without the newline), or null when this Asterisk version would not write it. */
export const queueLogLine = (e: SimEvent, options: QueueLogWriteOptions = {}): string | null => {
  const w = createByteWriter(1024);
  const written = writeEvent(w, fileLayout, options.asteriskVersion ?? 20, e.at, e.event, e.queue, e.agent, e.call, e.info);
  return written ? asciiText(w.bytes()).slice(0, -1) : null;
};

/** The same as text. */
export const writeQueueLog = (source: QueueLogSource, options: QueueLogWriteOptions = {}): string =>
  asciiText(encodeQueueLog(source, options));

export const queueLogTableHeader = 'time,callid,queuename,agent,event,data1,data2,data3,data4,data5';

/**
 * The realtime table layout (`time,callid,queuename,agent,event,data1..data5`) as CSV, with `time`
 * in UTC (`queue_log_realtime_use_gmt = yes`) as `YYYY-MM-DD HH:MM:SS.ffffff`. No field ever needs
 * quoting: queue codes and agent names are checked, and the data are numbers and fixed words.
 */
export const encodeQueueLogTable = (source: QueueLogSource, options: QueueLogWriteOptions & { header?: boolean } = {}): Uint8Array => {
  const version = options.asteriskVersion ?? 20;
  const w = createByteWriter(sizeHint(source, 112));
  if (options.header !== false) w.ascii(`${queueLogTableHeader}\n`);
  const time = createTimeWriter(w);
  const layout: Layout = { sep: comma, time: (_, at) => time.table(at), padTo: 5 };
  eachEvent(source, (at, event, queue, agent, call, info) => writeEvent(w, layout, version, at, event, queue, agent, call, info));
  return w.bytes();
};

export const writeQueueLogTable = (source: QueueLogSource, options: QueueLogWriteOptions & { header?: boolean } = {}): string =>
  asciiText(encodeQueueLogTable(source, options));
