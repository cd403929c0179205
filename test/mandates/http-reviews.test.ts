// test/mandates/http-reviews.test.ts — the review API: the live pack as PDF and XLSX downloads, starting a review once, the record, closing, obligations

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
import { TEST_PASSWORD, type Tenant, seedTenant } from '../support/tenants.js';

for (const d of await dialects()) {
  describe(`the review API (${d.name})`, { skip: d.skip }, () => {
    let ctx: Context;
    let app: FastifyInstance;
    let t: Tenant;
    let client: HttpClient;
    let viewer: HttpClient;
    let mandateId = '';
    before(async () => {
      ctx = await openTestContext(d.name, { clock: steppingClock('2026-11-10T09:00:00.000Z').clock });
      t = await seedTenant(ctx.deps, 'Api');
      const clientAdmin = await callerFor(ctx.deps, 'client_manager5@api.example', t.clientId);
      const centre = await callerFor(ctx.deps, 'admin0@api.example', t.centreId);
      const obligation = {
        id: 'forecast',
        title: 'Forecast',
        description: null,
        owner: 'client' as const,
        dueOn: '2026-10-01',
        recurrence: 'monthly' as const,
        leadTimeDays: 7,
        doneOn: null,
      };
      const m = await createMandate(ctx.deps, clientAdmin, {
        relationshipId: t.relationshipId,
        title: 'Api mandate',
        content: {
          ...mandateTemplate(),
          queueIds: [t.queueId],
          obligations: [obligation],
          targets: [
            {
              id: 'sl',
              kpi: 'service_level',
              variant: 'offered',
              params: { thresholdSeconds: 30 },
              queueIds: [t.queueId],
              target: 0.8,
              direction: 'at_least' as const,
              tolerance: 0.05,
              period: 'month' as const,
              hours: 'all' as const,
              isoRefs: [],
            },
          ],
        },
      });
      mandateId = m.mandate.id;
      await signMandate(ctx.deps, clientAdmin, mandateId, { versionHash: m.current.hash });
      await signMandate(ctx.deps, centre, mandateId, { versionHash: m.current.hash });
      app = await createApp(ctx, { webRoot: null });
      client = await signInAs(app, 'client_manager5@api.example', TEST_PASSWORD);
      viewer = await signInAs(app, 'client_viewer6@api.example', TEST_PASSWORD);
    });
    after(async () => {
      await app?.close();
      await ctx?.conn.close();
    });

    test('the live pack downloads as PDF and XLSX, named after the relationship and month', async () => {
      const pdf = await client.request('GET', `/api/v1/reviews/pack?relationship=${t.relationshipId}&period=2026-10&format=pdf&lang=en`);
      assert.equal(pdf.statusCode, 200, pdf.body);
      assert.equal(pdf.headers['content-type'], 'application/pdf');
      assert.equal(pdf.headers['content-disposition'], 'attachment; filename="Api-service-review-2026-10.pdf"');
      assert.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
      const xlsx = await client.request('GET', `/api/v1/reviews/pack?relationship=${t.relationshipId}&period=2026-10&format=xlsx`);
      assert.equal(xlsx.statusCode, 200);
      assert.equal(xlsx.rawPayload.subarray(0, 2).toString('latin1'), 'PK');
      const bad = await client.request('GET', `/api/v1/reviews/pack?relationship=${t.relationshipId}&period=2026-13`);
      assert.equal(bad.statusCode, 400);
    });

    test('a review is started once per month, its record kept, and closed only when complete; a viewer reads but cannot write', async () => {
      const first = await client.request('POST', '/api/v1/reviews', { relationshipId: t.relationshipId, period: '2026-10' });
      assert.equal(first.statusCode, 201, first.body);
      const review = first.json() as { id: string; status: string; packHash: string };
      const again = await client.request('POST', '/api/v1/reviews', { relationshipId: t.relationshipId, period: '2026-10' });
      assert.deepEqual([again.statusCode, (again.json() as { id: string }).id], [200, review.id]);

      const close = await client.request('POST', `/api/v1/reviews/${review.id}/close`);
      assert.equal(close.statusCode, 400);
      assert.deepEqual(
        (close.json() as { error: { issues: { path: string }[] } }).error.issues.map((x) => x.path),
        ['heldOn', 'attendees', 'attendees'],
      );
      const record = {
        heldOn: '2026-11-09',
        attendees: [
          { name: 'Kim Client', party: 'client', role: null },
          { name: 'Cam Centre', party: 'centre', role: 'Manager' },
        ],
        decisions: [{ id: 'd1', text: 'Keep the targets' }],
        actions: [{ id: 'a1', title: 'Send the forecast', ownerParty: 'client', owner: 'Kim Client', dueOn: '2026-11-20' }],
        notes: null,
      };
      assert.equal((await viewer.request('PUT', `/api/v1/reviews/${review.id}/record`, { record })).statusCode, 403);
      const saved = await client.request('PUT', `/api/v1/reviews/${review.id}/record`, { record });
      assert.equal(saved.statusCode, 200, saved.body);
      assert.equal((await client.request('POST', `/api/v1/reviews/${review.id}/close`)).statusCode, 200);
      assert.equal((await client.request('PUT', `/api/v1/reviews/${review.id}/record`, { record })).statusCode, 409);

      const read = await viewer.request('GET', `/api/v1/reviews/${review.id}`);
      assert.equal((read.json() as { status: string }).status, 'closed');
      const list = await viewer.request('GET', `/api/v1/reviews?relationship=${t.relationshipId}`);
      assert.deepEqual(
        (list.json() as { period: string }[]).map((r) => r.period),
        ['2026-10'],
      );
      const html = await viewer.request('GET', `/api/v1/reviews/${review.id}/pack?format=html&lang=en`);
      assert.equal(html.statusCode, 200);
      assert.match(html.headers['content-security-policy'] as string, /default-src 'none'/);
      assert.match(html.body, /Keep the targets/);
      assert.match(html.body, /Minutes approved/);
      assert.match(html.body, new RegExp(review.packHash));
    });

    test('each evaluated target carries the KPI query that reproduces it', async () => {
      const res = await viewer.request('GET', `/api/v1/targets?relationship=${t.relationshipId}&period=2026-10`);
      assert.equal(res.statusCode, 200, res.body);
      const [e] = (res.json() as { evaluations: { status: string; kpiQuery: { api: string; openingHoursOnly: boolean } }[] }).evaluations;
      assert.equal(e?.status, 'no_data');
      assert.equal(
        e?.kpiQuery.api,
        `/api/v1/kpis?from=2026-10-01&to=2026-11-01&kpis=service_level&queue=${t.queueId}&slThreshold=30&slVariant=offered`,
      );
      assert.equal(e?.kpiQuery.openingHoursOnly, false);
      const rerun = await viewer.request('GET', e?.kpiQuery.api ?? '');
      assert.equal(rerun.statusCode, 200, rerun.body);
    });

    test('an obligation delivery is recorded once per occurrence; the viewer may only look', async () => {
      const url = `/api/v1/mandates/${mandateId}/obligations/forecast/completions`;
      assert.equal((await viewer.request('POST', url, { dueOn: '2026-10-01' })).statusCode, 403);
      const done = await client.request('POST', url, { dueOn: '2026-10-01', doneOn: '2026-09-28', note: 'sent by mail' });
      assert.equal(done.statusCode, 200, done.body);
      const body = done.json() as { recorded: boolean; obligations: { dueOn: string; state: string; lastDone: { note: string } | null }[] };
      assert.equal(body.recorded, true);
      assert.deepEqual(
        body.obligations.map((o) => [o.dueOn, o.state, o.lastDone?.note]),
        [['2026-11-01', 'overdue', 'sent by mail']],
      );
      assert.equal(((await client.request('POST', url, { dueOn: '2026-10-01' })).json() as { recorded: boolean }).recorded, false);
      const wrong = await client.request('POST', url, { dueOn: '2026-10-02' });
      assert.equal(wrong.statusCode, 400);
      const list = await viewer.request('GET', `/api/v1/mandates/${mandateId}/obligations`);
      assert.equal((list.json() as { state: string }[])[0]?.state, 'overdue');
    });
  });
}
