// src/adapters/http/routes/organisations.routes.ts — organisations, their members, sites and audit grants

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { grantAuditAccess, listAuditGrants, revokeAuditGrant } from '../../../app/manage-audit-grants.js';
import { addMember, listMembers, removeMember, updateMemberRole } from '../../../app/manage-members.js';
import { getOrganisation, listOrganisations, updateOrganisation } from '../../../app/manage-organisations.js';
import { createSite, listSites, updateSite } from '../../../app/manage-sites-and-queues.js';
import type { Deps, MemberView } from '../../../app/ports.js';
import { ZError, ZIdParams, ZOk } from '../../../contracts/common.js';
import {
  ZAddMemberBody,
  ZAuditGrant,
  ZCreateAuditGrantBody,
  ZCreateSiteBody,
  ZMember,
  ZOrganisation,
  ZSite,
  ZUpdateMemberBody,
  ZUpdateOrganisationBody,
  ZUpdateSiteBody,
} from '../../../contracts/organisations.js';
import { callerOf } from '../plugins/auth.js';

const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError };

export const toMember = (m: MemberView): z.infer<typeof ZMember> => ({
  id: m.id,
  userId: m.userId,
  organisationId: m.organisationId,
  role: m.role,
  email: m.email,
  displayName: m.displayName,
  disabled: m.disabled,
  createdAt: m.createdAt,
});

export const organisationRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['organisations'];
    app.get(
      '/organisations',
      {
        schema: {
          tags,
          summary: 'Organisations visible from the acting organisation',
          response: { 200: z.array(ZOrganisation), ...errors },
        },
      },
      async (request) => listOrganisations(deps, callerOf(request)),
    );
    app.get(
      '/organisations/:id',
      { schema: { tags, summary: 'One organisation', params: ZIdParams, response: { 200: ZOrganisation, ...errors } } },
      async (request) => getOrganisation(deps, callerOf(request), request.params.id),
    );
    app.patch(
      '/organisations/:id',
      {
        schema: {
          tags,
          summary: 'Rename an organisation or change its time zone',
          params: ZIdParams,
          body: ZUpdateOrganisationBody,
          response: { 200: ZOrganisation, ...errors },
        },
      },
      async (request) => updateOrganisation(deps, callerOf(request), request.params.id, request.body),
    );

    app.get(
      '/organisations/:id/members',
      {
        schema: {
          tags: ['members'],
          summary: 'Members and their roles',
          params: ZIdParams,
          response: { 200: z.array(ZMember), ...errors },
        },
      },
      async (request) => (await listMembers(deps, callerOf(request), request.params.id)).map(toMember),
    );
    app.post(
      '/organisations/:id/members',
      {
        schema: {
          tags: ['members'],
          summary: 'Add a person (an unknown email gets an account without a password)',
          params: ZIdParams,
          body: ZAddMemberBody,
          response: { 201: ZMember, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(toMember(await addMember(deps, callerOf(request), request.params.id, request.body))),
    );
    app.patch(
      '/members/:id',
      {
        schema: {
          tags: ['members'],
          summary: 'Change a member’s role',
          params: ZIdParams,
          body: ZUpdateMemberBody,
          response: { 200: ZMember, ...errors },
        },
      },
      async (request) => toMember(await updateMemberRole(deps, callerOf(request), request.params.id, request.body.role)),
    );
    app.delete(
      '/members/:id',
      {
        schema: {
          tags: ['members'],
          summary: 'Remove a member from the organisation',
          params: ZIdParams,
          response: { 200: ZOk, ...errors },
        },
      },
      async (request) => {
        await removeMember(deps, callerOf(request), request.params.id);
        return { ok: true as const };
      },
    );

    app.get(
      '/organisations/:id/sites',
      { schema: { tags: ['sites'], summary: 'Sites of an organisation', params: ZIdParams, response: { 200: z.array(ZSite), ...errors } } },
      async (request) => listSites(deps, callerOf(request), request.params.id),
    );
    app.post(
      '/organisations/:id/sites',
      { schema: { tags: ['sites'], summary: 'Add a site', params: ZIdParams, body: ZCreateSiteBody, response: { 201: ZSite, ...errors } } },
      async (request, reply) => reply.code(201).send(await createSite(deps, callerOf(request), request.params.id, request.body)),
    );
    app.patch(
      '/sites/:id',
      {
        schema: {
          tags: ['sites'],
          summary: 'Change a site',
          params: ZIdParams,
          body: ZUpdateSiteBody,
          response: { 200: ZSite, ...errors },
        },
      },
      async (request) => updateSite(deps, callerOf(request), request.params.id, request.body),
    );

    app.get(
      '/organisations/:id/audit-grants',
      {
        schema: {
          tags: ['audit grants'],
          summary: 'Auditors’ read access to this organisation',
          params: ZIdParams,
          response: { 200: z.array(ZAuditGrant), ...errors },
        },
      },
      async (request) => listAuditGrants(deps, callerOf(request), request.params.id),
    );
    app.post(
      '/organisations/:id/audit-grants',
      {
        schema: {
          tags: ['audit grants'],
          summary: 'Grant an auditor time-limited read access',
          params: ZIdParams,
          body: ZCreateAuditGrantBody,
          response: { 201: ZAuditGrant, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await grantAuditAccess(deps, callerOf(request), request.params.id, request.body)),
    );
    app.delete(
      '/audit-grants/:id',
      { schema: { tags: ['audit grants'], summary: 'Revoke an audit grant', params: ZIdParams, response: { 200: ZOk, ...errors } } },
      async (request) => {
        await revokeAuditGrant(deps, callerOf(request), request.params.id);
        return { ok: true as const };
      },
    );
  };
