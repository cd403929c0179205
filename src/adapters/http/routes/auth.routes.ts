// src/adapters/http/routes/auth.routes.ts — sign-in, sign-out, the current user, organisation switching, API tokens

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createApiToken, listApiTokens, revokeApiToken } from '../../../app/manage-api-tokens.js';
import { updateMe } from '../../../app/manage-users.js';
import type { Deps } from '../../../app/ports.js';
import { resolveScope } from '../../../app/resolve-scope.js';
import { signIn, signOut } from '../../../app/sign-in.js';
import { AppError } from '../../../domain/shared/errors.js';
import {
  ZApiToken,
  ZCreateApiTokenBody,
  ZCreatedApiToken,
  ZLoginBody,
  ZMe,
  ZSwitchOrganisationBody,
  ZUpdateMeBody,
} from '../../../contracts/auth.js';
import { ZError, ZIdParams, ZOk } from '../../../contracts/common.js';
import type { LoginThrottle } from '../login-throttle.js';
import { type CookiePolicy, type RequestAuth, SESSION_COOKIE, authOf, clearSessionCookie, setSessionCookie } from '../plugins/auth.js';

const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 429: ZError };

/** The `me` document: the user, where they may act, where they act now, and the CSRF token. */
export const meOf = (a: Pick<RequestAuth, 'user' | 'access' | 'caller'>, csrfToken: string | null): z.infer<typeof ZMe> => ({
  user: { id: a.user.id, email: a.user.email, displayName: a.user.displayName, locale: a.user.locale, platformAdmin: a.user.platformAdmin },
  memberships: a.access.map((e) => ({
    organisationId: e.organisationId,
    organisationName: e.organisationName,
    organisationKind: e.organisationKind,
    role: e.role,
    via: e.via,
    until: e.until,
  })),
  activeOrganisationId: a.caller.scope.org?.id ?? null,
  csrfToken,
});

export const authRoutes =
  (deps: Deps, throttle: LoginThrottle, cookiePolicy: CookiePolicy): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/auth/login',
      {
        config: { public: true },
        schema: { tags: ['auth'], summary: 'Sign in with email and password', body: ZLoginBody, response: { 200: ZMe, ...errors } },
      },
      async (request, reply) => {
        const ip = request.ip;
        if (throttle.blocked(ip, request.body.email)) throw new AppError('CCQ_ERR_RATE_LIMITED');
        let signed: Awaited<ReturnType<typeof signIn>>;
        try {
          signed = await signIn(deps, { ...request.body, ip, userAgent: request.headers['user-agent'] ?? null });
        } catch (e) {
          if (e instanceof AppError && e.code === 'CCQ_ERR_INVALID_CREDENTIALS') throttle.failed(ip, request.body.email);
          throw e;
        }
        throttle.succeeded(ip, request.body.email);
        const { scope, access } = await resolveScope(deps.store, signed.user, null, deps.clock());
        if (scope.org) await deps.store.sessions.setActiveOrganisation(signed.session.id, scope.org.id);
        setSessionCookie(reply, signed.token, cookiePolicy);
        return meOf({ user: signed.user, access, caller: { scope, label: signed.user.email } }, signed.session.csrfToken);
      },
    );

    app.post(
      '/auth/logout',
      { config: { public: true }, schema: { tags: ['auth'], summary: 'End the current session', response: { 200: ZOk } } },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE];
        if (token) await signOut(deps, token);
        clearSessionCookie(reply, cookiePolicy);
        return { ok: true as const };
      },
    );

    app.get(
      '/me',
      { schema: { tags: ['auth'], summary: 'The signed-in user and where they may act', response: { 200: ZMe, ...errors } } },
      async (request) => {
        const a = authOf(request);
        return meOf(a, a.session?.csrfToken ?? null);
      },
    );

    app.patch(
      '/me',
      {
        schema: { tags: ['auth'], summary: 'Change own language or display name', body: ZUpdateMeBody, response: { 200: ZMe, ...errors } },
      },
      async (request) => {
        const a = authOf(request);
        await updateMe(deps, a.user.id, request.body);
        const user = (await deps.store.users.findById(a.user.id)) ?? a.user;
        return meOf({ ...a, user }, a.session?.csrfToken ?? null);
      },
    );

    app.put(
      '/me/organisation',
      {
        schema: {
          tags: ['auth'],
          summary: 'Switch the organisation to act in',
          body: ZSwitchOrganisationBody,
          response: { 200: ZMe, ...errors },
        },
      },
      async (request) => {
        const a = authOf(request);
        const { scope, access } = await resolveScope(deps.store, a.user, request.body.organisationId, deps.clock());
        if (a.session) await deps.store.sessions.setActiveOrganisation(a.session.id, request.body.organisationId);
        return meOf({ user: a.user, access, caller: { scope, label: a.user.email } }, a.session?.csrfToken ?? null);
      },
    );

    app.get(
      '/me/api-tokens',
      { schema: { tags: ['auth'], summary: 'Own personal API tokens', response: { 200: z.array(ZApiToken), ...errors } } },
      async (request) => listApiTokens(deps, authOf(request).user.id),
    );

    app.post(
      '/me/api-tokens',
      {
        schema: {
          tags: ['auth'],
          summary: 'Create a personal API token (the secret is shown once)',
          body: ZCreateApiTokenBody,
          response: { 201: ZCreatedApiToken, ...errors },
        },
      },
      async (request, reply) => {
        const created = await createApiToken(deps, { userId: authOf(request).user.id, ...request.body });
        return reply.code(201).send(created);
      },
    );

    app.delete(
      '/me/api-tokens/:id',
      { schema: { tags: ['auth'], summary: 'Revoke an own API token', params: ZIdParams, response: { 200: ZOk, ...errors } } },
      async (request) => {
        await revokeApiToken(deps, authOf(request).user.id, request.params.id);
        return { ok: true as const };
      },
    );
  };
