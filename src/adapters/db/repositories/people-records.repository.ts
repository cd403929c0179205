// src/adapters/db/repositories/people-records.repository.ts — a centre's people records and its anonymous pulse surveys (groups below the threshold never leave the database)

import { sql } from 'kysely';
import type { Store } from '../../../app/ports.js';
import type { Communication, Competence, PeopleAgent, PeopleEvent, PeopleEventKind } from '../../../domain/people/people.js';
import { ANONYMITY_THRESHOLD, type PulseStatus, type PulseSurvey } from '../../../domain/people/pulse.js';
import type { Db, PeopleAgentsTable, PulseSurveysTable } from '../schema.js';

const toAgent = (r: PeopleAgentsTable): PeopleAgent => ({
  centreOrganisationId: r.centre_organisation_id,
  agentCode: r.agent_code,
  relationshipId: r.relationship_id,
  team: r.team,
  roleProfile: r.role_profile,
  startedOn: r.started_on,
  leftOn: r.left_on,
});

const toSurvey = (r: PulseSurveysTable): PulseSurvey => ({
  id: r.id,
  centreOrganisationId: r.centre_organisation_id,
  relationshipId: r.relationship_id,
  title: r.title,
  period: r.period,
  groups: JSON.parse(r.groups_json) as string[],
  status: r.status as PulseStatus,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

export const peopleRepository = (db: Db): Store['people'] => ({
  agents: async (centreId, o = {}) => {
    let q = db.selectFrom('people_agents').selectAll().where('centre_organisation_id', '=', centreId);
    if (o.relationshipId !== undefined) q = q.where('relationship_id', '=', o.relationshipId);
    return (await q.orderBy('agent_code').execute()).map(toAgent);
  },
  upsertAgent: async (a, at) => {
    const values = {
      relationship_id: a.relationshipId,
      team: a.team,
      role_profile: a.roleProfile,
      started_on: a.startedOn,
      left_on: a.leftOn,
      updated_at: at,
    };
    await db
      .insertInto('people_agents')
      .values({ centre_organisation_id: a.centreOrganisationId, agent_code: a.agentCode, ...values })
      .onConflict((oc) => oc.columns(['centre_organisation_id', 'agent_code']).doUpdateSet(values))
      .execute();
  },
  events: async (centreId, o) => {
    const rows = await db
      .selectFrom('people_events')
      .selectAll()
      .where('centre_organisation_id', '=', centreId)
      .where('on_date', '>=', o.from)
      .where('on_date', '<', o.to)
      .orderBy('on_date')
      .orderBy('agent_code')
      .execute();
    return rows.map(
      (r): PeopleEvent => ({
        id: r.id,
        centreOrganisationId: r.centre_organisation_id,
        agentCode: r.agent_code,
        kind: r.kind as PeopleEventKind,
        on: r.on_date,
        hours: Number(r.hours),
        scheduledHours: r.scheduled_hours === null ? null : Number(r.scheduled_hours),
        category: r.category === '' ? null : r.category,
      }),
    );
  },
  insertEvent: async (e) => {
    const r = await db
      .insertInto('people_events')
      .values({
        id: e.id,
        centre_organisation_id: e.centreOrganisationId,
        agent_code: e.agentCode,
        kind: e.kind,
        on_date: e.on,
        hours: e.hours,
        scheduled_hours: e.scheduledHours,
        category: e.category ?? '',
      })
      .onConflict((oc) => oc.columns(['centre_organisation_id', 'kind', 'agent_code', 'on_date', 'category']).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  },
  competences: async (centreId) =>
    (await db.selectFrom('people_competences').selectAll().where('centre_organisation_id', '=', centreId).execute()).map(
      (r): Competence => ({ agentCode: r.agent_code, competence: r.competence, achievedOn: r.achieved_on, expiresOn: r.expires_on }),
    ),
  upsertCompetence: async (centreId, c) => {
    await db
      .insertInto('people_competences')
      .values({
        centre_organisation_id: centreId,
        agent_code: c.agentCode,
        competence: c.competence,
        achieved_on: c.achievedOn,
        expires_on: c.expiresOn,
      })
      .onConflict((oc) =>
        oc
          .columns(['centre_organisation_id', 'agent_code', 'competence'])
          .doUpdateSet({ achieved_on: c.achievedOn, expires_on: c.expiresOn }),
      )
      .execute();
  },
  roleProfiles: async (centreId) =>
    (await db.selectFrom('people_role_profiles').selectAll().where('centre_organisation_id', '=', centreId).orderBy('name').execute()).map(
      (r) => ({ name: r.name, competences: JSON.parse(r.competences_json) as string[] }),
    ),
  saveRoleProfile: async (centreId, p, at) => {
    const values = { competences_json: JSON.stringify(p.competences), updated_at: at };
    await db
      .insertInto('people_role_profiles')
      .values({ centre_organisation_id: centreId, name: p.name, ...values })
      .onConflict((oc) => oc.columns(['centre_organisation_id', 'name']).doUpdateSet(values))
      .execute();
  },
  communications: async (centreId) =>
    (
      await db
        .selectFrom('people_communications')
        .selectAll()
        .where('centre_organisation_id', '=', centreId)
        .orderBy('sent_on', 'desc')
        .orderBy('id', 'desc')
        .execute()
    ).map(
      (r): Communication => ({
        id: r.id,
        centreOrganisationId: r.centre_organisation_id,
        sentOn: r.sent_on,
        subject: r.subject,
        audience: r.audience,
        told: Number(r.told),
        acknowledged: Number(r.acknowledged),
        createdAt: r.created_at,
      }),
    ),
  insertCommunication: async (c, by) => {
    await db
      .insertInto('people_communications')
      .values({
        id: c.id,
        centre_organisation_id: c.centreOrganisationId,
        sent_on: c.sentOn,
        subject: c.subject,
        audience: c.audience,
        told: c.told,
        acknowledged: c.acknowledged,
        created_at: c.createdAt,
        created_by: by,
      })
      .execute();
  },
});

export const pulseRepository = (db: Db): Store['pulse'] => ({
  list: async (centreId) =>
    (
      await db
        .selectFrom('pulse_surveys')
        .selectAll()
        .where('centre_organisation_id', '=', centreId)
        .orderBy('period', 'desc')
        .orderBy('id', 'desc')
        .execute()
    ).map(toSurvey),
  ofRelationship: async (relationshipId, o) =>
    (
      await db
        .selectFrom('pulse_surveys')
        .selectAll()
        .where('relationship_id', '=', relationshipId)
        .where(sql<string>`period || '-01'`, '>=', o.from)
        .where(sql<string>`period || '-01'`, '<', o.to)
        .execute()
    ).map(toSurvey),
  findById: async (id) => {
    const r = await db.selectFrom('pulse_surveys').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toSurvey(r) : null;
  },
  insert: async (s) => {
    await db
      .insertInto('pulse_surveys')
      .values({
        id: s.id,
        centre_organisation_id: s.centreOrganisationId,
        relationship_id: s.relationshipId,
        title: s.title,
        period: s.period,
        groups_json: JSON.stringify(s.groups),
        status: s.status,
        created_at: s.createdAt,
        created_by: s.createdBy,
      })
      .execute();
  },
  setStatus: async (id, status) => {
    await db.updateTable('pulse_surveys').set({ status }).where('id', '=', id).execute();
  },
  insertInvitations: async (surveyId, invitations) => {
    if (invitations.length === 0) return;
    await db
      .insertInto('pulse_invitations')
      .values(invitations.map((i) => ({ token_hash: i.tokenHash, survey_id: surveyId, grp: i.group, used: 0 })))
      .execute();
  },
  invitation: async (tokenHash) => {
    const r = await db.selectFrom('pulse_invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    return r ? { surveyId: r.survey_id, group: r.grp, used: Number(r.used) === 1 } : null;
  },
  useInvitation: async (tokenHash) => {
    const r = await db
      .updateTable('pulse_invitations')
      .set({ used: 1 })
      .where('token_hash', '=', tokenHash)
      .where('used', '=', 0)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  insertAnswer: async (a) => {
    await db
      .insertInto('pulse_answers')
      .values({ id: a.id, survey_id: a.surveyId, grp: a.group, enps: a.enps, engagement: a.engagement })
      .execute();
  },
  invited: async (surveyIds) => {
    if (surveyIds.length === 0) return [];
    const rows = await db
      .selectFrom('pulse_invitations')
      .select(['grp', sql<number>`count(*)`.as('invited')])
      .where('survey_id', 'in', surveyIds)
      .groupBy('grp')
      .execute();
    return rows.map((r) => ({ group: r.grp, invited: Number(r.invited) }));
  },
  /**
   * The anonymity rule lives here, in SQL: a group with fewer answers than the threshold is never
   * returned, so no caller (API, CLI, KPI measurer) can show or subtract its figures.
   */
  groupSums: async (surveyIds, threshold) => {
    if (surveyIds.length === 0) return [];
    const rows = await db
      .selectFrom('pulse_answers')
      .select([
        'grp',
        sql<number>`count(*)`.as('n'),
        sql<number>`sum(case when enps >= 9 then 1 else 0 end)`.as('promoters'),
        sql<number>`sum(case when enps <= 6 then 1 else 0 end)`.as('detractors'),
        sql<number>`sum(engagement)`.as('eng_sum'),
        sql<number>`sum(engagement * engagement)`.as('eng_sumsq'),
      ])
      .where('survey_id', 'in', surveyIds)
      .groupBy('grp')
      .having(sql`count(*)`, '>=', Math.max(threshold, ANONYMITY_THRESHOLD))
      .orderBy('grp')
      .execute();
    return rows.map((r) => ({
      group: r.grp,
      n: Number(r.n),
      promoters: Number(r.promoters),
      detractors: Number(r.detractors),
      engagementSum: Number(r.eng_sum),
      engagementSumSq: Number(r.eng_sumsq),
    }));
  },
});
