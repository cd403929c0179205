// src/domain/kpi/aggregate-day.ts — a queue's 15-minute aggregates of one UTC day packed into one binary block, as stored and as read by KPI queries

import { outcomes } from '../contacts/contact.js';
import { type IntervalAggregate, emptyAggregate, intervalMs, mergeAggregate } from './interval-aggregate.js';
import type { QueueSums } from './queue-sums.js';

/**
 * A month of 50 queues is 144,000 quarter-hours. Stored one row each, a KPI query spends its time
 * turning rows into objects; stored as one block per queue, channel and UTC day (96 quarter-hours),
 * the same month is 1,500 rows and a query reads numbers straight out of typed arrays. Most of a
 * quarter-hour's 26 figures are zero (few outcomes occur), so only the others are stored.
 *
 * Layout (little-endian), only the quarter-hours that have contacts, in slot order:
 * - header (16 bytes): u16 format (2), u16 n (quarter-hours), u32 m (histogram entries), u32 f (figures stored);
 * - f × f64 the non-zero figures, slot by slot, in figure order: counts, wait sums and longest waits
 *   per outcome (7 each), then talk, hold, wrap, answered-with-handling-time and transferred;
 * - n × u32 which figures a slot stores (bit i = figure i); (n + 1) × u32 where each slot's figures start;
 * - (n + 1) × u32 where each slot's histogram entries start; m × u32 count; m × u16 key
 *   (outcome × 1024 + ⌈wait⌉); n × u8 slot (0–95).
 */
export const dayMs = 86_400_000;
export const slotsPerDay = dayMs / intervalMs;
const formatVersion = 2;
const k = outcomes.length;
/** Figures per quarter-hour, and where each sits. */
export const figureCount = 3 * k + 5;
const TALK = 3 * k;
const HOLD = TALK + 1;
const WRAP = TALK + 2;
const HANDLED = TALK + 3;
const TRANSFERRED = TALK + 4;
const answeredIndex = 0;

export const dayStartOf = (epochMs: number): number => Math.floor(epochMs / dayMs) * dayMs;

/** A decoded block: views into its bytes, no copies. */
export type AggregateDay = {
  dayStart: number;
  n: number;
  slots: Uint8Array;
  masks: Uint32Array;
  figureStart: Uint32Array;
  figures: Float64Array;
  histogramStart: Uint32Array;
  keys: Uint16Array;
  counts: Uint32Array;
};

const headerBytes = 16;

const layout = (n: number, m: number, f: number) => {
  const figures = headerBytes;
  const masks = figures + f * 8;
  const figureStart = masks + n * 4;
  const histogramStart = figureStart + (n + 1) * 4;
  const counts = histogramStart + (n + 1) * 4;
  const keys = counts + m * 4;
  const slots = keys + m * 2;
  return { figures, masks, figureStart, histogramStart, counts, keys, slots, total: slots + n };
};

/** The 26 figures of an aggregate, in stored order. */
const figuresOf = (a: IntervalAggregate): number[] => [
  ...a.counts,
  ...a.waitSums,
  ...a.maxWaits,
  a.talkSeconds,
  a.holdSeconds,
  a.wrapSeconds,
  a.handledWithTime,
  a.transferred,
];

