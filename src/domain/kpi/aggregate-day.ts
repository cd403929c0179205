// src/domain/kpi/aggregate-day.ts — a queue's 15-minute aggregates of one UTC day packed into one binary block, as stored and as read by KPI queries

import { outcomes } from '../contacts/contact.js';
import { type IntervalAggregate, emptyAggregate, intervalMs, mergeAggregate } from './interval-aggregate.js';
import type { QueueSums } from './queue-sums.js';

/**
 * A month of 50 queues is 144,000 quarter-hours. Stored one row each, a KPI query spends its time
 * turning rows into objects; stored as one block per queue, channel and UTC day (96 quarter-hours),
 * the same month is 1,500 rows and a query reads numbers straight out of typed arrays.
 *
 * Layout (little-endian), only the quarter-hours that have contacts:
 * - header: u16 format (1), u16 n (quarter-hours present), u32 m (histogram entries);
 * - n × u8 slot (0–95, ascending), padded to 8 bytes;
 * - n × 26 × f64 figures: counts, wait sums and longest waits per outcome (7 each), then talk, hold,
 *   wrap, answered-with-handling-time and transferred;
 * - (n + 1) × u32 start of each slot's histogram entries;
 * - m × u16 histogram key (outcome × 1024 + ⌈wait⌉), padded to 4 bytes; m × u32 count.
 */
export const dayMs = 86_400_000;
export const slotsPerDay = dayMs / intervalMs;
const formatVersion = 1;
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
  figures: Float64Array;
  histogramStart: Uint32Array;
  keys: Uint16Array;
  counts: Uint32Array;
};

const pad = (bytes: number, to: number): number => Math.ceil(bytes / to) * to;

const layout = (n: number, m: number) => {
  const slots = 8;
  const figures = slots + pad(n, 8);
  const histogramStart = figures + n * figureCount * 8;
  const keys = histogramStart + (n + 1) * 4;
  const counts = keys + pad(m * 2, 4);
  return { slots, figures, histogramStart, keys, counts, total: counts + m * 4 };
};

/** Packs the aggregates of one day (any order, all within the day starting at `dayStart`). */
export const encodeDay = (dayStart: number, aggregates: IntervalAggregate[]): Uint8Array => {
  const sorted = [...aggregates].sort((a, b) => a.intervalStart - b.intervalStart);
  const n = sorted.length;
  const m = sorted.reduce((sum, a) => sum + a.histogram.size, 0);
  const at = layout(n, m);
  const buffer = new ArrayBuffer(at.total);
  const header = new DataView(buffer);
  header.setUint16(0, formatVersion, true);
  header.setUint16(2, n, true);
  header.setUint32(4, m, true);
  const slots = new Uint8Array(buffer, at.slots, n);
  const figures = new Float64Array(buffer, at.figures, n * figureCount);
  const histogramStart = new Uint32Array(buffer, at.histogramStart, n + 1);
  const keys = new Uint16Array(buffer, at.keys, m);
  const counts = new Uint32Array(buffer, at.counts, m);
  let entry = 0;
  sorted.forEach((a, j) => {
    const slot = (a.intervalStart - dayStart) / intervalMs;
    if (!(slot >= 0 && slot < slotsPerDay && Number.isInteger(slot)))
      throw new RangeError(`interval ${a.intervalStart} is not a quarter-hour of the day starting ${dayStart}`);
    if (j > 0 && slot === slots[j - 1]) throw new RangeError(`interval ${a.intervalStart} appears twice`);
    slots[j] = slot;
    const f = j * figureCount;
    for (let i = 0; i < k; i++) {
      figures[f + i] = a.counts[i] as number;
      figures[f + k + i] = a.waitSums[i] as number;
      figures[f + 2 * k + i] = a.maxWaits[i] as number;
    }
    figures[f + TALK] = a.talkSeconds;
    figures[f + HOLD] = a.holdSeconds;
    figures[f + WRAP] = a.wrapSeconds;
    figures[f + HANDLED] = a.handledWithTime;
    figures[f + TRANSFERRED] = a.transferred;
    histogramStart[j] = entry;
    for (const key of [...a.histogram.keys()].sort((x, y) => x - y)) {
      keys[entry] = key;
      counts[entry] = a.histogram.get(key) as number;
      entry += 1;
    }
  });
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
  const at = layout(n, m);
  if (bytes.byteLength < at.total) throw new RangeError(`aggregate block of ${bytes.byteLength} bytes is shorter than its ${at.total}`);
  const base = bytes.byteOffset;
  return {
    dayStart,
    n,
    slots: new Uint8Array(bytes.buffer, base + at.slots, n),
    figures: new Float64Array(bytes.buffer, base + at.figures, n * figureCount),
    histogramStart: new Uint32Array(bytes.buffer, base + at.histogramStart, n + 1),
    keys: new Uint16Array(bytes.buffer, base + at.keys, m),
    counts: new Uint32Array(bytes.buffer, base + at.counts, m),
  };
};

