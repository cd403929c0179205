// src/adapters/http/routes/qa.routes.ts — quality monitoring API: scorecards, evaluations, sampling, calibration, QA KPIs

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importEvaluations } from '../../../app/import-evaluations.js';
import { qaMeasurer } from '../../../app/kpis/qa-kpis.js';
import { createCalibrationSession, getCalibration, listCalibrations, scoreCalibration } from '../../../app/manage-calibration.js';
import {
  createEvaluation,
  getEvaluation,
  getScorecard,
  listEvaluations,
  listScorecards,
  loadScorecardVersion,
  myEvaluations,
  respondToEvaluation,
  updateCoachingNotes,
} from '../../../app/manage-qa.js';
import type { Deps } from '../../../app/ports.js';
import { drawSample } from '../../../app/qa-sampling.js';
import { ZDate, ZError, ZId, ZIdParams, ZTimeZone } from '../../../contracts/common.js';
import {
  ZAnswers,
  ZCalibrationInput,
  ZCalibrationSession,
  ZCalibrationView,
  ZEvaluation,
  ZEvaluationInput,
  ZEvaluationResponse,
  ZSampleRequest,
  ZSampledContact,
  ZScorecard,
  ZScorecardLoadResult,
} from '../../../contracts/qa.js';
import { evaluationCsvFields } from '../../../domain/qa/evaluation-csv.js';
import { AppError } from '../../../domain/shared/errors.js';
import { readScorecard } from '../../qa/scorecard-files.js';
import { callerOf } from '../plugins/auth.js';

const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError, 422: ZError };
const ZMeasured = z.object({
  value: z.number().nullable(),
  n: z.number(),
  ci: z.tuple([z.number(), z.number()]).nullable(),
  lowSample: z.boolean(),
});
const qaKpiIds = [
  'qa_score',
  'critical_error_rate',
  'critical_error_rate_customer',
  'critical_error_rate_business',
  'critical_error_rate_compliance',
  'calibration_agreement',
];

