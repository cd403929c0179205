// src/adapters/http/plugins/auth.ts — who is calling: session cookie or API token, the acting scope, CSRF

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Caller } from '../../../app/caller.js';
import type { Deps, Session, StoredUser } from '../../../app/ports.js';
import { type AccessEntry, resolveScope } from '../../../app/resolve-scope.js';
import { API_TOKEN_PREFIX } from '../../../app/manage-api-tokens.js';
import { authenticateApiToken, authenticateSession } from '../../../app/sign-in.js';
import { AppError } from '../../../domain/shared/errors.js';

export const SESSION_COOKIE = 'ccq_session';
export const CSRF_HEADER = 'x-ccq-csrf';
export const ORG_HEADER = 'x-ccq-org';

export type RequestAuth = { user: StoredUser; session: Session | null; caller: Caller; access: AccessEntry[] };

declare module 'fastify' {
  interface FastifyRequest {
    auth: RequestAuth | null;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in (health, login). */
    public?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type CookiePolicy = { secure: boolean; maxAgeSeconds: number };

export const setSessionCookie = (reply: FastifyReply, token: string, policy: CookiePolicy): void => {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: policy.secure,
    path: '/',
    maxAge: policy.maxAgeSeconds,
  });
};

export const clearSessionCookie = (reply: FastifyReply, policy: CookiePolicy): void => {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: policy.secure, path: '/' });
};

/**
 * Cookie sessions need two proofs on state-changing requests: the per-session CSRF token in a header
 * (a cross-site form cannot set headers) and, when the browser sends one, an Origin equal to the host.
 * Bearer tokens carry no ambient authority, so they need neither.
 */
const checkCsrf = (request: FastifyRequest, session: Session): void => {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin;
  if (origin) {
    let host: string | null = null;
    try {
      host = new URL(origin).host;
    } catch {
      host = null;
    }
    if (host !== request.headers.host) throw new AppError('CCQ_ERR_CSRF');
  }
  if (request.headers[CSRF_HEADER] !== session.csrfToken) throw new AppError('CCQ_ERR_CSRF');
};

export const registerAuth = (app: FastifyInstance, deps: Deps, cookiePolicy: CookiePolicy): void => {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request, reply) => {
    // Unknown routes fall through to the not-found handler; only real API routes authenticate.
    if (!request.url.startsWith('/api/v1/') || !request.routeOptions.url) return;
    const isPublic = request.routeOptions.config?.public === true;
    const header = request.headers.authorization;
    const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
    const cookie = request.cookies[SESSION_COOKIE];
    let user: StoredUser;
    let session: Session | null = null;
    try {
      if (bearer) {
        if (!bearer.startsWith(API_TOKEN_PREFIX)) throw new AppError('CCQ_ERR_UNAUTHENTICATED', 'The API token is not valid');
        user = await authenticateApiToken(deps, bearer);
      } else if (cookie) {
        ({ user, session } = await authenticateSession(deps, cookie));
      } else {
        if (isPublic) return;
        throw new AppError('CCQ_ERR_UNAUTHENTICATED');
      }
    } catch (e) {
      if (e instanceof AppError && e.code === 'CCQ_ERR_SESSION_EXPIRED') clearSessionCookie(reply, cookiePolicy);
      if (isPublic) return;
      throw e;
    }
    if (session && !isPublic) checkCsrf(request, session);
    // An organisation asked for by header must be one the user may act in; a remembered one may have gone stale.
    const orgHeader = request.headers[ORG_HEADER];
    const asked = typeof orgHeader === 'string' && orgHeader !== '' ? orgHeader : null;
    const { scope, access } = await resolveScope(deps.store, user, asked ?? session?.activeOrganisationId ?? null, deps.clock(), {
      strict: asked !== null,
    });
    request.auth = { user, session, caller: { scope, label: user.email }, access };
  });
};

/** The authenticated caller of a protected route. */
export const callerOf = (request: FastifyRequest): Caller => {
  if (!request.auth) throw new AppError('CCQ_ERR_UNAUTHENTICATED');
  return request.auth.caller;
};

export const authOf = (request: FastifyRequest): RequestAuth => {
  if (!request.auth) throw new AppError('CCQ_ERR_UNAUTHENTICATED');
  return request.auth;
};
