// src/web/people/people-kit.ts — small helpers of the people dashboard: months to choose from, the period of a month, KPI value text

import { formatNumber, formatPercent } from '../../i18n/format.js';
import { kpiById } from '../../domain/kpi/dictionary.js';
import type { TMembership } from '../../contracts/auth.js';
import type { Locale } from '../../domain/organisations/model.js';
import { can } from '../lib/access.js';

/** The last `count` months before the current one, newest first (YYYY-MM). */
export const recentMonths = (count: number, now = new Date()): string[] =>
  Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1 - i, 1));
    return d.toISOString().slice(0, 7);
  });

/** [first day of the month, first day of the next) as local dates. */
export const monthRange = (month: string): { from: string; to: string } => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { from: `${month}-01`, to: new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10) };
};

export const monthLabel = (month: string, locale: Locale): string =>
  new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

/** A KPI value in its unit: shares as percentages, scores and hours with one decimal. */
export const kpiText = (id: string, v: number | null, locale: Locale): string => {
  if (v === null) return '–';
  const unit = kpiById.get(id)?.unit;
  if (unit === 'share') return formatPercent(v, locale, 1);
  return formatNumber(v, locale, { maximumFractionDigits: unit === 'count' ? 2 : 1 });
};

export const kpiName = (id: string, locale: Locale): string => kpiById.get(id)?.name[locale] ?? id;

/** Who the people page is for: the centre's people readers, and whoever reads KPIs of relationships (the client's side); not agents. */
export const readsPeoplePage = (active: TMembership | null): boolean =>
  can(active, 'people:read') || (can(active, 'kpi:read') && can(active, 'relationship:read'));
