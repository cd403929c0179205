// src/app/manage-evidence.ts — evidence: upload files (content-addressed, verified on download), links and KPI snapshots; link them to requirements

import { authorize, can } from '../domain/access/can.js';
import { assessmentResource } from '../domain/conformity/assessment.js';
import {
  type Evidence,
  type EvidenceLink,
  type Validity,
  acceptedMediaType,
  evidenceLimits,
  validityOf,
} from '../domain/conformity/evidence.js';
import { isContactDataKpi, kpiById } from '../domain/kpi/dictionary.js';
import { AppError } from '../domain/shared/errors.js';
import { type Caller, actingOrganisationId, recordChange } from './caller.js';
import { measureVoiceKpis } from './kpis/voice-kpis.js';
import { loadAssessment } from './manage-assessments.js';
import type { Deps, Store } from './ports.js';
import { type QueryKpisOptions, queryKpis } from './query-kpis.js';

export type EvidenceView = Evidence & { validity: Validity; links: EvidenceLink[] };

type Common = {
  title: string;
  description?: string | null | undefined;
  validFrom?: string | null | undefined;
  validUntil?: string | null | undefined;
  /** Link the new evidence at once to these requirements of an assessment. */
  attachTo?: { assessmentId: string; refs: string[] } | undefined;
};

export type AddEvidenceOptions =
  | (Common & { kind: 'file'; fileName: string; mediaType?: string | null | undefined; bytes: Uint8Array })
  | (Common & { kind: 'link'; url: string })
  /** `relationshipId` names what survey, complaint, quality and people KPIs are measured for (contact-data KPIs need none). */
  | (Common & { kind: 'kpi_snapshot'; query: QueryKpisOptions; relationshipId?: string | undefined });

const today = (deps: Deps): string => deps.clock().toISOString().slice(0, 10);

const withValidity = (deps: Deps, e: Evidence, links: EvidenceLink[]): EvidenceView => ({
  ...e,
  validity: validityOf(e, today(deps)),
  links,
});

const dateIssues = (o: Common) => {
  const issues = [];
  if (o.validFrom && o.validUntil && o.validUntil < o.validFrom)
    issues.push({ path: 'validUntil', message: 'must not be before validFrom' });
  if (!o.title.trim()) issues.push({ path: 'title', message: 'must not be empty' });
  return issues;
};

/** Links evidence to requirements of an assessment of the same organisation, checking the refs against the assessment's answers. */
const linkTo = async (deps: Deps, tx: Store, caller: Caller, e: Evidence, assessmentId: string, refs: string[]): Promise<void> => {
  const a = await loadAssessment(tx, caller, assessmentId);
  authorize(caller.scope, 'assessment:manage', assessmentResource(a), 'CCQ_ERR_ASSESSMENT_NOT_FOUND');
  if (a.organisationId !== e.organisationId)
    throw new AppError('CCQ_ERR_VALIDATION', undefined, [
      { path: 'assessmentId', message: 'evidence supports assessments of its own organisation' },
    ]);
  const known = new Set((await tx.assessments.answers(a.id)).map((x) => x.ref));
  const unknown = refs.filter((r) => !known.has(r));
  if (unknown.length) throw new AppError('CCQ_ERR_REQUIREMENT_NOT_FOUND', `Not requirements of this assessment: ${unknown.join(', ')}`);
  const at = deps.clock().toISOString();
  for (const ref of refs)
    await tx.evidence.link({ evidenceId: e.id, assessmentId: a.id, ref, linkedAt: at, linkedBy: caller.scope.userId });
};

/** The survey, complaint, quality and people KPIs among those asked for. */
const voiceKpisOf = (ids: readonly string[]): string[] =>
  ids.filter((id) => {
    const d = kpiById.get(id);
    return d !== undefined && !isContactDataKpi(d);
  });

/** A snapshot of voice KPIs: measured now for the relationship over the period, in its centre's time zone, each with its sample. */
const voiceSnapshot = async (deps: Deps, caller: Caller, query: QueryKpisOptions, kpis: string[], relationshipId: string) => {
  const rel = await deps.store.relationships.findById(caller.scope, relationshipId);
  if (!rel) throw new AppError('CCQ_ERR_RELATIONSHIP_NOT_FOUND');
  const centre = await deps.store.organisations.findById(caller.scope, rel.centreOrganisationId);
  const timeZone = query.timeZone ?? centre?.timeZone ?? 'UTC';
  const q = { relationshipId: rel.id, queueIds: query.queues ?? [], from: query.from, to: query.to, timeZone, kpis };
  return { takenAt: deps.clock().toISOString(), query: { ...q }, result: { measured: await measureVoiceKpis(deps, caller, q) } };
};