/** The j-th quarter-hour's start (epoch ms). */
export const slotStart = (d: AggregateDay, j: number): number => d.dayStart + (d.slots[j] as number) * intervalMs;

/** A block back into aggregates (for adding to it); `queue` is whatever key the caller uses. */
export const dayToAggregates = (d: AggregateDay, queue: string, channel: IntervalAggregate['channel']): IntervalAggregate[] => {
  const out: IntervalAggregate[] = [];
  for (let j = 0; j < d.n; j++) {
    const a = emptyAggregate(queue, channel, slotStart(d, j));
    const f = j * figureCount;
    for (let i = 0; i < k; i++) {
      a.counts[i] = d.figures[f + i] as number;
      a.waitSums[i] = d.figures[f + k + i] as number;
      a.maxWaits[i] = d.figures[f + 2 * k + i] as number;
    }
    a.talkSeconds = d.figures[f + TALK] as number;
    a.holdSeconds = d.figures[f + HOLD] as number;
    a.wrapSeconds = d.figures[f + WRAP] as number;
    a.handledWithTime = d.figures[f + HANDLED] as number;
    a.transferred = d.figures[f + TRANSFERRED] as number;
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
  let n = 0;
  for (let j = 0; j < d.n; j++) for (let i = 0; i < k; i++) n += d.figures[j * figureCount + i] as number;
  return n;
};

/**
 * Adds the j-th quarter-hour into running sums for threshold T, short-abandon S and the abandon set
 * (a bit mask over `outcomes`), in place.
 */
export const addSlotToSums = (s: QueueSums, d: AggregateDay, j: number, mask: number): void => {
  const f = d.figures;
  const base = j * figureCount;
  for (let i = 0; i < k; i++) {
    const n = f[base + i] as number;
    if (n === 0) continue;
    const waitSum = f[base + k + i] as number;
    const longest = f[base + 2 * k + i] as number;
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
  s.talkSeconds += f[base + TALK] as number;
  s.holdSeconds += f[base + HOLD] as number;
  s.wrapSeconds += f[base + WRAP] as number;
  s.handledWithTime += f[base + HANDLED] as number;
  s.transferred += f[base + TRANSFERRED] as number;
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

/** Staffed and paused seconds of one queue's agents per quarter-hour of a UTC day: 96 of each, as f64. */
export const agentDayLength = 2 * slotsPerDay;

/** The stored agent block (or none) plus new per-interval seconds: the block to store. */
export const addToAgentDay = (
  dayStart: number,
  stored: Uint8Array | null,
  additions: { intervalStart: number; staffedSeconds: number; pausedSeconds: number }[],
): Uint8Array => {
  const values = new Float64Array(agentDayLength);
  if (stored !== null) values.set(decodeAgentDay(stored));
  for (const a of additions) {
    const slot = (a.intervalStart - dayStart) / intervalMs;
    if (!(slot >= 0 && slot < slotsPerDay && Number.isInteger(slot)))
      throw new RangeError(`interval ${a.intervalStart} is not a quarter-hour of the day starting ${dayStart}`);
    values[slot] = (values[slot] as number) + a.staffedSeconds;
    values[slotsPerDay + slot] = (values[slotsPerDay + slot] as number) + a.pausedSeconds;
  }
  return new Uint8Array(values.buffer);
};

/** Staffed seconds at [slot], paused seconds at [96 + slot]. */
export const decodeAgentDay = (stored: Uint8Array): Float64Array => {
  const bytes = stored.byteOffset % 8 === 0 ? stored : stored.slice();
  if (bytes.byteLength !== agentDayLength * 8)
    throw new RangeError(`agent block of ${bytes.byteLength} bytes, expected ${agentDayLength * 8}`);
  return new Float64Array(bytes.buffer, bytes.byteOffset, agentDayLength);
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
