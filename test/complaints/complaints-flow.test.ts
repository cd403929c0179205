// test/complaints/complaints-flow.test.ts — the complaints register on both databases: public filing, the ISO 10002 lifecycle split by the mandate, KPIs by hand, erasure, tenancy

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { evaluateTargets } from '../../src/app/evaluate-targets.js';
import { measureVoiceKpis } from '../../src/app/kpis/voice-kpis.js';
import { createMandate, signMandate } from '../../src/app/manage-mandates.js';
import type { TComplaint, TComplaintDetail } from '../../src/contracts/complaints.js';
import { mandateTemplate } from '../../src/domain/mandates/template.js';
import type { Context } from '../../src/main/context.js';
import { createApp } from '../../src/main/server.js';
import { callerFor, openTestContext, steppingClock } from '../support/context.js';
import { dialects } from '../support/databases.js';
import { type HttpClient, signInAs } from '../support/http.js';
import { importText } from '../support/imports.js';
import { TEST_PASSWORD, type Tenant, seedTenant } from '../support/tenants.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// Eight calls offered on Tuesday 3 November 2026 (six answered, two abandoned) to the tenant's queue.
const calls = Array.from({ length: 8 }, (_, i) => {
  const t = Date.UTC(2026, 10, 3, 9, i * 5) / 1000;
  return i < 6
    ? [
        `${t}|c${i}|comp-q1|NONE|ENTERQUEUE||+4670${i}|1`,
        `${t + 20}|c${i}|comp-q1|Agent/1|CONNECT|20|x|1`,
        `${t + 200}|c${i}|comp-q1|Agent/1|COMPLETECALLER|20|180|1`,
      ]
    : [`${t}|c${i}|comp-q1|NONE|ENTERQUEUE||+4670${i}|1`, `${t + 30}|c${i}|comp-q1|NONE|ABANDON|1|1|30`];
}).flat();