/**
 * Adds a piece of evidence to the acting organisation's library. A file is stored once under the
 * SHA-256 of its bytes; a KPI snapshot runs the KPI query now and freezes its parameters and result.
 */
export const addEvidence = async (deps: Deps, caller: Caller, o: AddEvidenceOptions): Promise<EvidenceView> => {
  const organisationId = actingOrganisationId(caller);
  authorize(caller.scope, 'evidence:manage', { type: 'evidence', organisationId }, 'CCQ_ERR_EVIDENCE_NOT_FOUND');
  const issues = dateIssues(o);
  let file: { sha256: string; mediaType: string; size: number; fileName: string } | null = null;
  if (o.kind === 'file') {
    const mediaType = acceptedMediaType(o.mediaType, o.fileName);
    if (!mediaType) issues.push({ path: 'file', message: `this kind of file is not accepted as evidence (${o.fileName})` });
    if (o.bytes.byteLength === 0) issues.push({ path: 'file', message: 'the file is empty' });
    if (o.bytes.byteLength > evidenceLimits.maxBytes)
      throw new AppError('CCQ_ERR_PAYLOAD_TOO_LARGE', `Evidence files are at most ${evidenceLimits.maxBytes / 1024 / 1024} MB`);
    file = { sha256: deps.secrets.digest(o.bytes), mediaType: mediaType ?? '', size: o.bytes.byteLength, fileName: o.fileName };
  }
  if (o.kind === 'link' && !/^https?:\/\/\S+$/i.test(o.url)) issues.push({ path: 'url', message: 'give an http or https address' });
  const voice = o.kind === 'kpi_snapshot' ? voiceKpisOf(o.query.kpis ?? []) : [];
  if (o.kind === 'kpi_snapshot' && voice.length) {
    if (voice.length !== o.query.kpis?.length)
      issues.push({
        path: 'query.kpis',
        message: 'take contact-data KPIs and survey, complaint, quality or people KPIs as separate snapshots',
      });
    if (!o.relationshipId) issues.push({ path: 'relationship', message: 'name the relationship these KPIs are measured for' });
  }
  if (issues.length) throw new AppError('CCQ_ERR_VALIDATION', undefined, issues);
  const snapshot =
    o.kind !== 'kpi_snapshot'
      ? null
      : voice.length
        ? await voiceSnapshot(deps, caller, o.query, voice, o.relationshipId as string)
        : { takenAt: deps.clock().toISOString(), query: { ...o.query }, result: await queryKpis(deps, caller, o.query) };
  const now = deps.clock().toISOString();
  const e: Evidence = {
    id: deps.ids(),
    organisationId,
    kind: o.kind,
    title: o.title.trim(),
    description: o.description?.trim() || null,
    sha256: file?.sha256 ?? null,
    fileName: file?.fileName ?? null,
    mediaType: file?.mediaType ?? null,
    size: file?.size ?? null,
    url: o.kind === 'link' ? o.url : null,
    snapshot,
    validFrom: o.validFrom ?? null,
    validUntil: o.validUntil ?? null,
    createdAt: now,
    createdBy: caller.scope.userId,
  };
  return deps.store.transaction(async (tx) => {
    if (o.kind === 'file' && file) await tx.blobs.put(file.sha256, o.bytes, now);
    await tx.evidence.insert(e);
    if (o.attachTo) await linkTo(deps, tx, caller, e, o.attachTo.assessmentId, o.attachTo.refs);
    const { snapshot: _s, ...logged } = e;
    await recordChange(tx, deps, caller, {
      organisationIds: [organisationId],
      entity: 'evidence',
      entityId: e.id,
      action: 'create',
      before: null,
      after: logged,
    });
    return withValidity(deps, e, await tx.evidence.links({ evidenceId: e.id }));
  });
};

/** The acting organisation's evidence library, with validity and where each piece is used. */
export const listEvidence = async (deps: Deps, caller: Caller): Promise<EvidenceView[]> => {
  const organisationId = actingOrganisationId(caller);
  authorize(caller.scope, 'evidence:read', { type: 'evidence', organisationId }, 'CCQ_ERR_EVIDENCE_NOT_FOUND');
  const all = await deps.store.evidence.ofOrganisation(organisationId);
  const out: EvidenceView[] = [];
  for (const e of all) out.push(withValidity(deps, e, await deps.store.evidence.links({ evidenceId: e.id })));
  return out;
};

