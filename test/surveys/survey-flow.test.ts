// test/surveys/survey-flow.test.ts — a survey from creation to KPIs on both databases: one-time links, API and CSV answers, results by hand, access

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Caller } from '../../src/app/caller.js';
import { evaluateTargets } from '../../src/app/evaluate-targets.js';
import { measureVoiceKpis } from '../../src/app/kpis/voice-kpis.js';
import { createSurvey, getSurvey, issueInvitations, listSurveys, updateSurvey } from '../../src/app/manage-surveys.js';
import { answerByToken, importAnswers, readSurveyByToken, recordAnswers } from '../../src/app/survey-answers.js';
import { surveyResults } from '../../src/app/survey-results.js';
import type { Context } from '../../src/main/context.js';
import { callerFor, openTestContext, steppingClock } from '../support/context.js';
import { dialects } from '../support/databases.js';
import { importText } from '../support/imports.js';
import { type Tenant, seedTenant } from '../support/tenants.js';

const questions = [
  { id: 'csat', kind: 'csat' as const, label: { sv: 'Hur nöjd är du?', en: 'How satisfied are you?' }, required: true },
  { id: 'nps', kind: 'nps' as const, label: { sv: 'Rekommendera oss?', en: 'Recommend us?' }, required: false },
  { id: 'ces', kind: 'ces' as const, label: { sv: 'Hur lätt var det?', en: 'How easy was it?' }, required: false },
  { id: 'why', kind: 'text' as const, label: { sv: 'Berätta mer', en: 'Tell us more' }, required: false },
];

/** Two answered calls on 5 October 2026: c1 by Agent/1, c2 by Agent/2. */
const callLog = (code: string) =>
  [
    ['c1', 'Agent/1', Date.UTC(2026, 9, 5, 8, 0) / 1000],
    ['c2', 'Agent/2', Date.UTC(2026, 9, 5, 9, 0) / 1000],
  ]
    .flatMap(([id, agent, t]) => [
      `${t}|${id}|${code}|NONE|ENTERQUEUE||+46701|1`,
      `${(t as number) + 20}|${id}|${code}|${agent}|CONNECT|20|x|1`,
      `${(t as number) + 200}|${id}|${code}|${agent}|COMPLETECALLER|20|180|1`,
    ])
    .join('\n');

