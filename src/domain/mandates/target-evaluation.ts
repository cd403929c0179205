// src/domain/mandates/target-evaluation.ts — judging a KPI target for a period: met, at risk, missed, or no data (never "met" without data)

import { civilFromDays, daysFromCivil, daysInMonth } from '../shared/time-zone.js';
import type { KpiTarget, TargetPeriod } from './mandate.js';

export const targetStatuses = ['met', 'at_risk', 'missed', 'no_data'] as const;
export type TargetStatus = (typeof targetStatuses)[number];

/** A period a target is judged over: local dates, `to` exclusive, with a label people use. */
export type PeriodWindow = { label: string; from: string; to: string };

const iso = (day: number): string => {
  const c = civilFromDays(day);
  return `${c.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
};

/** ISO 8601 week label of the week starting on a Monday (`2026-W40`). */
const isoWeek = (monday: number): string => {
  const thursday = monday + 3;
  const year = civilFromDays(thursday).year;
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
};

/**
 * The windows of a month (`2026-10`) for a target period: every day; every ISO week that starts
 * (on its Monday) in the month, judged whole even where it runs into the next month; or the month.
 */
export const periodsOfMonth = (period: TargetPeriod, month: string): PeriodWindow[] => {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const first = daysFromCivil(y, m, 1);
  const end = first + daysInMonth(y, m);
  if (period === 'month') return [{ label: month, from: iso(first), to: iso(end) }];
  const out: PeriodWindow[] = [];
  for (let d = first; d < end; d++) {
    if (period === 'day') out.push({ label: iso(d), from: iso(d), to: iso(d + 1) });
    else if ((((d + 3) % 7) + 7) % 7 === 0) out.push({ label: isoWeek(d), from: iso(d), to: iso(d + 7) });
  }
  return out;
};

/**
 * The status of a measured value against a target. Without data (no value, or no open day of the
 * period covered by contact data) the answer is `no_data`: a quiet import must never read as "met".
 * Within `tolerance` on the wrong side of the target it is `at_risk`.
 */
export const statusOf = (
  t: Pick<KpiTarget, 'target' | 'direction' | 'tolerance'>,
  measured: number | null,
  coverage: number,
): TargetStatus => {
  if (measured === null || !Number.isFinite(measured) || coverage <= 0) return 'no_data';
  const shortfall = t.direction === 'at_least' ? t.target - measured : measured - t.target;
  // A float epsilon, so 0.8 measured against an 0.8 target is met however it was computed.
  if (shortfall <= 1e-9) return 'met';
  return shortfall <= t.tolerance + 1e-9 ? 'at_risk' : 'missed';
};

/** Share of the period's open days that have contact data, 0–1 (0 when nothing is open: there is nothing to judge). */
export const coverageOf = (openDates: readonly string[], datesWithData: ReadonlySet<string>): number =>
  openDates.length === 0 ? 0 : openDates.filter((d) => datesWithData.has(d)).length / openDates.length;
