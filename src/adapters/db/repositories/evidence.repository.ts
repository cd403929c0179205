// src/adapters/db/repositories/evidence.repository.ts — blobs by SHA-256, evidence and its links to requirements, audits, findings and corrective actions

import type { Selectable } from 'kysely';
import type { Store } from '../../../app/ports.js';
import type { Audit, AuditKind } from '../../../domain/conformity/audit.js';
import type { Evidence, EvidenceKind, KpiSnapshot } from '../../../domain/conformity/evidence.js';
import type { ActionStatus, CorrectiveAction, Finding, FindingGrade } from '../../../domain/conformity/finding.js';
import type { AuditsTable, CorrectiveActionsTable, Db, Dialect, EvidenceTable, FindingsTable } from '../schema.js';
import { nonEmpty } from './in-list.js';

export const blobsRepository = (db: Db, dialect: Dialect): Store['blobs'] => ({
  put: async (sha256, bytes, at) => {
    const content = dialect === 'postgres' ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes;
    await db
      .insertInto('blobs')
      .values({ sha256, size: bytes.byteLength, content, created_at: at })
      .onConflict((oc) => oc.column('sha256').doNothing())
      .execute();
  },
  get: async (sha256) => {
    const row = await db.selectFrom('blobs').select('content').where('sha256', '=', sha256).executeTakeFirst();
    return row ? new Uint8Array(row.content) : null;
  },
});

