// src/app/manage-qa.ts — quality monitoring (ISO 18295-1 clause 7): scorecard versions, evaluations, the agent's answer, coaching

import { can } from '../domain/access/can.js';
import { canonicalJson } from '../domain/mandates/canonical.js';
import { type Evaluation, responseProblem } from '../domain/qa/evaluation.js';
import { type ScorecardContent, type Scorecard, scorecardIssues } from '../domain/qa/scorecard.js';
import { type Answers, answerIssues, scoreAnswers } from '../domain/qa/scoring.js';
import { AppError } from '../domain/shared/errors.js';
import { type Caller, recordChange } from './caller.js';
import type { Deps, Store } from './ports.js';
import { authorizeCentre, loadEvaluation, loadQaRelationship, loadScorecard, qaRelationshipIds, qaResource } from './qa-access.js';

/**
 * Loads a scorecard for the acting centre. The same key with the same content returns the version
 * already stored; changed content becomes the next version, so evaluations already made keep the
 * version they were scored on.
 */
export const loadScorecardVersion = async (
  deps: Deps,
  caller: Caller,
  content: ScorecardContent,
): Promise<{ scorecard: Scorecard; created: boolean }> => {
  const centreId = authorizeCentre(caller, 'qa:manage');
  const issues = scorecardIssues(content);
  if (issues.length) throw new AppError('CCQ_ERR_SCORECARD_INVALID', 'The scorecard is not consistent', issues);
  const hash = deps.secrets.sha256(canonicalJson(content));
  return deps.store.transaction(async (tx) => {
    const versions = (await tx.qa.scorecards(centreId)).filter((s) => s.key === content.key);
    const latest = versions.reduce<Scorecard | null>((a, s) => (a === null || s.version > a.version ? s : a), null);
    if (latest?.contentHash === hash) return { scorecard: latest, created: false };
    const scorecard: Scorecard = {
      id: deps.ids(),
      centreOrganisationId: centreId,
      key: content.key,
      version: (latest?.version ?? 0) + 1,
      name: content.name,
      content,
      contentHash: hash,
      createdAt: deps.clock().toISOString(),
      createdBy: caller.scope.userId,
    };
    await tx.qa.insertScorecard(scorecard);
    await recordChange(tx, deps, caller, {
      organisationIds: [centreId],
      entity: 'qa_scorecard',
      entityId: scorecard.id,
      action: 'create',
      before: null,
      after: { key: scorecard.key, version: scorecard.version, contentHash: hash },
    });
    return { scorecard, created: true };
  });
};

/** Every version of the acting centre's scorecards, by key, newest version first. */
export const listScorecards = async (deps: Deps, caller: Caller): Promise<Scorecard[]> =>
  deps.store.qa.scorecards(authorizeCentre(caller, 'qa:read'));

export const getScorecard = (deps: Deps, caller: Caller, id: string): Promise<Scorecard> => loadScorecard(deps.store, caller, id);

export type EvaluationOptions = {
  relationshipId: string;
  queueId: string | null;
  contactSourceId: string;
  contactAt: string;
  agent: string;
  agentUserId: string | null;
  scorecardId: string;
  answers: Answers;
  coachingNotes: string | null;
};

/** Checks what an evaluation names (the relationship's queue, the centre's scorecard and agent) and scores it. */
const buildEvaluation = async (
  deps: Deps,
  tx: Store,
  caller: Caller,
  o: EvaluationOptions,
  calibrationSessionId: string | null,
): Promise<Evaluation> => {
  const rel = await loadQaRelationship(tx, caller, o.relationshipId, 'qa:evaluate');
  const card = await loadScorecard(tx, caller, o.scorecardId, rel.centreOrganisationId);
  if (o.queueId !== null) {
    const q = await tx.queues.findById(caller.scope, o.queueId);
    if (!q || q.relationshipId !== rel.id) throw new AppError('CCQ_ERR_QUEUE_NOT_FOUND');
  }
  if (o.agentUserId !== null) {
    const ms = await tx.memberships.ofUser(o.agentUserId);
    if (!ms.some((m) => m.organisationId === rel.centreOrganisationId))
      throw new AppError('CCQ_ERR_VALIDATION', 'The agent is not a member of the centre', [
        { path: 'agentUserId', message: 'not a member of the centre' },
      ]);
  }
  const contactAt = new Date(o.contactAt);
  if (Number.isNaN(contactAt.getTime()))
    throw new AppError('CCQ_ERR_VALIDATION', 'Bad contact time', [{ path: 'contactAt', message: 'not a time' }]);
  const issues = answerIssues(card.content, o.answers);
  if (issues.length) throw new AppError('CCQ_ERR_VALIDATION', 'The answers do not fit the scorecard', issues);
  const r = scoreAnswers(card.content, o.answers);
  const user = caller.scope.userId ? await tx.users.findById(caller.scope.userId) : null;
  return {
    id: deps.ids(),
    centreOrganisationId: rel.centreOrganisationId,
    relationshipId: rel.id,
    queueId: o.queueId,
    contactSourceId: o.contactSourceId,
    contactAt: contactAt.toISOString(),
    agent: o.agent,
    agentUserId: o.agentUserId,
    scorecardId: card.id,
    evaluatorUserId: caller.scope.userId,
    evaluatorName: user?.displayName ?? caller.label,
    answers: o.answers,
    score: r.score,
    sections: r.sections,
    criticalErrors: r.criticalErrors,
    status: 'submitted',
    agentComment: null,
    coachingNotes: o.coachingNotes?.trim() || null,
    calibrationSessionId,
    evaluatedAt: deps.clock().toISOString(),
    respondedAt: null,
  };
};

