// test/people/pulse-page.test.ts — the employee's pulse form as plain HTML: both languages, a missing answer shown again, one answer per link, nothing about the person stored

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createPulseSurvey } from '../../src/app/manage-pulse.js';
import type { Context } from '../../src/main/context.js';
import { createApp } from '../../src/main/server.js';
import { callerFor, openTestContext } from '../support/context.js';
import { seedTenant } from '../support/tenants.js';

describe('the pulse form page', () => {
  let ctx: Context;
  let app: FastifyInstance;
  let token = '';
  before(async () => {
    ctx = await openTestContext('sqlite');
    const t = await seedTenant(ctx.deps, 'Form');
    const admin = await callerFor(ctx.deps, 'admin0@form.example', t.centreId);
    const created = await createPulseSurvey(ctx.deps, admin, {
      title: 'Puls <november>',
      period: '2026-11',
      relationshipId: null,
      groups: [{ name: 'Team A', invitations: 1 }],
    });
    token = created.invitations[0]!.token;
    app = await createApp(ctx, { webRoot: null });
  });
  after(async () => {
    await app?.close();
    await ctx?.conn.close();
  });

  const post = (body: string) =>
    app.inject({
      method: 'POST',
      url: `/pulse/${token}?lang=en`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: body,
    });

  test('shows the questions in Swedish and English, escaped, with a script-free policy', async () => {
    const sv = await app.inject({ method: 'GET', url: `/pulse/${token}` });
    assert.equal(sv.statusCode, 200);
    assert.match(sv.body, /<html lang="sv">/);
    assert.match(sv.body, /Puls &lt;november&gt;/);
    assert.equal((sv.body.match(/type="radio"/g) ?? []).length, 11 + 5 * 5);
    assert.match(String(sv.headers['content-security-policy']), /default-src 'none'/);
    const en = await app.inject({ method: 'GET', url: `/pulse/${token}?lang=en` });
    assert.match(en.body, /I know what is expected of me/);
  });

  test('an incomplete answer comes back with the choices kept; a complete one is stored once, with its group only', async () => {
    const missing = await post('enps=8&e0=4&e1=4');
    assert.equal(missing.statusCode, 400);
    assert.match(missing.body, /role="alert"/);
    assert.match(missing.body, /name="enps" value="8" required checked/);
    const ok = await post('enps=8&e0=4&e1=4&e2=3&e3=5&e4=4');
    assert.equal(ok.statusCode, 200);
    assert.match(ok.body, /Thank you/);
    assert.equal((await post('enps=8&e0=4&e1=4&e2=3&e3=5&e4=4')).statusCode, 404);
    assert.equal((await app.inject({ method: 'GET', url: `/pulse/${token}` })).statusCode, 404);
    const rows = await ctx.conn.db.selectFrom('pulse_answers').selectAll().execute();
    assert.equal(rows.length, 1);
    assert.deepEqual(
      { ...rows[0], id: undefined, survey_id: undefined },
      { id: undefined, survey_id: undefined, grp: 'Team A', enps: 8, engagement: 75 },
    );
  });
});
