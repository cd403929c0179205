// src/domain/mandates/obligations.ts — the information duties of a mandate over time: occurrences of recurring obligations, what was delivered and what is late

import type { MandateContent, Obligation, Party } from './mandate.js';

/**
 * A record that a party delivered one occurrence of an obligation (the campaign plan due on
 * 2026-12-01). Kept beside the mandate, not in its signed content: delivering what was agreed does
 * not change the agreement, so it needs no new version and no new signatures.
 */
export type ObligationCompletion = {
  mandateId: string;
  obligationId: string;
  /** The occurrence delivered: its due date. */
  dueOn: string;
  doneOn: string;
  note: string | null;
  recordedBy: string | null;
  recordedByName: string;
  recordedAt: string;
};

export const obligationStates = ['done', 'overdue', 'due_soon', 'upcoming'] as const;
export type ObligationState = (typeof obligationStates)[number];

export type ObligationStatus = {
  obligation: Obligation;
  owner: Party;
  /** The occurrence that matters now: the earliest not delivered, or the last one when all are. */
  dueOn: string;
  state: ObligationState;
  /** The latest delivery recorded, if any. */
  lastDone: ObligationCompletion | null;
};

const stepMonths: Record<Obligation['recurrence'], number> = { none: 0, monthly: 1, quarterly: 3, yearly: 12 };

/** A date plus whole months, the day kept where the month has it (31 January + 1 month → 28 or 29 February). */
export const addMonths = (date: string, months: number): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
};

const minusDays = (date: string, days: number): string => {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - days);
  return t.toISOString().slice(0, 10);
};

/** Occurrences of an obligation due up to and including `until` (the first one always). */
export const occurrences = (o: Pick<Obligation, 'dueOn' | 'recurrence'>, until: string): string[] => {
  const step = stepMonths[o.recurrence];
  const out = [o.dueOn];
  if (step === 0) return out;
  for (let k = 1; k < 1200; k++) {
    const next = addMonths(o.dueOn, k * step);
    if (next > until) break;
    out.push(next);
  }
  return out;
};

/**
 * Where each obligation stands on a day: the earliest occurrence not delivered is overdue once its
 * due date has passed and due soon within its lead time; a one-off obligation delivered (recorded,
 * or marked done in the content) is done; a recurring one whose current occurrence was delivered is
 * upcoming with its next due date.
 */
export const obligationStatuses = (
  content: Pick<MandateContent, 'obligations'>,
  completions: readonly ObligationCompletion[],
  today: string,
): ObligationStatus[] =>
  content.obligations.map((o) => {
    const mine = completions.filter((c) => c.obligationId === o.id).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
    const delivered = new Set(mine.map((c) => c.dueOn));
    if (o.doneOn !== null) delivered.add(o.dueOn);
    const lastDone = mine.at(-1) ?? null;
    const step = stepMonths[o.recurrence];
    // Look one step past today, or past the latest delivery when that is ahead (delivered early), so a
    // recurring obligation always has a next occurrence to show.
    const latest = [...delivered].sort().at(-1) ?? o.dueOn;
    const horizon = step ? addMonths(latest > today ? latest : today, step) : o.dueOn;
    const open = occurrences(o, horizon).find((d) => !delivered.has(d));
    const base = { obligation: o, owner: o.owner, lastDone };
    if (open === undefined) return { ...base, dueOn: lastDone?.dueOn ?? o.dueOn, state: 'done' as const };
    const state: ObligationState = open < today ? 'overdue' : today >= minusDays(open, o.leadTimeDays) ? 'due_soon' : 'upcoming';
    return { ...base, dueOn: open, state };
  });

/** Checks a delivery against the obligation: an occurrence it really has, not in the future beyond its lead time. */
export const completionIssues = (o: Obligation, c: Pick<ObligationCompletion, 'dueOn' | 'doneOn'>, today: string): string[] => {
  const issues: string[] = [];
  if (!occurrences(o, c.dueOn).includes(c.dueOn)) issues.push(`${c.dueOn} is not a due date of this obligation`);
  if (c.doneOn > today) issues.push('the delivery date is in the future');
  return issues;
};