/** Packs the aggregates of one day (any order, all within the day starting at `dayStart`). */
export const encodeDay = (dayStart: number, aggregates: IntervalAggregate[]): Uint8Array => {
  const sorted = [...aggregates].sort((a, b) => a.intervalStart - b.intervalStart);
  const n = sorted.length;
  const m = sorted.reduce((sum, a) => sum + a.histogram.size, 0);
  const all = sorted.map(figuresOf);
  const f = all.reduce((sum, values) => sum + values.filter((v) => v !== 0).length, 0);
  const at = layout(n, m, f);
  const buffer = new ArrayBuffer(at.total);
  const header = new DataView(buffer);
  header.setUint16(0, formatVersion, true);
  header.setUint16(2, n, true);
  header.setUint32(4, m, true);
  header.setUint32(8, f, true);
  const figures = new Float64Array(buffer, at.figures, f);
  const masks = new Uint32Array(buffer, at.masks, n);
  const figureStart = new Uint32Array(buffer, at.figureStart, n + 1);
  const histogramStart = new Uint32Array(buffer, at.histogramStart, n + 1);
  const counts = new Uint32Array(buffer, at.counts, m);
  const keys = new Uint16Array(buffer, at.keys, m);
  const slots = new Uint8Array(buffer, at.slots, n);
  let figure = 0;
  let entry = 0;
  sorted.forEach((a, j) => {
    const slot = (a.intervalStart - dayStart) / intervalMs;
    if (!(slot >= 0 && slot < slotsPerDay && Number.isInteger(slot)))
      throw new RangeError(`interval ${a.intervalStart} is not a quarter-hour of the day starting ${dayStart}`);
    if (j > 0 && slot === slots[j - 1]) throw new RangeError(`interval ${a.intervalStart} appears twice`);
    slots[j] = slot;
    figureStart[j] = figure;
    let mask = 0;
    (all[j] as number[]).forEach((v, i) => {
      if (v === 0) return;
      mask |= 1 << i;
      figures[figure] = v;
      figure += 1;
    });
    masks[j] = mask >>> 0;
    histogramStart[j] = entry;
    for (const key of [...a.histogram.keys()].sort((x, y) => x - y)) {
      keys[entry] = key;
      counts[entry] = a.histogram.get(key) as number;
      entry += 1;
    }
  });
  figureStart[n] = figure;
  histogramStart[n] = entry;
  return new Uint8Array(buffer);
};

/** Views over a stored block (copied once if the driver handed out bytes at an odd offset). */
export const decodeDay = (dayStart: number, stored: Uint8Array): AggregateDay => {
  const bytes = stored.byteOffset % 8 === 0 ? stored : stored.slice();
  const header = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = header.getUint16(0, true);
  if (version !== formatVersion) throw new RangeError(`aggregate block format ${version} is not known`);
  const n = header.getUint16(2, true);
  const m = header.getUint32(4, true);
  const f = header.getUint32(8, true);
  const at = layout(n, m, f);
  if (bytes.byteLength < at.total) throw new RangeError(`aggregate block of ${bytes.byteLength} bytes is shorter than its ${at.total}`);
  const base = bytes.byteOffset;
  return {
    dayStart,
    n,
    slots: new Uint8Array(bytes.buffer, base + at.slots, n),
    masks: new Uint32Array(bytes.buffer, base + at.masks, n),
    figureStart: new Uint32Array(bytes.buffer, base + at.figureStart, n + 1),
    figures: new Float64Array(bytes.buffer, base + at.figures, f),
    histogramStart: new Uint32Array(bytes.buffer, base + at.histogramStart, n + 1),
    keys: new Uint16Array(bytes.buffer, base + at.keys, m),
    counts: new Uint32Array(bytes.buffer, base + at.counts, m),
  };
};

/** The j-th quarter-hour's 26 figures, zeros included, into `into` (reused by the caller). */
const unpackFigures = (d: AggregateDay, j: number, into: Float64Array): Float64Array => {
  into.fill(0);
  const mask = d.masks[j] as number;
  let p = d.figureStart[j] as number;
  for (let i = 0; i < figureCount; i++) if ((mask >>> i) & 1) into[i] = d.figures[p++] as number;
  return into;
};

/** The j-th quarter-hour's start (epoch ms). */
export const slotStart = (d: AggregateDay, j: number): number => d.dayStart + (d.slots[j] as number) * intervalMs;

/** A block back into aggregates (for adding to it); `queue` is whatever key the caller uses. */
export const dayToAggregates = (d: AggregateDay, queue: string, channel: IntervalAggregate['channel']): IntervalAggregate[] => {
  const out: IntervalAggregate[] = [];
  const f = new Float64Array(figureCount);
  for (let j = 0; j < d.n; j++) {
    const a = emptyAggregate(queue, channel, slotStart(d, j));
    unpackFigures(d, j, f);
    for (let i = 0; i < k; i++) {
      a.counts[i] = f[i] as number;
      a.waitSums[i] = f[k + i] as number;
      a.maxWaits[i] = f[2 * k + i] as number;
    }
    a.talkSeconds = f[TALK] as number;
    a.holdSeconds = f[HOLD] as number;
    a.wrapSeconds = f[WRAP] as number;
    a.handledWithTime = f[HANDLED] as number;
    a.transferred = f[TRANSFERRED] as number;
    for (let e = d.histogramStart[j] as number; e < (d.histogramStart[j + 1] as number); e++)
      a.histogram.set(d.keys[e] as number, d.counts[e] as number);
    out.push(a);
  }
  return out;
};

