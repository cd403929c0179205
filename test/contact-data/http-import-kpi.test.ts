// test/contact-data/http-import-kpi.test.ts — an upload through /api/v1/imports with its own mapping, followed to its summary, then read as KPIs by the client

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Context } from '../../src/main/context.js';
import { createApp } from '../../src/main/server.js';
import { openTestContext } from '../support/context.js';
import { dialects } from '../support/databases.js';
import { type HttpClient, multipart, signInAs } from '../support/http.js';
import { TEST_PASSWORD, type Tenant, seedTenant } from '../support/tenants.js';

/** A Swedish-style export: `;`, decimal comma, date and time of day in separate columns, outcome codes. */
const mapping = `
name: test-export
delimiter: ";"
decimal: ","
timeZone: Europe/Stockholm
fields:
  sourceId: id
  queue: kö
  enteredAt:
    date: { column: datum, format: YYMMDD }
    time: { column: tid, format: 'H:MM:SS' }
  waitSeconds: { column: väntetid, format: seconds }
  talkSeconds: { column: samtalstid, format: seconds, empty: ['0'] }
  outcome: utfall
outcomes:
  map: { B: answered, A: abandoned, X: skip }
`;

const csv = (queue: string) =>
  [
    'id;kö;datum;tid;väntetid;samtalstid;utfall',
    `1;${queue};260302;9:00:10;12,5;180;B`,
    `2;${queue};260302;9:01:00;45;0;A`,
    `3;${queue};260302;9:02:00;3,0;240;B`,
    `4;${queue};260302;9:03:00;1;0;X`,
    `5;${queue};260302;nine;10;0;B`,
  ].join('\r\n');

type ImportView = { id: string; status: string; imported: number; rejected: number; skipped: number; detail: { mapping?: string } };

for (const d of await dialects()) {
  describe(`HTTP import and KPIs (${d.name})`, { skip: d.skip }, () => {
    let ctx: Context;
    let app: FastifyInstance;
    let alpha: Tenant;
    let beta: Tenant;
    let centreAdmin: HttpClient;
    let importId: string;
    before(async () => {
      ctx = await openTestContext(d.name);
      alpha = await seedTenant(ctx.deps, 'Alpha');
      beta = await seedTenant(ctx.deps, 'Beta');
      app = await createApp(ctx, { webRoot: null });
      centreAdmin = await signInAs(app, 'admin0@alpha.example', TEST_PASSWORD);
    });
    after(async () => {
      await app.close();
      await ctx.conn.close();
    });

    test('an upload with its own mapping answers 202, runs to completion, and keeps the good rows', async () => {
      const { body, headers } = multipart([
        { name: 'mapping', content: mapping },
        { name: 'file', filename: 'export.csv', content: csv('alpha-q1') },
      ]);
      const res = await centreAdmin.request('POST', '/api/v1/imports?format=csv', body, { ...headers, 'x-ccq-org': alpha.centreId });
      assert.equal(res.statusCode, 202, res.body);
      importId = (res.json() as ImportView).id;
      let view: ImportView | null = null;
      for (let i = 0; i < 100; i++) {
        const r = await centreAdmin.request('GET', `/api/v1/imports/${importId}`, undefined, { 'x-ccq-org': alpha.centreId });
        assert.equal(r.statusCode, 200, r.body);
        view = r.json() as ImportView;
        if (view.status !== 'running') break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      assert.equal(view?.status, 'completed');
      assert.deepEqual([view?.imported, view?.rejected, view?.skipped], [3, 1, 1]);
      assert.equal(view?.detail.mapping, 'test-export');
      const rejects = await centreAdmin.request('GET', `/api/v1/imports/${importId}/rejects`, undefined, { 'x-ccq-org': alpha.centreId });
      const rows = rejects.json() as { line: number; reason: string; raw: string }[];
      assert.equal(rows.length, 1);
      assert.equal(rows[0]?.line, 6);
      assert.match(rows[0]?.reason ?? '', /tid/);
      assert.equal(rows[0]?.raw, '5;alpha-q1;260302;nine;10;0;B');
    });

    test("the client sees the KPIs of its relationship's queue, from the uploaded rows", async () => {
      const client = await signInAs(app, 'client_manager5@alpha.example', TEST_PASSWORD);
      const r = await client.request('GET', '/api/v1/kpis?from=2026-03-02&to=2026-03-03&by=queue&slThreshold=20', undefined, {
        'x-ccq-org': alpha.clientId,
      });
      assert.equal(r.statusCode, 200, r.body);
      const result = r.json() as { groups: { queue: string; kpis: Record<string, number | null> }[] };
      const q = result.groups.find((g) => g.queue === 'alpha-q1');
      // Three contacts: answered after 12.5 s and 3 s (both within 20 s), one abandoned after 45 s.
      assert.equal(q?.kpis.offered, 3);
      assert.equal(q?.kpis.answered, 2);
      assert.equal(q?.kpis.service_level, 2 / 3);
      assert.equal(q?.kpis.asa, 7.75);
      assert.equal(q?.kpis.aht, 210);
    });

    test('another tenant can neither read the import nor see the queue', async () => {
      const other = await signInAs(app, 'admin0@beta.example', TEST_PASSWORD);
      const r = await other.request('GET', `/api/v1/imports/${importId}`, undefined, { 'x-ccq-org': beta.centreId });
      assert.equal(r.statusCode, 404);
      const k = await other.request('GET', '/api/v1/kpis?from=2026-03-02&to=2026-03-03&queue=alpha-q1', undefined, {
        'x-ccq-org': beta.centreId,
      });
      assert.equal(k.statusCode, 404);
    });

    test('a mapping with a misspelt key is refused before anything is read, naming the key', async () => {
      const { body, headers } = multipart([
        { name: 'mapping', content: mapping.replace('delimiter:', 'delimeter:') },
        { name: 'file', filename: 'export.csv', content: csv('alpha-q1') },
      ]);
      const res = await centreAdmin.request('POST', '/api/v1/imports?format=csv', body, { ...headers, 'x-ccq-org': alpha.centreId });
      assert.equal(res.statusCode, 400, res.body);
      assert.match(res.body, /delimeter/);
    });
  });
}
