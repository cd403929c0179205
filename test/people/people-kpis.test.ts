// test/people/people-kpis.test.ts — people records and pulse surveys on both databases: imports, KPIs against hand-computed values, the anonymity threshold through the API and the measurer, access

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { evaluateTargets } from '../../src/app/evaluate-targets.js';
import { measureVoiceKpis } from '../../src/app/kpis/voice-kpis.js';
import type { Context } from '../../src/main/context.js';
import { createApp } from '../../src/main/server.js';
import { callerFor, openTestContext, steppingClock } from '../support/context.js';
import { dialects } from '../support/databases.js';
import { type HttpClient, signInAs } from '../support/http.js';
import { TEST_PASSWORD, type Tenant, seedTenant } from '../support/tenants.js';

const close = (actual: number | null, expected: number, what: string) =>
  assert.ok(actual !== null && Math.abs(actual - expected) < 1e-9, `${what}: ${actual} ≠ ${expected}`);

// October 2026 (31 days). Employed days: A01 31, A02 31, A03 1–15 Oct = 15, A04 1–20 Oct = 20, A05 17–31 Oct = 15,
// A06 starts in November (0); B01 serves no relationship (not counted). Agent-days 112, average headcount 112 ÷ 31.
const roster = `Kod;Start;Slut;Team;Roll
A01;2025-01-01;;Team A;agent
A02;2025-06-01;;Team A;agent
A03;2026-01-10;2026-10-15;Team B;agent
A04;2026-09-01;2026-10-20;Team B;agent
A05;2026-10-17;;Team A;agent
A06;2026-11-05;;Team A;agent
Jane Doe;2026-01-01;;Team A;agent
`;
const absence =
  'agent_code,date,absence_hours,scheduled_hours\nA01,2026-10-01,12,168\nA02,2026-10-01,0,168\nA03,2026-10-01,6,84\nA01,2026-09-01,50,168\nA02,2026-10-02,x,8\n';
const training =
  'agent_code,date,hours,type\nA05,2026-10-17,16,induction\nA05,2026-10-18,8,induction\nA01,2026-10-10,2,ongoing\nA02,2026-10-10,2,ongoing\n';
const coaching = 'agent_code,date,minutes\nA01,2026-10-02,30\nA02,2026-10-03,30\nA01,2026-10-09,45\nA03,2026-10-04,30\n';
const competences =
  'agent_code,competence,achieved_on,expires_on\nA01,gdpr,2025-01-10,2027-01-01\nA01,complaints,2025-02-01,2026-10-30\nA01,product,2025-01-15,\nA02,gdpr,2025-06-10,\nA02,complaints,2026-01-01,\nA02,sales,2026-01-01,\nA05,gdpr,2026-11-02,\n';

// Team A's five answers: eNPS 10, 9, 9, 7, 3 → 3 promoters, 1 detractor → 40; engagement 100, 75, 50, 50, 0 → 55.
const teamA = [
  { enps: 10, engagement: [5, 5, 5, 5, 5] },
  { enps: 9, engagement: [4, 4, 4, 4, 4] },
  { enps: 9, engagement: [3, 3, 3, 3, 3] },
  { enps: 7, engagement: [5, 4, 3, 2, 1] },
  { enps: 3, engagement: [1, 1, 1, 1, 1] },
];

