// src/adapters/http/routes/people.routes.ts — /api/v1/people: people records, KPIs, role profiles, communications, pulse surveys; the public pulse answer endpoints

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { measurePeopleKpis } from '../../../app/kpis/people-kpis.js';
import {
  addCommunication,
  competenceMatrix,
  importPeople,
  listAgents,
  listCommunications,
  listRoleProfiles,
  saveRoleProfile,
} from '../../../app/manage-people.js';
import { answerPulse, closePulseSurvey, createPulseSurvey, listPulseSurveys, pulseForm, pulseResults } from '../../../app/manage-pulse.js';
import type { Deps } from '../../../app/ports.js';
import { ZDate, ZError, ZIdParams } from '../../../contracts/common.js';
import {
  ZCommunication,
  ZCompetenceMatrixRow,
  ZCreatedPulseSurvey,
  ZNewCommunication,
  ZNewPulseSurvey,
  ZPeopleAgent,
  ZPeopleImport,
  ZPeopleImportResult,
  ZPeopleKpi,
  ZPeopleKpiQuery,
  ZPulseAnswer,
  ZPulseForm,
  ZPulseResults,
  ZPulseSurvey,
  ZPulseToken,
  ZRoleProfile,
} from '../../../contracts/people.js';
import { callerOf } from '../plugins/auth.js';

const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError };
/** Pulse links are handed to employees; a burst beyond this from one address is refused. */
export const publicPulseRateLimit = { max: 20, timeWindow: '1 minute' };

export const peopleRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['people'];
    app.get(
      '/people/kpis',
      {
        schema: {
          tags,
          summary: 'People and pulse KPIs of a relationship for local dates [from, to): value, sample size, interval, low-sample flag',
          description:
            'The centre and the client of the relationship read these aggregated figures; pulse figures count only groups of at least 5 respondents.',
          querystring: ZPeopleKpiQuery,
          response: { 200: z.array(ZPeopleKpi), ...errors },
        },
      },
      async (request) => {
        const q = request.query;
        return measurePeopleKpis(deps, callerOf(request), { relationshipId: q.relationship, from: q.from, to: q.to });
      },
    );
    app.get(
      '/people/agents',
      {
        schema: {
          tags,
          summary: 'The centre’s agents by code (pseudonymised), with team, role profile and employment dates',
          response: { 200: z.array(ZPeopleAgent), ...errors },
        },
      },
      async (request) => listAgents(deps, callerOf(request)),
    );
    app.post(
      '/people/imports',
      {
        schema: {
          tags,
          summary:
            'Import people records from CSV text: headcount (roster), absence, training, competence or coaching, with a column mapping',
          body: ZPeopleImport,
          response: { 200: ZPeopleImportResult, ...errors },
        },
      },
      async (request) => {
        const b = request.body;
        return importPeople(deps, callerOf(request), {
          kind: b.kind,
          text: b.content,
          mapping: b.mapping,
          relationshipId: b.relationshipId ?? null,
        });
      },
    );
    app.get(
      '/people/role-profiles',
      {
        schema: { tags, summary: 'Role profiles: the competences each role requires', response: { 200: z.array(ZRoleProfile), ...errors } },
      },
      async (request) => listRoleProfiles(deps, callerOf(request)),
    );
    app.put(
      '/people/role-profiles',
      { schema: { tags, summary: 'Create or replace a role profile', body: ZRoleProfile, response: { 200: ZRoleProfile, ...errors } } },
      async (request) => saveRoleProfile(deps, callerOf(request), request.body),
    );
    app.get(
      '/people/competence-matrix',
      {
        schema: {
          tags,
          summary: 'The competence matrix on a day: agents employed then against their role profile’s competences',
          querystring: z.object({ date: ZDate }),
          response: { 200: z.array(ZCompetenceMatrixRow), ...errors },
        },
      },
      async (request) => competenceMatrix(deps, callerOf(request), request.query.date),
    );
    app.get(
      '/people/communications',
      { schema: { tags, summary: 'The internal communication log, newest first', response: { 200: z.array(ZCommunication), ...errors } } },
      async (request) => listCommunications(deps, callerOf(request)),
    );
    app.post(
      '/people/communications',
      {
        schema: {
          tags,
          summary: 'Log an internal communication: what changed, who was told, how many acknowledged',
          body: ZNewCommunication,
          response: { 200: ZCommunication, ...errors },
        },
      },
      async (request) => addCommunication(deps, callerOf(request), request.body),
    );
    app.get(
      '/people/pulse',
      { schema: { tags, summary: 'The centre’s employee pulse surveys', response: { 200: z.array(ZPulseSurvey), ...errors } } },
      async (request) => listPulseSurveys(deps, callerOf(request)),
    );
    app.post(
      '/people/pulse',
      {
        schema: {
          tags,
          summary: 'Create an anonymous pulse survey with one-time invitations per group (the tokens are shown only in this answer)',
          body: ZNewPulseSurvey,
          response: { 200: ZCreatedPulseSurvey, ...errors },
        },
      },
      async (request) => createPulseSurvey(deps, callerOf(request), request.body),
    );
    app.get(
      '/people/pulse/:id/results',
      {
        schema: {
          tags,
          summary: 'Results by group: eNPS and engagement index only for groups of at least 5 respondents; smaller groups are suppressed',
          params: ZIdParams,
          response: { 200: ZPulseResults, ...errors },
        },
      },
      async (request) => pulseResults(deps, callerOf(request), request.params.id),
    );
    app.post(
      '/people/pulse/:id/close',
      { schema: { tags, summary: 'Close a pulse survey to answers', params: ZIdParams, response: { 200: ZPulseSurvey, ...errors } } },
      async (request) => closePulseSurvey(deps, callerOf(request), request.params.id),
    );

    app.get(
      '/public/pulse/:token',
      {
        config: { public: true, rateLimit: publicPulseRateLimit },
        schema: {
          tags: ['public'],
          summary: 'The questions an employee’s one-time pulse link opens (no sign-in)',
          params: ZPulseToken,
          response: { 200: ZPulseForm, 404: ZError, 429: ZError },
        },
      },
      async (request) => pulseForm(deps, request.params.token),
    );
    app.post(
      '/public/pulse/:token',
      {
        config: { public: true, rateLimit: publicPulseRateLimit },
        schema: {
          tags: ['public'],
          summary: 'Answer a pulse survey anonymously through a one-time link; the answer keeps only the group',
          params: ZPulseToken,
          body: ZPulseAnswer,
          response: { 204: z.null(), 400: ZError, 404: ZError, 429: ZError },
        },
      },
      async (request, reply) => {
        await answerPulse(deps, request.params.token, request.body);
        return reply.code(204).send(null);
      },
    );
  };
