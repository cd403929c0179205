// src/adapters/db/repositories/complaints.repository.ts — complaints, their complainants (kept apart), their steps and public forms

import type { ComplaintsStore } from '../../../app/ports.js';
import { can } from '../../../domain/access/can.js';
import type {
  Complaint,
  ComplaintCategory,
  ComplaintChannel,
  ComplaintEvent,
  ComplaintOwner,
  ComplaintStatus,
  RootCause,
} from '../../../domain/complaints/complaint.js';
import type { Party } from '../../../domain/mandates/mandate.js';
import type { ComplaintEventsTable, ComplaintsTable, Db } from '../schema.js';
import { nonEmpty } from './in-list.js';

const toComplaint = (r: ComplaintsTable): Complaint => ({
  id: r.id,
  relationshipId: r.relationship_id,
  reference: r.reference,
  channel: r.channel as ComplaintChannel,
  receivedAt: r.received_at,
  receivedVia: r.received_via as Complaint['receivedVia'],
  contactSourceId: r.contact_source_id,
  queueId: r.queue_id,
  description: r.description,
  category: r.category as ComplaintCategory | null,
  rootCause: r.root_cause as RootCause | null,
  status: r.status as ComplaintStatus,
  owner: r.owner as Party,
  firstLineOwner: r.first_line_owner as ComplaintOwner,
  finalResponseOwner: r.final_response_owner as ComplaintOwner,
  escalatedAt: r.escalated_at,
  ackDueAt: r.ack_due_at,
  resolveDueAt: r.resolve_due_at,
  acknowledgedAt: r.acknowledged_at,
  respondedAt: r.responded_at,
  closedAt: r.closed_at,
  reopenCount: Number(r.reopen_count),
  response: r.response,
  satisfaction: r.satisfaction === null ? null : Number(r.satisfaction),
  erasedAt: r.erased_at,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

const toRow = (c: Complaint): ComplaintsTable => ({
  id: c.id,
  relationship_id: c.relationshipId,
  reference: c.reference,
  channel: c.channel,
  received_at: c.receivedAt,
  received_via: c.receivedVia,
  contact_source_id: c.contactSourceId,
  queue_id: c.queueId,
  description: c.description,
  category: c.category,
  root_cause: c.rootCause,
  status: c.status,
  owner: c.owner,
  first_line_owner: c.firstLineOwner,
  final_response_owner: c.finalResponseOwner,
  escalated_at: c.escalatedAt,
  ack_due_at: c.ackDueAt,
  resolve_due_at: c.resolveDueAt,
  acknowledged_at: c.acknowledgedAt,
  responded_at: c.respondedAt,
  closed_at: c.closedAt,
  reopen_count: c.reopenCount,
  response: c.response,
  satisfaction: c.satisfaction,
  erased_at: c.erasedAt,
  created_at: c.createdAt,
  created_by: c.createdBy,
});

const toEvent = (r: ComplaintEventsTable): ComplaintEvent => ({
  id: r.id,
  complaintId: r.complaint_id,
  step: r.step as ComplaintEvent['step'],
  fromStatus: r.from_status as ComplaintStatus | null,
  toStatus: r.to_status as ComplaintStatus,
  at: r.at,
  byUserId: r.by_user_id,
  byLabel: r.by_label,
  note: r.note,
});

const toForm = (r: { relationship_id: string; token: string; enabled: number; updated_at: string; updated_by: string | null }) => ({
  relationshipId: r.relationship_id,
  token: r.token,
  enabled: Number(r.enabled) === 1,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

export const complaintsRepository = (db: Db): ComplaintsStore => ({
  list: async (scope, o) => {
    const rels = (scope.org ? scope.org.relationships.map((r) => r.id) : []).filter(
      (id) => o.relationshipId === undefined || id === o.relationshipId,
    );
    let q = db.selectFrom('complaints').selectAll().where('relationship_id', 'in', nonEmpty(rels));
    if (o.statuses && o.statuses.length > 0) q = q.where('status', 'in', [...o.statuses]);
    const rows = await q.orderBy('received_at', 'desc').orderBy('id', 'desc').execute();
    return rows.map(toComplaint).filter((c) => can(scope, 'complaint:read', { type: 'complaint', relationshipId: c.relationshipId }));
  },
  findById: async (scope, id) => {
    const row = await db.selectFrom('complaints').selectAll().where('id', '=', id).executeTakeFirst();
    return row && can(scope, 'complaint:read', { type: 'complaint', relationshipId: row.relationship_id }) ? toComplaint(row) : null;
  },
  receivedBetween: async (relationshipId, fromIso, toIso) =>
    (
      await db
        .selectFrom('complaints')
        .selectAll()
        .where('relationship_id', '=', relationshipId)
        .where('received_at', '>=', fromIso)
        .where('received_at', '<', toIso)
        .orderBy('received_at')
        .execute()
    ).map(toComplaint),
  insert: async (c, who) => {
    await db.insertInto('complaints').values(toRow(c)).execute();
    await db
      .insertInto('complaint_complainants')
      .values({ complaint_id: c.id, name: who.name, email: who.email, phone: who.phone })
      .execute();
  },
  save: async (c) => {
    const { id: _id, ...rest } = toRow(c);
    await db.updateTable('complaints').set(rest).where('id', '=', c.id).execute();
  },
  complainant: async (id) => {
    const r = await db.selectFrom('complaint_complainants').selectAll().where('complaint_id', '=', id).executeTakeFirst();
    return r ? { name: r.name, email: r.email, phone: r.phone } : null;
  },
  erasePersonalData: async (id) => {
    await db.updateTable('complaint_complainants').set({ name: null, email: null, phone: null }).where('complaint_id', '=', id).execute();
    await db.updateTable('complaint_events').set({ note: null }).where('complaint_id', '=', id).execute();
  },
  events: async (id) =>
    (await db.selectFrom('complaint_events').selectAll().where('complaint_id', '=', id).orderBy('at').orderBy('id').execute()).map(toEvent),
  insertEvent: async (e) => {
    await db
      .insertInto('complaint_events')
      .values({
        id: e.id,
        complaint_id: e.complaintId,
        step: e.step,
        from_status: e.fromStatus,
        to_status: e.toStatus,
        at: e.at,
        by_user_id: e.byUserId,
        by_label: e.byLabel,
        note: e.note,
      })
      .execute();
  },
  form: async (relationshipId) => {
    const r = await db.selectFrom('complaint_forms').selectAll().where('relationship_id', '=', relationshipId).executeTakeFirst();
    return r ? toForm(r) : null;
  },
  formByToken: async (token) => {
    const r = await db
      .selectFrom('complaint_forms')
      .innerJoin('relationships', 'relationships.id', 'complaint_forms.relationship_id')
      .selectAll('complaint_forms')
      .select(['relationships.client_organisation_id', 'relationships.centre_organisation_id'])
      .where('complaint_forms.token', '=', token)
      .executeTakeFirst();
    return r ? { ...toForm(r), clientOrganisationId: r.client_organisation_id, centreOrganisationId: r.centre_organisation_id } : null;
  },
  saveForm: async (f) => {
    const values = { token: f.token, enabled: f.enabled ? 1 : 0, updated_at: f.updatedAt, updated_by: f.updatedBy };
    const done = await db.updateTable('complaint_forms').set(values).where('relationship_id', '=', f.relationshipId).executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0)
      await db
        .insertInto('complaint_forms')
        .values({ relationship_id: f.relationshipId, ...values })
        .execute();
  },
});