const toEvidence = (r: Selectable<EvidenceTable>): Evidence => ({
  id: r.id,
  organisationId: r.organisation_id,
  kind: r.kind as EvidenceKind,
  title: r.title,
  description: r.description,
  sha256: r.sha256,
  fileName: r.file_name,
  mediaType: r.media_type,
  size: r.size === null ? null : Number(r.size),
  url: r.url,
  snapshot: r.snapshot_json === null ? null : (JSON.parse(r.snapshot_json) as KpiSnapshot),
  validFrom: r.valid_from,
  validUntil: r.valid_until,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

export const evidenceRepository = (db: Db): Store['evidence'] => ({
  insert: async (e) => {
    await db
      .insertInto('evidence')
      .values({
        id: e.id,
        organisation_id: e.organisationId,
        kind: e.kind,
        title: e.title,
        description: e.description,
        sha256: e.sha256,
        file_name: e.fileName,
        media_type: e.mediaType,
        size: e.size,
        url: e.url,
        snapshot_json: e.snapshot === null ? null : JSON.stringify(e.snapshot),
        valid_from: e.validFrom,
        valid_until: e.validUntil,
        created_at: e.createdAt,
        created_by: e.createdBy,
      })
      .execute();
  },
  update: async (id, p) => {
    await db
      .updateTable('evidence')
      .set({
        ...(p.title !== undefined ? { title: p.title } : {}),
        ...(p.description !== undefined ? { description: p.description } : {}),
        ...(p.validFrom !== undefined ? { valid_from: p.validFrom } : {}),
        ...(p.validUntil !== undefined ? { valid_until: p.validUntil } : {}),
      })
      .where('id', '=', id)
      .execute();
  },
  findById: async (id) => {
    const row = await db.selectFrom('evidence').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toEvidence(row) : null;
  },
  ofOrganisation: async (organisationId) =>
    (await db.selectFrom('evidence').selectAll().where('organisation_id', '=', organisationId).orderBy('created_at', 'desc').execute()).map(
      toEvidence,
    ),
  byIds: async (ids) => (await db.selectFrom('evidence').selectAll().where('id', 'in', nonEmpty(ids)).execute()).map(toEvidence),
  links: async (filter) => {
    let q = db.selectFrom('evidence_links').selectAll();
    if (filter.assessmentId !== undefined) q = q.where('assessment_id', '=', filter.assessmentId);
    if (filter.evidenceId !== undefined) q = q.where('evidence_id', '=', filter.evidenceId);
    return (await q.orderBy('linked_at').execute()).map((r) => ({
      evidenceId: r.evidence_id,
      assessmentId: r.assessment_id,
      ref: r.ref,
      linkedAt: r.linked_at,
      linkedBy: r.linked_by,
    }));
  },
  link: async (l) => {
    await db
      .insertInto('evidence_links')
      .values({ evidence_id: l.evidenceId, assessment_id: l.assessmentId, ref: l.ref, linked_at: l.linkedAt, linked_by: l.linkedBy })
      .onConflict((oc) => oc.columns(['evidence_id', 'assessment_id', 'ref']).doNothing())
      .execute();
  },
  unlink: async (evidenceId, assessmentId, ref) => {
    await db
      .deleteFrom('evidence_links')
      .where('evidence_id', '=', evidenceId)
      .where('assessment_id', '=', assessmentId)
      .where('ref', '=', ref)
      .execute();
  },
});

export const auditsRepository = (db: Db): Store['audits'] => {
  const toAudit = (r: Selectable<AuditsTable>): Audit => ({
    id: r.id,
    assessmentId: r.assessment_id,
    auditGrantId: r.audit_grant_id,
    auditorUserId: r.auditor_user_id,
    kind: r.kind as AuditKind,
    body: r.body,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    createdAt: r.created_at,
    createdBy: r.created_by,
  });
  return {
    insert: async (a) => {
      await db
        .insertInto('audits')
        .values({
          id: a.id,
          assessment_id: a.assessmentId,
          audit_grant_id: a.auditGrantId,
          auditor_user_id: a.auditorUserId,
          kind: a.kind,
          body: a.body,
          starts_at: a.startsAt,
          ends_at: a.endsAt,
          created_at: a.createdAt,
          created_by: a.createdBy,
        })
        .execute();
    },
    ofAssessment: async (assessmentId) =>
      (await db.selectFrom('audits').selectAll().where('assessment_id', '=', assessmentId).orderBy('starts_at', 'desc').execute()).map(
        toAudit,
      ),
    findById: async (id) => {
      const row = await db.selectFrom('audits').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toAudit(row) : null;
    },
  };
};

const toFinding = (r: Selectable<FindingsTable>): Finding => ({
  id: r.id,
  assessmentId: r.assessment_id,
  auditId: r.audit_id,
  seq: Number(r.seq),
  grade: r.grade as FindingGrade,
  title: r.title,
  description: r.description,
  refs: JSON.parse(r.refs_json) as string[],
  evidenceIds: JSON.parse(r.evidence_ids_json) as string[],
  origin: r.origin,
  status: r.status as Finding['status'],
  raisedAt: r.raised_at,
  raisedBy: r.raised_by,
  closedAt: r.closed_at,
});

export const findingsRepository = (db: Db): Store['findings'] => ({
  ofAssessments: async (ids) =>
    (
      await db.selectFrom('findings').selectAll().where('assessment_id', 'in', nonEmpty(ids)).orderBy('raised_at').orderBy('seq').execute()
    ).map(toFinding),
  findById: async (id) => {
    const row = await db.selectFrom('findings').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toFinding(row) : null;
  },
  nextSeq: async (assessmentId) => {
    const row = await db
      .selectFrom('findings')
      .select((eb) => eb.fn.max<number>('seq').as('m'))
      .where('assessment_id', '=', assessmentId)
      .executeTakeFirst();
    return Number(row?.m ?? 0) + 1;
  },
  insert: async (f) => {
    await db
      .insertInto('findings')
      .values({
        id: f.id,
        assessment_id: f.assessmentId,
        audit_id: f.auditId,
        seq: f.seq,
        grade: f.grade,
        title: f.title,
        description: f.description,
        refs_json: JSON.stringify(f.refs),
        evidence_ids_json: JSON.stringify(f.evidenceIds),
        origin: f.origin,
        status: f.status,
        raised_at: f.raisedAt,
        raised_by: f.raisedBy,
        closed_at: f.closedAt,
      })
      .execute();
  },
  update: async (id, p) => {
    await db
      .updateTable('findings')
      .set({
        ...(p.grade !== undefined ? { grade: p.grade } : {}),
        ...(p.title !== undefined ? { title: p.title } : {}),
        ...(p.description !== undefined ? { description: p.description } : {}),
        ...(p.refs !== undefined ? { refs_json: JSON.stringify(p.refs) } : {}),
        ...(p.evidenceIds !== undefined ? { evidence_ids_json: JSON.stringify(p.evidenceIds) } : {}),
        ...(p.status !== undefined ? { status: p.status } : {}),
        ...(p.closedAt !== undefined ? { closed_at: p.closedAt } : {}),
      })
      .where('id', '=', id)
      .execute();
  },
});

const toAction = (r: Selectable<CorrectiveActionsTable>): CorrectiveAction => ({
  id: r.id,
  findingId: r.finding_id,
  correction: r.correction,
  rootCause: r.root_cause,
  action: r.action,
  ownerUserId: r.owner_user_id,
  dueOn: r.due_on,
  status: r.status as ActionStatus,
  verifiedBy: r.verified_by,
  verifiedAt: r.verified_at,
  verificationNote: r.verification_note,
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
});

const actionRow = (a: CorrectiveAction): CorrectiveActionsTable => ({
  id: a.id,
  finding_id: a.findingId,
  correction: a.correction,
  root_cause: a.rootCause,
  action: a.action,
  owner_user_id: a.ownerUserId,
  due_on: a.dueOn,
  status: a.status,
  verified_by: a.verifiedBy,
  verified_at: a.verifiedAt,
  verification_note: a.verificationNote,
  created_at: a.createdAt,
  created_by: a.createdBy,
  updated_at: a.updatedAt,
});

export const actionsRepository = (db: Db): Store['actions'] => ({
  ofFindings: async (ids) =>
    (await db.selectFrom('corrective_actions').selectAll().where('finding_id', 'in', nonEmpty(ids)).orderBy('created_at').execute()).map(
      toAction,
    ),
  findById: async (id) => {
    const row = await db.selectFrom('corrective_actions').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toAction(row) : null;
  },
  insert: async (a) => {
    await db.insertInto('corrective_actions').values(actionRow(a)).execute();
  },
  update: async (id, a) => {
    const { id: _id, ...row } = actionRow(a);
    await db.updateTable('corrective_actions').set(row).where('id', '=', id).execute();
  },
});
