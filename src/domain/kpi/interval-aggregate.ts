// src/domain/kpi/interval-aggregate.ts — per queue × channel × 15-minute counts, sums and an exact wait histogram, added up on import

import { type Channel, type ContactRecord, type Outcome, outcomes } from '../contacts/contact.js';

/** Contacts belong to the 15-minute interval of their queue entry. Every IANA zone's offset is a multiple of 15 minutes, so a UTC quarter-hour is also a local one. */
export const intervalMs = 15 * 60_000;
/** The histogram is exact for every whole-second threshold up to this; longer waits share one overflow bucket. */
export const histogramMaxSeconds = 600;

export const intervalStartOf = (epochMs: number): number => Math.floor(epochMs / intervalMs) * intervalMs;

const outcomeIndex = new Map<Outcome, number>(outcomes.map((o, i) => [o, i]));
const answeredIndex = 0;

/**
 * Counts and sums of one queue, channel and interval. Per-outcome arrays follow `outcomes`. The
 * histogram counts contacts per (outcome, ⌈wait⌉) — for a whole-second threshold T, a wait w is
 * within T exactly when ⌈w⌉ ≤ T — so any T or short-abandon threshold from 0 to 600 s is answered
 * exactly, and the choice of which outcomes count as abandoned can be made at query time.
 */
export type IntervalAggregate = {
  queueCode: string;
  channel: Channel;
  intervalStart: number;
  counts: number[];
  waitSums: number[];
  maxWaits: number[];
  talkSeconds: number;
  holdSeconds: number;
  wrapSeconds: number;
  handledWithTime: number;
  transferred: number;
  /** key = outcome index × 1024 + bucket (⌈wait⌉, capped at 601). */
  histogram: Map<number, number>;
};

export const emptyAggregate = (queueCode: string, channel: Channel, intervalStart: number): IntervalAggregate => ({
  queueCode,
  channel,
  intervalStart,
  counts: outcomes.map(() => 0),
  waitSums: outcomes.map(() => 0),
  maxWaits: outcomes.map(() => 0),
  talkSeconds: 0,
  holdSeconds: 0,
  wrapSeconds: 0,
  handledWithTime: 0,
  transferred: 0,
  histogram: new Map(),
});

const bucketOf = (wait: number): number => Math.min(Math.ceil(wait), histogramMaxSeconds + 1);

/** Adds one contact (in place). */
export const addToAggregate = (a: IntervalAggregate, c: ContactRecord): void => {
  const i = outcomeIndex.get(c.outcome) ?? outcomes.length - 1;
  const wait = Math.max(c.waitSeconds, 0);
  a.counts[i] = (a.counts[i] as number) + 1;
  a.waitSums[i] = (a.waitSums[i] as number) + wait;
  if (wait > (a.maxWaits[i] as number)) a.maxWaits[i] = wait;
  const key = i * 1024 + bucketOf(wait);
  a.histogram.set(key, (a.histogram.get(key) ?? 0) + 1);
  if (i === answeredIndex) {
    if (c.talkSeconds !== null) a.handledWithTime += 1;
    a.talkSeconds += c.talkSeconds ?? 0;
    a.holdSeconds += c.holdSeconds ?? 0;
    a.wrapSeconds += c.wrapSeconds ?? 0;
    if (c.transferred) a.transferred += 1;
  }
};

/** Which outcomes a KPI query counts as abandoned, as a bit mask over `outcomes` (answered can never be one). */
export const abandonMask = (abandonOutcomes: readonly Outcome[]): number =>
  abandonOutcomes.reduce((m, o) => (o === 'answered' ? m : m | (1 << (outcomeIndex.get(o) as number))), 0);

/** Staffed (logged-in, unpaused) and paused seconds of one queue's agents in one interval. */
export type AgentAggregate = { queueCode: string | null; intervalStart: number; staffedSeconds: number; pausedSeconds: number };
