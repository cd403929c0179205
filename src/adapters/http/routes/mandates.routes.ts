// src/adapters/http/routes/mandates.routes.ts — mandates (drafts, signatures, versions, diffs) and the evaluation of their KPI targets

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createMandate,
  diffMandate,
  evaluateMandate,
  getMandate,
  listMandates,
  newDraft,
  signMandate,
  updateDraft,
} from '../../../app/manage-mandates.js';
import type { TargetEvaluation } from '../../../app/evaluate-targets.js';
import type { Deps } from '../../../app/ports.js';
import { raiseTargetFindings } from '../../../app/raise-target-findings.js';
import { obligationsOf, recordObligationDone } from '../../../app/track-obligations.js';
import { ZObligationStatus } from '../../../contracts/reviews.js';
import { ZFinding } from '../../../contracts/conformity.js';
import { ZDate, ZError, ZId, ZIdParams } from '../../../contracts/common.js';
import { ZMandate, ZMandateContent, ZMandateVersion, ZTargetEvaluation } from '../../../contracts/mandates.js';
import { isContactDataKpi, kpiById } from '../../../domain/kpi/dictionary.js';
import { parties } from '../../../domain/mandates/mandate.js';
import { AppError } from '../../../domain/shared/errors.js';
import { callerOf } from '../plugins/auth.js';

const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError };

const ZMandateView = z.object({
  mandate: ZMandate,
  versions: z.array(ZMandateVersion),
  current: ZMandateVersion,
  inForce: ZMandateVersion.nullable(),
  gaps: z.array(z.object({ id: z.string(), isoRef: z.string(), sv: z.string(), en: z.string() })),
  missingSignatures: z.array(z.enum(parties)),
});
const ZPeriod = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'use YYYY-MM');
const ZEvaluation = z.object({ mandateId: ZId, version: z.number(), evaluations: z.array(ZTargetEvaluation) });

/** Each evaluation with the `/api/v1/kpis` query that reproduces its value (over every hour, when the target counts only opening hours). */
const withKpiQuery = (r: { version: number; evaluations: TargetEvaluation[] }) => ({
  version: r.version,
  evaluations: r.evaluations.map(({ query, ...e }) => {
    const q = new URLSearchParams({ from: query.from, to: query.to, kpis: e.kpi });
    if (query.queues?.length) q.set('queue', query.queues.join(','));
    const p = query.params ?? {};
    if (p.thresholdSeconds !== undefined) q.set('slThreshold', String(p.thresholdSeconds));
    if (p.slVariant) q.set('slVariant', p.slVariant);
    if (p.shortAbandonSeconds !== undefined) q.set('shortAbandon', String(p.shortAbandonSeconds));
    if (p.abandonVariant) q.set('abandonVariant', p.abandonVariant);
    if (p.repeatWindowDays !== undefined) q.set('repeatWindowDays', String(p.repeatWindowDays));
    // Voice KPIs (surveys, complaints, quality, people) are not in the contact-data KPI API; their areas show them.
    const api = isContactDataKpi(kpiById.get(e.kpi) ?? { source: 'aggregates' }) ? `/api/v1/kpis?${q.toString()}` : null;
    return { ...e, kpiQuery: { api, openingHoursOnly: query.onlyOpeningHours } };
  }),
});

