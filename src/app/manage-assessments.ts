// src/app/manage-assessments.ts — self-assessments against a framework edition: create, answer, move through the workflow, share, carry over

import { authorize } from '../domain/access/can.js';
import { actsAsCentre, actsAsClient, systemScope } from '../domain/access/scope.js';
import {
  type AnswerPatch,
  type Assessment,
  type AssessmentEvent,
  type RequirementAnswer,
  type ScopeKind,
  type WorkflowAction,
  answersEditable,
  applyAnswerPatch,
  assessmentResource,
  initialAnswers,
  nextStatus,
  possibleActions,
} from '../domain/conformity/assessment.js';
import { type AnswerChange, compareAnswers } from '../domain/conformity/compare.js';
import { type EditionMappingRule, carryOverAnswers, proposeEditionMapping } from '../domain/conformity/edition-mapping.js';
import type { Framework } from '../domain/conformity/framework.js';
import { type Readiness, readinessOf } from '../domain/conformity/readiness.js';
import { AppError } from '../domain/shared/errors.js';
import { type Caller, actingOrganisation, recordChange } from './caller.js';
import { getFramework } from './manage-frameworks.js';
import type { Deps, Store } from './ports.js';

export type CreateAssessmentOptions = {
  frameworkId: string;
  scopeKind?: ScopeKind | undefined;
  relationshipId?: string | null | undefined;
  title?: string | undefined;
  scopeTags?: string[] | undefined;
  dueOn?: string | null | undefined;
};

export type AssessmentView = {
  assessment: Assessment;
  framework: Framework;
  frameworkId: string;
  answers: RequirementAnswer[];
  readiness: Readiness;
  events: AssessmentEvent[];
  actions: WorkflowAction[];
};

const notFound = 'CCQ_ERR_ASSESSMENT_NOT_FOUND' as const;

/** An assessment the caller may read, or its not-found error. */
export const loadAssessment = async (store: Store, caller: Caller, id: string): Promise<Assessment> => {
  const a = await store.assessments.findById(caller.scope, id);
  if (!a) throw new AppError(notFound);
  return a;
};

/** The assessment's framework; its readers may read it even when it is a partner's own. Pass the transaction's store inside one. */
const frameworkOf = async (deps: Deps, caller: Caller, a: Assessment, store: Store = deps.store): Promise<Framework> => {
  const f = (await store.frameworks.findById(caller.scope, a.frameworkId)) ?? (await store.frameworks.findById(systemScope, a.frameworkId));
  if (!f) throw new AppError('CCQ_ERR_FRAMEWORK_NOT_FOUND');
  return f.framework;
};

const event = (
  deps: Deps,
  caller: Caller,
  a: Assessment,
  action: AssessmentEvent['action'],
  to: Assessment['status'],
  comment: string | null,
): AssessmentEvent => ({
  id: deps.ids(),
  assessmentId: a.id,
  at: deps.clock().toISOString(),
  userId: caller.scope.userId,
  actorLabel: caller.label,
  action,
  fromStatus: action === 'create' || action === 'carry_over' ? null : a.status,
  toStatus: to,
  comment,
});

/** The default scope follows the framework: a centre framework assesses the centre, a client framework the client. */
const defaultScopeKind = (f: Framework, caller: Caller): ScopeKind => {
  if (f.side === 'centre') return 'centre';
  if (f.side === 'client') return 'client';
  return actsAsCentre(actingOrganisation(caller)) ? 'centre' : 'client';
};

/**
 * Starts an assessment of the acting organisation (or of one of its relationships) against a
 * framework edition. Every assessable requirement gets an answer to do; requirements tagged for
 * other scopes (outbound, say, for an inbound-only centre) start as not applicable with the reason.
 */
