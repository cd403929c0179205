// src/adapters/http/routes/assessments.routes.ts — assessments (answers, workflow, sharing, history), their audits and findings, corrective actions

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  answerRequirement,
  carryOverAssessment,
  compareAssessments,
  createAssessment,
  getAssessment,
  listAssessments,
  readinessTrend,
  shareAssessment,
  transitionAssessment,
} from '../../../app/manage-assessments.js';
import {
  addCorrectiveAction,
  closeFinding,
  getFinding,
  listAudits,
  listFindings,
  recordFinding,
  startAudit,
  stepCorrectiveAction,
  updateCorrectiveAction,
} from '../../../app/manage-findings.js';
import type { Deps } from '../../../app/ports.js';
import { ZError, ZId, ZIdParams } from '../../../contracts/common.js';
import {
  ZActionInput,
  ZActionStep,
  ZAnswerPatch,
  ZAssessment,
  ZAssessmentListItem,
  ZAssessmentView,
  ZAudit,
  ZCarryOver,
  ZComparison,
  ZCreateAssessment,
  ZFinding,
  ZFindingsQuery,
  ZRecordFinding,
  ZShares,
  ZStartAudit,
  ZTransition,
  ZTrendPoint,
} from '../../../contracts/conformity.js';
import { callerOf } from '../plugins/auth.js';

const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError };

