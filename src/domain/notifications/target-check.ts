// src/domain/notifications/target-check.ts — the daily target check's rules: which months to judge, and what a judged period tells the parties

import type { TargetStatus } from '../mandates/target-evaluation.js';

/** Data for a month keeps arriving for a few days after it ends (a centre imports the day before), so the month is judged again. */
export const lateDataDays = 5;

const previousMonth = (month: string): string => {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

/** The months to judge on a local date (`2026-11-03`): the current month, and the previous one during the first days of a month. */
export const monthsToCheck = (today: string, graceDays = lateDataDays): string[] => {
  const month = today.slice(0, 7);
  return Number(today.slice(8, 10)) <= graceDays ? [previousMonth(month), month] : [month];
};

export type TargetNotice = { kind: 'target_missed' | 'target_at_risk'; provisional: boolean };

/**
 * What a target judged for a period says (ISO 18295-2 asks the parties to follow the agreed KPIs).
 * A period that has ended (its exclusive end `to` is today or earlier) and missed is a miss, which
 * also raises a finding; a period still running that is below the target so far is only a warning,
 * since the rest of the period may still bring it up; a result within the at-risk band is a
 * warning. Met and no data say nothing (no data is shown on the target board, never as met).
 */
export const targetNotice = (e: { status: TargetStatus; period: { to: string } }, today: string): TargetNotice | null => {
  const ended = e.period.to <= today;
  if (e.status === 'missed') return ended ? { kind: 'target_missed', provisional: false } : { kind: 'target_at_risk', provisional: true };
  if (e.status === 'at_risk') return { kind: 'target_at_risk', provisional: !ended };
  return null;
};