export const createAssessment = async (deps: Deps, caller: Caller, o: CreateAssessmentOptions): Promise<AssessmentView> => {
  const org = actingOrganisation(caller);
  const stored = await getFramework(deps, caller, o.frameworkId);
  const f = stored.framework;
  const scopeKind = o.scopeKind ?? (o.relationshipId ? 'relationship' : defaultScopeKind(f, caller));
  const issues = [];
  if (scopeKind === 'centre' && !actsAsCentre(org))
    issues.push({ path: 'scopeKind', message: 'only a contact centre can assess itself as a centre' });
  if (scopeKind === 'client' && !actsAsClient(org))
    issues.push({ path: 'scopeKind', message: 'only a client can assess itself as a client' });
  if ((f.side === 'centre' && scopeKind === 'client') || (f.side === 'client' && scopeKind === 'centre'))
    issues.push({ path: 'frameworkId', message: `${f.edition} sets requirements on the ${f.side}, not on the ${scopeKind}` });
  if (scopeKind === 'relationship' && !o.relationshipId)
    issues.push({ path: 'relationshipId', message: 'name the relationship to assess' });
  const unknownTags = (o.scopeTags ?? []).filter((t) => !f.tags.some((d) => d.id === t));
  if (unknownTags.length) issues.push({ path: 'scopeTags', message: `not tags of ${f.edition}: ${unknownTags.join(', ')}` });
  if (issues.length) throw new AppError('CCQ_ERR_VALIDATION', undefined, issues);
  const relationshipId = scopeKind === 'relationship' ? (o.relationshipId ?? null) : null;
  if (relationshipId && !org.relationships.some((r) => r.id === relationshipId))
    throw new AppError('CCQ_ERR_VALIDATION', undefined, [{ path: 'relationshipId', message: 'not a relationship of this organisation' }]);
  const now = deps.clock().toISOString();
  const a: Assessment = {
    id: deps.ids(),
    frameworkId: stored.id,
    edition: f.edition,
    title: o.title?.trim() || `${f.name.en ?? f.name.sv ?? f.edition} — ${now.slice(0, 10)}`,
    scopeKind,
    organisationId: org.id,
    relationshipId,
    scopeTags: o.scopeTags ?? [],
    status: 'draft',
    sharedWith: [],
    carriedOverFrom: null,
    dueOn: o.dueOn ?? null,
    createdAt: now,
    createdBy: caller.scope.userId,
    updatedAt: now,
  };
  authorize(caller.scope, 'assessment:manage', assessmentResource(a), notFound);
  return deps.store.transaction((tx) =>
    insertAssessment(
      tx,
      deps,
      caller,
      a,
      f,
      initialAnswers(f, a.scopeTags, now, caller.scope.userId),
      event(deps, caller, a, 'create', 'draft', null),
    ),
  );
};

/** Stores a new assessment with its answers and first event, in the audit trail, and returns its view. */
const insertAssessment = async (
  tx: Store,
  deps: Deps,
  caller: Caller,
  a: Assessment,
  f: Framework,
  answers: RequirementAnswer[],
  first: AssessmentEvent,
): Promise<AssessmentView> => {
  await tx.assessments.insert(a);
  await tx.assessments.insertAnswers(a.id, answers);
  await tx.assessments.addEvent(first);
  await recordChange(tx, deps, caller, {
    organisationIds: [a.organisationId],
    entity: 'assessment',
    entityId: a.id,
    action: 'create',
    before: null,
    after: a,
  });
  return view(deps, a, f, tx);
};

const view = async (deps: Deps, a: Assessment, f: Framework, store: Store = deps.store): Promise<AssessmentView> => {
  const answers = await store.assessments.answers(a.id);
  const order = new Map(f.nodes.map((n, i) => [n.ref, i]));
  answers.sort((x, y) => (order.get(x.ref) ?? 0) - (order.get(y.ref) ?? 0));
  return {
    assessment: a,
    framework: f,
    frameworkId: a.frameworkId,
    answers,
    readiness: readinessOf(f, answers),
    events: await store.assessments.events(a.id),
    actions: possibleActions(a.status),
  };
};

export const getAssessment = async (deps: Deps, caller: Caller, id: string): Promise<AssessmentView> => {
  const a = await loadAssessment(deps.store, caller, id);
  return view(deps, a, await frameworkOf(deps, caller, a));
};

export type AssessmentListItem = Assessment & { readiness: Readiness['total'] };

export const listAssessments = async (deps: Deps, caller: Caller): Promise<AssessmentListItem[]> => {
  const list = await deps.store.assessments.list(caller.scope);
  const frameworks = new Map<string, Framework>();
  const answers = await deps.store.assessments.answersOf(list.map((a) => a.id));
  const out: AssessmentListItem[] = [];
  for (const a of list) {
    let f = frameworks.get(a.frameworkId);
    if (!f) {
      f = await frameworkOf(deps, caller, a);
      frameworks.set(a.frameworkId, f);
    }
    out.push({ ...a, readiness: readinessOf(f, answers.get(a.id) ?? []).total });
  }
  return out;
};

/**
 * Changes one requirement's answer. Only while the work is open; the first answer of a draft starts
 * it (in progress), so nobody has to press "start" before working.
 */
