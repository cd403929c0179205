// src/web/qa/qa-kit.ts — small helpers of the QA pages: KPI value text, the latest version of each scorecard

import type { TScorecard } from '../../contracts/qa.js';
import { kpiById } from '../../domain/kpi/dictionary.js';
import type { Locale } from '../../domain/organisations/model.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';

export const qaKpiIds = [
  'qa_score',
  'critical_error_rate',
  'critical_error_rate_customer',
  'critical_error_rate_business',
  'critical_error_rate_compliance',
  'calibration_agreement',
] as const;

export const kpiText = (id: string, v: number | null, locale: Locale): string => {
  if (v === null) return '–';
  const unit = kpiById.get(id)?.unit;
  if (unit === 'share') return formatPercent(v, locale, 1);
  return formatNumber(v, locale, { maximumFractionDigits: id === 'calibration_agreement' ? 2 : 1 });
};

export const scoreText = (v: number | null, locale: Locale): string =>
  v === null ? '–' : formatNumber(v, locale, { maximumFractionDigits: 1 });

/** The newest version of each scorecard key (new evaluations use it; older ones keep theirs). */
export const latestVersions = (cards: readonly TScorecard[]): TScorecard[] => {
  const byKey = new Map<string, TScorecard>();
  for (const c of cards) if ((byKey.get(c.key)?.version ?? 0) < c.version) byKey.set(c.key, c);
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name));
};

/** The answer an evaluator has not chosen yet is undefined; N/A is null. */
export type DraftAnswers = Record<string, number | null | undefined>;
