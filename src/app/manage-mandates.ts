// src/app/manage-mandates.ts — a relationship's mandate: drafted by both parties, signed by one named person of each, versioned, compared, evaluated

import { authorize } from '../domain/access/can.js';
import { actsAsCentre, actsAsClient } from '../domain/access/scope.js';
import { type FieldChange, canonicalJson, diffValues } from '../domain/mandates/canonical.js';
import { type Gap, mandateGaps } from '../domain/mandates/completeness.js';
import { type Mandate, type MandateContent, type MandateVersion, type Party, versionInForce } from '../domain/mandates/mandate.js';
import { editDraft, missingSignatures, signVersion } from '../domain/mandates/signing.js';
import { contentIssues, mandateTemplate } from '../domain/mandates/template.js';
import { AppError } from '../domain/shared/errors.js';
import { type Caller, actingOrganisation, recordChange } from './caller.js';
import { type TargetEvaluation, evaluateTargets } from './evaluate-targets.js';
import { notifySigning } from './notify.js';
import type { Deps, Store } from './ports.js';

export type MandateView = {
  mandate: Mandate;
  versions: MandateVersion[];
  /** The newest version (a draft being written, or the signed one in force). */
  current: MandateVersion;
  /** The signed version in force, if any. */
  inForce: MandateVersion | null;
  gaps: Gap[];
  missingSignatures: Party[];
};

const notFound = 'CCQ_ERR_MANDATE_NOT_FOUND' as const;
const resource = (m: Pick<Mandate, 'relationshipId'>) => ({ type: 'mandate' as const, relationshipId: m.relationshipId });

const hashOf = (deps: Deps, c: MandateContent): string => deps.secrets.sha256(canonicalJson(c));

const loadMandate = async (store: Store, caller: Caller, id: string): Promise<Mandate> => {
  const m = await store.mandates.findById(caller.scope, id);
  if (!m) throw new AppError(notFound);
  return m;
};

const viewOf = async (store: Store, m: Mandate): Promise<MandateView> => {
  const versions = await store.mandates.versions(m.id);
  const current = versions.at(-1);
  if (!current) throw new AppError('CCQ_ERR_INTERNAL', `Mandate ${m.id} has no version`);
  return {
    mandate: m,
    versions,
    current,
    inForce: versionInForce(versions),
    gaps: mandateGaps(current.content),
    missingSignatures: current.status === 'draft' ? missingSignatures(current) : [],
  };
};

/** The content's problems against the relationship's own queues; throws with every issue. */
const checkContent = async (store: Store, relationshipId: string, c: MandateContent): Promise<void> => {
  const queues = new Set((await store.queues.ofRelationship(relationshipId)).map((q) => q.id));
  const issues = contentIssues(c, queues);
  if (issues.length) throw new AppError('CCQ_ERR_VALIDATION', 'The mandate is not valid', issues);
};

/** Starts a relationship's mandate from the ISO 18295-2 template (or given content) as draft version 1. */
export const createMandate = async (
  deps: Deps,
  caller: Caller,
  o: { relationshipId: string; title: string; content?: MandateContent | undefined },
): Promise<MandateView> => {
  const rel = await deps.store.relationships.findById(caller.scope, o.relationshipId);
  if (!rel) throw new AppError('CCQ_ERR_RELATIONSHIP_NOT_FOUND');
  authorize(caller.scope, 'mandate:edit', resource({ relationshipId: rel.id }), 'CCQ_ERR_RELATIONSHIP_NOT_FOUND');
  const content = o.content ?? mandateTemplate();
  await checkContent(deps.store, rel.id, content);
  const now = deps.clock().toISOString();
  const m: Mandate = {
    id: deps.ids(),
    relationshipId: rel.id,
    title: o.title.trim() || rel.name,
    createdAt: now,
    createdBy: caller.scope.userId,
  };
  const v: MandateVersion = {
    id: deps.ids(),
    mandateId: m.id,
    number: 1,
    content,
    hash: hashOf(deps, content),
    status: 'draft',
    signatures: [],
    basedOn: null,
    createdAt: now,
    createdBy: caller.scope.userId,
  };
  return deps.store.transaction(async (tx) => {
    await tx.mandates.insert(m);
    await tx.mandates.insertVersion(v);
    const orgs = [rel.clientOrganisationId, rel.centreOrganisationId];
    await recordChange(tx, deps, caller, {
      organisationIds: [...new Set(orgs)],
      entity: 'mandate',
      entityId: m.id,
      action: 'create',
      before: null,
      after: { ...m, version: 1, hash: v.hash },
    });
    return viewOf(tx, m);
  });
};

