// src/web/surveys/survey-format.ts — how a survey figure reads: the value in its unit, its 95 % interval and its sample

import type { TEstimate } from '../../contracts/surveys.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';
import type { Locale } from '../../domain/organisations/model.js';

export type FigureKind = 'csat' | 'nps' | 'ces' | 'responseRate';

/** CSAT and response rate are shares (shown in %), NPS a score −100…100, CES a mean 1–7. */
export const figureText = (kind: FigureKind, v: number | null, locale: Locale): string => {
  if (v === null) return '–';
  if (kind === 'csat' || kind === 'responseRate') return formatPercent(v, locale, 1);
  return formatNumber(v, locale, { maximumFractionDigits: kind === 'ces' ? 2 : 1 });
};

export const ciText = (kind: FigureKind, e: TEstimate, locale: Locale): [string, string] | null =>
  e.ci ? [figureText(kind, e.ci[0], locale), figureText(kind, e.ci[1], locale)] : null;

/** Local date `YYYY-MM-DD` some days from today. */
export const dayFromToday = (offset: number): string => {
  const d = new Date(Date.now() + offset * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
