// src/adapters/http/routes/admin.routes.ts — platform administration (organisations, relationships, users) and the audit trail

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAuditTrail, verifyAuditTrail } from '../../../app/audit-trail.js';
import { createOrganisation } from '../../../app/manage-organisations.js';
import { createRelationship } from '../../../app/manage-relationships.js';
import { createUser, listUsers, updateUser } from '../../../app/manage-users.js';
import type { Deps } from '../../../app/ports.js';
import { systemScope } from '../../../domain/access/scope.js';
import { authorize } from '../../../domain/access/can.js';
import { ZError, ZIdParams } from '../../../contracts/common.js';
import {
  ZAuditEntry,
  ZAuditVerify,
  ZCreateOrganisationBody,
  ZCreateRelationshipBody,
  ZCreateUserBody,
  ZOrganisation,
  ZRelationship,
  ZUpdateUserBody,
  ZUser,
} from '../../../contracts/organisations.js';
import { callerOf } from '../plugins/auth.js';
import { toRelationship } from './relationships-and-queues.routes.js';

const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError };

export const adminRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['platform administration'];
    /** Platform routes act outside any organisation, so tenant scoping does not narrow what an operator sees. */
    const platformCaller = (request: Parameters<typeof callerOf>[0]) => {
      const c = callerOf(request);
      authorize(c.scope, 'user:manage', { type: 'platform' }, 'CCQ_ERR_ROUTE_NOT_FOUND');
      return { ...c, scope: { ...c.scope, org: null } };
    };
    app.get(
      '/admin/organisations',
      { schema: { tags, summary: 'Every organisation of the installation', response: { 200: z.array(ZOrganisation), ...errors } } },
      async (request) => {
        platformCaller(request);
        return deps.store.organisations.list(systemScope);
      },
    );
    app.post(
      '/admin/organisations',
      { schema: { tags, summary: 'Create an organisation', body: ZCreateOrganisationBody, response: { 201: ZOrganisation, ...errors } } },
      async (request, reply) => reply.code(201).send(await createOrganisation(deps, platformCaller(request), request.body)),
    );
    app.post(
      '/admin/relationships',
      {
        schema: {
          tags,
          summary: 'Link a client to the centre that serves it',
          body: ZCreateRelationshipBody,
          response: { 201: ZRelationship, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(toRelationship(await createRelationship(deps, platformCaller(request), request.body))),
    );
    app.get('/admin/users', { schema: { tags, summary: 'Every account', response: { 200: z.array(ZUser), ...errors } } }, async (request) =>
      listUsers(deps, platformCaller(request)),
    );
    app.post(
      '/admin/users',
      { schema: { tags, summary: 'Create an account', body: ZCreateUserBody, response: { 201: ZUser, ...errors } } },
      async (request, reply) => reply.code(201).send(await createUser(deps, platformCaller(request), request.body)),
    );
    app.patch(
      '/admin/users/:id',
      {
        schema: {
          tags,
          summary: 'Disable, enable or promote an account',
          params: ZIdParams,
          body: ZUpdateUserBody,
          response: { 200: ZUser, ...errors },
        },
      },
      async (request) => updateUser(deps, platformCaller(request), request.params.id, request.body),
    );
    app.get(
      '/admin/audit-trail/verify',
      {
        schema: {
          tags,
          summary: 'Recompute the audit trail’s hash chain and report the first broken link',
          response: { 200: ZAuditVerify, ...errors },
        },
      },
      async (request) => {
        const r = await verifyAuditTrail(deps, platformCaller(request));
        return { entries: r.entries, intact: r.firstBreak === null, firstBreak: r.firstBreak };
      },
    );

    app.get(
      '/audit-trail',
      {
        schema: {
          tags: ['audit trail'],
          summary: 'Changes that concern the acting organisation, newest first',
          querystring: z.object({
            limit: z.coerce.number().int().min(1).max(500).default(100),
            before: z.coerce.number().int().positive().optional(),
          }),
          response: { 200: z.array(ZAuditEntry), ...errors },
        },
      },
      async (request) => listAuditTrail(deps, callerOf(request), request.query),
    );
  };
