// src/app/manage-findings.ts — audits of an assessment, the findings recorded in them, and the corrective actions that close them

import { authorize, can } from '../domain/access/can.js';
import { type Assessment, assessmentResource } from '../domain/conformity/assessment.js';
import type { Audit, AuditKind } from '../domain/conformity/audit.js';
import {
  type ActionStep,
  type CorrectiveAction,
  type Finding,
  type FindingGrade,
  closeBlockers,
  isOverdue,
  isVerification,
  nextActionStatus,
  possibleSteps,
} from '../domain/conformity/finding.js';
import { normaliseEmail } from '../domain/organisations/model.js';
import { AppError } from '../domain/shared/errors.js';
import { type Caller, recordChange } from './caller.js';
import { loadAssessment } from './manage-assessments.js';
import type { AuditGrant, Deps, Store } from './ports.js';

const today = (deps: Deps): string => deps.clock().toISOString().slice(0, 10);

export type StartAuditOptions = {
  auditorEmail: string;
  kind: AuditKind;
  body?: string | null | undefined;
  startsAt?: string | undefined;
  endsAt: string;
};

/**
 * Invites an auditor to one assessment: an audit grant limited to that assessment for the period
 * (the auditor sees the assessment, its evidence and findings, and nothing else of the organisation)
 * and the audit record the findings will carry. Whoever may approve the assessment may invite its
 * auditor: the grant opens nothing beyond that assessment.
 */
export const startAudit = async (deps: Deps, caller: Caller, assessmentId: string, o: StartAuditOptions): Promise<Audit> =>
  deps.store.transaction(async (tx) => {
    const a = await loadAssessment(tx, caller, assessmentId);
    authorize(caller.scope, 'assessment:approve', assessmentResource(a), 'CCQ_ERR_ASSESSMENT_NOT_FOUND');
    const now = deps.clock().toISOString();
    const startsAt = o.startsAt ? new Date(o.startsAt).toISOString() : now;
    const endsAt = new Date(o.endsAt).toISOString();
    if (Number.isNaN(Date.parse(endsAt)) || endsAt <= startsAt)
      throw new AppError('CCQ_ERR_VALIDATION', undefined, [{ path: 'endsAt', message: 'must be after the start' }]);
    const auditor = await tx.users.findByEmail(normaliseEmail(o.auditorEmail));
    if (!auditor) throw new AppError('CCQ_ERR_VALIDATION', undefined, [{ path: 'auditorEmail', message: 'no account with this email' }]);
    const grant: AuditGrant = {
      id: deps.ids(),
      auditorUserId: auditor.id,
      organisationId: a.organisationId,
      relationshipId: null,
      assessmentId: a.id,
      startsAt,
      endsAt,
      grantedBy: caller.scope.userId,
      createdAt: now,
      revokedAt: null,
    };
    await tx.auditGrants.insert(grant);
    const audit: Audit = {
      id: deps.ids(),
      assessmentId: a.id,
      auditGrantId: grant.id,
      auditorUserId: auditor.id,
      kind: o.kind,
      body: o.body?.trim() || null,
      startsAt,
      endsAt,
      createdAt: now,
      createdBy: caller.scope.userId,
    };
    await tx.audits.insert(audit);
    await recordChange(tx, deps, caller, {
      organisationIds: [a.organisationId],
      entity: 'audit_grant',
      entityId: grant.id,
      action: 'create',
      before: null,
      after: grant,
    });
    await recordChange(tx, deps, caller, {
      organisationIds: [a.organisationId],
      entity: 'audit',
      entityId: audit.id,
      action: 'create',
      before: null,
      after: audit,
    });
    return audit;
  });

export const listAudits = async (deps: Deps, caller: Caller, assessmentId: string): Promise<Audit[]> => {
  const a = await loadAssessment(deps.store, caller, assessmentId);
  return deps.store.audits.ofAssessment(a.id);
};

export type FindingView = Finding & {
  assessmentTitle: string;
  organisationId: string;
  actions: (CorrectiveAction & { overdue: boolean; steps: ActionStep[] })[];
  closeBlockers: string[];
};

const viewOf = (deps: Deps, f: Finding, a: Assessment, actions: CorrectiveAction[]): FindingView => ({
  ...f,
  assessmentTitle: a.title,
  organisationId: a.organisationId,
  actions: actions.map((x) => ({ ...x, overdue: isOverdue(x, today(deps)), steps: possibleSteps(x.status) })),
  closeBlockers: closeBlockers(f, actions),
});

