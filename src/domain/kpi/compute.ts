// src/domain/kpi/compute.ts — KPI values of one group (a period, a queue, or both) from its sums, agent time and repeat counts

import type { Outcome } from '../contacts/contact.js';
import { startOfLocalDay, startOfLocalHour, startOfLocalMonth, startOfLocalWeek } from '../shared/time-zone.js';
import {
  type AbandonRateVariant,
  type ServiceLevelVariant,
  abandonRate,
  averageHandlingTime,
  averageSpeedOfAnswer,
  averageTimeToAbandon,
  averageWaitAllContacts,
  occupancy,
  serviceLevel,
  transferRate,
} from './formulas.js';
import type { QueueSums } from './queue-sums.js';

export type KpiParams = {
  thresholdSeconds: number;
  shortAbandonSeconds: number;
  slVariant: ServiceLevelVariant;
  abandonVariant: AbandonRateVariant;
  abandonOutcomes: readonly Outcome[];
  repeatWindowDays: number;
};

/** Contacts with a customer key, those preceded by the same customer within the window, and those followed by one. */
export type RepeatCounts = { withKey: number; repeats: number; followed: number };

export type GroupFacts = { sums: QueueSums; staffedSeconds: number; repeat: RepeatCounts | null };

const share = (n: number, d: number): number | null => (d > 0 ? n / d : null);

/** Every KPI of the dictionary for one group; null where the data cannot say (an empty denominator, no agent states). */
export const computeKpis = (g: GroupFacts, p: KpiParams): Record<string, number | null> => {
  const s = g.sums;
  const handling = s.talkSeconds + s.holdSeconds + s.wrapSeconds;
  return {
    offered: s.offered,
    answered: s.answered,
    abandoned: s.abandoned,
    short_abandoned: s.shortAbandoned,
    service_level: serviceLevel(s, p.slVariant),
    answered_within: serviceLevel(s, 'answered'),
    asa: averageSpeedOfAnswer(s),
    avg_wait_all: averageWaitAllContacts(s),
    avg_time_to_abandon: averageTimeToAbandon(s),
    max_wait: s.offered > 0 ? s.longestWaitSeconds : null,
    abandon_rate: abandonRate(s, p.abandonVariant),
    aht: averageHandlingTime(s),
    transfer_rate: transferRate(s),
    occupancy: g.staffedSeconds > 0 ? occupancy(handling, g.staffedSeconds) : null,
    repeat_contact_rate: g.repeat === null ? null : share(g.repeat.repeats, g.repeat.withKey),
    fcr_proxy: g.repeat === null ? null : share(g.repeat.withKey - g.repeat.followed, g.repeat.withKey),
  };
};

export const periodGroupings = ['interval', 'hour', 'day', 'week', 'month'] as const;
export type PeriodGrouping = (typeof periodGroupings)[number];

/** The start of the local period (in the centre's zone) that an interval belongs to. */
export const periodStartOf = (by: PeriodGrouping, zone: string, intervalStart: number): number => {
  switch (by) {
    case 'interval':
      return intervalStart;
    case 'hour':
      return startOfLocalHour(zone, intervalStart);
    case 'day':
      return startOfLocalDay(zone, intervalStart);
    case 'week':
      return startOfLocalWeek(zone, intervalStart);
    case 'month':
      return startOfLocalMonth(zone, intervalStart);
  }
};