for (const d of await dialects()) {
  describe(`complaints register (${d.name})`, { skip: d.skip }, () => {
    let ctx: Context;
    let app: FastifyInstance;
    let t: Tenant;
    let other: Tenant;
    let centre: HttpClient;
    let client: HttpClient;
    let viewer: HttpClient;
    let advance: (ms: number) => void;
    let formPath = '';
    let a: TComplaint;
    let b: TComplaint;

    before(async () => {
      const clock = steppingClock('2026-11-02T08:00:00.000Z');
      advance = clock.advance;
      ctx = await openTestContext(d.name, { clock: clock.clock });
      t = await seedTenant(ctx.deps, 'Comp');
      other = await seedTenant(ctx.deps, 'Othr');
      const centreAdmin = await callerFor(ctx.deps, 'admin0@comp.example', t.centreId);
      const clientAdmin = await callerFor(ctx.deps, 'admin4@comp.example', t.clientId);
      await importText(ctx.deps, centreAdmin, 'queue_log', 'comp queue_log', calls.join('\n'));
      // The template splits complaints: the centre's first line, the client's final response.
      const m = await createMandate(ctx.deps, clientAdmin, {
        relationshipId: t.relationshipId,
        title: 'Comp mandate',
        content: mandateTemplate(),
      });
      await signMandate(ctx.deps, clientAdmin, m.mandate.id, { versionHash: m.current.hash });
      await signMandate(ctx.deps, centreAdmin, m.mandate.id, { versionHash: m.current.hash });
      app = await createApp(ctx, { webRoot: null });
      centre = await signInAs(app, 'quality_manager1@comp.example', TEST_PASSWORD);
      client = await signInAs(app, 'client_manager5@comp.example', TEST_PASSWORD);
      viewer = await signInAs(app, 'client_viewer6@comp.example', TEST_PASSWORD);
    });
    after(async () => {
      await app.close();
      await ctx.conn.close();
    });

    test('a party switches the public form on; a customer files through it and gets only a reference', async () => {
      assert.equal((await viewer.request('PUT', `/api/v1/complaints/forms/${t.relationshipId}`, { enabled: true })).statusCode, 403);
      const res = await centre.request('PUT', `/api/v1/complaints/forms/${t.relationshipId}`, { enabled: true });
      assert.equal(res.statusCode, 200, res.body);
      formPath = (res.json() as { path: string }).path;
      assert.match(formPath, /^\/complaint\/[A-Za-z0-9_-]{40,}$/);
      const token = formPath.split('/').at(-1) ?? '';
      const page = await app.inject({ method: 'GET', url: `${formPath}?lang=en` });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Make a complaint to Comp Bank/);
      assert.match(page.body, /<label for="description">/);
      assert.doesNotMatch(page.body, /Comp Centre|comp-q1|@comp\.example/);
      // Validation: a too-short complaint and a bad email come back as the form with messages, nothing stored.
      const bad = await app.inject({
        method: 'POST',
        url: `${formPath}?lang=sv`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'description=hej&email=nope',
      });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /role="alert"/);
      assert.match(bad.body, /giltig e-postadress/);
      const filed = await app.inject({
        method: 'POST',
        url: `${formPath}?lang=sv`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({
          description: 'I waited 40 minutes and was cut off.',
          category: 'waiting_time',
          name: 'Anna Andersson',
          email: 'anna@example.com',
          phone: '',
        }).toString(),
      });
      assert.equal(filed.statusCode, 200, filed.body);
      assert.match(filed.body, /CCQ-[0-9A-Z]{10}/);
      const json = await app.inject({ method: 'POST', url: `/api/v1/public/complaints/${token}`, payload: { description: 'x', extra: 1 } });
      assert.equal(json.statusCode, 400, 'unknown fields and short texts are refused');
      assert.equal(
        (await app.inject({ method: 'POST', url: `/api/v1/public/complaints/${'x'.repeat(43)}`, payload: { description: 'Long enough' } }))
          .statusCode,
        404,
      );
      const list = (await centre.request('GET', `/api/v1/complaints?relationship=${t.relationshipId}`)).json() as TComplaint[];
      assert.equal(list.length, 1);
      a = list[0] as TComplaint;
      assert.equal(a.receivedVia, 'public_form');
      assert.equal(a.channel, 'web_form');
      assert.equal(a.owner, 'centre');
      assert.equal(a.finalResponseOwner, 'client');
      assert.equal(a.ackDueAt, '2026-11-04T08:00:00.000Z');
      assert.match(filed.body, new RegExp(a.reference));
    });

    test('the public endpoint is rate-limited', async () => {
      const token = formPath.split('/').at(-1) ?? '';
      const codes: number[] = [];
      for (let i = 0; i < 12; i++)
        codes.push(
          (
            await app.inject({
              method: 'POST',
              url: `/api/v1/public/complaints/${token}`,
              remoteAddress: '10.9.9.9',
              payload: { description: 'x' },
            })
          ).statusCode,
        );
      assert.ok(codes.includes(429), codes.join(','));
    });

    test('the lifecycle follows the mandate: the centre escalates, the client responds and closes, then reopens', async () => {
      const step = (h: HttpClient, body: object) => h.request('POST', `/api/v1/complaints/${a.id}/steps`, body);
      assert.equal((await step(client, { step: 'acknowledge' })).statusCode, 403, 'held by the centre');
      assert.equal((await step(centre, { step: 'assess', category: 'waiting_time' })).statusCode, 409, 'not acknowledged yet');
      assert.equal((await step(centre, { step: 'acknowledge', note: 'Mailed the customer' })).statusCode, 200);
      assert.equal((await step(centre, { step: 'assess' })).statusCode, 200, 'the category came from the form');
      assert.equal((await step(centre, { step: 'investigate' })).statusCode, 200);
      const early = await step(centre, { step: 'respond', response: 'Sorry' });
      assert.equal(early.statusCode, 403);
      assert.match(early.body, /escalate/);
      assert.equal((await step(centre, { step: 'escalate' })).statusCode, 400, 'escalation says why');
      assert.equal((await step(centre, { step: 'escalate', note: 'Final response is the bank’s' })).statusCode, 200);
      assert.equal((await step(client, { step: 'respond', response: 'We have added staff in the mornings.' })).statusCode, 200);
      const closed = await step(client, { step: 'close', rootCause: 'staffing', satisfaction: 4 });
      assert.equal(closed.statusCode, 200, closed.body);
      const reopened = (await step(client, { step: 'reopen', note: 'Customer called again' })).json() as TComplaintDetail;
      assert.equal(reopened.complaint.status, 'investigating');
      assert.equal(reopened.complaint.reopenCount, 1);
      assert.deepEqual(
        reopened.events.map((e) => e.step),
        ['receive', 'acknowledge', 'assess', 'investigate', 'escalate', 'respond', 'close', 'reopen'],
      );
      assert.equal(reopened.complainant?.name, 'Anna Andersson');
      const asViewer = (await viewer.request('GET', `/api/v1/complaints/${a.id}`)).json() as TComplaintDetail;
      assert.equal(asViewer.complainant, null, 'readers do not see who complained');
      assert.deepEqual(asViewer.complaint.steps, []);
    });

    test('a staff-registered complaint acknowledged late goes overdue; KPIs match the hand count', async () => {
      advance(3 * DAY); // 2026-11-05 08:00: a letter is registered as it arrives
      centre = await signInAs(app, 'quality_manager1@comp.example', TEST_PASSWORD);
      const res = await centre.request('POST', '/api/v1/complaints', {
        relationshipId: t.relationshipId,
        channel: 'voice',
        receivedAt: '2026-11-05T08:00:00.000Z',
        description: 'Agent was rude',
        queueId: t.queueId,
        complainant: { name: 'Bo', phone: '+46 70 123' },
      });
      assert.equal(res.statusCode, 201, res.body);
      b = res.json() as TComplaint;
      const future = { relationshipId: t.relationshipId, channel: 'voice', receivedAt: '2030-01-01T00:00:00.000Z', description: 'x' };
      assert.equal((await centre.request('POST', '/api/v1/complaints', future)).statusCode, 400);
      advance(3 * DAY + HOUR); // 2026-11-08 09:00: past B's acknowledgement deadline (11-07 08:00)
      centre = await signInAs(app, 'quality_manager1@comp.example', TEST_PASSWORD);
      assert.equal((await centre.request('GET', `/api/v1/complaints?overdue=true`)).json().length, 1);
      assert.equal((await centre.request('POST', `/api/v1/complaints/${b.id}/steps`, { step: 'acknowledge' })).statusCode, 200);
      advance(17 * DAY); // 2026-11-25 09:00: past B's resolution deadline (11-19 08:00), B unanswered
      centre = await signInAs(app, 'quality_manager1@comp.example', TEST_PASSWORD);
      const board = (await centre.request('GET', '/api/v1/complaints')).json() as TComplaint[];
      const bb = board.find((x) => x.id === b.id);
      assert.deepEqual(bb?.overdue, { ack: false, resolution: true });
      assert.deepEqual(board.find((x) => x.id === a.id)?.overdue, { ack: false, resolution: false });

      const kpis = await measureVoiceKpis(ctx.deps, await callerFor(ctx.deps, 'client_manager5@comp.example', t.clientId), {
        relationshipId: t.relationshipId,
        queueIds: [],
        from: '2026-11-01',
        to: '2026-12-01',
        timeZone: 'Europe/Stockholm',
        kpis: ['complaint_rate', 'complaint_ack_within', 'complaint_resolved_within', 'complaint_reopen_rate'],
      });
      // 2 complaints / 8 offered contacts × 1000 = 250; A acknowledged in 0 h (in time), B after 3 days 1 h (late): 1/2;
      // A answered on day 0 (in time), B unanswered past day 14: 1/2; of the one answered complaint (A), one reopened: 1.
      assert.equal(kpis.complaint_rate?.value, 250);
      assert.equal(kpis.complaint_rate?.n, 8);
      assert.equal(kpis.complaint_rate?.lowSample, true);
      assert.deepEqual([kpis.complaint_ack_within?.value, kpis.complaint_ack_within?.n], [0.5, 2]);
      assert.deepEqual([kpis.complaint_resolved_within?.value, kpis.complaint_resolved_within?.n], [0.5, 2]);
      assert.deepEqual([kpis.complaint_reopen_rate?.value, kpis.complaint_reopen_rate?.n], [1, 1]);
      const ci = kpis.complaint_ack_within?.ci;
      assert.ok(ci && ci[0] < 0.5 && ci[1] > 0.5);
      // As a mandate target the KPI is judged by the same measurer.
      const [judged] = await evaluateTargets(ctx.deps, await callerFor(ctx.deps, 'client_manager5@comp.example', t.clientId), {
        targets: [
          {
            id: 'ack',
            kpi: 'complaint_ack_within',
            variant: null,
            params: {},
            queueIds: [],
            target: 0.9,
            direction: 'at_least',
            tolerance: 0.05,
            period: 'month',
            hours: 'all',
            isoRefs: [],
          },
        ],
        month: '2026-11',
        timeZone: 'Europe/Stockholm',
        openingHours: null,
        relationshipId: t.relationshipId,
      });
      assert.equal(judged?.measured, 0.5);
      assert.deepEqual(judged?.sample, { n: 2, lowSample: true });
      assert.notEqual(judged?.status, 'met');
    });

    test('erasure blanks the personal data, keeps the complaint and its figures, and the trail holds no name', async () => {
      const res = await centre.request('POST', `/api/v1/complaints/${a.id}/erasure`);
      assert.equal(res.statusCode, 200, res.body);
      const dd = res.json() as TComplaintDetail;
      assert.deepEqual(dd.complainant, { name: null, email: null, phone: null });
      assert.equal(dd.complaint.description, null);
      assert.equal(dd.complaint.response, null);
      assert.ok(dd.events.every((e) => e.note === null));
      assert.equal(dd.complaint.category, 'waiting_time');
      assert.ok(dd.complaint.erasedAt);
      const trail = await ctx.conn.db.selectFrom('audit_log').select(['entity', 'after_json', 'before_json']).execute();
      const text = JSON.stringify(trail);
      assert.ok(trail.some((r) => r.entity === 'complaint'));
      assert.doesNotMatch(text, /Anna|anna@example\.com|40 minutes/);
      const kpis = await measureVoiceKpis(ctx.deps, await callerFor(ctx.deps, 'client_manager5@comp.example', t.clientId), {
        relationshipId: t.relationshipId,
        queueIds: [],
        from: '2026-11-01',
        to: '2026-12-01',
        timeZone: 'Europe/Stockholm',
        kpis: ['complaint_rate', 'complaint_reopen_rate'],
      });
      assert.equal(kpis.complaint_rate?.value, 250, 'erasure does not change the statistics');
      assert.equal(kpis.complaint_reopen_rate?.value, 1);
      const csv = (await centre.request('GET', `/api/v1/complaints/export?relationship=${t.relationshipId}`)).body;
      assert.match(csv, /^\uFEFFreference,relationshipId,channel/);
      assert.doesNotMatch(csv, /Bo|rude/);
    });

    test('another tenant sees nothing and cannot act', async () => {
      const stranger = await signInAs(app, 'quality_manager1@othr.example', TEST_PASSWORD);
      viewer = await signInAs(app, 'client_viewer6@comp.example', TEST_PASSWORD);
      assert.equal((await viewer.request('GET', '/api/v1/complaints')).json().length, 2);
      assert.deepEqual((await stranger.request('GET', '/api/v1/complaints')).json(), []);
      assert.equal((await stranger.request('GET', `/api/v1/complaints/${a.id}`)).statusCode, 404);
      assert.equal((await stranger.request('POST', `/api/v1/complaints/${a.id}/steps`, { step: 'investigate' })).statusCode, 404);
      assert.equal((await stranger.request('POST', `/api/v1/complaints/${a.id}/erasure`)).statusCode, 404);
      assert.equal((await stranger.request('GET', `/api/v1/complaints/forms/${t.relationshipId}`)).statusCode, 404);
      const agent = await signInAs(app, 'agent3@comp.example', TEST_PASSWORD);
      assert.equal((await agent.request('GET', `/api/v1/complaints/${a.id}`)).statusCode, 404);
      assert.ok(other.relationshipId);
    });
  });
}