export type RecordFindingOptions = {
  grade: FindingGrade;
  title: string;
  description?: string | null | undefined;
  refs: string[];
  evidenceIds?: string[] | undefined;
  /** For findings ccq raises itself (a missed KPI target); one per origin and assessment. */
  origin?: string | undefined;
};

/**
 * Records a finding on an assessment, tied to requirements and evidence. An auditor's finding
 * carries the auditor's current audit of the assessment.
 */
export const recordFinding = async (deps: Deps, caller: Caller, assessmentId: string, o: RecordFindingOptions): Promise<FindingView> =>
  deps.store.transaction(async (tx) => {
    const a = await loadAssessment(tx, caller, assessmentId);
    authorize(caller.scope, 'finding:record', assessmentResource(a), 'CCQ_ERR_ASSESSMENT_NOT_FOUND');
    const issues = [];
    if (!o.title.trim()) issues.push({ path: 'title', message: 'must not be empty' });
    if (o.refs.length === 0) issues.push({ path: 'refs', message: 'name at least one requirement' });
    const known = new Set((await tx.assessments.answers(a.id)).map((x) => x.ref));
    const unknown = o.refs.filter((r) => !known.has(r));
    if (unknown.length) issues.push({ path: 'refs', message: `not requirements of this assessment: ${unknown.join(', ')}` });
    const evidenceIds = [...new Set(o.evidenceIds ?? [])];
    if (evidenceIds.length) {
      const linked = new Set((await tx.evidence.links({ assessmentId: a.id })).map((l) => l.evidenceId));
      const own = new Set((await tx.evidence.byIds(evidenceIds)).filter((e) => e.organisationId === a.organisationId).map((e) => e.id));
      const wrong = evidenceIds.filter((id) => !linked.has(id) && !own.has(id));
      if (wrong.length) issues.push({ path: 'evidenceIds', message: `not evidence of this assessment: ${wrong.join(', ')}` });
    }
    if (issues.length) throw new AppError('CCQ_ERR_VALIDATION', undefined, issues);
    const now = deps.clock().toISOString();
    const audit = (await tx.audits.ofAssessment(a.id)).find(
      (x) => x.auditorUserId === caller.scope.userId && x.startsAt <= now && now < x.endsAt,
    );
    const f: Finding = {
      id: deps.ids(),
      assessmentId: a.id,
      auditId: audit?.id ?? null,
      seq: await tx.findings.nextSeq(a.id),
      grade: o.grade,
      title: o.title.trim(),
      description: o.description?.trim() || null,
      refs: [...new Set(o.refs)],
      evidenceIds,
      origin: o.origin ?? null,
      status: 'open',
      raisedAt: now,
      raisedBy: caller.scope.userId,
      closedAt: null,
    };
    await tx.findings.insert(f);
    await recordChange(tx, deps, caller, {
      organisationIds: [a.organisationId],
      entity: 'finding',
      entityId: f.id,
      action: 'create',
      before: null,
      after: f,
    });
    return viewOf(deps, f, a, []);
  });

/** A finding with its assessment, checked against the caller's scope. */
const loadFinding = async (store: Store, caller: Caller, id: string): Promise<{ finding: Finding; assessment: Assessment }> => {
  const finding = await store.findings.findById(id);
  const assessment = finding ? await store.assessments.findById(caller.scope, finding.assessmentId) : null;
  if (!finding || !assessment || !can(caller.scope, 'finding:read', assessmentResource(assessment)))
    throw new AppError('CCQ_ERR_FINDING_NOT_FOUND');
  return { finding, assessment };
};

export const getFinding = async (deps: Deps, caller: Caller, id: string): Promise<FindingView> => {
  const { finding, assessment } = await loadFinding(deps.store, caller, id);
  return viewOf(deps, finding, assessment, await deps.store.actions.ofFindings([finding.id]));
};

/** Findings of every assessment the caller may read (or of one), with their actions; open ones first. */
export const listFindings = async (
  deps: Deps,
  caller: Caller,
  filter: { assessmentId?: string | undefined; status?: 'open' | 'closed' | undefined } = {},
): Promise<FindingView[]> => {
  const assessments = (
    filter.assessmentId ? [await loadAssessment(deps.store, caller, filter.assessmentId)] : await deps.store.assessments.list(caller.scope)
  ).filter((a) => can(caller.scope, 'finding:read', assessmentResource(a)));
  const byId = new Map(assessments.map((a) => [a.id, a]));
  const findings = (await deps.store.findings.ofAssessments([...byId.keys()])).filter((f) => !filter.status || f.status === filter.status);
  const actions = await deps.store.actions.ofFindings(findings.map((f) => f.id));
  return findings
    .map((f) =>
      viewOf(
        deps,
        f,
        byId.get(f.assessmentId) as Assessment,
        actions.filter((x) => x.findingId === f.id),
      ),
    )
    .sort((x, y) => (x.status === y.status ? y.raisedAt.localeCompare(x.raisedAt) : x.status === 'open' ? -1 : 1));
};

