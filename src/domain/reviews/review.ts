// src/domain/reviews/review.ts — the joint review of a mandate (ISO 18295-2): the meeting record kept with the pack it discussed

import type { Party } from '../mandates/mandate.js';

export type ReviewAttendee = { name: string; party: Party; role: string | null };
export type ReviewDecision = { id: string; text: string };
export type ReviewAction = { id: string; title: string; ownerParty: Party; owner: string; dueOn: string | null };

/** What the meeting itself produced: who was there, what was agreed, who does what by when. */
export type ReviewRecord = {
  heldOn: string | null;
  attendees: ReviewAttendee[];
  decisions: ReviewDecision[];
  actions: ReviewAction[];
  notes: string | null;
};

export const reviewStatuses = ['open', 'closed'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

/**
 * A review of one relationship's mandate for one period. The pack's figures are frozen when the
 * review is started (`packHash` is the SHA-256 of that snapshot), so the record and what the meeting
 * looked at stay together; closing the review freezes the record too.
 */
export type Review = {
  id: string;
  relationshipId: string;
  mandateId: string;
  /** `2026-10` for a monthly review; the pack covers that month and a trend before it. */
  period: string;
  record: ReviewRecord;
  status: ReviewStatus;
  packHash: string;
  createdAt: string;
  createdBy: string | null;
  closedAt: string | null;
  closedBy: string | null;
};

export const emptyRecord = (): ReviewRecord => ({ heldOn: null, attendees: [], decisions: [], actions: [], notes: null });

/** The `n` months ending with `period` (`2026-10`), oldest first: the trend a review pack shows. */
export const monthsEndingWith = (period: string, n: number): string[] => {
  const y = Number(period.slice(0, 4));
  const m = Number(period.slice(5, 7)) - 1;
  return Array.from({ length: n }, (_, i) => {
    const k = y * 12 + m - (n - 1 - i);
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
};

/**
 * What stops a review from being closed: a joint review needs the day it was held and someone from
 * each party; every agreed action needs an owner. Returned as `{path, message}` like other checks.
 */
export const closeIssues = (r: ReviewRecord): { path: string; message: string }[] => {
  const issues: { path: string; message: string }[] = [];
  if (!r.heldOn) issues.push({ path: 'heldOn', message: 'say when the review was held' });
  for (const party of ['client', 'centre'] as const)
    if (!r.attendees.some((a) => a.party === party && a.name.trim()))
      issues.push({ path: 'attendees', message: `name at least one attendee of the ${party}` });
  r.actions.forEach((a, i) => {
    if (!a.owner.trim()) issues.push({ path: `actions.${i}.owner`, message: 'every action needs an owner' });
  });
  return issues;
};

/** Content checks of a record at any time: unique ids, text where text is needed. */
export const recordIssues = (r: ReviewRecord): { path: string; message: string }[] => {
  const issues: { path: string; message: string }[] = [];
  const unique = (xs: { id: string }[], path: string) => {
    const seen = new Set<string>();
    xs.forEach((x, i) => {
      if (seen.has(x.id)) issues.push({ path: `${path}.${i}.id`, message: `"${x.id}" is used twice` });
      seen.add(x.id);
    });
  };
  unique(r.decisions, 'decisions');
  unique(r.actions, 'actions');
  r.decisions.forEach((d, i) => {
    if (!d.text.trim()) issues.push({ path: `decisions.${i}.text`, message: 'a decision needs its text' });
  });
  r.actions.forEach((a, i) => {
    if (!a.title.trim()) issues.push({ path: `actions.${i}.title`, message: 'an action needs a title' });
  });
  return issues;
};