export const qaRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['qa'];
    app.get(
      '/qa/scorecards',
      { schema: { tags, summary: 'Every version of your centre’s scorecards', response: { 200: z.array(ZScorecard), ...errors } } },
      async (request) => listScorecards(deps, callerOf(request)),
    );
    app.post(
      '/qa/scorecards',
      {
        schema: {
          tags,
          summary: 'Load a scorecard file (YAML or JSON): new content becomes the next version; problems come back with line and column',
          body: z.object({ text: z.string().min(1).max(200_000), fileName: z.string().max(200).default('scorecard.yaml') }),
          response: { 200: ZScorecardLoadResult, 201: ZScorecardLoadResult, ...errors },
        },
      },
      async (request, reply) => {
        const reading = readScorecard(request.body.text, request.body.fileName);
        if (!reading.content)
          throw new AppError(
            'CCQ_ERR_SCORECARD_INVALID',
            undefined,
            reading.problems.map((p) => ({ path: p.path, message: `line ${p.line}, column ${p.column}: ${p.message}` })),
          );
        const r = await loadScorecardVersion(deps, callerOf(request), reading.content);
        return reply.code(r.created ? 201 : 200).send(r);
      },
    );
    app.get(
      '/qa/scorecards/:id',
      { schema: { tags, summary: 'One scorecard version', params: ZIdParams, response: { 200: ZScorecard, ...errors } } },
      async (request) => getScorecard(deps, callerOf(request), request.params.id),
    );
    app.get(
      '/qa/evaluations',
      {
        schema: {
          tags,
          summary: 'Evaluations of agents (calibration scores excluded), newest contact first',
          querystring: z.object({
            relationship: ZId.optional(),
            from: z.string().datetime().optional(),
            to: z.string().datetime().optional(),
            agent: z.string().max(200).optional(),
          }),
          response: { 200: z.array(ZEvaluation), ...errors },
        },
      },
      async (request) => {
        const q = request.query;
        return listEvaluations(deps, callerOf(request), { relationshipId: q.relationship, from: q.from, to: q.to, agent: q.agent });
      },
    );
    app.post(
      '/qa/evaluations',
      {
        schema: {
          tags,
          summary: 'Score an interaction against a pinned scorecard version',
          body: ZEvaluationInput,
          response: { 201: ZEvaluation, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await createEvaluation(deps, callerOf(request), request.body)),
    );
    app.post(
      '/qa/evaluations/import',
      {
        schema: {
          tags,
          summary:
            'Import evaluations from CSV: contact, contact_at, agent (queue, agent_email, coaching_notes optional) and one column per criterion id',
          body: z.object({
            relationshipId: ZId,
            scorecardId: ZId,
            text: z.string().min(1).max(5_000_000),
            mapping: z.partialRecord(z.enum(evaluationCsvFields), z.string().min(1).max(200)).default({}),
          }),
          response: {
            200: z.object({
              imported: z.number(),
              skipped: z.number(),
              rejects: z.array(z.object({ line: z.number(), message: z.string() })),
            }),
            ...errors,
          },
        },
      },
      async (request) => importEvaluations(deps, callerOf(request), request.body),
    );
    app.get(
      '/qa/evaluations/mine',
      {
        schema: {
          tags,
          summary: 'Your own evaluations as an agent, to acknowledge or dispute',
          response: { 200: z.array(ZEvaluation), ...errors },
        },
      },
      async (request) => myEvaluations(deps, callerOf(request)),
    );
    app.get(
      '/qa/evaluations/:id',
      {
        schema: {
          tags,
          summary: 'An evaluation with the scorecard version it was scored on',
          params: ZIdParams,
          response: { 200: z.object({ evaluation: ZEvaluation, scorecard: ZScorecard }), ...errors },
        },
      },
      async (request) => getEvaluation(deps, callerOf(request), request.params.id),
    );
    app.post(
      '/qa/evaluations/:id/response',
      {
        schema: {
          tags,
          summary: 'The agent acknowledges the evaluation or disputes it (with a reason); once',
          params: ZIdParams,
          body: ZEvaluationResponse,
          response: { 200: ZEvaluation, ...errors },
        },
      },
      async (request) => respondToEvaluation(deps, callerOf(request), request.params.id, request.body),
    );
    app.put(
      '/qa/evaluations/:id/coaching',
      {
        schema: {
          tags,
          summary: 'Replace the coaching notes of an evaluation',
          params: ZIdParams,
          body: z.object({ notes: z.string().max(10_000).nullable() }),
          response: { 200: ZEvaluation, ...errors },
        },
      },
      async (request) => updateCoachingNotes(deps, callerOf(request), request.params.id, request.body.notes),
    );
    app.post(
      '/qa/sample',
      {
        schema: {
          tags,
          summary:
            'Draw a month’s sample: n answered contacts per agent (and queue), reproducible by seed, leaving out those already evaluated',
          body: ZSampleRequest,
          response: { 200: z.array(ZSampledContact), ...errors },
        },
      },
      async (request) => drawSample(deps, callerOf(request), request.body),
    );
    app.get(
      '/qa/calibrations',
      { schema: { tags, summary: 'Calibration sessions, newest first', response: { 200: z.array(ZCalibrationSession), ...errors } } },
      async (request) => listCalibrations(deps, callerOf(request)),
    );
    app.post(
      '/qa/calibrations',
      {
        schema: {
          tags,
          summary: 'Open a calibration session on one contact',
          body: ZCalibrationInput,
          response: { 201: ZCalibrationSession, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await createCalibrationSession(deps, callerOf(request), request.body)),
    );
    app.get(
      '/qa/calibrations/:id',
      {
        schema: {
          tags,
          summary: 'A calibration session: every evaluator’s score, spread and agreement per criterion, Fleiss’ kappa',
          params: ZIdParams,
          response: { 200: ZCalibrationView, ...errors },
        },
      },
      async (request) => getCalibration(deps, callerOf(request), request.params.id),
    );
    app.post(
      '/qa/calibrations/:id/scores',
      {
        schema: {
          tags,
          summary: 'Your score in the calibration session (once per evaluator)',
          params: ZIdParams,
          body: z.object({ answers: ZAnswers }),
          response: { 200: ZCalibrationView, ...errors },
        },
      },
      async (request) => scoreCalibration(deps, callerOf(request), request.params.id, request.body),
    );
    app.get(
      '/qa/kpis',
      {
        schema: {
          tags,
          summary:
            'QA KPIs of a relationship over local dates [from, to): value, sample size, 95 % interval, low-sample flag (both parties read these aggregates)',
          querystring: z.object({ relationship: ZId, from: ZDate, to: ZDate, timeZone: ZTimeZone.default('Europe/Stockholm') }),
          response: { 200: z.record(z.string(), ZMeasured), ...errors },
        },
      },
      async (request) => {
        const q = request.query;
        return qaMeasurer.measure(deps, callerOf(request), {
          relationshipId: q.relationship,
          queueIds: [],
          from: q.from,
          to: q.to,
          timeZone: q.timeZone,
          kpis: qaKpiIds,
        });
      },
    );
  };