/** Closes a finding whose nonconformity has been dealt with (every action verified effective). */
export const closeFinding = async (deps: Deps, caller: Caller, id: string): Promise<FindingView> =>
  deps.store.transaction(async (tx) => {
    const { finding, assessment } = await loadFinding(tx, caller, id);
    authorize(caller.scope, 'finding:record', assessmentResource(assessment), 'CCQ_ERR_FINDING_NOT_FOUND');
    const actions = await tx.actions.ofFindings([finding.id]);
    const blockers = closeBlockers(finding, actions);
    if (blockers.length) throw new AppError('CCQ_ERR_INVALID_STATE', `The finding cannot be closed yet: ${blockers.join('; ')}`);
    const at = deps.clock().toISOString();
    await tx.findings.update(finding.id, { status: 'closed', closedAt: at });
    const after = { ...finding, status: 'closed' as const, closedAt: at };
    await recordChange(tx, deps, caller, {
      organisationIds: [assessment.organisationId],
      entity: 'finding',
      entityId: id,
      action: 'update',
      before: finding,
      after,
    });
    return viewOf(deps, after, assessment, actions);
  });

export type ActionInput = {
  correction?: string | null | undefined;
  rootCause?: string | null | undefined;
  action?: string | undefined;
  ownerUserId?: string | undefined;
  dueOn?: string | undefined;
};

const checkOwner = async (store: Store, userId: string, organisationId: string): Promise<void> => {
  const memberships = await store.memberships.ofUser(userId);
  if (!memberships.some((m) => m.organisationId === organisationId))
    throw new AppError('CCQ_ERR_VALIDATION', undefined, [
      { path: 'ownerUserId', message: 'the owner must be a member of the assessed organisation' },
    ]);
};

/** Adds a corrective action to a finding (the assessed organisation plans its own fixes). */
export const addCorrectiveAction = async (deps: Deps, caller: Caller, findingId: string, o: ActionInput): Promise<FindingView> =>
  deps.store.transaction(async (tx) => {
    const { finding, assessment } = await loadFinding(tx, caller, findingId);
    authorize(caller.scope, 'action:manage', assessmentResource(assessment), 'CCQ_ERR_FINDING_NOT_FOUND');
    if (finding.status === 'closed') throw new AppError('CCQ_ERR_INVALID_STATE', 'The finding is closed');
    const issues = [];
    if (!o.action?.trim()) issues.push({ path: 'action', message: 'say what will be done' });
    if (!o.ownerUserId) issues.push({ path: 'ownerUserId', message: 'name who owns the action' });
    if (!o.dueOn || !/^\d{4}-\d{2}-\d{2}$/.test(o.dueOn)) issues.push({ path: 'dueOn', message: 'use YYYY-MM-DD' });
    if (issues.length) throw new AppError('CCQ_ERR_VALIDATION', undefined, issues);
    await checkOwner(tx, o.ownerUserId as string, assessment.organisationId);
    const now = deps.clock().toISOString();
    const a: CorrectiveAction = {
      id: deps.ids(),
      findingId,
      correction: o.correction?.trim() || null,
      rootCause: o.rootCause?.trim() || null,
      action: (o.action as string).trim(),
      ownerUserId: o.ownerUserId as string,
      dueOn: o.dueOn as string,
      status: 'open',
      verifiedBy: null,
      verifiedAt: null,
      verificationNote: null,
      createdAt: now,
      createdBy: caller.scope.userId,
      updatedAt: now,
    };
    await tx.actions.insert(a);
    await recordChange(tx, deps, caller, {
      organisationIds: [assessment.organisationId],
      entity: 'corrective_action',
      entityId: a.id,
      action: 'create',
      before: null,
      after: a,
    });
    return viewOf(deps, finding, assessment, await tx.actions.ofFindings([findingId]));
  });

const loadAction = async (store: Store, caller: Caller, id: string) => {
  const action = await store.actions.findById(id);
  if (!action) throw new AppError('CCQ_ERR_ACTION_NOT_FOUND');
  try {
    return { action, ...(await loadFinding(store, caller, action.findingId)) };
  } catch {
    throw new AppError('CCQ_ERR_ACTION_NOT_FOUND');
  }
};

