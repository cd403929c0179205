// src/web/kpis/kpi-query.ts — the KPI page's filters and the API queries they make (the whole period, per period, per period and queue)

import type { PeriodGrouping } from '../../domain/kpi/compute.js';
import { isContactDataKpi, kpiDictionary, kpiParameterDefaults } from '../../domain/kpi/dictionary.js';
import type { ServiceLevelVariant } from '../../domain/kpi/formulas.js';
import type { Messages } from '../../i18n/index.js';
import { addDays, isDate, today } from './kpi-format.js';

export type KpiFilters = {
  /** Queue ids; none means every queue the user may see. */
  queues: string[];
  from: string;
  /** The last day of the period, inclusive (the API's `to` is exclusive: the day after). */
  to: string;
  grouping: PeriodGrouping;
  perQueue: boolean;
  slVariant: ServiceLevelVariant;
  /** What the number inputs hold: a number, or a string while the user is typing. */
  threshold: number | string;
  shortAbandon: number | string;
};

export const defaultFilters = (): KpiFilters => {
  const end = today();
  return {
    queues: [],
    from: addDays(end, -27),
    to: end,
    grouping: 'day',
    perQueue: false,
    slVariant: kpiParameterDefaults.sl_variant,
    threshold: kpiParameterDefaults.sl_threshold,
    shortAbandon: kpiParameterDefaults.short_abandon,
  };
};

const wholeIn = (v: number | string, min: number, max: number): boolean =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

export type FilterProblems = { from?: string; to?: string; threshold?: string; shortAbandon?: string };

/** What keeps the filters from making a query, by field (the server checks the same again). */
export const filterProblems = (t: Messages, f: KpiFilters): FilterProblems => ({
  ...(isDate(f.from) ? {} : { from: t.issues['must be a date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM)'] }),
  ...(!isDate(f.to)
    ? { to: t.issues['must be a date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM)'] }
    : isDate(f.from) && f.to < f.from
      ? { to: t.kpis.periodInvalid }
      : {}),
  ...(wholeIn(f.threshold, 1, 600) ? {} : { threshold: t.kpis.thresholdRange }),
  ...(wholeIn(f.shortAbandon, 0, 600) ? {} : { shortAbandon: t.kpis.shortAbandonRange }),
});

/**
 * KPIs that read every contact record (repeat contacts, the FCR proxy) cost far more than those
 * from the quarter-hour aggregates (seconds rather than milliseconds for a large centre's month), so
 * they are asked for the whole period only, in a query of their own that the page does not wait for.
 */
// Only contact-data KPIs: survey, complaint, QA and people KPIs are measured by their own areas, not by /api/v1/kpis.
const aggregateKpis = kpiDictionary.filter((d) => isContactDataKpi(d) && d.source !== 'contacts').map((d) => d.id);
export const contactKpis = kpiDictionary.filter((d) => d.source === 'contacts').map((d) => d.id);

export type KpiPaths = { summary: string; contactSummary: string; series: string; byQueue: string | null };

/** The queries the page makes, or null while a filter is not valid. */
export const kpiPaths = (f: KpiFilters): KpiPaths | null => {
  if (!isDate(f.from) || !isDate(f.to) || f.to < f.from) return null;
  if (!wholeIn(f.threshold, 1, 600) || !wholeIn(f.shortAbandon, 0, 600)) return null;
  const base = new URLSearchParams({
    from: f.from,
    to: addDays(f.to, 1),
    slVariant: f.slVariant,
    slThreshold: String(f.threshold),
    shortAbandon: String(f.shortAbandon),
  });
  if (f.queues.length > 0) base.set('queue', f.queues.join(','));
  const path = (extra: Record<string, string>) => {
    const q = new URLSearchParams(base);
    for (const [k, v] of Object.entries(extra)) q.set(k, v);
    return `/api/v1/kpis?${q.toString()}`;
  };
  const kpis = aggregateKpis.join(',');
  return {
    summary: path({ kpis }),
    contactSummary: path({ kpis: contactKpis.join(',') }),
    series: path({ by: f.grouping, kpis }),
    byQueue: f.perQueue ? path({ by: `${f.grouping},queue`, kpis }) : null,
  };
};
