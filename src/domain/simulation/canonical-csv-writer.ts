// src/domain/simulation/canonical-csv-writer.ts — simulated calls in the canonical contact CSV and JSON-lines layouts

import { type ByteWriter, asciiText, createByteWriter } from './byte-writer.js';
import { writeUniqueid } from './queue-log-writer.js';
import type { SimCall } from './sim-types.js';
import { createTimeWriter } from './time-text.js';

/** The canonical CSV's columns, in this order (fixed: the canonical importer reads exactly these). */
export const canonicalCsvHeader =
  'source_id,channel,direction,queue,entered_at,answered_at,ended_at,outcome,wait_seconds,talk_seconds,hold_seconds,wrap_seconds,agent,transferred,disposition,customer_id';

/** RFC 4180: a field is quoted only when it holds a comma, a quote or a line break; quotes inside are doubled. */
export const csvField = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

const comma = 44;
const quote = 34;

/** `<callid>:<queue>`, the source id, written from numbers. */
const writeSourceId = (w: ByteWriter, c: SimCall): void => {
  writeUniqueid(w, c.enteredAt, c.channelSeq);
  w.byte(58);
  w.ascii(c.queueCode);
};

type Put = { w: ByteWriter; time: ReturnType<typeof createTimeWriter> };

const createPut = (size: number): Put => {
  const w = createByteWriter(size);
  return { w, time: createTimeWriter(w) };
};

/** A field then a comma: the value, or nothing for null. */
const csvTime = (p: Put, ms: number | null): void => {
  if (ms !== null) p.time.iso(ms / 1000);
  p.w.byte(comma);
};
const csvNumber = (p: Put, n: number | null): void => {
  if (n !== null) p.w.uint(n);
  p.w.byte(comma);
};

/**
 * The calls as canonical CSV: times in ISO 8601 UTC with `Z` (empty when null), `transferred` as
 * 1/0, `customer_id` the raw caller number. Queue codes, agent names and caller numbers never need
 * quoting (the simulator checks its names); the disposition is quoted when needed. ASCII bytes.
 */
export const encodeCanonicalCsv = (calls: readonly SimCall[], options: { header?: boolean } = {}): Uint8Array => {
  const p = createPut(1024 + 144 * calls.length);
  const w = p.w;
  if (options.header !== false) w.ascii(`${canonicalCsvHeader}\n`);
  for (const c of calls) {
    w.reserve(1024);
    writeSourceId(w, c);
    w.byte(comma);
    w.ascii(c.channel);
    w.byte(comma);
    w.ascii(c.direction);
    w.byte(comma);
    w.ascii(c.queueCode);
    w.byte(comma);
    csvTime(p, c.enteredAt);
    csvTime(p, c.answeredAt);
    csvTime(p, c.endedAt);
    w.ascii(c.outcome);
    w.byte(comma);
    csvNumber(p, c.waitSeconds);
    csvNumber(p, c.talkSeconds);
    csvNumber(p, c.holdSeconds);
    csvNumber(p, c.wrapSeconds);
    if (c.agent !== null) w.ascii(c.agent);
    w.ascii(c.transferred ? ',1,' : ',0,');
    if (c.disposition !== null) w.ascii(csvField(c.disposition));
    w.byte(comma);
    if (c.customerNumber !== null) w.ascii(c.customerNumber);
    w.byte(10);
  }
  return w.bytes();
};

export const writeCanonicalCsv = (calls: readonly SimCall[], options: { header?: boolean } = {}): string =>
  asciiText(encodeCanonicalCsv(calls, options));

/** `prefix` is the separator and the quoted key with its colon: `,"queue":`. */
const jsonKey = (w: ByteWriter, prefix: string): void => w.ascii(prefix);
const jsonText = (w: ByteWriter, key: string, value: string | null): void => {
  jsonKey(w, key);
  if (value === null) w.ascii('null');
  else {
    w.byte(quote);
    w.ascii(value);
    w.byte(quote);
  }
};
const jsonTime = (p: Put, key: string, ms: number | null): void => {
  jsonKey(p.w, key);
  if (ms === null) p.w.ascii('null');
  else {
    p.w.byte(quote);
    p.time.iso(ms / 1000);
    p.w.byte(quote);
  }
};
const jsonNumber = (w: ByteWriter, key: string, n: number | null): void => {
  jsonKey(w, key);
  if (n === null) w.ascii('null');
  else w.uint(n);
};

/**
 * The calls as JSON lines with the CSV's keys: times as ISO strings, durations as numbers,
 * `transferred` as a boolean, and null for what is unknown. Every string the simulator makes is
 * plain ASCII without quotes or backslashes, so none needs escaping.
 */
export const encodeCanonicalJsonLines = (calls: readonly SimCall[]): Uint8Array => {
  const p = createPut(1024 + 400 * calls.length);
  const w = p.w;
  for (const c of calls) {
    w.reserve(1024);
    w.ascii('{"source_id":"');
    writeSourceId(w, c);
    w.byte(quote);
    jsonText(w, ',"channel":', c.channel);
    jsonText(w, ',"direction":', c.direction);
    jsonText(w, ',"queue":', c.queueCode);
    jsonTime(p, ',"entered_at":', c.enteredAt);
    jsonTime(p, ',"answered_at":', c.answeredAt);
    jsonTime(p, ',"ended_at":', c.endedAt);
    jsonText(w, ',"outcome":', c.outcome);
    jsonNumber(w, ',"wait_seconds":', c.waitSeconds);
    jsonNumber(w, ',"talk_seconds":', c.talkSeconds);
    jsonNumber(w, ',"hold_seconds":', c.holdSeconds);
    jsonNumber(w, ',"wrap_seconds":', c.wrapSeconds);
    jsonText(w, ',"agent":', c.agent);
    w.ascii(c.transferred ? ',"transferred":true' : ',"transferred":false');
    jsonText(w, ',"disposition":', c.disposition);
    jsonText(w, ',"customer_id":', c.customerNumber);
    w.ascii('}\n');
  }
  return w.bytes();
};

export const writeCanonicalJsonLines = (calls: readonly SimCall[]): string => asciiText(encodeCanonicalJsonLines(calls));
