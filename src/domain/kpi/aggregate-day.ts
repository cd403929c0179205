// src/domain/kpi/aggregate-day.ts — a queue's 15-minute aggregates of one UTC day packed into one binary block, as stored and as read by KPI queries

import { outcomes } from '../contacts/contact.js';
import { type IntervalAggregate, emptyAggregate, intervalMs } from './interval-aggregate.js';
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

/**
 * Collects quarter-hours in slot order — their 26 figures and their histogram entries in key order —
 * and packs them into a block.
 */
const createBlockWriter = () => {
  const slots: number[] = [];
  const masks: number[] = [];
  const figureStart: number[] = [];
  const figures: number[] = [];
  const histogramStart: number[] = [];
  const keys: number[] = [];
  const counts: number[] = [];
  return {
    /** Starts a quarter-hour with its figures (zeros are left out). */
    slot: (slot: number, values: ArrayLike<number>): void => {
      if (slots.length > 0 && slot <= (slots[slots.length - 1] as number)) throw new RangeError(`slot ${slot} is not after the one before`);
      slots.push(slot);
      figureStart.push(figures.length);
      histogramStart.push(keys.length);
      let mask = 0;
      for (let i = 0; i < figureCount; i++) {
        const v = values[i] as number;
        if (v === 0) continue;
        mask |= 1 << i;
        figures.push(v);
      }
      masks.push(mask >>> 0);
    },
    /** A histogram entry of the current quarter-hour (keys ascending). */
    entry: (key: number, count: number): void => {
      keys.push(key);
      counts.push(count);
    },
    finish: (): Uint8Array => {
      const n = slots.length;
      const m = keys.length;
      const f = figures.length;
      const at = layout(n, m, f);
      const buffer = new ArrayBuffer(at.total);
      const header = new DataView(buffer);
      header.setUint16(0, formatVersion, true);
      header.setUint16(2, n, true);
      header.setUint32(4, m, true);
      header.setUint32(8, f, true);
      new Float64Array(buffer, at.figures, f).set(figures);
      new Uint32Array(buffer, at.masks, n).set(masks);
      new Uint32Array(buffer, at.figureStart, n + 1).set([...figureStart, f]);
      new Uint32Array(buffer, at.histogramStart, n + 1).set([...histogramStart, m]);
      new Uint32Array(buffer, at.counts, m).set(counts);
      new Uint16Array(buffer, at.keys, m).set(keys);
      new Uint8Array(buffer, at.slots, n).set(slots);
      return new Uint8Array(buffer);
    },
  };
};

/** Packs the aggregates of one day (any order, all within the day starting at `dayStart`). */
export const encodeDay = (dayStart: number, aggregates: IntervalAggregate[]): Uint8Array => {
  const writer = createBlockWriter();
  for (const a of [...aggregates].sort((x, y) => x.intervalStart - y.intervalStart)) {
    const slot = (a.intervalStart - dayStart) / intervalMs;
    if (!(slot >= 0 && slot < slotsPerDay && Number.isInteger(slot)))
      throw new RangeError(`interval ${a.intervalStart} is not a quarter-hour of the day starting ${dayStart}`);
    writer.slot(slot, figuresOf(a));
    for (const key of [...a.histogram.keys()].sort((x, y) => x - y)) writer.entry(key, a.histogram.get(key) as number);
  }
  return writer.finish();
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
  const added = encodeDay(dayStart, additions);
  return stored === null ? added : mergeDays(decodeDay(dayStart, stored), decodeDay(dayStart, added));
};

const firstMaxWait = 2 * k;
const sumA = new Float64Array(figureCount);
const sumB = new Float64Array(figureCount);

/**
 * Two blocks of the same day added into one, slot by slot and histogram entry by entry (both are in
 * order), without turning either back into aggregates: an import adds every batch this way.
 */
export const mergeDays = (a: AggregateDay, b: AggregateDay): Uint8Array => {
  const writer = createBlockWriter();
  const copyEntries = (d: AggregateDay, j: number): void => {
    for (let e = d.histogramStart[j] as number; e < (d.histogramStart[j + 1] as number); e++)
      writer.entry(d.keys[e] as number, d.counts[e] as number);
  };
  let i = 0;
  let j = 0;
  while (i < a.n || j < b.n) {
    const slotA = i < a.n ? (a.slots[i] as number) : Number.POSITIVE_INFINITY;
    const slotB = j < b.n ? (b.slots[j] as number) : Number.POSITIVE_INFINITY;
    if (slotA < slotB) {
      writer.slot(slotA, unpackFigures(a, i, sumA));
      copyEntries(a, i);
      i += 1;
    } else if (slotB < slotA) {
      writer.slot(slotB, unpackFigures(b, j, sumB));
      copyEntries(b, j);
      j += 1;
    } else {
      unpackFigures(a, i, sumA);
      unpackFigures(b, j, sumB);
      for (let x = 0; x < figureCount; x++)
        sumA[x] =
          x >= firstMaxWait && x < TALK ? Math.max(sumA[x] as number, sumB[x] as number) : (sumA[x] as number) + (sumB[x] as number);
      writer.slot(slotA, sumA);
      let ea = a.histogramStart[i] as number;
      let eb = b.histogramStart[j] as number;
      const endA = a.histogramStart[i + 1] as number;
      const endB = b.histogramStart[j + 1] as number;
      while (ea < endA || eb < endB) {
        const keyA = ea < endA ? (a.keys[ea] as number) : Number.POSITIVE_INFINITY;
        const keyB = eb < endB ? (b.keys[eb] as number) : Number.POSITIVE_INFINITY;
        if (keyA < keyB) writer.entry(keyA, a.counts[ea++] as number);
        else if (keyB < keyA) writer.entry(keyB, b.counts[eb++] as number);
        else writer.entry(keyA, (a.counts[ea++] as number) + (b.counts[eb++] as number));
      }
      i += 1;
      j += 1;
    }
  }
  return writer.finish();
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

/**
 * Adds the j-th quarter-hour's waits, per whole second (⌈wait⌉, the histogram's key), into two
 * arrays indexed by that second: contacts that abandoned (an outcome in the mask) and contacts whose
 * wait ended otherwise (answered or another exit) — the censored waits of a time-to-abandon curve.
 */
export const addSlotToWaitBins = (d: AggregateDay, j: number, mask: number, abandoned: Float64Array, censored: Float64Array): void => {
  const end = d.histogramStart[j + 1] as number;
  const last = abandoned.length - 1;
  for (let e = d.histogramStart[j] as number; e < end; e++) {
    const key = d.keys[e] as number;
    const i = key >> 10;
    const bucket = Math.min(key & 1023, last);
    const n = d.counts[e] as number;
    if (i !== answeredIndex && (mask >> i) & 1) abandoned[bucket] = (abandoned[bucket] as number) + n;
    else censored[bucket] = (censored[bucket] as number) + n;
  }
};