export const getMandate = async (deps: Deps, caller: Caller, id: string): Promise<MandateView> =>
  viewOf(deps.store, await loadMandate(deps.store, caller, id));

export const listMandates = (deps: Deps, caller: Caller): Promise<Mandate[]> => deps.store.mandates.list(caller.scope);

/** Both parties of the mandate's relationship (the caller sees it, having been let read the mandate). */
const organisationsOf = async (store: Store, caller: Caller, m: Mandate): Promise<string[]> => {
  const rel = await store.relationships.findById(caller.scope, m.relationshipId);
  return rel ? [...new Set([rel.clientOrganisationId, rel.centreOrganisationId])] : [];
};

/** Changes the draft (either party may); a signed version never changes — `newDraft` starts the next one. */
export const updateDraft = async (deps: Deps, caller: Caller, id: string, content: MandateContent): Promise<MandateView> =>
  deps.store.transaction(async (tx) => {
    const m = await loadMandate(tx, caller, id);
    authorize(caller.scope, 'mandate:edit', resource(m), notFound);
    await checkContent(tx, m.relationshipId, content);
    const current = (await tx.mandates.versions(m.id)).at(-1) as MandateVersion;
    const next = editDraft(current, content, hashOf(deps, content));
    await tx.mandates.saveVersion(next);
    await recordChange(tx, deps, caller, {
      organisationIds: await organisationsOf(tx, caller, m),
      entity: 'mandate',
      entityId: m.id,
      action: 'update',
      before: { version: current.number, hash: current.hash },
      after: { version: next.number, hash: next.hash, changes: diffValues(current.content, content).map((c) => c.path) },
    });
    return viewOf(tx, m);
  });

/** Starts a new draft from the newest version (after a signed one), so the mandate can change. */
export const newDraft = async (deps: Deps, caller: Caller, id: string): Promise<MandateView> =>
  deps.store.transaction(async (tx) => {
    const m = await loadMandate(tx, caller, id);
    authorize(caller.scope, 'mandate:edit', resource(m), notFound);
    const latest = (await tx.mandates.versions(m.id)).at(-1) as MandateVersion;
    if (latest.status === 'draft') throw new AppError('CCQ_ERR_INVALID_STATE', `Version ${latest.number} is already a draft; change it`);
    const v: MandateVersion = {
      ...latest,
      id: deps.ids(),
      number: latest.number + 1,
      status: 'draft',
      signatures: [],
      basedOn: latest.id,
      createdAt: deps.clock().toISOString(),
      createdBy: caller.scope.userId,
    };
    await tx.mandates.insertVersion(v);
    await recordChange(tx, deps, caller, {
      organisationIds: await organisationsOf(tx, caller, m),
      entity: 'mandate',
      entityId: m.id,
      action: 'update',
      before: null,
      after: { draft: v.number, basedOn: latest.number },
    });
    return viewOf(tx, m);
  });

/** Which party the caller signs for: the side of the relationship their organisation and role stand on (an in-house organisation says which). */
const partyOf = async (store: Store, caller: Caller, m: Mandate, asked: Party | undefined): Promise<Party> => {
  const org = actingOrganisation(caller);
  const rel = await store.relationships.findById(caller.scope, m.relationshipId);
  if (!rel) throw new AppError(notFound);
  const can: Party[] = [
    ...(rel.clientOrganisationId === org.id && actsAsClient(org) ? (['client'] as const) : []),
    ...(rel.centreOrganisationId === org.id && actsAsCentre(org) ? (['centre'] as const) : []),
  ];
  if (asked !== undefined) {
    if (!can.includes(asked)) throw new AppError('CCQ_ERR_FORBIDDEN', `You cannot sign for the ${asked}`);
    return asked;
  }
  if (can.length !== 1)
    throw new AppError('CCQ_ERR_VALIDATION', undefined, [
      { path: 'party', message: can.length ? 'say whether you sign for the client or the centre' : 'you sign for neither party' },
    ]);
  return can[0] as Party;
};

