// src/web/people/people-kit.ts — small helpers of the people dashboard: KPI value text and names, who the page is for

import { formatNumber, formatPercent } from '../../i18n/format.js';
import { kpiById } from '../../domain/kpi/dictionary.js';
import type { TMembership } from '../../contracts/auth.js';
import type { Locale } from '../../domain/organisations/model.js';
import { can } from '../lib/access.js';

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