export const answerRequirement = async (deps: Deps, caller: Caller, id: string, ref: string, patch: AnswerPatch): Promise<AssessmentView> =>
  deps.store.transaction(async (tx) => {
    let a = await loadAssessment(tx, caller, id);
    authorize(caller.scope, 'assessment:manage', assessmentResource(a), notFound);
    if (!answersEditable(a.status))
      throw new AppError(
        'CCQ_ERR_INVALID_STATE',
        `The assessment is ${a.status.replace('_', ' ')}; answers can change only while it is open`,
      );
    const f = await frameworkOf(deps, caller, a, tx);
    const before = (await tx.assessments.answers(a.id)).find((x) => x.ref === ref);
    if (!before) throw new AppError('CCQ_ERR_REQUIREMENT_NOT_FOUND', `Requirement ${ref} is not part of this assessment`);
    if (patch.assigneeUserId && !(await tx.memberships.ofUser(patch.assigneeUserId)).some((m) => m.organisationId === a.organisationId))
      throw new AppError('CCQ_ERR_VALIDATION', undefined, [
        { path: 'assigneeUserId', message: 'the assignee must be a member of the assessed organisation' },
      ]);
    const at = deps.clock().toISOString();
    const after = applyAnswerPatch(f, before, patch, at, caller.scope.userId);
    await tx.assessments.updateAnswer(a.id, after);
    if (a.status === 'draft') {
      await tx.assessments.addEvent(event(deps, caller, a, 'start', 'in_progress', null));
      await tx.assessments.update(a.id, { status: 'in_progress' }, at);
      a = { ...a, status: 'in_progress', updatedAt: at };
    } else await tx.assessments.update(a.id, {}, at);
    await recordChange(tx, deps, caller, {
      organisationIds: [a.organisationId],
      entity: 'requirement_answer',
      entityId: `${a.id}:${ref}`,
      action: 'update',
      before,
      after,
    });
    return view(deps, a, f, tx);
  });

/** Actions that need the approver's right rather than the worker's. */
const approverActions: readonly WorkflowAction[] = ['return', 'approve', 'close', 'reopen'];

/**
 * Moves the assessment on. Submitting needs every applicable normative requirement done; returning
 * needs a comment saying what to fix.
 */
export const transitionAssessment = async (
  deps: Deps,
  caller: Caller,
  id: string,
  action: WorkflowAction,
  comment?: string | null,
): Promise<AssessmentView> =>
  deps.store.transaction(async (tx) => {
    const a = await loadAssessment(tx, caller, id);
    authorize(caller.scope, approverActions.includes(action) ? 'assessment:approve' : 'assessment:manage', assessmentResource(a), notFound);
    const to = nextStatus(a.status, action);
    const f = await frameworkOf(deps, caller, a, tx);
    if (action === 'submit') {
      const informative = new Set(f.nodes.filter((n) => n.informative).map((n) => n.ref));
      const open = (await tx.assessments.answers(a.id)).filter((x) => !informative.has(x.ref) && x.status !== 'done').map((x) => x.ref);
      if (open.length > 0)
        throw new AppError(
          'CCQ_ERR_INVALID_STATE',
          `${open.length} requirement(s) are not done yet: ${open.slice(0, 10).join(', ')}${open.length > 10 ? ' …' : ''}`,
          [{ path: 'answers', message: 'answer every applicable requirement before submitting' }],
        );
    }
    if (action === 'return' && !comment?.trim())
      throw new AppError('CCQ_ERR_VALIDATION', undefined, [{ path: 'comment', message: 'say what needs more work' }]);
    const at = deps.clock().toISOString();
    await tx.assessments.addEvent(event(deps, caller, a, action, to, comment?.trim() || null));
    await tx.assessments.update(a.id, { status: to }, at);
    const after = { ...a, status: to, updatedAt: at };
    await recordChange(tx, deps, caller, {
      organisationIds: [a.organisationId],
      entity: 'assessment',
      entityId: a.id,
      action: 'update',
      before: a,
      after,
    });
    return view(deps, after, f, tx);
  });

/**
 * Shares the assessment with relationships of the assessed organisation, so the other party (the
 * client of a centre, say) may read it; an empty list stops sharing.
 */
export const shareAssessment = async (deps: Deps, caller: Caller, id: string, relationshipIds: string[]): Promise<Assessment> =>
  deps.store.transaction(async (tx) => {
    const a = await loadAssessment(tx, caller, id);
    authorize(caller.scope, 'assessment:approve', assessmentResource(a), notFound);
    const org = actingOrganisation(caller);
    const wrong = relationshipIds.filter((r) => !org.relationships.some((x) => x.id === r));
    if (wrong.length)
      throw new AppError('CCQ_ERR_VALIDATION', undefined, [
        { path: 'relationshipIds', message: `not relationships of this organisation: ${wrong.join(', ')}` },
      ]);
    const at = deps.clock().toISOString();
    const sharedWith = [...new Set(relationshipIds)];
    await tx.assessments.update(a.id, { sharedWith }, at);
    const after = { ...a, sharedWith, updatedAt: at };
    await recordChange(tx, deps, caller, {
      organisationIds: [a.organisationId],
      entity: 'assessment',
      entityId: a.id,
      action: 'update',
      before: a,
      after,
    });
    return after;
  });

