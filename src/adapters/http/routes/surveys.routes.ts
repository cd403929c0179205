// src/adapters/http/routes/surveys.routes.ts — customer surveys under /api/v1/surveys, and the rate-limited public answer endpoints

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createSurvey, getSurvey, issueInvitations, listSurveys, updateSurvey } from '../../../app/manage-surveys.js';
import type { Deps } from '../../../app/ports.js';
import { answerByToken, importAnswers, readSurveyByToken, recordAnswers } from '../../../app/survey-answers.js';
import { surveyResults } from '../../../app/survey-results.js';
import { ZError, ZId, ZIdParams } from '../../../contracts/common.js';
import {
  ZAnswerImport,
  ZGivenAnswers,
  ZIssueInvitations,
  ZIssuedInvitation,
  ZNewSurvey,
  ZPublicAnswers,
  ZPublicSurvey,
  ZRecordAnswersResult,
  ZSurvey,
  ZSurveyPatch,
  ZSurveyResults,
  ZSurveyResultsQuery,
  ZSurveyToken,
} from '../../../contracts/surveys.js';
import { AppError } from '../../../domain/shared/errors.js';
import { callerOf } from '../plugins/auth.js';

const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError };
/** Public endpoints: a handful of answers a minute from one address is plenty for a person. */
export const publicSurveyRateLimit = { max: 20, timeWindow: '1 minute' };

export const surveyRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['surveys'];
    app.get(
      '/surveys',
      {
        schema: {
          tags,
          summary: 'Customer surveys of the relationships you see (of one when given)',
          querystring: z.object({ relationship: ZId.optional() }),
          response: { 200: z.array(ZSurvey), ...errors },
        },
      },
      async (request) => listSurveys(deps, callerOf(request), { relationshipId: request.query.relationship }),
    );
    app.post(
      '/surveys',
      {
        schema: {
          tags,
          summary: 'The centre creates a survey (CSAT 1–5, NPS 0–10, CES 1–7, free text) for a relationship’s queues and channels',
          body: ZNewSurvey,
          response: { 201: ZSurvey, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await createSurvey(deps, callerOf(request), request.body)),
    );
    app.get(
      '/surveys/results',
      {
        schema: {
          tags,
          summary:
            'Results of a survey or of a relationship’s surveys over local dates: CSAT, NPS, CES and response rate with n and 95 % CI',
          description:
            'A value resting on fewer than 30 answers has `lowSample: true`; it is shown, never hidden. `by` breaks down by queue, agent or period.',
          querystring: ZSurveyResultsQuery,
          response: { 200: ZSurveyResults, ...errors },
        },
      },
      async (request) => {
        const q = request.query;
        return surveyResults(deps, callerOf(request), {
          relationshipId: q.relationship,
          surveyId: q.survey,
          from: q.from,
          to: q.to,
          by: q.by,
          queueIds: q.queues ? q.queues.split(',').filter(Boolean) : [],
        });
      },
    );
    app.get(
      '/surveys/:id',
      { schema: { tags, summary: 'One survey', params: ZIdParams, response: { 200: ZSurvey, ...errors } } },
      async (request) => getSurvey(deps, callerOf(request), request.params.id),
    );
    app.patch(
      '/surveys/:id',
      {
        schema: {
          tags,
          summary: 'Change a survey’s name, questions, queues, channels or status (closed: no new answers)',
          params: ZIdParams,
          body: ZSurveyPatch,
          response: { 200: ZSurvey, ...errors },
        },
      },
      async (request) => updateSurvey(deps, callerOf(request), request.params.id, request.body),
    );
    app.post(
      '/surveys/:id/invitations',
      {
        schema: {
          tags,
          summary: 'Issue one-time survey links (tied to contacts by source id, or untied); the tokens are shown only now',
          params: ZIdParams,
          body: ZIssueInvitations,
          response: { 201: z.array(ZIssuedInvitation), ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await issueInvitations(deps, callerOf(request), request.params.id, request.body)),
    );
    app.post(
      '/surveys/:id/answers',
      {
        schema: {
          tags,
          summary: 'Record answers collected elsewhere (each optionally tied to a contact by source id)',
          params: ZIdParams,
          body: ZGivenAnswers,
          response: { 200: ZRecordAnswersResult, ...errors },
        },
      },
      async (request) => recordAnswers(deps, callerOf(request), request.params.id, request.body.answers),
    );
    app.post(
      '/surveys/:id/imports',
      {
        schema: {
          tags,
          summary: 'Import answers from CSV text with a column mapping (answer time, contact, one column per question)',
          params: ZIdParams,
          body: ZAnswerImport,
          response: { 200: ZRecordAnswersResult, ...errors },
        },
      },
      async (request) =>
        importAnswers(deps, callerOf(request), request.params.id, { text: request.body.content, mapping: request.body.mapping }),
    );

    app.get(
      '/public/surveys/:token',
      {
        config: { public: true, rateLimit: publicSurveyRateLimit },
        schema: {
          tags: ['public'],
          summary: 'The questions a one-time survey link opens (no sign-in; the token is the link)',
          params: ZSurveyToken,
          response: { 200: ZPublicSurvey, 404: ZError, 429: ZError },
        },
      },
      async (request) => {
        const s = await readSurveyByToken(deps, request.params.token);
        if (!s) throw new AppError('CCQ_ERR_NOT_FOUND');
        return s;
      },
    );
    app.post(
      '/public/surveys/:token',
      {
        config: { public: true, rateLimit: publicSurveyRateLimit },
        schema: {
          tags: ['public'],
          summary: 'Answer a survey through its one-time link; a link answers once',
          params: ZSurveyToken,
          body: ZPublicAnswers,
          response: { 204: z.null(), 400: ZError, 404: ZError, 409: ZError, 429: ZError },
        },
      },
      async (request, reply) => {
        await answerByToken(deps, request.params.token, request.body.answers);
        return reply.code(204).send(null);
      },
    );
  };
