// src/domain/kpi/formulas.ts — queue KPIs from sums, each variant named (ISO 18295-1 Annex A metric areas; ISO 18295-2 asks targets to be defined exactly)

import type { QueueSums } from './queue-sums.js';

/**
 * Which contacts the service level divides by. Systems disagree, so the variant is named next to
 * every reported figure and in every mandate target.
 * - `answered`: A(T) / A — answered within T of all answered (Asterisk's SL).
 * - `offered`: A(T) / O — of all contacts that entered the queue.
 * - `offered_minus_short`: A(T) / (O − short abandons) — misdials and instant hang-ups left out.
 * - `answered_plus_abandoned`: A(T) / (A + Ab).
 * - `answered_plus_late_abandoned`: A(T) / (A + abandons after T) — giving up before T is not held against the centre.
 * - `sl2`: (A(T) + Ab(T)) / (A + Ab) — a contact abandoned within T counts as served in time (Asterisk's SL2).
 */
export const serviceLevelVariants = [
  'answered',
  'offered',
  'offered_minus_short',
  'answered_plus_abandoned',
  'answered_plus_late_abandoned',
  'sl2',
] as const;
export type ServiceLevelVariant = (typeof serviceLevelVariants)[number];

const ratio = (num: number, den: number): number | null => (den > 0 ? num / den : null);

/** Share of contacts handled within the sums' threshold T; null when the denominator is empty (never 0 % or 100 % by default). */
export const serviceLevel = (s: QueueSums, variant: ServiceLevelVariant): number | null => {
  switch (variant) {
    case 'answered':
      return ratio(s.answeredWithin, s.answered);
    case 'offered':
      return ratio(s.answeredWithin, s.offered);
    case 'offered_minus_short':
      return ratio(s.answeredWithin, s.offered - s.shortAbandoned);
    case 'answered_plus_abandoned':
      return ratio(s.answeredWithin, s.answered + s.abandoned);
    case 'answered_plus_late_abandoned':
      return ratio(s.answeredWithin, s.answered + s.abandoned - s.abandonedWithin);
    case 'sl2':
      return ratio(s.answeredWithin + s.abandonedWithin, s.answered + s.abandoned);
  }
};

export const abandonRateVariants = ['offered', 'offered_minus_short'] as const;
export type AbandonRateVariant = (typeof abandonRateVariants)[number];

/** Abandoned contacts as a share of offered (optionally leaving short abandons out of both). */
export const abandonRate = (s: QueueSums, variant: AbandonRateVariant): number | null =>
  variant === 'offered' ? ratio(s.abandoned, s.offered) : ratio(s.abandoned - s.shortAbandoned, s.offered - s.shortAbandoned);

/** Average speed of answer: mean wait of answered contacts, in seconds. */
export const averageSpeedOfAnswer = (s: QueueSums): number | null => ratio(s.waitAnsweredSeconds, s.answered);

/** Mean wait over every contact that entered the queue, whatever became of it, in seconds. */
export const averageWaitAllContacts = (s: QueueSums): number | null =>
  ratio(s.waitAnsweredSeconds + s.waitAbandonedSeconds + s.waitOtherSeconds, s.offered);

/** Mean time callers waited before giving up, in seconds. */
export const averageTimeToAbandon = (s: QueueSums): number | null => ratio(s.waitAbandonedSeconds, s.abandoned);

/** Average handling time: talk + hold + after-contact work per answered contact whose handling time is known, in seconds. */
export const averageHandlingTime = (s: QueueSums): number | null => ratio(s.talkSeconds + s.holdSeconds + s.wrapSeconds, s.handledWithTime);

/** Share of answered contacts passed on to someone else. */
export const transferRate = (s: QueueSums): number | null => ratio(s.transferred, s.answered);

/**
 * Occupancy: time on contacts as a share of staffed time — logged in and not paused, which holds both
 * the time on contacts and the time ready for one (an ACD does not change an agent's state while
 * they talk). Utilisation, by contrast, divides by paid time.
 */
export const occupancy = (handlingSeconds: number, staffedSeconds: number): number | null => ratio(handlingSeconds, staffedSeconds);