/** What changed per requirement from `baseId` to `id` (both readable by the caller; across editions through the proposed mapping). */
export const compareAssessments = async (
  deps: Deps,
  caller: Caller,
  baseId: string,
  id: string,
): Promise<{ base: Assessment; current: Assessment; changes: AnswerChange[]; readiness: { base: Readiness; current: Readiness } }> => {
  const [base, current] = [await loadAssessment(deps.store, caller, baseId), await loadAssessment(deps.store, caller, id)];
  const [fb, fc] = [await frameworkOf(deps, caller, base), await frameworkOf(deps, caller, current)];
  const [ab, ac] = [await deps.store.assessments.answers(base.id), await deps.store.assessments.answers(current.id)];
  const refMap =
    fb.edition === fc.edition
      ? new Map<string, string>()
      : new Map(proposeEditionMapping(fb, fc).flatMap((r) => (r.from && r.to ? [[r.from, r.to] as const] : [])));
  const order = new Map(fc.nodes.map((n, i) => [n.ref, i]));
  ac.sort((x, y) => (order.get(x.ref) ?? 0) - (order.get(y.ref) ?? 0));
  return { base, current, changes: compareAnswers(ab, ac, refMap), readiness: { base: readinessOf(fb, ab), current: readinessOf(fc, ac) } };
};

/**
 * Starts the next assessment of the same scope from an earlier one: on the same edition (the next
 * cycle) or on a newer edition through the edition mapping (proposed unless given). Results carry
 * over; the new assessment is in progress so each carried answer can be confirmed.
 */
export const carryOverAssessment = async (
  deps: Deps,
  caller: Caller,
  fromId: string,
  o: { frameworkId?: string | undefined; title?: string | undefined; mapping?: EditionMappingRule[] | undefined },
): Promise<AssessmentView> => {
  const prev = await loadAssessment(deps.store, caller, fromId);
  authorize(caller.scope, 'assessment:manage', assessmentResource(prev), notFound);
  const oldF = await frameworkOf(deps, caller, prev);
  const target = o.frameworkId ? await getFramework(deps, caller, o.frameworkId) : { id: prev.frameworkId, framework: oldF };
  const f = target.framework;
  if (f.family !== oldF.family && !o.mapping)
    throw new AppError('CCQ_ERR_VALIDATION', undefined, [
      { path: 'frameworkId', message: `${f.edition} is not an edition of ${oldF.family}; give a mapping` },
    ]);
  const rules = o.mapping ?? proposeEditionMapping(oldF, f);
  const now = deps.clock().toISOString();
  const a: Assessment = {
    ...prev,
    id: deps.ids(),
    frameworkId: target.id,
    edition: f.edition,
    title: o.title?.trim() || `${prev.title} (${now.slice(0, 10)})`,
    status: 'in_progress',
    sharedWith: [],
    carriedOverFrom: prev.id,
    createdAt: now,
    createdBy: caller.scope.userId,
    updatedAt: now,
  };
  return deps.store.transaction(async (tx) => {
    const fresh = initialAnswers(f, a.scopeTags, now, caller.scope.userId);
    const answers = carryOverAnswers(rules, await tx.assessments.answers(prev.id), fresh, now, caller.scope.userId);
    return insertAssessment(
      tx,
      deps,
      caller,
      a,
      f,
      answers,
      event(deps, caller, a, 'carry_over', 'in_progress', `from ${prev.title} (${prev.edition})`),
    );
  });
};

/** Readiness over time for the assessments of one scope (same organisation, scope kind and relationship, same framework family). */
export const readinessTrend = async (
  deps: Deps,
  caller: Caller,
  id: string,
): Promise<{ id: string; title: string; edition: string; createdAt: string; status: Assessment['status']; readiness: number | null }[]> => {
  const a = await loadAssessment(deps.store, caller, id);
  const f = await frameworkOf(deps, caller, a);
  const same = (await listAssessments(deps, caller)).filter(
    (x) =>
      x.organisationId === a.organisationId &&
      x.scopeKind === a.scopeKind &&
      x.relationshipId === a.relationshipId &&
      x.edition.split(':')[0] === f.family,
  );
  return same
    .sort((x, y) => x.createdAt.localeCompare(y.createdAt))
    .map((x) => ({
      id: x.id,
      title: x.title,
      edition: x.edition,
      createdAt: x.createdAt,
      status: x.status,
      readiness: x.readiness.readiness,
    }));
};
