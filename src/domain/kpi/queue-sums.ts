// src/domain/kpi/queue-sums.ts — the additive counts and sums that every queue KPI is derived from

/**
 * Counts and sums for one queue over one span of time (an interval, a day, a month). Every field is
 * additive, except the maxima, so sums of intervals merge into sums of longer spans by addition and
 * every KPI at any roll-up comes from sums — never from averaging percentages.
 *
 * The "within" counts belong to one service-level threshold T (inclusive: a wait of exactly T
 * counts as within), and `shortAbandoned` to one short-abandon threshold S; the thresholds travel
 * with the sums so that sums built for different thresholds are never merged.
 */
export type QueueSums = {
  thresholdSeconds: number;
  shortAbandonSeconds: number;
  /** Contacts that entered the queue. */
  offered: number;
  answered: number;
  /** Contacts the caller gave up on while waiting. */
  abandoned: number;
  /** Abandoned within the short-abandon threshold S (usually misdials and instant hang-ups). */
  shortAbandoned: number;
  /** Contacts that left the queue otherwise: timeout, exit key, empty queue (breakouts, overflow). */
  otherExits: number;
  answeredWithin: number;
  abandonedWithin: number;
  transferred: number;
  /** Answered contacts whose handling time is known (talk given); AHT divides by these, not by all answered. */
  handledWithTime: number;
  waitAnsweredSeconds: number;
  waitAbandonedSeconds: number;
  waitOtherSeconds: number;
  talkSeconds: number;
  holdSeconds: number;
  wrapSeconds: number;
  longestWaitAnsweredSeconds: number;
  longestWaitAbandonedSeconds: number;
  /** Longest wait of any contact, whatever its outcome. */
  longestWaitSeconds: number;
};

export const emptySums = (thresholdSeconds: number, shortAbandonSeconds: number): QueueSums => ({
  thresholdSeconds,
  shortAbandonSeconds,
  offered: 0,
  answered: 0,
  abandoned: 0,
  shortAbandoned: 0,
  otherExits: 0,
  answeredWithin: 0,
  abandonedWithin: 0,
  transferred: 0,
  handledWithTime: 0,
  waitAnsweredSeconds: 0,
  waitAbandonedSeconds: 0,
  waitOtherSeconds: 0,
  talkSeconds: 0,
  holdSeconds: 0,
  wrapSeconds: 0,
  longestWaitAnsweredSeconds: 0,
  longestWaitAbandonedSeconds: 0,
  longestWaitSeconds: 0,
});

/** Why two sums cannot be merged. */
export type MergeError =
  | { reason: 'threshold_mismatch'; thresholds: [number, number] }
  | { reason: 'short_abandon_mismatch'; thresholds: [number, number] };

/** Adds two spans' sums (maxima take the larger); refuses sums built for different thresholds. */
export const mergeSums = (a: QueueSums, b: QueueSums): { ok: true; value: QueueSums } | { ok: false; error: MergeError } => {
  if (a.thresholdSeconds !== b.thresholdSeconds)
    return { ok: false, error: { reason: 'threshold_mismatch', thresholds: [a.thresholdSeconds, b.thresholdSeconds] } };
  if (a.shortAbandonSeconds !== b.shortAbandonSeconds)
    return { ok: false, error: { reason: 'short_abandon_mismatch', thresholds: [a.shortAbandonSeconds, b.shortAbandonSeconds] } };
  const sum = { ...a };
  for (const key of Object.keys(a) as (keyof QueueSums)[]) {
    if (key === 'thresholdSeconds' || key === 'shortAbandonSeconds') continue;
    sum[key] = key.startsWith('longest') ? Math.max(a[key], b[key]) : a[key] + b[key];
  }
  return { ok: true, value: sum };
};

/** One contact's facts, as far as the sums need them (the canonical contact record maps onto this). */
export type ContactFacts = {
  outcome: 'answered' | 'abandoned' | 'other';
  waitSeconds: number;
  talkSeconds?: number | null;
  holdSeconds?: number | null;
  wrapSeconds?: number | null;
  transferred?: boolean;
};

/** Adds one contact to the sums (in place, for speed in import hot paths) and returns them. */
export const addContact = (s: QueueSums, c: ContactFacts): QueueSums => {
  s.offered += 1;
  const wait = Math.max(0, c.waitSeconds);
  s.longestWaitSeconds = Math.max(s.longestWaitSeconds, wait);
  if (c.outcome === 'answered') {
    s.answered += 1;
    s.waitAnsweredSeconds += wait;
    if (wait <= s.thresholdSeconds) s.answeredWithin += 1;
    s.longestWaitAnsweredSeconds = Math.max(s.longestWaitAnsweredSeconds, wait);
    if (c.talkSeconds !== null && c.talkSeconds !== undefined) s.handledWithTime += 1;
    s.talkSeconds += c.talkSeconds ?? 0;
    s.holdSeconds += c.holdSeconds ?? 0;
    s.wrapSeconds += c.wrapSeconds ?? 0;
    if (c.transferred) s.transferred += 1;
  } else if (c.outcome === 'abandoned') {
    s.abandoned += 1;
    s.waitAbandonedSeconds += wait;
    if (wait <= s.thresholdSeconds) s.abandonedWithin += 1;
    if (wait <= s.shortAbandonSeconds) s.shortAbandoned += 1;
    s.longestWaitAbandonedSeconds = Math.max(s.longestWaitAbandonedSeconds, wait);
  } else {
    s.otherExits += 1;
    s.waitOtherSeconds += wait;
  }
  return s;
};