export const assessmentRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['assessments'];
    app.get(
      '/assessments',
      {
        schema: {
          tags,
          summary: 'The assessments you may read, newest first, with readiness',
          response: { 200: z.array(ZAssessmentListItem), ...errors },
        },
      },
      async (request) => listAssessments(deps, callerOf(request)),
    );
    app.post(
      '/assessments',
      {
        schema: {
          tags,
          summary: 'Start an assessment of your organisation (or one relationship) against a framework edition',
          body: ZCreateAssessment,
          response: { 201: ZAssessmentView, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await createAssessment(deps, callerOf(request), request.body)),
    );
    app.get(
      '/assessments/:id',
      {
        schema: {
          tags,
          summary: 'One assessment: its framework tree, every answer, readiness by clause, workflow history and possible actions',
          params: ZIdParams,
          response: { 200: ZAssessmentView, ...errors },
        },
      },
      async (request) => getAssessment(deps, callerOf(request), request.params.id),
    );
    app.patch(
      '/assessments/:id/answers',
      {
        schema: {
          tags,
          summary: 'Answer one requirement (result, justification, score, comment, assignee, due date)',
          params: ZIdParams,
          body: ZAnswerPatch,
          response: { 200: ZAssessmentView, ...errors },
        },
      },
      async (request) => {
        const { ref, ...patch } = request.body;
        return answerRequirement(deps, callerOf(request), request.params.id, ref, patch);
      },
    );
    app.post(
      '/assessments/:id/transitions',
      {
        schema: {
          tags,
          summary: 'Move the assessment on: start, submit, return (with a comment), approve, close, reopen',
          params: ZIdParams,
          body: ZTransition,
          response: { 200: ZAssessmentView, ...errors },
        },
      },
      async (request) =>
        transitionAssessment(deps, callerOf(request), request.params.id, request.body.action, request.body.comment ?? null),
    );
    app.put(
      '/assessments/:id/shares',
      {
        schema: {
          tags,
          summary: 'Share the assessment (read-only) with the other party of these relationships; an empty list stops sharing',
          params: ZIdParams,
          body: ZShares,
          response: { 200: ZAssessment, ...errors },
        },
      },
      async (request) => shareAssessment(deps, callerOf(request), request.params.id, request.body.relationshipIds),
    );
    app.post(
      '/assessments/:id/carry-over',
      {
        schema: {
          tags,
          summary: 'Start the next assessment of the same scope from this one (same edition, or a newer one through the edition mapping)',
          params: ZIdParams,
          body: ZCarryOver,
          response: { 201: ZAssessmentView, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await carryOverAssessment(deps, callerOf(request), request.params.id, request.body)),
    );
    app.get(
      '/assessments/:id/compare',
      {
        schema: {
          tags,
          summary: 'What changed per requirement since another assessment (`base`)',
          params: ZIdParams,
          querystring: z.object({ base: ZId }),
          response: { 200: ZComparison, ...errors },
        },
      },
      async (request) => compareAssessments(deps, callerOf(request), request.query.base, request.params.id),
    );
    app.get(
      '/assessments/:id/trend',
      {
        schema: {
          tags,
          summary: 'Readiness over time of the assessments of the same scope and framework family',
          params: ZIdParams,
          response: { 200: z.array(ZTrendPoint), ...errors },
        },
      },
      async (request) => readinessTrend(deps, callerOf(request), request.params.id),
    );
    app.get(
      '/assessments/:id/audits',
      { schema: { tags, summary: 'Audits of the assessment', params: ZIdParams, response: { 200: z.array(ZAudit), ...errors } } },
      async (request) => listAudits(deps, callerOf(request), request.params.id),
    );
    app.post(
      '/assessments/:id/audits',
      {
        schema: {
          tags,
          summary: 'Invite an auditor: read access to this assessment only, for a period; the findings they record carry the audit',
          params: ZIdParams,
          body: ZStartAudit,
          response: { 201: ZAudit, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await startAudit(deps, callerOf(request), request.params.id, request.body)),
    );
    app.post(
      '/assessments/:id/findings',
      {
        schema: {
          tags: ['findings'],
          summary: 'Record a finding (major or minor nonconformity, observation, opportunity for improvement) on requirements',
          params: ZIdParams,
          body: ZRecordFinding,
          response: { 201: ZFinding, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await recordFinding(deps, callerOf(request), request.params.id, request.body)),
    );

    const ftags = ['findings'];
    app.get(
      '/findings',
      {
        schema: {
          tags: ftags,
          summary: 'Findings of the assessments you may read, with their corrective actions; open ones first',
          querystring: ZFindingsQuery,
          response: { 200: z.array(ZFinding), ...errors },
        },
      },
      async (request) => listFindings(deps, callerOf(request), request.query),
    );
    app.get(
      '/findings/:id',
      { schema: { tags: ftags, summary: 'One finding with its actions', params: ZIdParams, response: { 200: ZFinding, ...errors } } },
      async (request) => getFinding(deps, callerOf(request), request.params.id),
    );
    app.post(
      '/findings/:id/close',
      {
        schema: {
          tags: ftags,
          summary: 'Close a finding; a nonconformity closes only when its corrective actions are verified effective',
          params: ZIdParams,
          response: { 200: ZFinding, ...errors },
        },
      },
      async (request) => closeFinding(deps, callerOf(request), request.params.id),
    );
    app.post(
      '/findings/:id/actions',
      {
        schema: {
          tags: ['actions'],
          summary: 'Add a corrective action: correction, root cause, action, owner and due date',
          params: ZIdParams,
          body: ZActionInput,
          response: { 201: ZFinding, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await addCorrectiveAction(deps, callerOf(request), request.params.id, request.body)),
    );
    app.patch(
      '/actions/:id',
      {
        schema: {
          tags: ['actions'],
          summary: 'Change a corrective action’s plan',
          params: ZIdParams,
          body: ZActionInput,
          response: { 200: ZFinding, ...errors },
        },
      },
      async (request) => updateCorrectiveAction(deps, callerOf(request), request.params.id, request.body),
    );
    app.post(
      '/actions/:id/steps',
      {
        schema: {
          tags: ['actions'],
          summary:
            'Move a corrective action on: start, implement, verify_effective / verify_not_effective (by someone other than its owner), close',
          params: ZIdParams,
          body: ZActionStep,
          response: { 200: ZFinding, ...errors },
        },
      },
      async (request) => stepCorrectiveAction(deps, callerOf(request), request.params.id, request.body.step, request.body.note ?? null),
    );
  };
