// src/app/manage-calibration.ts — calibration sessions: several evaluators score the same interaction; agreement per criterion and Fleiss' kappa

import { can } from '../domain/access/can.js';
import { type CalibrationAgreement, calibrationAgreement } from '../domain/qa/calibration.js';
import type { CalibrationSession, Evaluation } from '../domain/qa/evaluation.js';
import { type Scorecard, allCriteria } from '../domain/qa/scorecard.js';
import type { Answers } from '../domain/qa/scoring.js';
import { AppError } from '../domain/shared/errors.js';
import { type Caller, recordChange } from './caller.js';
import { insertEvaluation } from './manage-qa.js';
import type { Deps, Store } from './ports.js';
import { authorizeCentre, loadQaRelationship, loadScorecard, qaRelationshipIds, qaResource } from './qa-access.js';

const notFound = 'CCQ_ERR_CALIBRATION_NOT_FOUND' as const;

export type CalibrationView = { session: CalibrationSession; scorecard: Scorecard; scores: Evaluation[]; agreement: CalibrationAgreement };

const loadSession = async (store: Store, caller: Caller, id: string, action: 'qa:read' | 'qa:evaluate'): Promise<CalibrationSession> => {
  const s = await store.qa.sessionById(id);
  if (!s || !can(caller.scope, 'qa:read', qaResource(s.centreOrganisationId, s.relationshipId))) throw new AppError(notFound);
  if (!can(caller.scope, action, qaResource(s.centreOrganisationId, s.relationshipId))) throw new AppError('CCQ_ERR_FORBIDDEN');
  return s;
};

export type CreateCalibrationOptions = {
  relationshipId: string;
  scorecardId: string;
  contactSourceId: string;
  title: string;
  heldOn: string;
};

/** Opens a calibration session on one contact and one scorecard version (quality managers run calibration). */
export const createCalibrationSession = (deps: Deps, caller: Caller, o: CreateCalibrationOptions): Promise<CalibrationSession> =>
  deps.store.transaction(async (tx) => {
    const rel = await loadQaRelationship(tx, caller, o.relationshipId, 'qa:manage');
    const card = await loadScorecard(tx, caller, o.scorecardId, rel.centreOrganisationId);
    const s: CalibrationSession = {
      id: deps.ids(),
      centreOrganisationId: rel.centreOrganisationId,
      relationshipId: rel.id,
      scorecardId: card.id,
      contactSourceId: o.contactSourceId,
      title: o.title,
      heldOn: o.heldOn,
      createdAt: deps.clock().toISOString(),
      createdBy: caller.scope.userId,
    };
    await tx.qa.insertSession(s);
    await recordChange(tx, deps, caller, {
      organisationIds: [s.centreOrganisationId],
      entity: 'qa_calibration_session',
      entityId: s.id,
      action: 'create',
      before: null,
      after: { relationshipId: s.relationshipId, scorecardId: s.scorecardId, contactSourceId: s.contactSourceId, heldOn: s.heldOn },
    });
    return s;
  });

/** The session, every evaluator's score and the agreement figures. */
export const getCalibration = async (deps: Deps, caller: Caller, id: string): Promise<CalibrationView> => {
  const session = await loadSession(deps.store, caller, id, 'qa:read');
  return viewOf(deps.store, session);
};

const viewOf = async (store: Store, session: CalibrationSession): Promise<CalibrationView> => {
  const scorecard = await store.qa.scorecardById(session.scorecardId);
  if (!scorecard) throw new AppError('CCQ_ERR_SCORECARD_NOT_FOUND');
  const scores = (await store.qa.evaluations({ calibrationSessionIds: [session.id], calibration: true })).sort((a, b) =>
    a.evaluatedAt.localeCompare(b.evaluatedAt),
  );
  const agreement = calibrationAgreement(
    allCriteria(scorecard.content),
    scores.map((e) => e.answers),
    scores.map((e) => e.score),
  );
  return { session, scorecard, scores, agreement };
};

/** The acting centre's sessions in the relationships the caller reads, newest first. */
export const listCalibrations = async (deps: Deps, caller: Caller): Promise<CalibrationSession[]> => {
  const centreId = authorizeCentre(caller, 'qa:read');
  return deps.store.qa.sessions(centreId, qaRelationshipIds(caller, 'qa:read'));
};

/** One evaluator's score in the session; each evaluator scores once (blind scoring is the UI's job: it hides the others' until one has scored). */
export const scoreCalibration = (deps: Deps, caller: Caller, id: string, o: { answers: Answers }): Promise<CalibrationView> =>
  deps.store.transaction(async (tx) => {
    const s = await loadSession(tx, caller, id, 'qa:evaluate');
    const existing = await tx.qa.evaluations({ calibrationSessionIds: [s.id], calibration: true });
    if (caller.scope.userId !== null && existing.some((e) => e.evaluatorUserId === caller.scope.userId))
      throw new AppError('CCQ_ERR_CONFLICT', 'You have already scored this calibration');
    await insertEvaluation(
      deps,
      tx,
      caller,
      {
        relationshipId: s.relationshipId,
        queueId: null,
        contactSourceId: s.contactSourceId,
        contactAt: `${s.heldOn}T00:00:00.000Z`,
        agent: '(calibration)',
        agentUserId: null,
        scorecardId: s.scorecardId,
        answers: o.answers,
        coachingNotes: null,
      },
      s.id,
    );
    return viewOf(tx, s);
  });
