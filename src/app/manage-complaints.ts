// src/app/manage-complaints.ts — the complaints register (ISO 18295-1 4.4, ISO 10002 steps): receive, list, work through the lifecycle, erase personal data

import { authorize, can } from '../domain/access/can.js';
import { type Scope, actsAsCentre, actsAsClient } from '../domain/access/scope.js';
import {
  type Complainant,
  type Complaint,
  type ComplaintCategory,
  type ComplaintChannel,
  type ComplaintEvent,
  type ComplaintOwner,
  type ComplaintStatus,
  type ComplaintStep,
  type Overdue,
  type StepInput,
  applyStep,
  deadlinesFrom,
  erased,
  initialOwner,
  nextSteps,
  overdueAt,
  partyMayStep,
  referenceFor,
  stepIssues,
} from '../domain/complaints/complaint.js';
import { type Party, versionInForce } from '../domain/mandates/mandate.js';
import type { Relationship } from '../domain/organisations/model.js';
import { AppError } from '../domain/shared/errors.js';
import { type Caller, recordChange } from './caller.js';
import type { Deps, Store } from './ports.js';

const notFound = 'CCQ_ERR_COMPLAINT_NOT_FOUND' as const;

/** A complaint as a reader sees it: the overdue flags now, and the steps the reader may take. */
export type ComplaintView = Complaint & { overdue: Overdue; steps: ComplaintStep[] };
/** The complainant is shown only to those who handle complaints (`complaint:handle`); null to readers. */
export type ComplaintDetail = { complaint: ComplaintView; complainant: Complainant | null; events: ComplaintEvent[] };

const partiesOf = (rel: Relationship): string[] => [...new Set([rel.clientOrganisationId, rel.centreOrganisationId])];

/** The sides the caller acts for in this relationship (an in-house organisation acts for both). */
export const callerParties = (scope: Scope, rel: Pick<Relationship, 'clientOrganisationId' | 'centreOrganisationId'>): Party[] => {
  const org = scope.org;
  if (!org) return [];
  const out: Party[] = [];
  if (org.id === rel.centreOrganisationId && actsAsCentre(org)) out.push('centre');
  if (org.id === rel.clientOrganisationId && actsAsClient(org)) out.push('client');
  return out;
};

/** The mandate's split of complaint handling (first line, final response); without a signed mandate: the centre, then the client. */
export const complaintSplit = async (
  store: Store,
  scope: Scope,
  relationshipId: string,
): Promise<{ firstLine: ComplaintOwner; finalResponse: ComplaintOwner }> => {
  const mandate = (await store.mandates.list(scope)).find((m) => m.relationshipId === relationshipId);
  const content = mandate ? versionInForce(await store.mandates.versions(mandate.id))?.content : undefined;
  const owner = (topic: string, fallback: ComplaintOwner): ComplaintOwner =>
    content?.responsibilities.find((r) => r.topic === topic)?.owner ?? fallback;
  return { firstLine: owner('complaints_first_line', 'centre'), finalResponse: owner('complaints_final_response', 'client') };
};

export type ReceiveComplaintOptions = {
  relationshipId: string;
  channel: ComplaintChannel;
  /** When it came in; default now (a letter registered a day late keeps its real date). */
  receivedAt?: string | undefined;
  description: string | null;
  contactSourceId?: string | null | undefined;
  queueId?: string | null | undefined;
  category?: ComplaintCategory | null | undefined;
  complainant: Complainant;
};

/** Builds and stores a new complaint with its first event and audit entry; the audit entry holds no personal data. */
export const storeNewComplaint = async (
  tx: Store,
  deps: Deps,
  caller: Caller,
  rel: Relationship,
  split: { firstLine: ComplaintOwner; finalResponse: ComplaintOwner },
  o: ReceiveComplaintOptions & { receivedVia: Complaint['receivedVia'] },
): Promise<Complaint> => {
  const now = deps.clock().toISOString();
  const id = deps.ids();
  const receivedAt = o.receivedAt ? new Date(o.receivedAt).toISOString() : now;
  const c: Complaint = {
    id,
    relationshipId: rel.id,
    reference: referenceFor(id),
    channel: o.channel,
    receivedAt,
    receivedVia: o.receivedVia,
    contactSourceId: o.contactSourceId ?? null,
    queueId: o.queueId ?? null,
    description: o.description,
    category: o.category ?? null,
    rootCause: null,
    status: 'received',
    owner: initialOwner(split.firstLine),
    firstLineOwner: split.firstLine,
    finalResponseOwner: split.finalResponse,
    escalatedAt: null,
    ...deadlinesFrom(receivedAt),
    acknowledgedAt: null,
    respondedAt: null,
    closedAt: null,
    reopenCount: 0,
    response: null,
    satisfaction: null,
    erasedAt: null,
    createdAt: now,
    createdBy: caller.scope.userId,
  };
  await tx.complaints.insert(c, o.complainant);
  await tx.complaints.insertEvent(eventOf(deps, caller, c.id, 'receive', null, 'received', null));
  await recordChange(tx, deps, caller, {
    organisationIds: partiesOf(rel),
    entity: 'complaint',
    entityId: c.id,
    action: 'create',
    before: null,
    after: auditFacts(c),
  });
  return c;
};

