// test/surveys/public-survey.test.ts — the public survey page and endpoints over HTTP: no sign-in, one use per link, every field checked, rate-limited

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Context } from '../../src/main/context.js';
import { createApp } from '../../src/main/server.js';
import { openTestContext, steppingClock } from '../support/context.js';
import { dialects } from '../support/databases.js';
import { type HttpClient, signInAs } from '../support/http.js';
import { TEST_PASSWORD, type Tenant, seedTenant } from '../support/tenants.js';

const questions = [
  { id: 'csat', kind: 'csat', label: { sv: 'Hur nöjd är du <b>?</b>', en: 'How satisfied are you?' }, required: true },
  { id: 'why', kind: 'text', label: { sv: 'Berätta mer', en: 'Tell us more' }, required: false },
];
const form = { 'content-type': 'application/x-www-form-urlencoded' };

for (const d of await dialects()) {
  describe(`public survey page (${d.name})`, { skip: d.skip }, () => {
    let ctx: Context;
    let app: FastifyInstance;
    let t: Tenant;
    let qm: HttpClient;
    let surveyId = '';
    before(async () => {
      ctx = await openTestContext(d.name, { clock: steppingClock('2026-10-10T12:00:00.000Z').clock });
      t = await seedTenant(ctx.deps, 'Public');
      app = await createApp(ctx, { webRoot: null });
      qm = await signInAs(app, 'quality_manager1@public.example', TEST_PASSWORD);
      const res = await qm.request('POST', '/api/v1/surveys', { relationshipId: t.relationshipId, name: 'Kundenkät', questions });
      assert.equal(res.statusCode, 201, res.body);
      surveyId = res.json().id;
    });
    after(async () => {
      await app.close();
      await ctx.conn.close();
    });

    const issue = async (): Promise<string> => {
      const res = await qm.request('POST', `/api/v1/surveys/${surveyId}/invitations`, { count: 1 });
      assert.equal(res.statusCode, 201, res.body);
      return res.json()[0].path as string;
    };

    test('the HTML form: escaped, accessible, in both languages; answered once, then refused', async () => {
      const path = await issue();
      const page = await app.inject({ method: 'GET', url: path });
      assert.equal(page.statusCode, 200);
      assert.match(page.headers['content-security-policy'] as string, /default-src 'none'/);
      assert.match(page.body, /<html lang="sv">/);
      assert.match(page.body, /<legend>Hur nöjd är du &lt;b&gt;\?&lt;\/b&gt;/);
      assert.match(page.body, /<input type="radio" name="csat" value="5">/);
      assert.match((await app.inject({ method: 'GET', url: `${path}?lang=en` })).body, /How satisfied are you\?/);
      const bad = await app.inject({ method: 'POST', url: `${path}?lang=en`, headers: form, payload: 'csat=9' });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /role="alert"/);
      const ok = await app.inject({ method: 'POST', url: path, headers: form, payload: 'csat=4&why=Snabbt+och+bra' });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.match(ok.body, /Tack för dina svar/);
      const again = await app.inject({ method: 'POST', url: path, headers: form, payload: 'csat=1' });
      assert.equal(again.statusCode, 409);
      assert.match(again.body, /redan använts/);
      assert.equal((await app.inject({ method: 'GET', url: path })).statusCode, 409);
      assert.equal((await app.inject({ method: 'GET', url: `/survey/${'a'.repeat(43)}` })).statusCode, 404);
      const results = await qm.request('GET', `/api/v1/surveys/results?survey=${surveyId}&from=2026-10-01&to=2026-11-01`);
      assert.deepEqual([results.json().csat.value, results.json().csat.n, results.json().responseRate.value], [1, 1, 1]);
    });

    test('the JSON endpoints reveal only the questions and take each link once', async () => {
      const token = (await issue()).split('/').pop() as string;
      const got = await app.inject({ method: 'GET', url: `/api/v1/public/surveys/${token}` });
      assert.deepEqual(got.json(), { state: 'open', name: 'Kundenkät', questions });
      assert.doesNotMatch(got.body, new RegExp(`${t.relationshipId}|${t.centreId}|${surveyId}`));
      const extra = await app.inject({
        method: 'POST',
        url: `/api/v1/public/surveys/${token}`,
        payload: { answers: { csat: 5, admin: 1 } },
      });
      assert.equal(extra.statusCode, 400);
      assert.equal(
        (await app.inject({ method: 'POST', url: `/api/v1/public/surveys/${token}`, payload: { answers: { csat: 5 } } })).statusCode,
        204,
      );
      const twice = await app.inject({ method: 'POST', url: `/api/v1/public/surveys/${token}`, payload: { answers: { csat: 5 } } });
      assert.equal(twice.json().error.code, 'CCQ_ERR_INVALID_STATE');
    });

    test('public endpoints are rate-limited per address', async () => {
      const url = `/api/v1/public/surveys/${'b'.repeat(43)}`;
      const statuses: number[] = [];
      for (let i = 0; i < 25; i++) statuses.push((await app.inject({ method: 'GET', url, remoteAddress: '10.9.8.7' })).statusCode);
      assert.ok(statuses.includes(404) && statuses.at(-1) === 429, statuses.join(','));
    });
  });
}