for (const d of await dialects()) {
  describe(`customer surveys (${d.name})`, { skip: d.skip }, () => {
    let ctx: Context;
    let t: Tenant;
    let o: Tenant;
    let centre: Caller;
    let clientViewer: Caller;
    let surveyId: string;
    const { clock } = steppingClock('2026-10-06T12:00:00.000Z');

    before(async () => {
      ctx = await openTestContext(d.name, { clock });
      t = await seedTenant(ctx.deps, 'Survey');
      o = await seedTenant(ctx.deps, 'Other');
      centre = await callerFor(ctx.deps, 'admin0@survey.example', t.centreId);
      clientViewer = await callerFor(ctx.deps, 'client_viewer6@survey.example', t.clientId);
      await importText(ctx.deps, centre, 'queue_log', 'calls', callLog('survey-q1'));
    });
    after(async () => ctx?.conn.close());

    test('the centre creates a survey; the client reads it but may not change it; another tenant cannot see it', async () => {
      const s = await createSurvey(ctx.deps, centre, {
        relationshipId: t.relationshipId,
        name: 'After-call survey',
        questions,
        queueIds: [t.queueId],
      });
      surveyId = s.id;
      assert.equal((await getSurvey(ctx.deps, clientViewer, s.id)).name, 'After-call survey');
      await assert.rejects(updateSurvey(ctx.deps, clientViewer, s.id, { name: 'x' }), { code: 'CCQ_ERR_FORBIDDEN' });
      const clientAdmin = await callerFor(ctx.deps, 'admin4@survey.example', t.clientId);
      await assert.rejects(createSurvey(ctx.deps, clientAdmin, { relationshipId: t.relationshipId, name: 'x', questions }), {
        code: 'CCQ_ERR_FORBIDDEN',
      });
      const otherCentre = await callerFor(ctx.deps, 'admin0@other.example', o.centreId);
      assert.deepEqual(await listSurveys(ctx.deps, otherCentre), []);
      await assert.rejects(getSurvey(ctx.deps, otherCentre, s.id), { code: 'CCQ_ERR_SURVEY_NOT_FOUND' });
      await assert.rejects(updateSurvey(ctx.deps, otherCentre, s.id, { name: 'x' }), { code: 'CCQ_ERR_SURVEY_NOT_FOUND' });
      await assert.rejects(issueInvitations(ctx.deps, otherCentre, s.id, { count: 1 }), { code: 'CCQ_ERR_SURVEY_NOT_FOUND' });
      await assert.rejects(createSurvey(ctx.deps, centre, { relationshipId: t.relationshipId, name: 'x', questions, queueIds: ['nope'] }), {
        code: 'CCQ_ERR_VALIDATION',
      });
    });

    test('one-time links: tied to the contact’s queue and agent, answered once, a second use refused', async () => {
      const tied = await issueInvitations(ctx.deps, centre, surveyId, { contacts: ['c1', 'c2'] });
      assert.deepEqual(
        tied.map((i) => [i.contactSourceId?.split(':')[0], i.tied]),
        [
          ['c1', true],
          ['c2', true],
        ],
      );
      const untied = await issueInvitations(ctx.deps, centre, surveyId, { count: 2 });
      assert.equal(untied.length, 2);
      const [c1, c2] = tied as [(typeof tied)[0], (typeof tied)[0]];
      assert.deepEqual(await readSurveyByToken(ctx.deps, c1.token), { state: 'open', name: 'After-call survey', questions });
      await assert.rejects(answerByToken(ctx.deps, c1.token, { csat: 9 }), { code: 'CCQ_ERR_VALIDATION' });
      await answerByToken(ctx.deps, c1.token, { csat: '5', nps: '10', ces: '6' });
      await answerByToken(ctx.deps, c2.token, { csat: 2, nps: 6, why: 'Det tog för lång tid' });
      await assert.rejects(answerByToken(ctx.deps, c1.token, { csat: 1 }), { code: 'CCQ_ERR_INVALID_STATE' });
      assert.deepEqual(await readSurveyByToken(ctx.deps, c1.token), { state: 'used' });
      assert.equal(await readSurveyByToken(ctx.deps, 'x'.repeat(43)), null);
      const responses = await ctx.deps.store.surveys.responses([surveyId], '2026-10-01T00:00:00Z', '2026-11-01T00:00:00Z');
      assert.deepEqual(
        responses.map((r) => [r.via, r.contactSourceId?.split(':')[0], r.agent, r.queueId]),
        [
          ['page', 'c1', 'Agent/1', t.queueId],
          ['page', 'c2', 'Agent/2', t.queueId],
        ],
      );
    });

    test('answers by API and by CSV with a mapping; bad rows are reported, good ones kept', async () => {
      const api = await recordAnswers(ctx.deps, centre, surveyId, [
        { answers: { csat: 4, nps: 9 }, contactSourceId: 'c1', answeredAt: '2026-10-05T09:00:00.000Z' },
        { answers: { csat: 3, nps: 7, ces: 4 }, answeredAt: '2026-10-05T10:00:00.000Z' },
        { answers: { nps: 3 } },
      ]);
      assert.deepEqual([api.recorded, api.tied, api.rejected.map((r) => r.index)], [2, 1, [2]]);
      const csv = 'Datum,Samtal,Betyg\n2026-10-02 09:15,,5\n2026-10-03 14:00,,1\nigår,,4\n';
      const imp = await importAnswers(ctx.deps, centre, surveyId, {
        text: csv,
        mapping: { answeredAt: 'Datum', contact: 'Samtal', answers: { csat: 'Betyg' } },
      });
      assert.deepEqual([imp.recorded, imp.rejected.map((r) => r.line)], [2, [4]]);
      await assert.rejects(recordAnswers(ctx.deps, clientViewer, surveyId, [{ answers: { csat: 5 } }]), { code: 'CCQ_ERR_FORBIDDEN' });
    });

    test('results by hand: CSAT 3/6, NPS 100·(2−1)/4 = 25, CES (6+4)/2 = 5, response rate 2/4; by agent', async () => {
      // CSAT answers 5, 2 (links), 4, 3 (API), 5, 1 (CSV): 4–5 are 5, 4, 5 → 3 of 6.
      // NPS answers 10, 6, 9, 7: promoters 10, 9; detractor 6 → (2 − 1)/4 → 25.
      const r = await surveyResults(ctx.deps, clientViewer, {
        relationshipId: t.relationshipId,
        from: '2026-10-01',
        to: '2026-11-01',
        by: 'agent',
      });
      assert.equal(r.responses, 6);
      assert.deepEqual([r.csat.value, r.csat.n, r.csat.lowSample], [0.5, 6, true]);
      assert.deepEqual([r.nps.value, r.nps.n], [25, 4]);
      assert.deepEqual([r.ces.value, r.ces.n], [5, 2]);
      assert.deepEqual([r.responseRate.value, r.invitations], [0.5, 4]);
      // Agent/1: 5 and 4 → 2 of 2; Agent/2: 2 → 0 of 1; untied: 3, 5, 1 → 1 of 3.
      assert.deepEqual(
        r.groups.map((g) => [g.key, g.csat.value, g.csat.n]),
        [
          ['', 1 / 3, 3],
          ['Agent/1', 1, 2],
          ['Agent/2', 0, 1],
        ],
      );
      assert.deepEqual(
        r.comments.map((c) => c.text),
        ['Det tog för lång tid'],
      );
      const oct2 = await surveyResults(ctx.deps, centre, { surveyId, from: '2026-10-02', to: '2026-10-03' });
      assert.deepEqual([oct2.responses, oct2.csat.value], [1, 1]);
    });

    test('the KPI measurer gives csat, nps, ces and response rate, limited to queues when asked', async () => {
      const q = {
        relationshipId: t.relationshipId,
        from: '2026-10-01',
        to: '2026-11-01',
        timeZone: 'Europe/Stockholm',
        kpis: ['csat', 'nps', 'ces', 'response_rate'],
      };
      const all = await measureVoiceKpis(ctx.deps, clientViewer, { ...q, queueIds: [] });
      assert.deepEqual(Object.fromEntries(Object.entries(all).map(([k, m]) => [k, [m.value, m.n]])), {
        csat: [0.5, 6],
        nps: [25, 4],
        ces: [5, 2],
        response_rate: [0.5, 4],
      });
      // Only answers tied to contacts in the queue: 5, 2 (links) and 4 (API, c1) → 2 of 3; both tied links answered.
      const queued = await measureVoiceKpis(ctx.deps, centre, { ...q, queueIds: [t.queueId] });
      assert.deepEqual([queued.csat?.value, queued.csat?.n, queued.response_rate?.value], [2 / 3, 3, 1]);
      assert.ok(queued.csat?.ci && queued.csat.ci[0] < 2 / 3 && queued.csat.ci[1] > 2 / 3);
    });

    test('mandate targets on survey KPIs are judged from the answers, with their sample', async () => {
      const target = (id: string, kpi: string, value: number, tolerance: number) => ({
        id,
        kpi,
        variant: null,
        params: {},
        queueIds: [],
        target: value,
        direction: 'at_least' as const,
        tolerance,
        period: 'month' as const,
        hours: 'all' as const,
        isoRefs: [],
      });
      const rows = await evaluateTargets(ctx.deps, clientViewer, {
        targets: [target('csat', 'csat', 0.8, 0.05), target('nps', 'nps', 20, 10), target('ces', 'ces', 5, 0)],
        month: '2026-10',
        timeZone: 'Europe/Stockholm',
        openingHours: null,
        relationshipId: t.relationshipId,
      });
      // CSAT 0.5 against 0.8 (band 0.05): missed; NPS 25 ≥ 20: met; CES 5 ≥ 5: met; each with its n and the small-sample flag.
      assert.deepEqual(
        rows.map((r) => [r.targetId, r.measured, r.status, r.sample]),
        [
          ['csat', 0.5, 'missed', { n: 6, lowSample: true }],
          ['nps', 25, 'met', { n: 4, lowSample: true }],
          ['ces', 5, 'met', { n: 2, lowSample: true }],
        ],
      );
    });

    test('a closed survey takes no more answers and issues no links', async () => {
      await updateSurvey(ctx.deps, centre, surveyId, { status: 'closed' });
      await assert.rejects(issueInvitations(ctx.deps, centre, surveyId, { count: 1 }), { code: 'CCQ_ERR_INVALID_STATE' });
      await assert.rejects(recordAnswers(ctx.deps, centre, surveyId, [{ answers: { csat: 5 } }]), { code: 'CCQ_ERR_INVALID_STATE' });
    });
  });
}
