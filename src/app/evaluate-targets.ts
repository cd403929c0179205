// src/app/evaluate-targets.ts — KPI targets judged per period from the KPI engine: measured value, coverage, status (no data is never met)

import { type OpeningHours, type KpiTarget, weekdays } from '../domain/mandates/mandate.js';
import { openDays } from '../domain/mandates/opening-hours.js';
import { type PeriodWindow, type TargetStatus, coverageOf, periodsOfMonth, statusOf } from '../domain/mandates/target-evaluation.js';
import { type AbandonRateVariant, type ServiceLevelVariant, abandonRateVariants, serviceLevelVariants } from '../domain/kpi/formulas.js';
import type { KpiParams } from '../domain/kpi/compute.js';
import { isContactDataKpi, kpiById } from '../domain/kpi/dictionary.js';
import { AppError } from '../domain/shared/errors.js';
import type { Caller } from './caller.js';
import type { Deps } from './ports.js';
import { measureVoiceKpis } from './kpis/voice-kpis.js';
import { type QueryKpisOptions, queryKpis } from './query-kpis.js';

export type TargetEvaluation = {
  targetId: string;
  kpi: string;
  variant: string | null;
  target: number;
  direction: KpiTarget['direction'];
  period: PeriodWindow;
  measured: number | null;
  /** Share of the period's open days with contact data, 0–1. */
  coverage: number;
  status: TargetStatus;
  /** The KPI query behind the value, as the API takes it, so anyone can rerun it. */
  query: QueryKpisOptions & { onlyOpeningHours: boolean };
  /** For survey, complaint, quality and people KPIs: the sample the value rests on (a small one is flagged). */
  sample?: { n: number; lowSample: boolean } | null;
};

const allDay: OpeningHours = {
  channel: 'all',
  week: Object.fromEntries(weekdays.map((d) => [d, [{ from: '00:00', to: '24:00' }]])) as OpeningHours['week'],
  closed: [],
  exceptions: [],
};

/** The KPI parameters a target names: its variant goes to the KPI's own variant parameter. */
const paramsOf = (t: KpiTarget): Partial<KpiParams> => {
  const p: Partial<KpiParams> = {
    ...(t.params.thresholdSeconds !== undefined ? { thresholdSeconds: t.params.thresholdSeconds } : {}),
    ...(t.params.shortAbandonSeconds !== undefined ? { shortAbandonSeconds: t.params.shortAbandonSeconds } : {}),
    ...(t.params.repeatWindowDays !== undefined ? { repeatWindowDays: t.params.repeatWindowDays } : {}),
  };
  if (t.variant === null) return p;
  if (t.kpi === 'service_level' && (serviceLevelVariants as readonly string[]).includes(t.variant))
    return { ...p, slVariant: t.variant as ServiceLevelVariant };
  if (t.kpi === 'abandon_rate' && (abandonRateVariants as readonly string[]).includes(t.variant))
    return { ...p, abandonVariant: t.variant as AbandonRateVariant };
  throw new AppError('CCQ_ERR_VALIDATION', `"${t.variant}" is not a variant of ${t.kpi}`, [
    { path: 'variant', message: 'not a variant of this KPI' },
  ]);
};

/**
 * A target on a survey, complaint, quality or people KPI: measured by its area over each period (no
 * opening hours: answers and complaints are dated, not queued). Coverage is 1 when the period has a
 * sample and 0 when it has none (no data, never met).
 */
const evaluateVoiceTarget = async (
  deps: Deps,
  caller: Caller,
  t: KpiTarget,
  o: { month: string; timeZone: string; relationshipId: string },
): Promise<TargetEvaluation[]> => {
  const out: TargetEvaluation[] = [];
  for (const period of periodsOfMonth(t.period, o.month)) {
    const q = { relationshipId: o.relationshipId, queueIds: t.queueIds, from: period.from, to: period.to, timeZone: o.timeZone };
    const m = (await measureVoiceKpis(deps, caller, { ...q, kpis: [t.kpi] }))[t.kpi];
    const measured = m?.value ?? null;
    const coverage = m && m.n > 0 && measured !== null ? 1 : 0;
    out.push({
      targetId: t.id,
      kpi: t.kpi,
      variant: t.variant,
      target: t.target,
      direction: t.direction,
      period,
      measured,
      coverage,
      status: statusOf(t, measured, coverage),
      query: { queues: t.queueIds, from: period.from, to: period.to, kpis: [t.kpi], timeZone: o.timeZone, onlyOpeningHours: false },
      sample: m ? { n: m.n, lowSample: m.lowSample } : null,
    });
  }
  return out;
};

/**
 * Evaluates targets for a month (`2026-10`) in the centre's zone: each target over each of its
 * periods in the month, counting only the opening hours when the target says so. Coverage is the
 * share of open days on which the target's queues had any contact; with none, the status is no data.
 */
export const evaluateTargets = async (
  deps: Deps,
  caller: Caller,
  o: { targets: KpiTarget[]; month: string; timeZone: string; openingHours: OpeningHours | null; relationshipId?: string },
): Promise<TargetEvaluation[]> => {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(o.month))
    throw new AppError('CCQ_ERR_VALIDATION', undefined, [{ path: 'period', message: 'use YYYY-MM' }]);
  const out: TargetEvaluation[] = [];
  for (const t of o.targets) {
    const d = kpiById.get(t.kpi);
    if (d && !isContactDataKpi(d)) {
      out.push(...(await evaluateVoiceTarget(deps, caller, t, { ...o, relationshipId: o.relationshipId ?? '' })));
      continue;
    }
    const params = paramsOf(t);
    for (const period of periodsOfMonth(t.period, o.month)) {
      const hours = t.hours === 'opening' && o.openingHours ? o.openingHours : allDay;
      const days = openDays(hours, o.timeZone, period.from, period.to);
      const only = t.hours === 'opening' && o.openingHours ? new Set(days.flatMap((d) => d.quarters)) : undefined;
      const base: QueryKpisOptions = { queues: t.queueIds, from: period.from, to: period.to, params, timeZone: o.timeZone };
      const scope = only ? { onlyIntervals: only } : {};
      const [value, perDay] = await Promise.all([
        queryKpis(deps, caller, { ...base, ...scope, kpis: [t.kpi] }),
        queryKpis(deps, caller, { ...base, ...scope, kpis: ['offered'], by: ['day'] }),
      ]);
      const withData = new Set(perDay.groups.filter((g) => (g.kpis.offered ?? 0) > 0).map((g) => (g.periodStart ?? '').slice(0, 10)));
      const coverage = coverageOf(
        days.map((d) => d.date),
        withData,
      );
      const measured = value.groups[0]?.kpis[t.kpi] ?? null;
      out.push({
        targetId: t.id,
        kpi: t.kpi,
        variant: t.variant,
        target: t.target,
        direction: t.direction,
        period,
        measured,
        coverage,
        status: statusOf(t, measured, coverage),
        query: { ...base, kpis: [t.kpi], onlyOpeningHours: only !== undefined },
      });
    }
  }
  return out;
};