/** Writes a changed action with its audit-trail entry and returns the finding as it now stands. */
const saveAction = async (
  tx: Store,
  deps: Deps,
  caller: Caller,
  where: { finding: Finding; assessment: Assessment },
  before: CorrectiveAction,
  after: CorrectiveAction,
): Promise<FindingView> => {
  await tx.actions.update(after.id, after);
  await recordChange(tx, deps, caller, {
    organisationIds: [where.assessment.organisationId],
    entity: 'corrective_action',
    entityId: after.id,
    action: 'update',
    before,
    after,
  });
  return viewOf(deps, where.finding, where.assessment, await tx.actions.ofFindings([where.finding.id]));
};

/** Edits an action's plan (correction, root cause, action, owner, due date) until it is shown to work. */
export const updateCorrectiveAction = async (deps: Deps, caller: Caller, id: string, o: ActionInput): Promise<FindingView> =>
  deps.store.transaction(async (tx) => {
    const { action, finding, assessment } = await loadAction(tx, caller, id);
    authorize(caller.scope, 'action:manage', assessmentResource(assessment), 'CCQ_ERR_ACTION_NOT_FOUND');
    if (action.status === 'verified_effective' || action.status === 'closed')
      throw new AppError('CCQ_ERR_INVALID_STATE', 'An action verified effective is history and does not change');
    if (o.ownerUserId) await checkOwner(tx, o.ownerUserId, assessment.organisationId);
    if (o.dueOn !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.dueOn))
      throw new AppError('CCQ_ERR_VALIDATION', undefined, [{ path: 'dueOn', message: 'use YYYY-MM-DD' }]);
    if (o.action !== undefined && !o.action.trim())
      throw new AppError('CCQ_ERR_VALIDATION', undefined, [{ path: 'action', message: 'must not be empty' }]);
    const after: CorrectiveAction = {
      ...action,
      ...(o.correction !== undefined ? { correction: o.correction?.trim() || null } : {}),
      ...(o.rootCause !== undefined ? { rootCause: o.rootCause?.trim() || null } : {}),
      ...(o.action !== undefined ? { action: o.action.trim() } : {}),
      ...(o.ownerUserId !== undefined ? { ownerUserId: o.ownerUserId } : {}),
      ...(o.dueOn !== undefined ? { dueOn: o.dueOn } : {}),
      updatedAt: deps.clock().toISOString(),
    };
    return saveAction(tx, deps, caller, { finding, assessment }, action, after);
  });

/**
 * Moves an action through its lifecycle. Starting and implementing are the owner organisation's;
 * the effectiveness check is made by someone other than the owner (the quality manager, the
 * auditor or the client), with a note of what was checked.
 */
export const stepCorrectiveAction = async (
  deps: Deps,
  caller: Caller,
  id: string,
  step: ActionStep,
  note?: string | null,
): Promise<FindingView> =>
  deps.store.transaction(async (tx) => {
    const { action, finding, assessment } = await loadAction(tx, caller, id);
    authorize(
      caller.scope,
      isVerification(step) ? 'action:verify' : 'action:manage',
      assessmentResource(assessment),
      'CCQ_ERR_ACTION_NOT_FOUND',
    );
    const status = nextActionStatus(action, step, caller.scope.userId);
    if (isVerification(step) && !note?.trim())
      throw new AppError('CCQ_ERR_VALIDATION', undefined, [{ path: 'note', message: 'say what was checked to judge the effect' }]);
    const at = deps.clock().toISOString();
    const after: CorrectiveAction = {
      ...action,
      status,
      ...(isVerification(step)
        ? { verifiedBy: caller.scope.userId ?? caller.label, verifiedAt: at, verificationNote: note?.trim() ?? null }
        : {}),
      updatedAt: at,
    };
    return saveAction(tx, deps, caller, { finding, assessment }, action, after);
  });

/** The overdue actions of findings (each view already knows whether its actions are overdue), with their finding. */
export const overdueActionsOf = (
  findings: readonly FindingView[],
): (FindingView['actions'][number] & { findingTitle: string; assessmentId: string })[] =>
  findings.flatMap((f) => f.actions.filter((a) => a.overdue).map((a) => ({ ...a, findingTitle: f.title, assessmentId: f.assessmentId })));

/** Corrective actions past their due date and not yet shown to work, across the assessments the caller may read (home page). */
export const overdueActions = async (deps: Deps, caller: Caller): Promise<ReturnType<typeof overdueActionsOf>> =>
  caller.scope.org ? overdueActionsOf(await listFindings(deps, caller, { status: 'open' })) : [];