for (const d of await dialects()) {
  describe(`people records and pulse surveys (${d.name})`, { skip: d.skip }, () => {
    let ctx: Context;
    let app: FastifyInstance;
    let t: Tenant;
    let admin: HttpClient;
    let clientManager: HttpClient;
    let agent: HttpClient;
    let surveyId = '';
    let tokens: { group: string; token: string }[] = [];
    const october = () => `/api/v1/people/kpis?relationship=${t.relationshipId}&from=2026-10-01&to=2026-11-01`;
    const kpisOf = async (c: HttpClient) => {
      const res = await c.request('GET', october());
      assert.equal(res.statusCode, 200, res.body);
      return new Map(
        (res.json() as { kpi: string; value: number | null; n: number; ci: [number, number] | null; lowSample: boolean }[]).map((k) => [
          k.kpi,
          k,
        ]),
      );
    };
    const answer = (token: string, body: unknown) =>
      app.inject({ method: 'POST', url: `/api/v1/public/pulse/${token}`, payload: body as object });

    before(async () => {
      ctx = await openTestContext(d.name, { clock: steppingClock('2026-11-10T09:00:00.000Z').clock });
      t = await seedTenant(ctx.deps, 'People');
      app = await createApp(ctx, { webRoot: null, throttle: { windowMs: 60_000, perAccount: 100, perAddress: 10_000 } });
      admin = await signInAs(app, 'admin0@people.example', TEST_PASSWORD);
      clientManager = await signInAs(app, 'client_manager5@people.example', TEST_PASSWORD);
      agent = await signInAs(app, 'agent3@people.example', TEST_PASSWORD);
    });
    after(async () => {
      await app?.close();
      await ctx?.conn.close();
    });

    test('imports each kind from CSV with a mapping; bad rows are named by line, re-imports change nothing', async () => {
      const mapping = { agent_code: 'Kod', started_on: 'Start', left_on: 'Slut', team: 'Team', role_profile: 'Roll' };
      const r = await admin.request('POST', '/api/v1/people/imports', {
        kind: 'headcount',
        content: roster,
        mapping,
        relationshipId: t.relationshipId,
      });
      assert.equal(r.statusCode, 200, r.body);
      assert.deepEqual(r.json(), {
        kind: 'headcount',
        imported: 6,
        unchanged: 0,
        rejects: [{ line: 8, field: 'agent_code', message: 'an agent code (letters, digits, . _ -; no names)' }],
      });
      const b = await admin.request('POST', '/api/v1/people/imports', {
        kind: 'headcount',
        content: 'agent_code,started_on\nB01,2020-01-01\n',
      });
      assert.equal(b.json().imported, 1);
      const abs = (await admin.request('POST', '/api/v1/people/imports', { kind: 'absence', content: absence })).json();
      assert.equal(abs.imported, 4);
      assert.deepEqual(abs.rejects, [{ line: 6, field: 'absence_hours', message: 'a number of hours ≥ 0' }]);
      assert.equal((await admin.request('POST', '/api/v1/people/imports', { kind: 'absence', content: absence })).json().unchanged, 4);
      for (const [kind, content] of [
        ['training', training],
        ['coaching', coaching],
        ['competence', competences],
      ] as const) {
        const x = await admin.request('POST', '/api/v1/people/imports', { kind, content });
        assert.equal(x.statusCode, 200, x.body);
        assert.deepEqual(x.json().rejects, []);
      }
      const missing = await admin.request('POST', '/api/v1/people/imports', { kind: 'training', content: 'agent,when\nA01,2026-10-01\n' });
      assert.equal(missing.statusCode, 400);
      const profile = await admin.request('PUT', '/api/v1/people/role-profiles', {
        name: 'agent',
        competences: ['gdpr', 'complaints', 'product'],
      });
      assert.equal(profile.statusCode, 200, profile.body);
    });

    test('people KPIs of October match the hand-computed figures', async () => {
      const k = await kpisOf(admin);
      // 2 leavers ÷ (112/31) × 12/1 = 744/112; early (A04, 49 days): 372/112.
      close(k.get('attrition_rate')!.value, 744 / 112, 'attrition');
      close(k.get('early_attrition_rate')!.value, 372 / 112, 'early attrition');
      assert.equal(k.get('attrition_rate')!.n, 5);
      assert.equal(k.get('attrition_rate')!.lowSample, true);
      assert.equal(k.get('attrition_rate')!.ci, null);
      // (12 + 0 + 6) ÷ (168 + 168 + 84); September's row is outside the period.
      close(k.get('absence_rate')!.value, 18 / 420, 'absence');
      assert.equal(k.get('absence_rate')!.n, 3);
      // 28 training hours and 4 coaching sessions over 112/31 heads.
      close(k.get('training_hours_per_agent')!.value, 7.75, 'training');
      close(k.get('coaching_per_agent')!.value, (4 * 31) / 112, 'coaching');
      // 31 Oct: A01 (gdpr, product; complaints expired 30 Oct), A02 (gdpr, complaints), A05 (gdpr only from November): 4 of 9.
      close(k.get('competence_coverage')!.value, 4 / 9, 'competence');
      assert.equal(k.get('competence_coverage')!.n, 3);
      const matrix = (await admin.request('GET', '/api/v1/people/competence-matrix?date=2026-10-31')).json() as {
        agentCode: string;
        cells: { held: boolean }[];
      }[];
      assert.deepEqual(
        matrix.map((r) => [r.agentCode, r.cells.filter((c) => c.held).length]),
        [
          ['A01', 2],
          ['A02', 2],
          ['A05', 0],
          ['B01', 0],
        ],
      );
    });

    test('a pulse group of 4 gives no figure through the API or the measurer; a group of 5 does', async () => {
      const created = await admin.request('POST', '/api/v1/people/pulse', {
        title: 'Puls oktober',
        period: '2026-10',
        relationshipId: t.relationshipId,
        groups: [
          { name: 'Team A', invitations: 6 },
          { name: 'Team B', invitations: 4 },
        ],
      });
      assert.equal(created.statusCode, 200, created.body);
      surveyId = created.json().survey.id;
      tokens = created.json().invitations;
      const b = tokens.filter((x) => x.group === 'Team B');
      const a = tokens.filter((x) => x.group === 'Team A');
      const form = await app.inject({ method: 'GET', url: `/api/v1/public/pulse/${b[0]!.token}` });
      assert.equal(form.statusCode, 200);
      assert.equal(form.json().items.length, 5);
      for (const x of b) assert.equal((await answer(x.token, { enps: 0, engagement: [1, 1, 1, 1, 1] })).statusCode, 204);
      assert.equal((await answer(b[0]!.token, { enps: 10, engagement: [5, 5, 5, 5, 5] })).statusCode, 404, 'a link answers once');

      const results = async () => {
        const r = await admin.request('GET', `/api/v1/people/pulse/${surveyId}/results`);
        assert.equal(r.statusCode, 200, r.body);
        return r.json();
      };
      let r = await results();
      assert.deepEqual(r.groups[1], { group: 'Team B', invited: 4, respondents: null, enps: null, engagement: null, suppressed: true });
      assert.equal(r.overall.suppressed, true);
      assert.equal(r.overall.respondents, null);
      assert.ok(!JSON.stringify(r).includes('"respondents":4'));
      let k = await kpisOf(admin);
      assert.deepEqual(k.get('enps'), { kpi: 'enps', value: null, n: 0, ci: null, lowSample: true });
      assert.deepEqual(k.get('engagement_index'), { kpi: 'engagement_index', value: null, n: 0, ci: null, lowSample: true });
      const centre = await callerFor(ctx.deps, 'admin0@people.example', t.centreId);
      const q = {
        relationshipId: t.relationshipId,
        queueIds: [],
        from: '2026-10-01',
        to: '2026-11-01',
        timeZone: 'Europe/Stockholm',
        kpis: ['enps'],
      };
      assert.equal((await measureVoiceKpis(ctx.deps, centre, q)).enps!.value, null);
      // The store itself never hands out the small group, whatever threshold is asked for.
      assert.deepEqual(await ctx.deps.store.pulse.groupSums([surveyId], 1), []);

      for (const [i, x] of teamA.entries()) assert.equal((await answer(a[i]!.token, x)).statusCode, 204);
      r = await results();
      assert.equal(r.groups[0].respondents, 5);
      close(r.groups[0].enps.value, 40, 'group eNPS');
      close(r.groups[0].engagement.value, 55, 'group engagement');
      assert.equal(r.groups[1].suppressed, true);
      // The overall line adds up only Team A, so Team B cannot be found by subtraction.
      assert.equal(r.overall.respondents, 5);
      k = await kpisOf(admin);
      const enps = k.get('enps')!;
      close(enps.value, 40, 'eNPS');
      assert.equal(enps.n, 5);
      assert.equal(enps.lowSample, true);
      // p = 0.6, d = 0.2: half-width 196 × √((0.8 − 0.16) ÷ 5) = 70.1230…; clamped at 100.
      close(enps.ci![0], 40 - 196 * Math.sqrt(0.128), 'eNPS CI low');
      assert.equal(enps.ci![1], 100);
      // Scores 100, 75, 50, 50, 0: sample variance 5500 ÷ 4; half-width 1.96 × √(1375 ÷ 5) = 32.503…
      const eng = k.get('engagement_index')!;
      close(eng.value, 55, 'engagement');
      close(eng.ci![0], 55 - 1.96 * Math.sqrt(275), 'engagement CI low');
      close(eng.ci![1], 55 + 1.96 * Math.sqrt(275), 'engagement CI high');
      assert.equal((await measureVoiceKpis(ctx.deps, centre, q)).enps!.value, 40);
    });

    test('answers are validated and anonymous; closed surveys take none', async () => {
      const spare = tokens.filter((x) => x.group === 'Team A')[5]!.token;
      assert.equal((await answer(spare, { enps: 11, engagement: [1, 1, 1, 1, 1] })).statusCode, 400);
      assert.equal((await answer(spare, { enps: 5, engagement: [1, 1, 1, 1, 1], group: 'Team B' })).statusCode, 400);
      assert.equal((await answer('x'.repeat(43), { enps: 5, engagement: [1, 1, 1, 1, 1] })).statusCode, 404);
      const cols = Object.keys((await ctx.conn.db.selectFrom('pulse_answers').selectAll().executeTakeFirstOrThrow()) as object).sort();
      assert.deepEqual(cols, ['engagement', 'enps', 'grp', 'id', 'survey_id']);
      assert.equal((await admin.request('POST', `/api/v1/people/pulse/${surveyId}/close`)).statusCode, 200);
      assert.equal((await answer(spare, { enps: 5, engagement: [1, 1, 1, 1, 1] })).statusCode, 404);
    });

    test('the client reads the aggregated KPIs of its relationship but no people record; an agent reads neither', async () => {
      const k = await kpisOf(clientManager);
      close(k.get('enps')!.value, 40, 'client eNPS');
      for (const url of [
        '/api/v1/people/agents',
        '/api/v1/people/pulse',
        `/api/v1/people/pulse/${surveyId}/results`,
        '/api/v1/people/communications',
      ])
        assert.equal((await clientManager.request('GET', url)).statusCode, 404, url);
      assert.equal((await agent.request('GET', '/api/v1/people/agents')).statusCode, 404);
      const post = await admin.request('POST', '/api/v1/people/communications', {
        sentOn: '2026-10-05',
        subject: 'New script',
        audience: 'Team A',
        told: 12,
        acknowledged: 10,
      });
      assert.equal(post.statusCode, 200, post.body);
      const lead = await signInAs(app, 'team_lead2@people.example', TEST_PASSWORD);
      assert.equal((await lead.request('GET', '/api/v1/people/communications')).json().length, 1);
      assert.equal(
        (
          await lead.request('POST', '/api/v1/people/communications', {
            sentOn: '2026-10-05',
            subject: 'x',
            audience: 'y',
            told: 1,
            acknowledged: 1,
          })
        ).statusCode,
        403,
      );
    });
    test('mandate targets on people and pulse KPIs are judged from these figures', async () => {
      const centre = await callerFor(ctx.deps, 'admin0@people.example', t.centreId);
      const target = (kpi: string, value: number) => ({
        id: kpi,
        kpi,
        variant: null,
        params: {},
        queueIds: [],
        target: value,
        direction: 'at_least' as const,
        tolerance: 0,
        period: 'month' as const,
        hours: 'all' as const,
        isoRefs: ['6'],
      });
      const rows = await evaluateTargets(ctx.deps, centre, {
        targets: [target('competence_coverage', 0.8), target('enps', 30)],
        month: '2026-10',
        timeZone: 'Europe/Stockholm',
        openingHours: null,
        relationshipId: t.relationshipId,
      });
      assert.deepEqual(
        rows.map((r) => [r.kpi, r.status, r.sample?.n]),
        [
          ['competence_coverage', 'missed', 3],
          ['enps', 'met', 5],
        ],
      );
      close(rows[0]!.measured, 4 / 9, 'coverage target');
    });
  });
}