/**
 * Signs the draft for the caller's party, for the exact content they saw (`versionHash`). The second
 * signature makes the version signed and immutable, and the version in force before it superseded.
 */
export const signMandate = async (
  deps: Deps,
  caller: Caller,
  id: string,
  o: { versionHash: string; party?: Party | undefined },
): Promise<MandateView> =>
  deps.store.transaction(async (tx) => {
    const m = await loadMandate(tx, caller, id);
    authorize(caller.scope, 'mandate:sign', resource(m), notFound);
    const party = await partyOf(tx, caller, m, o.party);
    const versions = await tx.mandates.versions(m.id);
    const current = versions.at(-1) as MandateVersion;
    const user = caller.scope.userId ? await tx.users.findById(caller.scope.userId) : null;
    const signed = signVersion(
      current,
      { party, userId: caller.scope.userId, name: user?.displayName || user?.email || caller.label, at: deps.clock().toISOString() },
      o.versionHash,
    );
    await tx.mandates.saveVersion(signed);
    if (signed.status === 'signed')
      for (const old of versions.filter((v) => v.status === 'signed' && v.id !== signed.id))
        await tx.mandates.saveVersion({ ...old, status: 'superseded' });
    await recordChange(tx, deps, caller, {
      organisationIds: await organisationsOf(tx, caller, m),
      entity: 'mandate',
      entityId: m.id,
      action: 'update',
      before: null,
      after: { signed: { version: signed.number, party, hash: signed.hash }, status: signed.status },
    });
    await notifySigning(tx, deps, caller, m, signed);
    return viewOf(tx, m);
  });

/** Field-by-field differences between two versions (by number). */
export const diffMandate = async (deps: Deps, caller: Caller, id: string, from: number, to: number): Promise<FieldChange[]> => {
  const versions = await deps.store.mandates.versions((await loadMandate(deps.store, caller, id)).id);
  const a = versions.find((v) => v.number === from);
  const b = versions.find((v) => v.number === to);
  if (!a || !b) throw new AppError('CCQ_ERR_VALIDATION', undefined, [{ path: a ? 'to' : 'from', message: 'no such version' }]);
  return diffValues(a.content, b.content);
};

/**
 * Targets judged for a month in the centre's time zone over the mandate's opening hours (the
 * pattern for all channels, else the first one): the evaluation of a version, and of the review pack's trend.
 */
export const evaluateContent = async (
  deps: Deps,
  caller: Caller,
  m: Mandate,
  content: Pick<MandateContent, 'targets' | 'openingHours'>,
  month: string,
): Promise<TargetEvaluation[]> => {
  const rel = await deps.store.relationships.findById(caller.scope, m.relationshipId);
  const centre = rel ? await deps.store.organisations.findById(caller.scope, rel.centreOrganisationId) : null;
  const hours = content.openingHours.find((h) => h.channel === 'all') ?? content.openingHours[0] ?? null;
  return evaluateTargets(deps, caller, {
    targets: content.targets,
    month,
    timeZone: centre?.timeZone ?? 'UTC',
    openingHours: hours,
    relationshipId: m.relationshipId,
  });
};

/** The targets of the version in force (else the draft), judged for a month. */
export const evaluateMandate = async (
  deps: Deps,
  caller: Caller,
  id: string,
  month: string,
): Promise<{ version: number; evaluations: TargetEvaluation[] }> => {
  const view = await getMandate(deps, caller, id);
  const version = view.inForce ?? view.current;
  return { version: version.number, evaluations: await evaluateContent(deps, caller, view.mandate, version.content, month) };
};
