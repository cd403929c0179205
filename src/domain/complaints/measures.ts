// src/domain/complaints/measures.ts — the complaint KPIs from complaints of a period: rate per 1,000 contacts, handled within deadlines, reopened

import type { Complaint } from './complaint.js';

export type ComplaintMeasure = { value: number | null; n: number; ci: [number, number] | null; lowSample: boolean };

/** Below this many cases (complaints, or for the rate: complaints counted) a figure is flagged as resting on a small sample. */
export const LOW_SAMPLE = 30;
const Z = 1.959964;

/** Wilson score interval (95 %) of a proportion x/n; it stays inside 0–1 and behaves at 0 and n. */
export const wilson = (x: number, n: number): [number, number] | null => {
  if (n <= 0) return null;
  const p = x / n;
  const z2 = Z * Z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
};

const share = (x: number, n: number): ComplaintMeasure => ({ value: n > 0 ? x / n : null, n, ci: wilson(x, n), lowSample: n < LOW_SAMPLE });

/**
 * `complaint_rate`: complaints received in the period per 1,000 contacts offered to the
 * relationship's queues in it. n is the contacts; the interval is Wilson's on complaints/contacts,
 * scaled; a small sample is one with fewer than 30 complaints (the count is what varies).
 */
export const complaintRate = (complaints: number, offered: number): ComplaintMeasure => {
  const ci = wilson(Math.min(complaints, offered), offered);
  return {
    value: offered > 0 ? (complaints / offered) * 1000 : null,
    n: offered,
    ci: ci ? [ci[0] * 1000, ci[1] * 1000] : null,
    lowSample: complaints < LOW_SAMPLE,
  };
};

const before = (a: string | null, b: string): boolean => a !== null && a <= b;
const passed = (deadline: string, now: string): boolean => deadline < now;

/**
 * `complaint_ack_within`: of the period's complaints whose acknowledgement is settled at `now`
 * (acknowledged, or the deadline passed without it), the share acknowledged by the deadline.
 * Complaints still inside their deadline and unacknowledged are not counted yet.
 */
export const ackWithin = (cs: readonly Complaint[], now: string): ComplaintMeasure => {
  const settled = cs.filter((c) => c.acknowledgedAt !== null || passed(c.ackDueAt, now));
  return share(settled.filter((c) => before(c.acknowledgedAt, c.ackDueAt)).length, settled.length);
};

/** `complaint_resolved_within`: the same for the first response against the resolution deadline. */
export const resolvedWithin = (cs: readonly Complaint[], now: string): ComplaintMeasure => {
  const settled = cs.filter((c) => c.respondedAt !== null || passed(c.resolveDueAt, now));
  return share(settled.filter((c) => before(c.respondedAt, c.resolveDueAt)).length, settled.length);
};

/** `complaint_reopen_rate`: of the period's complaints that were answered, the share reopened at least once. */
export const reopenRate = (cs: readonly Complaint[]): ComplaintMeasure => {
  const answered = cs.filter((c) => c.respondedAt !== null);
  return share(answered.filter((c) => c.reopenCount > 0).length, answered.length);
};