const eventOf = (
  deps: Deps,
  caller: Caller,
  complaintId: string,
  step: ComplaintEvent['step'],
  fromStatus: ComplaintStatus | null,
  toStatus: ComplaintStatus,
  note: string | null,
): ComplaintEvent => ({
  id: deps.ids(),
  complaintId,
  step,
  fromStatus,
  toStatus,
  at: deps.clock().toISOString(),
  byUserId: caller.scope.userId,
  byLabel: caller.label,
  note,
});

/** What the audit trail keeps of a complaint: never the complainant or free texts, which erasure must be able to remove. */
const auditFacts = (c: Complaint) => ({
  reference: c.reference,
  relationshipId: c.relationshipId,
  channel: c.channel,
  receivedAt: c.receivedAt,
  status: c.status,
  owner: c.owner,
  category: c.category,
  rootCause: c.rootCause,
  reopenCount: c.reopenCount,
  satisfaction: c.satisfaction,
  erasedAt: c.erasedAt,
});

const relationshipOf = async (store: Store, caller: Caller, id: string, code: typeof notFound | 'CCQ_ERR_RELATIONSHIP_NOT_FOUND') => {
  const rel = await store.relationships.findById(caller.scope, id);
  if (!rel) throw new AppError(code);
  return rel;
};

/** A staff member registers a complaint that came in by any channel (ISO 10002 receipt). */
export const receiveComplaint = async (deps: Deps, caller: Caller, o: ReceiveComplaintOptions): Promise<Complaint> =>
  deps.store.transaction(async (tx) => {
    const rel = await relationshipOf(tx, caller, o.relationshipId, 'CCQ_ERR_RELATIONSHIP_NOT_FOUND');
    authorize(caller.scope, 'complaint:handle', { type: 'complaint', relationshipId: rel.id }, 'CCQ_ERR_RELATIONSHIP_NOT_FOUND');
    if (o.queueId) {
      const q = await tx.queues.findById(caller.scope, o.queueId);
      if (!q || q.relationshipId !== rel.id)
        throw new AppError('CCQ_ERR_VALIDATION', 'The queue is not one of the relationship’s', [
          { path: 'queueId', message: 'not a queue of this relationship' },
        ]);
    }
    if (o.receivedAt !== undefined && !(new Date(o.receivedAt).getTime() <= deps.clock().getTime()))
      throw new AppError('CCQ_ERR_VALIDATION', 'A complaint cannot be received in the future', [
        { path: 'receivedAt', message: 'must be a time not after now' },
      ]);
    const split = await complaintSplit(tx, caller.scope, rel.id);
    return storeNewComplaint(tx, deps, caller, rel, split, { ...o, receivedVia: 'staff' });
  });

const viewOf = (c: Complaint, scope: Scope, rel: Relationship | null, now: Date): ComplaintView => {
  const parties = rel ? callerParties(scope, rel) : [];
  const handles = can(scope, 'complaint:handle', { type: 'complaint', relationshipId: c.relationshipId });
  const steps = handles ? nextSteps(c).filter((s) => parties.some((p) => partyMayStep(c, p, s) === 'ok')) : [];
  // The free texts may name people: only those who handle complaints read them.
  const texts = handles ? {} : { description: null, response: null };
  return { ...c, ...texts, overdue: overdueAt(c, now), steps };
};

export type ListComplaintsOptions = {
  relationshipId?: string | undefined;
  statuses?: ComplaintStatus[] | undefined;
  overdueOnly?: boolean;
};

