// src/adapters/db/repositories/surveys.repository.ts — customer surveys, their one-time invitations and answers

import { sql } from 'kysely';
import type { Store } from '../../../app/ports.js';
import { can } from '../../../domain/access/can.js';
import type { Channel } from '../../../domain/organisations/model.js';
import type {
  AnswerValue,
  ResponseVia,
  Survey,
  SurveyInvitation,
  SurveyQuestion,
  SurveyResponse,
  SurveyStatus,
} from '../../../domain/surveys/survey.js';
import type { Db, SurveyInvitationsTable, SurveyResponsesTable, SurveysTable } from '../schema.js';
import { nonEmpty } from './in-list.js';

const toSurvey = (r: SurveysTable): Survey => ({
  id: r.id,
  relationshipId: r.relationship_id,
  centreOrganisationId: r.centre_organisation_id,
  name: r.name,
  status: r.status as SurveyStatus,
  questions: JSON.parse(r.questions_json) as SurveyQuestion[],
  queueIds: JSON.parse(r.queue_ids_json) as string[],
  channels: JSON.parse(r.channels_json) as Channel[],
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
});

const toRow = (s: Survey): SurveysTable => ({
  id: s.id,
  relationship_id: s.relationshipId,
  centre_organisation_id: s.centreOrganisationId,
  name: s.name,
  status: s.status,
  questions_json: JSON.stringify(s.questions),
  queue_ids_json: JSON.stringify(s.queueIds),
  channels_json: JSON.stringify(s.channels),
  created_at: s.createdAt,
  created_by: s.createdBy,
  updated_at: s.updatedAt,
});

const toInvitation = (r: SurveyInvitationsTable): SurveyInvitation => ({
  id: r.id,
  surveyId: r.survey_id,
  relationshipId: r.relationship_id,
  tokenHash: r.token_hash,
  contactSourceId: r.contact_source_id,
  queueId: r.queue_id,
  agent: r.agent,
  channel: r.channel,
  issuedAt: r.issued_at,
  expiresAt: r.expires_at,
  usedAt: r.used_at,
});

const toResponse = (r: SurveyResponsesTable): SurveyResponse => ({
  id: r.id,
  surveyId: r.survey_id,
  relationshipId: r.relationship_id,
  invitationId: r.invitation_id,
  via: r.via as ResponseVia,
  answeredAt: r.answered_at,
  contactSourceId: r.contact_source_id,
  queueId: r.queue_id,
  agent: r.agent,
  channel: r.channel,
  answers: JSON.parse(r.answers_json) as Record<string, AnswerValue>,
});

const resource = (s: { relationship_id: string; centre_organisation_id: string }) =>
  ({ type: 'survey', relationshipId: s.relationship_id, centreOrganisationId: s.centre_organisation_id }) as const;

