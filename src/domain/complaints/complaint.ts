// src/domain/complaints/complaint.ts — a complaint and its ISO 10002 lifecycle (receive → acknowledge → assess → investigate → respond → close, reopen)

import type { Party } from '../mandates/mandate.js';

export const complaintStatuses = ['received', 'acknowledged', 'assessed', 'investigating', 'responded', 'closed'] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];

export const complaintChannels = ['web_form', 'voice', 'email', 'chat', 'letter', 'in_person', 'social', 'other'] as const;
export type ComplaintChannel = (typeof complaintChannels)[number];

export const complaintCategories = [
  'waiting_time',
  'staff_conduct',
  'wrong_information',
  'not_resolved',
  'accessibility',
  'product_or_terms',
  'billing',
  'data_privacy',
  'other',
] as const;
export type ComplaintCategory = (typeof complaintCategories)[number];

export const rootCauses = [
  'process',
  'staffing',
  'training',
  'system',
  'client_product',
  'client_policy',
  'communication',
  'none_found',
] as const;
export type RootCause = (typeof rootCauses)[number];

/** Who holds the complaint: the centre handles the first line, the client the final response, per the mandate (`shared`: either). */
export type ComplaintOwner = Party | 'shared';

/**
 * One complaint. Personal data (who complained and how to reach them) is not here but in
 * `Complainant`, stored apart so erasure blanks it without touching the complaint or its figures.
 */
export type Complaint = {
  id: string;
  relationshipId: string;
  /** The reference given to the complainant (unique, unguessable enough to quote, says nothing else). */
  reference: string;
  channel: ComplaintChannel;
  receivedAt: string;
  /** `public_form` when the customer filed it themselves. */
  receivedVia: 'public_form' | 'staff';
  /** The contact it is about (the contact data's source id), when known. */
  contactSourceId: string | null;
  queueId: string | null;
  /** What the customer wrote; free text, so blanked on erasure. */
  description: string | null;
  category: ComplaintCategory | null;
  rootCause: RootCause | null;
  status: ComplaintStatus;
  /** The party now holding it; escalation moves it to the client. */
  owner: Party;
  /** The mandate's split when the complaint came in (pinned, so later mandate changes do not rewrite history). */
  firstLineOwner: ComplaintOwner;
  finalResponseOwner: ComplaintOwner;
  escalatedAt: string | null;
  ackDueAt: string;
  resolveDueAt: string;
  acknowledgedAt: string | null;
  respondedAt: string | null;
  closedAt: string | null;
  reopenCount: number;
  /** The answer given to the complainant; blanked on erasure. */
  response: string | null;
  /** The complainant's satisfaction with the handling, 1–5, asked at closing (ISO 10002 8.3). */
  satisfaction: number | null;
  erasedAt: string | null;
  createdAt: string;
  createdBy: string | null;
};

export type Complainant = { name: string | null; email: string | null; phone: string | null };

export type ComplaintEvent = {
  id: string;
  complaintId: string;
  step: ComplaintStep | 'receive' | 'erase';
  fromStatus: ComplaintStatus | null;
  toStatus: ComplaintStatus;
  at: string;
  byUserId: string | null;
  byLabel: string;
  note: string | null;
};

export const complaintSteps = ['acknowledge', 'assess', 'investigate', 'respond', 'close', 'reopen', 'escalate'] as const;
export type ComplaintStep = (typeof complaintSteps)[number];

/** Deadlines counted from receipt: acknowledged within 2 days, resolved (answered) within 14 (our defaults; ISO 10002 asks for prompt, stated ones). */
export const ACK_HOURS = 48;
export const RESOLVE_DAYS = 14;
const HOUR = 3_600_000;

export const deadlinesFrom = (receivedAt: string): { ackDueAt: string; resolveDueAt: string } => {
  const t = new Date(receivedAt).getTime();
  return { ackDueAt: new Date(t + ACK_HOURS * HOUR).toISOString(), resolveDueAt: new Date(t + RESOLVE_DAYS * 24 * HOUR).toISOString() };
};

/** The lifecycle as a table: which step leads from which states to which. `escalate` keeps the state and moves the owner. */
const transitions: Record<ComplaintStep, { from: readonly ComplaintStatus[]; to: ComplaintStatus | null }> = {
  acknowledge: { from: ['received'], to: 'acknowledged' },
  assess: { from: ['acknowledged'], to: 'assessed' },
  investigate: { from: ['assessed'], to: 'investigating' },
  respond: { from: ['investigating'], to: 'responded' },
  close: { from: ['responded'], to: 'closed' },
  reopen: { from: ['responded', 'closed'], to: 'investigating' },
  escalate: { from: ['received', 'acknowledged', 'assessed', 'investigating'], to: null },
};