/** The board: complaints of the relationships the caller sees, newest first, with overdue flags. */
export const listComplaints = async (deps: Deps, caller: Caller, o: ListComplaintsOptions = {}): Promise<ComplaintView[]> => {
  const list = await deps.store.complaints.list(caller.scope, { relationshipId: o.relationshipId, statuses: o.statuses });
  const rels = new Map((await deps.store.relationships.list(caller.scope)).map((r) => [r.id, r]));
  const now = deps.clock();
  const views = list.map((c) => viewOf(c, caller.scope, rels.get(c.relationshipId) ?? null, now));
  return o.overdueOnly ? views.filter((v) => v.overdue.ack || v.overdue.resolution) : views;
};

const load = async (store: Store, caller: Caller, id: string): Promise<{ c: Complaint; rel: Relationship }> => {
  const c = await store.complaints.findById(caller.scope, id);
  if (!c) throw new AppError(notFound);
  const rel = await relationshipOf(store, caller, c.relationshipId, notFound);
  return { c, rel };
};

export const getComplaint = async (deps: Deps, caller: Caller, id: string): Promise<ComplaintDetail> => {
  const { c, rel } = await load(deps.store, caller, id);
  authorize(caller.scope, 'complaint:read', { type: 'complaint', relationshipId: c.relationshipId }, notFound);
  const handles = can(caller.scope, 'complaint:handle', { type: 'complaint', relationshipId: c.relationshipId });
  return {
    complaint: viewOf(c, caller.scope, rel, deps.clock()),
    complainant: handles ? await deps.store.complaints.complainant(c.id) : null,
    events: await deps.store.complaints.events(c.id),
  };
};

/**
 * Takes one lifecycle step. The party holding the complaint works it; the response comes from the
 * party the mandate gives the final response (the centre escalates to the client first when that is
 * the client); escalation moves the complaint from the centre to the client.
 */
export const stepComplaint = async (deps: Deps, caller: Caller, id: string, s: StepInput): Promise<ComplaintDetail> => {
  await deps.store.transaction(async (tx) => {
    const { c, rel } = await load(tx, caller, id);
    authorize(caller.scope, 'complaint:handle', { type: 'complaint', relationshipId: c.relationshipId }, notFound);
    const verdicts = callerParties(caller.scope, rel).map((p) => partyMayStep(c, p, s.step));
    if (!verdicts.includes('ok'))
      throw new AppError(
        'CCQ_ERR_FORBIDDEN',
        verdicts.includes('escalate_first')
          ? 'The final response is the client’s under the mandate: escalate the complaint to the client first'
          : `The complaint is held by the ${c.owner}; only that party takes this step`,
      );
    const issues = stepIssues(c, s);
    if (issues.length) throw new AppError('CCQ_ERR_VALIDATION', 'The step is missing information', issues);
    const at = deps.clock().toISOString();
    const next = applyStep(c, s, at);
    if (!next) throw new AppError('CCQ_ERR_INVALID_STATE', `A complaint that is ${c.status} cannot take the step ${s.step}`);
    await tx.complaints.save(next);
    await tx.complaints.insertEvent(eventOf(deps, caller, c.id, s.step, c.status, next.status, s.note?.trim() || null));
    await recordChange(tx, deps, caller, {
      organisationIds: partiesOf(rel),
      entity: 'complaint',
      entityId: c.id,
      action: 'update',
      before: auditFacts(c),
      after: { ...auditFacts(next), step: s.step },
    });
  });
  return getComplaint(deps, caller, id);
};

/**
 * Erasure on the complainant's request: blanks name, contact details and the free texts (which may
 * name people), keeps the complaint's dates, category, root cause and steps so the figures do not
 * change. Audited without the erased data; erasing twice changes nothing more.
 */
export const eraseComplainant = async (deps: Deps, caller: Caller, id: string): Promise<ComplaintDetail> => {
  await deps.store.transaction(async (tx) => {
    const { c, rel } = await load(tx, caller, id);
    authorize(caller.scope, 'complaint:handle', { type: 'complaint', relationshipId: c.relationshipId }, notFound);
    if (c.erasedAt) return;
    const next = erased(c, deps.clock().toISOString());
    await tx.complaints.save(next);
    await tx.complaints.erasePersonalData(c.id);
    await tx.complaints.insertEvent(eventOf(deps, caller, c.id, 'erase', c.status, c.status, null));
    await recordChange(tx, deps, caller, {
      organisationIds: partiesOf(rel),
      entity: 'complaint',
      entityId: c.id,
      action: 'update',
      before: { erasedAt: null },
      after: { erasedAt: next.erasedAt, erased: ['complainant', 'description', 'response', 'notes'] },
    });
  });
  return getComplaint(deps, caller, id);
};