/** The stored block (or none) plus new aggregates of the same queue, channel and day: the block to store. */
export const addToDay = (dayStart: number, stored: Uint8Array | null, additions: IntervalAggregate[]): Uint8Array => {
  const first = additions[0];
  if (first === undefined) return stored ?? encodeDay(dayStart, []);
  const bySlot = new Map<number, IntervalAggregate>();
  if (stored !== null)
    for (const a of dayToAggregates(decodeDay(dayStart, stored), first.queueCode, first.channel)) bySlot.set(a.intervalStart, a);
  for (const a of additions) {
    const into = bySlot.get(a.intervalStart);
    if (into === undefined) {
      const copy = emptyAggregate(a.queueCode, a.channel, a.intervalStart);
      mergeAggregate(copy, a);
      bySlot.set(a.intervalStart, copy);
    } else mergeAggregate(into, a);
  }
  return encodeDay(dayStart, [...bySlot.values()]);
};

/** How many contacts a block holds (a check that needs no decoding of the rest). */
export const contactsInDay = (d: AggregateDay): number => {
  const f = new Float64Array(figureCount);
  let n = 0;
  for (let j = 0; j < d.n; j++) {
    unpackFigures(d, j, f);
    for (let i = 0; i < k; i++) n += f[i] as number;
  }
  return n;
};

const scratch = new Float64Array(figureCount);

/**
 * Adds the j-th quarter-hour into running sums for threshold T, short-abandon S and the abandon set
 * (a bit mask over `outcomes`), in place.
 */
export const addSlotToSums = (s: QueueSums, d: AggregateDay, j: number, mask: number): void => {
  const f = unpackFigures(d, j, scratch);
  for (let i = 0; i < k; i++) {
    const n = f[i] as number;
    if (n === 0) continue;
    const waitSum = f[k + i] as number;
    const longest = f[2 * k + i] as number;
    s.offered += n;
    if (longest > s.longestWaitSeconds) s.longestWaitSeconds = longest;
    if (i === answeredIndex) {
      s.answered += n;
      s.waitAnsweredSeconds += waitSum;
      if (longest > s.longestWaitAnsweredSeconds) s.longestWaitAnsweredSeconds = longest;
    } else if ((mask >> i) & 1) {
      s.abandoned += n;
      s.waitAbandonedSeconds += waitSum;
      if (longest > s.longestWaitAbandonedSeconds) s.longestWaitAbandonedSeconds = longest;
    } else {
      s.otherExits += n;
      s.waitOtherSeconds += waitSum;
    }
  }
  s.talkSeconds += f[TALK] as number;
  s.holdSeconds += f[HOLD] as number;
  s.wrapSeconds += f[WRAP] as number;
  s.handledWithTime += f[HANDLED] as number;
  s.transferred += f[TRANSFERRED] as number;
  const t = s.thresholdSeconds;
  const short = s.shortAbandonSeconds;
  const end = d.histogramStart[j + 1] as number;
  for (let e = d.histogramStart[j] as number; e < end; e++) {
    const key = d.keys[e] as number;
    const i = key >> 10;
    const bucket = key & 1023;
    const n = d.counts[e] as number;
    if (i === answeredIndex) {
      if (bucket <= t) s.answeredWithin += n;
    } else if ((mask >> i) & 1) {
      if (bucket <= t) s.abandonedWithin += n;
      if (bucket <= short) s.shortAbandoned += n;
    }
  }
};

/** Rows grouped by `keyOf` (queue, channel…) and UTC day: one group per block to write. */
export const groupByDay = <T extends { intervalStart: number }>(
  rows: T[],
  keyOf: (row: T) => string,
): { first: T; dayStart: number; rows: T[] }[] => {
  const groups = new Map<string, { first: T; dayStart: number; rows: T[] }>();
  for (const r of rows) {
    const dayStart = dayStartOf(r.intervalStart);
    const key = `${keyOf(r)}\u0000${dayStart}`;
    const g = groups.get(key);
    if (g === undefined) groups.set(key, { first: r, dayStart, rows: [r] });
    else g.rows.push(r);
  }
  return [...groups.values()];
};