/** The steps possible from a state (before any check of who acts). */
export const nextSteps = (c: Pick<Complaint, 'status' | 'owner'>): ComplaintStep[] =>
  complaintSteps.filter((s) => transitions[s].from.includes(c.status) && !(s === 'escalate' && c.owner === 'client'));

export type StepInput = {
  step: ComplaintStep;
  note?: string | null;
  category?: ComplaintCategory | null;
  rootCause?: RootCause | null;
  response?: string | null;
  satisfaction?: number | null;
};

export type StepIssue = { path: string; message: string };

/** Field rules of a step: assessing names a category, responding gives the answer, closing needs a root cause; satisfaction is 1–5. */
export const stepIssues = (c: Complaint, s: StepInput): StepIssue[] => {
  const issues: StepIssue[] = [];
  if (s.step === 'assess' && !(s.category ?? c.category))
    issues.push({ path: 'category', message: 'assessing a complaint names its category' });
  if (s.step === 'respond' && !(s.response ?? '').trim())
    issues.push({ path: 'response', message: 'the response to the complainant is required' });
  if (s.step === 'close' && !(s.rootCause ?? c.rootCause))
    issues.push({ path: 'rootCause', message: 'closing a complaint names its root cause' });
  if (
    s.satisfaction !== undefined &&
    s.satisfaction !== null &&
    !(Number.isInteger(s.satisfaction) && s.satisfaction >= 1 && s.satisfaction <= 5)
  )
    issues.push({ path: 'satisfaction', message: 'must be a whole number 1–5' });
  if (s.step === 'escalate' && !(s.note ?? '').trim()) issues.push({ path: 'note', message: 'say why the complaint goes to the client' });
  return issues;
};

/** Whether the party may take the step: the owner works it; a response comes from the party the mandate gives the final response. */
export const partyMayStep = (c: Complaint, party: Party, step: ComplaintStep): 'ok' | 'not_owner' | 'escalate_first' => {
  if (step === 'escalate') return party === 'centre' && c.owner === 'centre' ? 'ok' : 'not_owner';
  if (c.owner !== party) return 'not_owner';
  if (step === 'respond' && c.finalResponseOwner !== 'shared' && c.finalResponseOwner !== party) return 'escalate_first';
  return 'ok';
};

/**
 * Applies a step to a complaint: the new state, timestamps and fields. Null when the step is not
 * possible from the current state. The first acknowledgement and first response are what the
 * deadlines judge; a reopened complaint keeps them and counts the reopening.
 */
export const applyStep = (c: Complaint, s: StepInput, at: string): Complaint | null => {
  const t = transitions[s.step];
  if (!t.from.includes(c.status)) return null;
  if (s.step === 'escalate') return c.owner === 'client' ? null : { ...c, owner: 'client', escalatedAt: at };
  const next: Complaint = { ...c, status: t.to as ComplaintStatus };
  if (s.category) next.category = s.category;
  if (s.rootCause) next.rootCause = s.rootCause;
  if (s.satisfaction !== undefined && s.satisfaction !== null) next.satisfaction = s.satisfaction;
  if (s.step === 'acknowledge') next.acknowledgedAt = at;
  if (s.step === 'respond') {
    next.response = s.response ?? null;
    next.respondedAt = c.respondedAt ?? at;
  }
  if (s.step === 'close') next.closedAt = at;
  if (s.step === 'reopen') {
    next.reopenCount = c.reopenCount + 1;
    next.closedAt = null;
  }
  return next;
};

export type Overdue = { ack: boolean; resolution: boolean };

/** Overdue flags at `now`: not acknowledged past its deadline; not answered past its resolution deadline. */
export const overdueAt = (c: Complaint, now: Date): Overdue => {
  const t = now.getTime();
  return {
    ack: c.acknowledgedAt === null && t > new Date(c.ackDueAt).getTime(),
    resolution: c.respondedAt === null && t > new Date(c.resolveDueAt).getTime(),
  };
};

/** The owner at receipt from the mandate's split: the first-line owner, the centre when the mandate says nothing or shares it. */
export const initialOwner = (firstLine: ComplaintOwner): Party => (firstLine === 'client' ? 'client' : 'centre');

/** A reference from the random part of the complaint's ULID: `CCQ-` and 10 Crockford base-32 characters. */
export const referenceFor = (ulid: string): string => `CCQ-${ulid.slice(-10).toUpperCase()}`;

/** What erasure leaves: the complaint without its free texts (which may name people); the complainant is blanked apart. */
export const erased = (c: Complaint, at: string): Complaint => ({ ...c, description: null, response: null, erasedAt: at });
