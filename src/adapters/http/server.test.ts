// src/adapters/http/server.test.ts — the HTTP API through app.inject(): sign-in, sessions, CSRF, tokens, errors

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../../main/server.js';
import type { Context } from '../../main/context.js';
import { openTestContext, steppingClock } from '../../../test/support/context.js';
import { signInAs } from '../../../test/support/http.js';
import { TEST_PASSWORD, type Tenant, seedTenant } from '../../../test/support/tenants.js';
import { scryptHasher } from '../auth/scrypt-hasher.js';

const json = (body: unknown) => body as Record<string, any>;

describe('HTTP API', () => {
  let ctx: Context;
  let app: FastifyInstance;
  let alpha: Tenant;
  let beta: Tenant;
  const time = steppingClock();

  before(async () => {
    ctx = await openTestContext('sqlite', { clock: time.clock });
    alpha = await seedTenant(ctx.deps, 'Alpha');
    beta = await seedTenant(ctx.deps, 'Beta');
    app = await createApp(ctx, { webRoot: null, throttle: { windowMs: 60_000, perAccount: 3, perAddress: 1000 } });
  });
  after(async () => {
    await app?.close();
    await ctx?.conn.close();
  });

  test('health answers with the database kind', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual({ status: res.json().status, database: res.json().database }, { status: 'ok', database: 'sqlite' });
  });

  test('without a session the API answers 401 with a stable code', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/me' });
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().error.code, 'CCQ_ERR_UNAUTHENTICATED');
  });

  test('wrong password and unknown email give the same non-revealing answer', async () => {
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'agent3@alpha.example', password: 'nope-nope-nope' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'nobody@alpha.example', password: 'nope-nope-nope' },
    });
    assert.equal(wrong.statusCode, 401);
    assert.equal(unknown.statusCode, 401);
    assert.deepEqual(wrong.json(), unknown.json());
    assert.equal(wrong.json().error.code, 'CCQ_ERR_INVALID_CREDENTIALS');
  });

  test('sign-in sets an HttpOnly SameSite cookie and the session identifies the user and organisation', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'Client_Manager5@Alpha.example', password: TEST_PASSWORD },
    });
    assert.equal(res.statusCode, 200);
    const cookie = res.cookies.find((c) => c.name === 'ccq_session');
    assert.ok(cookie?.httpOnly);
    assert.equal(cookie?.sameSite, 'Lax');
    assert.equal(res.json().activeOrganisationId, alpha.clientId);
    const stored = await ctx.conn.db.selectFrom('sessions').select('token_hash').execute();
    assert.ok(
      stored.every((s) => s.token_hash !== cookie?.value),
      'only a hash of the token is stored',
    );
  });

  test('state-changing requests need the CSRF token and a same-origin Origin', async () => {
    const c = await signInAs(app, 'admin0@alpha.example', TEST_PASSWORD);
    const url = `/api/v1/organisations/${alpha.centreId}`;
    const noToken = await app.inject({ method: 'PATCH', url, headers: { cookie: c.cookie }, payload: { timeZone: 'Europe/Oslo' } });
    assert.equal(noToken.statusCode, 403);
    assert.equal(noToken.json().error.code, 'CCQ_ERR_CSRF');
    const foreignOrigin = await c.request('PATCH', url, { timeZone: 'Europe/Oslo' }, { origin: 'https://evil.example' });
    assert.equal(foreignOrigin.statusCode, 403);
    const ok = await c.request('PATCH', url, { timeZone: 'Europe/Oslo' }, { origin: 'http://localhost:3000', host: 'localhost:3000' });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().timeZone, 'Europe/Oslo');
  });

  test('input errors name the field', async () => {
    const c = await signInAs(app, 'admin0@alpha.example', TEST_PASSWORD);
    const res = await c.request('POST', '/api/v1/queues', { code: 'has space', name: '', channel: 'fax' });
    assert.equal(res.statusCode, 400);
    const paths = (res.json().error.issues as { path: string }[]).map((i) => i.path).sort();
    assert.deepEqual(paths, ['channel', 'code', 'name']);
  });

  test('a role without the right gets 403 on what it can see, 404 on what it cannot', async () => {
    const agent = await signInAs(app, 'agent3@alpha.example', TEST_PASSWORD);
    const own = await agent.request('PATCH', `/api/v1/queues/${alpha.queueId}`, { name: 'Renamed by agent' });
    assert.equal(own.statusCode, 403);
    const members = await agent.request('GET', `/api/v1/organisations/${alpha.centreId}/members`);
    assert.equal(members.statusCode, 403);
    assert.equal(members.json().error.code, 'CCQ_ERR_FORBIDDEN');
    const foreignMembers = await agent.request('GET', `/api/v1/organisations/${beta.centreId}/members`);
    assert.equal(foreignMembers.statusCode, 404);
    const foreign = await agent.request('PATCH', `/api/v1/queues/${beta.queueId}`, { name: 'Renamed by agent' });
    assert.equal(foreign.statusCode, 404);
    assert.equal(foreign.json().error.code, 'CCQ_ERR_QUEUE_NOT_FOUND');
  });

  test('switching organisation works only to organisations the user belongs to', async () => {
    const c = await signInAs(app, 'admin0@alpha.example', TEST_PASSWORD);
    await ctx.deps.store.memberships.insert({
      id: 'second-membership',
      userId: (await ctx.deps.store.users.findByEmail('admin0@alpha.example'))!.id,
      organisationId: alpha.clientId,
      role: 'client_viewer',
      createdAt: new Date().toISOString(),
    });
    const sw = await c.request('PUT', '/api/v1/me/organisation', { organisationId: alpha.clientId });
    assert.equal(sw.statusCode, 200);
    assert.equal(sw.json().activeOrganisationId, alpha.clientId);
    const home = await c.request('GET', '/api/v1/home');
    assert.equal(home.json().role, 'client_viewer');
    const foreign = await c.request('PUT', '/api/v1/me/organisation', { organisationId: beta.clientId });
    assert.equal(foreign.statusCode, 404);
    const header = await c.request('GET', '/api/v1/home', undefined, { 'x-ccq-org': beta.centreId });
    assert.equal(header.statusCode, 404);
  });

  test('sessions end after the idle limit and after the absolute limit', async () => {
    const idle = await signInAs(app, 'team_lead2@alpha.example', TEST_PASSWORD);
    time.advance(61 * 60_000);
    const expired = await idle.request('GET', '/api/v1/me');
    assert.equal(expired.statusCode, 401);
    assert.equal(expired.json().error.code, 'CCQ_ERR_SESSION_EXPIRED');

    const busy = await signInAs(app, 'team_lead2@alpha.example', TEST_PASSWORD);
    for (let h = 0; h < 23; h++) {
      time.advance(30 * 60_000);
      assert.equal((await busy.request('GET', '/api/v1/me')).statusCode, 200, `still valid after ${(h + 1) / 2} h of use`);
    }
    time.advance(31 * 60_000); // 12 h 1 min after sign-in, although used every 30 minutes
    assert.equal((await busy.request('GET', '/api/v1/me')).json().error.code, 'CCQ_ERR_SESSION_EXPIRED');
  });

  test('sign-out ends the session', async () => {
    const c = await signInAs(app, 'client_viewer6@alpha.example', TEST_PASSWORD);
    assert.equal((await c.request('POST', '/api/v1/auth/logout', {})).statusCode, 200);
    assert.equal((await c.request('GET', '/api/v1/me')).statusCode, 401);
  });

  test('repeated failed sign-ins are throttled, even with the right password afterwards', async () => {
    const email = 'quality_manager1@beta.example';
    for (let i = 0; i < 3; i++)
      assert.equal(
        (await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: 'wrong-password-x' } })).statusCode,
        401,
      );
    const blocked = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: TEST_PASSWORD } });
    assert.equal(blocked.statusCode, 429);
    assert.equal(blocked.json().error.code, 'CCQ_ERR_RATE_LIMITED');
    assert.ok(blocked.headers['retry-after']);
  });

  test('personal API tokens authenticate without cookies or CSRF and can be revoked', async () => {
    const c = await signInAs(app, 'quality_manager1@alpha.example', TEST_PASSWORD);
    const created = await c.request('POST', '/api/v1/me/api-tokens', { name: 'import job', expiresInDays: 30 });
    assert.equal(created.statusCode, 201);
    const { token, apiToken } = json(created.json());
    assert.match(token, /^ccq_/);
    const bearer = { authorization: `Bearer ${token}` };
    const queues = await app.inject({ method: 'GET', url: '/api/v1/queues', headers: bearer });
    assert.deepEqual(
      queues.json().map((q: { id: string }) => q.id),
      [alpha.queueId],
    );
    const write = await app.inject({
      method: 'PATCH',
      url: `/api/v1/queues/${alpha.queueId}`,
      headers: bearer,
      payload: { name: 'Renamed by token' },
    });
    assert.equal(write.statusCode, 200, write.body);
    const other = await signInAs(app, 'quality_manager1@beta.example', TEST_PASSWORD).catch(() => null);
    if (other) assert.equal((await other.request('DELETE', `/api/v1/me/api-tokens/${apiToken.id}`)).statusCode, 404);
    assert.equal((await c.request('DELETE', `/api/v1/me/api-tokens/${apiToken.id}`)).statusCode, 200);
    const revoked = await app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer });
    assert.equal(revoked.statusCode, 401);
    const garbage = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: 'Bearer ccq_not-a-token' } });
    assert.equal(garbage.statusCode, 401);
  });

  test('disabling a user ends its sessions at once', async () => {
    const victim = await signInAs(app, 'client_viewer6@beta.example', TEST_PASSWORD);
    const admin = await ctx.deps.store.users.findByEmail('client_viewer6@beta.example');
    await ctx.deps.store.users.update(admin!.id, { disabled: true }, new Date().toISOString());
    assert.equal((await victim.request('GET', '/api/v1/me')).statusCode, 401);
  });

  test('unknown API routes answer a JSON 404 with a stable code', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error.code, 'CCQ_ERR_ROUTE_NOT_FOUND');
  });

  test('the OpenAPI document lists the versioned routes, and the docs page is served', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    assert.ok(doc.paths['/api/v1/queues/{id}'].patch);
    assert.ok(doc.paths['/api/v1/auth/login'].post);
    const docs = await app.inject({ method: 'GET', url: '/api/docs/' });
    assert.equal(docs.statusCode, 200);
    assert.match(docs.body, /swagger/i);
  });

  test('a password hashed with older parameters is rehashed at sign-in', async () => {
    const stronger = await createApp({ ...ctx, deps: { ...ctx.deps, hasher: scryptHasher({ log2N: 11, r: 8, p: 1 }) } }, { webRoot: null });
    try {
      const before = await ctx.deps.store.users.findByEmail('agent3@beta.example');
      assert.match(before!.passwordHash!, /^scrypt\$10\$/);
      const res = await stronger.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'agent3@beta.example', password: TEST_PASSWORD },
      });
      assert.equal(res.statusCode, 200);
      const afterLogin = await ctx.deps.store.users.findByEmail('agent3@beta.example');
      assert.match(afterLogin!.passwordHash!, /^scrypt\$11\$8\$1\$/);
    } finally {
      await stronger.close();
    }
  });
});