export const surveysRepository = (db: Db): Store['surveys'] => ({
  list: async (scope, relationshipId) => {
    const rels = (scope.org?.relationships ?? []).map((r) => r.id).filter((id) => relationshipId === undefined || id === relationshipId);
    const rows = await db
      .selectFrom('surveys')
      .selectAll()
      .where('relationship_id', 'in', nonEmpty(rels))
      .orderBy('created_at', 'desc')
      .execute();
    return rows.filter((r) => can(scope, 'survey:read', resource(r))).map(toSurvey);
  },
  findById: async (scope, id) => {
    const r = await db.selectFrom('surveys').selectAll().where('id', '=', id).executeTakeFirst();
    return r && can(scope, 'survey:read', resource(r)) ? toSurvey(r) : null;
  },
  findUnscoped: async (id) => {
    const r = await db.selectFrom('surveys').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toSurvey(r) : null;
  },
  insert: async (s) => {
    await db.insertInto('surveys').values(toRow(s)).execute();
  },
  update: async (s) => {
    const { id: _id, ...rest } = toRow(s);
    await db.updateTable('surveys').set(rest).where('id', '=', s.id).execute();
  },
  insertInvitations: async (rows) => {
    for (let i = 0; i < rows.length; i += 500)
      await db
        .insertInto('survey_invitations')
        .values(
          rows.slice(i, i + 500).map((v) => ({
            id: v.id,
            survey_id: v.surveyId,
            relationship_id: v.relationshipId,
            token_hash: v.tokenHash,
            contact_source_id: v.contactSourceId,
            queue_id: v.queueId,
            agent: v.agent,
            channel: v.channel,
            issued_at: v.issuedAt,
            expires_at: v.expiresAt,
            used_at: v.usedAt,
          })),
        )
        .execute();
  },
  invitationByTokenHash: async (hash) => {
    const r = await db.selectFrom('survey_invitations').selectAll().where('token_hash', '=', hash).executeTakeFirst();
    return r ? toInvitation(r) : null;
  },
  useInvitation: async (id, at) => {
    const res = await db
      .updateTable('survey_invitations')
      .set({ used_at: at })
      .where('id', '=', id)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  },
  insertResponses: async (rows) => {
    for (let i = 0; i < rows.length; i += 500)
      await db
        .insertInto('survey_responses')
        .values(
          rows.slice(i, i + 500).map((r) => ({
            id: r.id,
            survey_id: r.surveyId,
            relationship_id: r.relationshipId,
            invitation_id: r.invitationId,
            via: r.via,
            answered_at: r.answeredAt,
            contact_source_id: r.contactSourceId,
            queue_id: r.queueId,
            agent: r.agent,
            channel: r.channel,
            answers_json: JSON.stringify(r.answers),
          })),
        )
        .execute();
  },
  responses: async (surveyIds, from, to) =>
    (
      await db
        .selectFrom('survey_responses')
        .selectAll()
        .where('survey_id', 'in', nonEmpty(surveyIds))
        .where('answered_at', '>=', from)
        .where('answered_at', '<', to)
        .orderBy('answered_at')
        .execute()
    ).map(toResponse),
  invitationCounts: async (surveyIds, from, to) => {
    const rows = await db
      .selectFrom('survey_invitations')
      .select(['used_at', 'queue_id'])
      .where('survey_id', 'in', nonEmpty(surveyIds))
      .where('issued_at', '>=', from)
      .where('issued_at', '<', to)
      .execute();
    return rows.map((r) => ({ used: r.used_at !== null, queueId: r.queue_id }));
  },
  contactTie: async (centreOrganisationId, sourceId) => {
    const q = db
      .selectFrom('contacts')
      .select(['source_id', 'queue_id', 'agent', 'channel'])
      .where('centre_organisation_id', '=', centreOrganisationId)
      .orderBy('entered_at')
      .limit(1);
    // A queue_log contact's id is `<callid>:<queue>@<epoch s>`; a call id alone names the call's first queue record.
    const prefix = `${sourceId}:`;
    const r =
      (await q.where('source_id', '=', sourceId).executeTakeFirst()) ??
      (await q.where(sql<string>`substr(source_id, 1, ${prefix.length})`, '=', prefix).executeTakeFirst());
    return r ? { contactSourceId: r.source_id, queueId: r.queue_id, agent: r.agent, channel: r.channel } : null;
  },
  answeredContacts: async (queueIds, from, to, limit) =>
    (
      await db
        .selectFrom('contacts')
        .select(['source_id', 'queue_id', 'agent', 'channel', 'entered_at', 'ended_at', 'wait_seconds'])
        .where('queue_id', 'in', nonEmpty(queueIds))
        .where('entered_at', '>=', from)
        .where('entered_at', '<', to)
        .where('outcome', '=', 'answered')
        .orderBy('entered_at')
        .limit(limit)
        .execute()
    ).map((r) => ({
      contactSourceId: r.source_id,
      queueId: r.queue_id,
      agent: r.agent,
      channel: r.channel,
      endedAt: Number(r.ended_at ?? r.entered_at),
      waitSeconds: Number(r.wait_seconds),
    })),
});