/** The evidence supporting an assessment's requirements (what its auditor and shared readers see). */
export const evidenceOfAssessment = async (deps: Deps, caller: Caller, assessmentId: string): Promise<EvidenceView[]> => {
  const a = await loadAssessment(deps.store, caller, assessmentId);
  authorize(caller.scope, 'evidence:read', assessmentResource(a), 'CCQ_ERR_ASSESSMENT_NOT_FOUND');
  const links = await deps.store.evidence.links({ assessmentId });
  const pieces = await deps.store.evidence.byIds([...new Set(links.map((l) => l.evidenceId))]);
  return pieces.map((e) =>
    withValidity(
      deps,
      e,
      links.filter((l) => l.evidenceId === e.id),
    ),
  );
};

/**
 * Whether the caller may read a piece of evidence: the owner's people, or readers of an assessment
 * it supports (by a link or through one of the assessment's findings).
 */
const readable = async (deps: Deps, caller: Caller, e: Evidence): Promise<boolean> => {
  if (can(caller.scope, 'evidence:read', { type: 'evidence', organisationId: e.organisationId })) return true;
  const assessmentIds = new Set((await deps.store.evidence.links({ evidenceId: e.id })).map((l) => l.assessmentId));
  for (const id of assessmentIds) {
    const a = await deps.store.assessments.findById(caller.scope, id);
    if (a && can(caller.scope, 'evidence:read', assessmentResource(a))) return true;
  }
  return false;
};

export const getEvidence = async (deps: Deps, caller: Caller, id: string): Promise<EvidenceView> => {
  const e = await deps.store.evidence.findById(id);
  if (!e || !(await readable(deps, caller, e))) throw new AppError('CCQ_ERR_EVIDENCE_NOT_FOUND');
  return withValidity(deps, e, await deps.store.evidence.links({ evidenceId: id }));
};

/** The file's bytes, checked against the hash they are stored under: a mismatch is refused, never served. */
export const downloadEvidence = async (deps: Deps, caller: Caller, id: string): Promise<{ evidence: Evidence; bytes: Uint8Array }> => {
  const e = await getEvidence(deps, caller, id);
  if (e.kind !== 'file' || !e.sha256) throw new AppError('CCQ_ERR_BAD_REQUEST', 'This evidence is not a file');
  const bytes = await deps.store.blobs.get(e.sha256);
  if (!bytes) throw new AppError('CCQ_ERR_INTEGRITY', `The file of evidence ${id} is missing from the store`);
  if (deps.secrets.digest(bytes) !== e.sha256)
    throw new AppError('CCQ_ERR_INTEGRITY', `The file of evidence ${id} does not match its SHA-256; it is not served`);
  return { evidence: e, bytes };
};

export const linkEvidence = async (deps: Deps, caller: Caller, id: string, assessmentId: string, refs: string[]): Promise<EvidenceView> =>
  deps.store.transaction(async (tx) => {
    const e = await tx.evidence.findById(id);
    if (!e || !can(caller.scope, 'evidence:manage', { type: 'evidence', organisationId: e.organisationId }))
      throw new AppError('CCQ_ERR_EVIDENCE_NOT_FOUND');
    await linkTo(deps, tx, caller, e, assessmentId, refs);
    await recordChange(tx, deps, caller, {
      organisationIds: [e.organisationId],
      entity: 'evidence',
      entityId: e.id,
      action: 'update',
      before: null,
      after: { linked: { assessmentId, refs } },
    });
    return withValidity(deps, e, await tx.evidence.links({ evidenceId: id }));
  });

export const unlinkEvidence = async (deps: Deps, caller: Caller, id: string, assessmentId: string, ref: string): Promise<void> =>
  deps.store.transaction(async (tx) => {
    const e = await tx.evidence.findById(id);
    if (!e || !can(caller.scope, 'evidence:manage', { type: 'evidence', organisationId: e.organisationId }))
      throw new AppError('CCQ_ERR_EVIDENCE_NOT_FOUND');
    const a = await loadAssessment(tx, caller, assessmentId);
    authorize(caller.scope, 'assessment:manage', assessmentResource(a), 'CCQ_ERR_ASSESSMENT_NOT_FOUND');
    await tx.evidence.unlink(id, assessmentId, ref);
    await recordChange(tx, deps, caller, {
      organisationIds: [e.organisationId],
      entity: 'evidence',
      entityId: e.id,
      action: 'update',
      before: { linked: { assessmentId, ref } },
      after: null,
    });
  });

/** Evidence of the acting organisation that has expired or expires within the warning window (for the home page). */
export const expiringEvidence = async (deps: Deps, caller: Caller): Promise<EvidenceView[]> => {
  const organisationId = actingOrganisationId(caller);
  if (!can(caller.scope, 'evidence:read', { type: 'evidence', organisationId })) return [];
  return (await listEvidence(deps, caller)).filter((e) => e.validity === 'expiring' || e.validity === 'expired');
};
