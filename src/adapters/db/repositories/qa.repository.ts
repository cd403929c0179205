// src/adapters/db/repositories/qa.repository.ts — scorecard versions, evaluations and calibration sessions (area "qa")

import type { QaEvaluationFilter, Store } from '../../../app/ports.js';
import type { CalibrationSession, Evaluation, EvaluationStatus } from '../../../domain/qa/evaluation.js';
import type { Answers, SectionScore } from '../../../domain/qa/scoring.js';
import type { CriticalKind, Scorecard, ScorecardContent } from '../../../domain/qa/scorecard.js';
import type { Db, QaCalibrationSessionsTable, QaEvaluationsTable, QaScorecardsTable } from '../schema.js';
import { nonEmpty } from './in-list.js';

const toScorecard = (r: QaScorecardsTable): Scorecard => ({
  id: r.id,
  centreOrganisationId: r.centre_organisation_id,
  key: r.key,
  version: Number(r.version),
  name: r.name,
  content: JSON.parse(r.content_json) as ScorecardContent,
  contentHash: r.content_hash,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

const toEvaluation = (r: QaEvaluationsTable): Evaluation => ({
  id: r.id,
  centreOrganisationId: r.centre_organisation_id,
  relationshipId: r.relationship_id,
  queueId: r.queue_id,
  contactSourceId: r.contact_source_id,
  contactAt: r.contact_at,
  agent: r.agent,
  agentUserId: r.agent_user_id,
  scorecardId: r.scorecard_id,
  evaluatorUserId: r.evaluator_user_id,
  evaluatorName: r.evaluator_name,
  answers: JSON.parse(r.answers_json) as Answers,
  score: r.score === null ? null : Number(r.score),
  sections: JSON.parse(r.sections_json) as SectionScore[],
  criticalErrors: (
    [
      ['business', r.critical_business],
      ['compliance', r.critical_compliance],
      ['customer', r.critical_customer],
    ] as [CriticalKind, number][]
  )
    .filter(([, v]) => Number(v) === 1)
    .map(([k]) => k),
  status: r.status as EvaluationStatus,
  agentComment: r.agent_comment,
  coachingNotes: r.coaching_notes,
  calibrationSessionId: r.calibration_session_id,
  evaluatedAt: r.evaluated_at,
  respondedAt: r.responded_at,
});

const fromEvaluation = (e: Evaluation): QaEvaluationsTable => ({
  id: e.id,
  centre_organisation_id: e.centreOrganisationId,
  relationship_id: e.relationshipId,
  queue_id: e.queueId,
  contact_source_id: e.contactSourceId,
  contact_at: e.contactAt,
  agent: e.agent,
  agent_user_id: e.agentUserId,
  scorecard_id: e.scorecardId,
  evaluator_user_id: e.evaluatorUserId,
  evaluator_name: e.evaluatorName,
  answers_json: JSON.stringify(e.answers),
  score: e.score,
  sections_json: JSON.stringify(e.sections),
  critical_customer: e.criticalErrors.includes('customer') ? 1 : 0,
  critical_business: e.criticalErrors.includes('business') ? 1 : 0,
  critical_compliance: e.criticalErrors.includes('compliance') ? 1 : 0,
  status: e.status,
  agent_comment: e.agentComment,
  coaching_notes: e.coachingNotes,
  calibration_session_id: e.calibrationSessionId,
  evaluated_at: e.evaluatedAt,
  responded_at: e.respondedAt,
});

const toSession = (r: QaCalibrationSessionsTable): CalibrationSession => ({
  id: r.id,
  centreOrganisationId: r.centre_organisation_id,
  relationshipId: r.relationship_id,
  scorecardId: r.scorecard_id,
  contactSourceId: r.contact_source_id,
  title: r.title,
  heldOn: r.held_on,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

const listEvaluations = async (db: Db, f: QaEvaluationFilter): Promise<Evaluation[]> => {
  let q = db.selectFrom('qa_evaluations').selectAll();
  if (f.centreOrganisationId !== undefined) q = q.where('centre_organisation_id', '=', f.centreOrganisationId);
  if (f.relationshipIds !== undefined) q = q.where('relationship_id', 'in', nonEmpty(f.relationshipIds));
  if (f.queueIds !== undefined && f.queueIds.length > 0) q = q.where('queue_id', 'in', f.queueIds);
  if (f.from !== undefined) q = q.where('contact_at', '>=', f.from);
  if (f.to !== undefined) q = q.where('contact_at', '<', f.to);
  if (f.agentUserId !== undefined) q = q.where('agent_user_id', '=', f.agentUserId);
  if (f.calibrationSessionIds !== undefined) q = q.where('calibration_session_id', 'in', nonEmpty(f.calibrationSessionIds));
  q = f.calibration ? q.where('calibration_session_id', 'is not', null) : q.where('calibration_session_id', 'is', null);
  return (await q.orderBy('contact_at', 'desc').orderBy('id').execute()).map(toEvaluation);
};

export const qaRepository = (db: Db): Store['qa'] => ({
  scorecards: async (centreId) =>
    (
      await db
        .selectFrom('qa_scorecards')
        .selectAll()
        .where('centre_organisation_id', '=', centreId)
        .orderBy('key')
        .orderBy('version', 'desc')
        .execute()
    ).map(toScorecard),
  scorecardById: async (id) => {
    const r = await db.selectFrom('qa_scorecards').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toScorecard(r) : null;
  },
  insertScorecard: async (s) => {
    await db
      .insertInto('qa_scorecards')
      .values({
        id: s.id,
        centre_organisation_id: s.centreOrganisationId,
        key: s.key,
        version: s.version,
        name: s.name,
        content_json: JSON.stringify(s.content),
        content_hash: s.contentHash,
        created_at: s.createdAt,
        created_by: s.createdBy,
      })
      .execute();
  },
  evaluations: (f) => listEvaluations(db, f),
  evaluationById: async (id) => {
    const r = await db.selectFrom('qa_evaluations').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toEvaluation(r) : null;
  },
  insertEvaluation: async (e) => {
    await db.insertInto('qa_evaluations').values(fromEvaluation(e)).execute();
  },
  saveEvaluation: async (e) => {
    const { id, ...rest } = fromEvaluation(e);
    await db.updateTable('qa_evaluations').set(rest).where('id', '=', id).execute();
  },
  sessions: async (centreId, relationshipIds) =>
    (
      await db
        .selectFrom('qa_calibration_sessions')
        .selectAll()
        .where('centre_organisation_id', '=', centreId)
        .where('relationship_id', 'in', nonEmpty(relationshipIds))
        .orderBy('held_on', 'desc')
        .orderBy('id')
        .execute()
    ).map(toSession),
  sessionById: async (id) => {
    const r = await db.selectFrom('qa_calibration_sessions').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toSession(r) : null;
  },
  insertSession: async (s) => {
    await db
      .insertInto('qa_calibration_sessions')
      .values({
        id: s.id,
        centre_organisation_id: s.centreOrganisationId,
        relationship_id: s.relationshipId,
        scorecard_id: s.scorecardId,
        contact_source_id: s.contactSourceId,
        title: s.title,
        held_on: s.heldOn,
        created_at: s.createdAt,
        created_by: s.createdBy,
      })
      .execute();
  },
  sampleCandidates: async (queueIds, fromMs, toMs) =>
    (
      await db
        .selectFrom('contacts')
        .select(['source_id', 'agent', 'queue_id', 'entered_at'])
        .where('queue_id', 'in', nonEmpty(queueIds))
        .where('entered_at', '>=', fromMs)
        .where('entered_at', '<', toMs)
        .where('outcome', '=', 'answered')
        .where('agent', 'is not', null)
        .execute()
    ).map((r) => ({ sourceId: r.source_id, agent: r.agent ?? '', queueId: r.queue_id, enteredAt: Number(r.entered_at) })),
});
