// test/mandates/public-page.test.ts — the client's public customer-information page: only what the client chose, from the signed mandate and measured waits

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createMandate, signMandate } from '../../src/app/manage-mandates.js';
import { mandateTemplate } from '../../src/domain/mandates/template.js';
import type { Context } from '../../src/main/context.js';
import { createApp } from '../../src/main/server.js';
import { callerFor, openTestContext, steppingClock } from '../support/context.js';
import { dialects } from '../support/databases.js';
import { type HttpClient, signInAs } from '../support/http.js';
import { importText } from '../support/imports.js';
import { TEST_PASSWORD, type Tenant, seedTenant } from '../support/tenants.js';

// Tuesday 6 October 2026, 10:00 and 11:00 in Stockholm (UTC+2): two calls answered after 100 s and 140 s.
const log = [
  ['a', Date.UTC(2026, 9, 6, 8, 0) / 1000, 100],
  ['b', Date.UTC(2026, 9, 6, 9, 0) / 1000, 140],
].flatMap(([id, t, w]) => [
  `${t}|${id}|page-q1|NONE|ENTERQUEUE||+4670|1`,
  `${(t as number) + (w as number)}|${id}|page-q1|Agent/1|CONNECT|${w}|x|1`,
  `${(t as number) + (w as number) + 60}|${id}|page-q1|Agent/1|COMPLETECALLER|${w}|60|1`,
]);

const settings = {
  enabled: true,
  title: { sv: 'Kundservice Page Bank', en: 'Page Bank customer service' },
  showChannels: true,
  showOpeningHours: true,
  cost: { sv: 'Samtalet kostar som ett vanligt samtal.', en: 'Calls cost a normal call rate.' },
  showExpectedWait: true,
};

for (const d of await dialects()) {
  describe(`public customer-information page (${d.name})`, { skip: d.skip }, () => {
    let ctx: Context;
    let app: FastifyInstance;
    let t: Tenant;
    let client: HttpClient;
    let path = '';
    before(async () => {
      ctx = await openTestContext(d.name, { clock: steppingClock('2026-10-10T12:00:00.000Z').clock });
      t = await seedTenant(ctx.deps, 'Page');
      const centre = await callerFor(ctx.deps, 'admin0@page.example', t.centreId);
      const clientAdmin = await callerFor(ctx.deps, 'admin4@page.example', t.clientId);
      await importText(ctx.deps, centre, 'queue_log', 'page queue_log', log.join('\n'));
      const hours = { from: '08:00', to: '17:00' };
      const content = {
        ...mandateTemplate(),
        channels: ['voice' as const, 'email' as const],
        queueIds: [t.queueId],
        openingHours: [
          {
            channel: 'all' as const,
            week: { mon: [hours], tue: [hours], wed: [hours], thu: [hours], fri: [hours], sat: [], sun: [] },
            closed: [],
            exceptions: [],
          },
        ],
      };
      const m = await createMandate(ctx.deps, clientAdmin, { relationshipId: t.relationshipId, title: 'Page mandate', content });
      await signMandate(ctx.deps, clientAdmin, m.mandate.id, { versionHash: m.current.hash });
      await signMandate(ctx.deps, centre, m.mandate.id, { versionHash: m.current.hash });
      app = await createApp(ctx, { webRoot: null });
      client = await signInAs(app, 'client_manager5@page.example', TEST_PASSWORD);
    });
    after(async () => {
      await app.close();
      await ctx.conn.close();
    });

    test('only the client publishes; the link is long and random', async () => {
      const qm = await signInAs(app, 'quality_manager1@page.example', TEST_PASSWORD);
      assert.equal((await qm.request('PUT', `/api/v1/relationships/${t.relationshipId}/public-page`, settings)).statusCode, 403);
      const res = await client.request('PUT', `/api/v1/relationships/${t.relationshipId}/public-page`, settings);
      assert.equal(res.statusCode, 200, res.body);
      path = (res.json() as { path: string }).path;
      assert.match(path, /^\/contact\/[A-Za-z0-9_-]{40,}$/);
      // Changing the settings keeps the link.
      const again = await client.request('PUT', `/api/v1/relationships/${t.relationshipId}/public-page`, {
        ...settings,
        showChannels: false,
      });
      assert.equal((again.json() as { path: string }).path, path);
    });

    test('anyone with the link sees the chosen parts and the measured wait, and nothing else', async () => {
      const token = path.split('/').at(-1) ?? '';
      const json = await app.inject({ method: 'GET', url: `/api/v1/public/contact/${token}` });
      assert.equal(json.statusCode, 200);
      const page = json.json() as Record<string, unknown>;
      assert.deepEqual(Object.keys(page).sort(), [
        'channels',
        'cost',
        'expectedWaitSeconds',
        'measuredFrom',
        'measuredTo',
        'openingHours',
        'title',
      ]);
      assert.equal(page.channels, null, 'the client turned channels off');
      assert.equal(page.expectedWaitSeconds, 120, 'average of 100 s and 140 s, to the half minute');
      const html = await app.inject({ method: 'GET', url: `${path}?lang=sv` });
      assert.equal(html.statusCode, 200);
      assert.match(html.headers['content-type'] as string, /text\/html/);
      assert.match(html.body, /Kundservice Page Bank/);
      assert.match(html.body, /Cirka 2 minuter/);
      assert.match(html.body, /Måndag<\/th><td>08:00–17:00/);
      assert.match(html.body, /Samtalet kostar som ett vanligt samtal/);
      assert.doesNotMatch(html.body, /page-q1|Page Centre|@page\.example/);
      const en = await app.inject({ method: 'GET', url: `${path}?lang=en` });
      assert.match(en.body, /About 2 minutes/);
    });

    test('an unknown link or an unpublished page is not found', async () => {
      assert.equal((await app.inject({ method: 'GET', url: `/contact/${'x'.repeat(43)}` })).statusCode, 404);
      await client.request('PUT', `/api/v1/relationships/${t.relationshipId}/public-page`, { ...settings, enabled: false });
      assert.equal((await app.inject({ method: 'GET', url: path })).statusCode, 404);
    });
  });
}