export const mandateRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['mandates'];
    app.get(
      '/mandates',
      { schema: { tags, summary: 'Mandates of the relationships you see', response: { 200: z.array(ZMandate), ...errors } } },
      async (request) => listMandates(deps, callerOf(request)),
    );
    app.post(
      '/mandates',
      {
        schema: {
          tags,
          summary: 'Start a relationship’s mandate (from the ISO 18295-2 template unless content is given) as draft version 1',
          body: z.object({ relationshipId: ZId, title: z.string().max(200), content: ZMandateContent.optional() }),
          response: { 201: ZMandateView, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await createMandate(deps, callerOf(request), request.body)),
    );
    app.get(
      '/mandates/:id',
      {
        schema: {
          tags,
          summary: 'A mandate: every version with its signatures, the one in force, the completeness check and who still has to sign',
          params: ZIdParams,
          response: { 200: ZMandateView, ...errors },
        },
      },
      async (request) => getMandate(deps, callerOf(request), request.params.id),
    );
    app.put(
      '/mandates/:id/draft',
      {
        schema: {
          tags,
          summary: 'Replace the draft’s content (either party); a signed version never changes',
          params: ZIdParams,
          body: z.object({ content: ZMandateContent }),
          response: { 200: ZMandateView, ...errors },
        },
      },
      async (request) => updateDraft(deps, callerOf(request), request.params.id, request.body.content),
    );
    app.post(
      '/mandates/:id/drafts',
      {
        schema: {
          tags,
          summary: 'Start a new draft from the newest signed version',
          params: ZIdParams,
          response: { 201: ZMandateView, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await newDraft(deps, callerOf(request), request.params.id)),
    );
    app.post(
      '/mandates/:id/signatures',
      {
        schema: {
          tags,
          summary:
            'Sign the draft for your party, for the exact content you saw (its hash); the second signature makes it the version in force',
          params: ZIdParams,
          body: z.object({ versionHash: z.string().min(1), party: z.enum(parties).optional() }),
          response: { 200: ZMandateView, ...errors },
        },
      },
      async (request) => signMandate(deps, callerOf(request), request.params.id, request.body),
    );
    app.get(
      '/mandates/:id/diff',
      {
        schema: {
          tags,
          summary: 'What changed, field by field, between two versions',
          params: ZIdParams,
          querystring: z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) }),
          response: { 200: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })), ...errors },
        },
      },
      async (request) => diffMandate(deps, callerOf(request), request.params.id, request.query.from, request.query.to),
    );
    app.get(
      '/mandates/:id/evaluation',
      {
        schema: {
          tags,
          summary: 'The targets of the version in force, judged for a month: measured value, coverage, met / at risk / missed / no data',
          params: ZIdParams,
          querystring: z.object({ period: ZPeriod }),
          response: { 200: ZEvaluation, ...errors },
        },
      },
      async (request) => ({
        mandateId: request.params.id,
        ...withKpiQuery(await evaluateMandate(deps, callerOf(request), request.params.id, request.query.period)),
      }),
    );
    app.post(
      '/mandates/:id/findings',
      {
        schema: {
          tags,
          summary:
            'Raise a minor nonconformity on the centre’s open ISO 18295-1 assessment for each target missed in the month (once per target and month)',
          params: ZIdParams,
          querystring: z.object({ period: ZPeriod }),
          response: {
            200: z.object({
              raised: z.array(ZFinding),
              alreadyRaised: z.array(z.string()),
              skipped: z.array(z.object({ targetId: z.string(), reason: z.string() })),
            }),
            ...errors,
          },
        },
      },
      async (request) => raiseTargetFindings(deps, callerOf(request), request.params.id, request.query.period),
    );
    app.get(
      '/mandates/:id/obligations',
      {
        schema: {
          tags,
          summary:
            'Where each obligation of the mandate in force stands today: the occurrence due, done / overdue / due soon / upcoming, the last delivery',
          params: ZIdParams,
          response: { 200: z.array(ZObligationStatus), ...errors },
        },
      },
      async (request) => obligationsOf(deps, callerOf(request), request.params.id),
    );
    app.post(
      '/mandates/:id/obligations/:obligationId/completions',
      {
        schema: {
          tags,
          summary: 'Record that one occurrence (its due date) of an obligation was delivered; the signed mandate does not change',
          params: z.object({ id: ZId, obligationId: z.string().min(1).max(60) }),
          body: z.object({ dueOn: ZDate, doneOn: ZDate.optional(), note: z.string().max(2000).nullable().optional() }),
          response: { 200: z.object({ recorded: z.boolean(), obligations: z.array(ZObligationStatus) }), ...errors },
        },
      },
      async (request) => recordObligationDone(deps, callerOf(request), request.params.id, request.params.obligationId, request.body),
    );
    app.get(
      '/targets',
      {
        schema: {
          tags: ['targets'],
          summary: 'Target statuses of a relationship for a month (its latest mandate)',
          querystring: z.object({ relationship: ZId, period: ZPeriod }),
          response: { 200: ZEvaluation, ...errors },
        },
      },
      async (request) => {
        const caller = callerOf(request);
        const mandate = (await listMandates(deps, caller)).find((m) => m.relationshipId === request.query.relationship);
        if (!mandate) throw new AppError('CCQ_ERR_MANDATE_NOT_FOUND', 'This relationship has no mandate you can see');
        return { mandateId: mandate.id, ...withKpiQuery(await evaluateMandate(deps, caller, mandate.id, request.query.period)) };
      },
    );
  };