/** Inserts a scored evaluation and its audit entry; `tx` must be the transaction's store. */
export const insertEvaluation = async (
  deps: Deps,
  tx: Store,
  caller: Caller,
  o: EvaluationOptions,
  calibrationSessionId: string | null = null,
): Promise<Evaluation> => {
  const e = await buildEvaluation(deps, tx, caller, o, calibrationSessionId);
  await tx.qa.insertEvaluation(e);
  await recordChange(tx, deps, caller, {
    organisationIds: [e.centreOrganisationId],
    entity: 'qa_evaluation',
    entityId: e.id,
    action: 'create',
    before: null,
    after: { scorecardId: e.scorecardId, contactSourceId: e.contactSourceId, score: e.score, criticalErrors: e.criticalErrors },
  });
  return e;
};

/** Scores one interaction against a pinned scorecard version. */
export const createEvaluation = (deps: Deps, caller: Caller, o: EvaluationOptions): Promise<Evaluation> =>
  deps.store.transaction((tx) => insertEvaluation(deps, tx, caller, o));

export type ListEvaluationsOptions = {
  relationshipId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  agent?: string | undefined;
};

/** The evaluations of agents (not calibration scores) in the relationships the caller reads as their centre, newest contact first. */
export const listEvaluations = async (deps: Deps, caller: Caller, o: ListEvaluationsOptions = {}): Promise<Evaluation[]> => {
  const centreId = authorizeCentre(caller, 'qa:read');
  const visible = qaRelationshipIds(caller, 'qa:read');
  const relationshipIds = o.relationshipId === undefined ? visible : visible.filter((id) => id === o.relationshipId);
  const list = await deps.store.qa.evaluations({ centreOrganisationId: centreId, relationshipIds, from: o.from, to: o.to });
  return list.filter(
    (e) => (o.agent === undefined || e.agent === o.agent) && can(caller.scope, 'qa:read', qaResource(centreId, e.relationshipId)),
  );
};

/** The signed-in agent's own evaluations (those naming their account), to acknowledge or dispute. */
export const myEvaluations = async (deps: Deps, caller: Caller): Promise<Evaluation[]> => {
  const org = caller.scope.org;
  if (!org || caller.scope.userId === null) return [];
  const list = await deps.store.qa.evaluations({ centreOrganisationId: org.id, agentUserId: caller.scope.userId });
  return list.filter((e) => can(caller.scope, 'qa:acknowledge', qaResource(e.centreOrganisationId, e.relationshipId, e.agentUserId)));
};

/** An evaluation with the scorecard version it was scored on. */
export const getEvaluation = async (deps: Deps, caller: Caller, id: string): Promise<{ evaluation: Evaluation; scorecard: Scorecard }> => {
  const evaluation = await loadEvaluation(deps.store, caller, id, 'qa:read');
  const scorecard = await deps.store.qa.scorecardById(evaluation.scorecardId);
  if (!scorecard) throw new AppError('CCQ_ERR_SCORECARD_NOT_FOUND');
  return { evaluation, scorecard };
};

/** The agent acknowledges the evaluation or disputes it with a reason; once. */
export const respondToEvaluation = (
  deps: Deps,
  caller: Caller,
  id: string,
  o: { response: 'acknowledged' | 'disputed'; comment: string | null },
): Promise<Evaluation> =>
  deps.store.transaction(async (tx) => {
    const e = await loadEvaluation(tx, caller, id, 'qa:acknowledge');
    const problem = responseProblem(e, o.response, o.comment);
    if (problem)
      throw new AppError(e.status === 'submitted' ? 'CCQ_ERR_VALIDATION' : 'CCQ_ERR_INVALID_STATE', problem, [
        { path: 'comment', message: problem },
      ]);
    const next: Evaluation = { ...e, status: o.response, agentComment: o.comment?.trim() || null, respondedAt: deps.clock().toISOString() };
    await tx.qa.saveEvaluation(next);
    await recordChange(tx, deps, caller, {
      organisationIds: [e.centreOrganisationId],
      entity: 'qa_evaluation',
      entityId: e.id,
      action: 'update',
      before: { status: e.status },
      after: { status: next.status, agentComment: next.agentComment },
    });
    return next;
  });

/** The evaluator's coaching notes for the agent (they may change after a coaching session). */
export const updateCoachingNotes = (deps: Deps, caller: Caller, id: string, notes: string | null): Promise<Evaluation> =>
  deps.store.transaction(async (tx) => {
    const e = await loadEvaluation(tx, caller, id, 'qa:evaluate');
    const next: Evaluation = { ...e, coachingNotes: notes?.trim() || null };
    await tx.qa.saveEvaluation(next);
    await recordChange(tx, deps, caller, {
      organisationIds: [e.centreOrganisationId],
      entity: 'qa_evaluation',
      entityId: e.id,
      action: 'update',
      before: { coachingNotes: e.coachingNotes },
      after: { coachingNotes: next.coachingNotes },
    });
    return next;
  });
