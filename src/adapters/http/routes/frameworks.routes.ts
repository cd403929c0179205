// src/adapters/http/routes/frameworks.routes.ts — the framework library: list, show, validate and load framework files, the published schema

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getFramework, listFrameworks, loadFramework, summarise } from '../../../app/manage-frameworks.js';
import type { Deps } from '../../../app/ports.js';
import { ZError, ZIdParams } from '../../../contracts/common.js';
import {
  ZFrameworkDetail,
  ZFrameworkSummary,
  ZFrameworkUpload,
  ZLoadFrameworkResult,
  ZValidationReport,
} from '../../../contracts/conformity.js';
import { frameworkJsonSchema } from '../../../contracts/framework-file.js';
import { linkedRequirements } from '../../../domain/conformity/crosswalk.js';
import { stampedReading } from '../../frameworks/framework-files.js';
import { callerOf } from '../plugins/auth.js';

const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError, 422: ZError };

export const frameworkRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['frameworks'];
    app.get(
      '/frameworks',
      {
        schema: {
          tags,
          summary: 'The frameworks you may use: shipped (ISO 18295-1 and -2, paraphrased), your own and your partners’',
          response: { 200: z.array(ZFrameworkSummary), ...errors },
        },
      },
      async (request) => listFrameworks(deps, callerOf(request)),
    );
    app.get(
      '/frameworks/schema',
      {
        schema: {
          tags,
          summary: 'The JSON Schema of the framework file format (ccq-framework/1)',
          response: { 200: z.record(z.string(), z.unknown()), ...errors },
        },
      },
      async (request) => {
        callerOf(request);
        return frameworkJsonSchema() as Record<string, unknown>;
      },
    );
    app.get(
      '/frameworks/:id',
      {
        schema: {
          tags,
          summary: 'One framework with its requirement tree (by id or by edition, e.g. iso-18295-1:2017)',
          params: ZIdParams,
          response: { 200: ZFrameworkDetail, ...errors },
        },
      },
      async (request) => {
        const caller = callerOf(request);
        const f = await getFramework(deps, caller, request.params.id);
        const usage = (await deps.store.frameworks.usage([f.id])).get(f.id) ?? 0;
        const links = f.framework.nodes.flatMap((n) =>
          linkedRequirements(deps.crosswalks, f.framework.edition, n.ref).map((l) => ({ ref: n.ref, ...l })),
        );
        return { summary: summarise(f, usage), framework: f.framework, links };
      },
    );
    app.post(
      '/frameworks/validate',
      {
        bodyLimit: 5_000_000,
        schema: {
          tags,
          summary: 'Check a framework file without loading it; every problem is named by line and column',
          body: ZFrameworkUpload,
          response: { 200: ZValidationReport, ...errors },
        },
      },
      async (request) => {
        callerOf(request);
        const r = stampedReading(Buffer.from(request.body.content), request.body.fileName, request.body.fileName);
        return {
          valid: r.framework !== null,
          edition: r.framework?.edition ?? null,
          requirements: r.framework?.nodes.filter((n) => n.assessable).length ?? 0,
          problems: r.problems,
        };
      },
    );
    app.post(
      '/frameworks',
      {
        bodyLimit: 5_000_000,
        schema: {
          tags,
          summary: 'Load a framework file as your organisation’s own (an internal policy, a licensed or a new edition)',
          description:
            'An invalid file answers 422 with one issue per problem ("file:line:column path" and the message) and stores nothing. ' +
            'Loading the same file again is a no-op; a changed file needs a higher revision. When another edition of the same family exists, ' +
            '`succeeds` proposes how its requirements map to the new ones, so assessments can be carried over.',
          body: ZFrameworkUpload,
          response: { 200: ZLoadFrameworkResult, 201: ZLoadFrameworkResult, ...errors },
        },
      },
      async (request, reply) => {
        const r = stampedReading(Buffer.from(request.body.content), request.body.fileName, request.body.fileName);
        const result = await loadFramework(deps, callerOf(request), r);
        return reply.code(result.outcome === 'loaded' ? 201 : 200).send(result);
      },
    );
  };
