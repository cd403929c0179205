// src/app/kpis/voice-kpis.ts — KPIs of the customer and employee voice (surveys, complaints, quality evaluations, people, pulse): one measurer per source

import { type KpiSource, kpiById } from '../../domain/kpi/dictionary.js';
import { AppError } from '../../domain/shared/errors.js';
import type { Caller } from '../caller.js';
import type { Deps } from '../ports.js';
import { complaintMeasurer } from './complaint-kpis.js';
import { peopleMeasurer } from './people-kpis.js';
import { qaMeasurer } from './qa-kpis.js';
import { surveyMeasurer } from './survey-kpis.js';

/**
 * A measured voice KPI: the value (null when there is nothing to measure), the sample it rests on,
 * a 95 % confidence interval where the statistic has one, and whether the sample is too small to
 * lean on. A small sample is flagged, never hidden; a group below an anonymity threshold has no value.
 */
export type Measured = { value: number | null; n: number; ci: [number, number] | null; lowSample: boolean };

/** What a voice KPI is measured over: a relationship (its centre and queues), local dates `from` inclusive, `to` exclusive. */
export type VoiceQuery = {
  relationshipId: string;
  /** Only these queues where the source knows queues (survey answers tied to contacts); empty: all of the relationship's. */
  queueIds: string[];
  from: string;
  to: string;
  timeZone: string;
  kpis: string[];
};

export type KpiMeasurer = {
  sources: readonly KpiSource[];
  measure: (deps: Deps, caller: Caller, q: VoiceQuery) => Promise<Record<string, Measured>>;
};

/** The measurers, one per area; each area registers its own here. */
export const measurers: KpiMeasurer[] = [surveyMeasurer, complaintMeasurer, peopleMeasurer, qaMeasurer];

/** Measures voice KPIs by handing each to the measurer of its source; a KPI no measurer knows is an error, not a silent gap. */
export const measureVoiceKpis = async (deps: Deps, caller: Caller, q: VoiceQuery): Promise<Record<string, Measured>> => {
  const out: Record<string, Measured> = {};
  const bySource = new Map<KpiMeasurer, string[]>();
  for (const id of q.kpis) {
    const d = kpiById.get(id);
    const m = d ? measurers.find((x) => x.sources.includes(d.source)) : undefined;
    if (!m) throw new AppError('CCQ_ERR_VALIDATION', `No measurer for KPI ${id}`, [{ path: 'kpis', message: `cannot measure ${id}` }]);
    bySource.set(m, [...(bySource.get(m) ?? []), id]);
  }
  for (const [m, kpis] of bySource) Object.assign(out, await m.measure(deps, caller, { ...q, kpis }));
  return out;
};
