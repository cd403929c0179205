// test/qa/qa-flow.test.ts — quality monitoring on both databases: scorecard versions, evaluations, the agent's answer, calibration, KPIs by hand, tenancy

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readScorecardFile, shippedScorecardPath } from '../../src/adapters/qa/scorecard-files.js';
import type { Caller } from '../../src/app/caller.js';
import { importEvaluations } from '../../src/app/import-evaluations.js';
import { measureVoiceKpis } from '../../src/app/kpis/voice-kpis.js';
import { createCalibrationSession, getCalibration, scoreCalibration } from '../../src/app/manage-calibration.js';
import {
  type EvaluationOptions,
  createEvaluation,
  getEvaluation,
  listEvaluations,
  loadScorecardVersion,
  myEvaluations,
  respondToEvaluation,
} from '../../src/app/manage-qa.js';
import type { Scorecard } from '../../src/domain/qa/scorecard.js';
import type { Context } from '../../src/main/context.js';
import { callerFor, openTestContext, steppingClock } from '../support/context.js';
import { dialects } from '../support/databases.js';
import { type Tenant, seedTenant } from '../support/tenants.js';

const rejects = (p: Promise<unknown>, code: string) => assert.rejects(p, (e: { code?: string }) => e.code === code);

const full = { greeting: 1, identification: 1, understanding: 4, accuracy: 1, offer: 1, documentation: 1, summary: 2, tone: 4 };

for (const d of await dialects()) {
  describe(`quality monitoring (${d.name})`, { skip: d.skip }, () => {
    let ctx: Context;
    let t: Tenant;
    let other: Tenant;
    let qm: Caller;
    let lead: Caller;
    let card: Scorecard;
    const ev = (o: Partial<EvaluationOptions>): EvaluationOptions => ({
      relationshipId: t.relationshipId,
      queueId: t.queueId,
      contactSourceId: 'c1',
      contactAt: '2026-11-03T09:00:00.000Z',
      agent: 'anna',
      agentUserId: null,
      scorecardId: card.id,
      answers: full,
      coachingNotes: null,
      ...o,
    });

    before(async () => {
      ctx = await openTestContext(d.name, { clock: steppingClock('2026-11-20T09:00:00.000Z').clock });
      t = await seedTenant(ctx.deps, 'Qa');
      other = await seedTenant(ctx.deps, 'Other');
      qm = await callerFor(ctx.deps, 'quality_manager1@qa.example', t.centreId);
      lead = await callerFor(ctx.deps, 'team_lead2@qa.example', t.centreId);
    });
    after(async () => ctx.conn.close());

    test('the shipped scorecard loads once; changed content becomes version 2', async () => {
      const reading = readScorecardFile(shippedScorecardPath);
      assert.deepEqual(reading.problems, []);
      const content = reading.content!;
      const first = await loadScorecardVersion(ctx.deps, qm, content);
      assert.equal(first.created, true);
      assert.equal(first.scorecard.version, 1);
      const again = await loadScorecardVersion(ctx.deps, qm, content);
      assert.equal(again.created, false);
      assert.equal(again.scorecard.id, first.scorecard.id);
      const changed = await loadScorecardVersion(ctx.deps, qm, { ...content, name: 'Changed' });
      assert.equal(changed.scorecard.version, 2);
      card = first.scorecard;
      // A team lead evaluates but does not own scorecards.
      await rejects(loadScorecardVersion(ctx.deps, lead, content), 'CCQ_ERR_FORBIDDEN');
    });

    test('evaluations pin the version; KPIs match hand-computed figures', async () => {
      const agentUser = await ctx.deps.store.users.findByEmail('agent3@qa.example');
      // 100; 7.5 / 11 = 68.18 (offer N/A leaves weight 1 out of 12); 0 (customer-critical); 0 (business + compliance)
      const e1 = await createEvaluation(ctx.deps, lead, ev({ contactSourceId: 'c1', agentUserId: agentUser!.id }));
      const e2 = await createEvaluation(
        ctx.deps,
        lead,
        ev({ contactSourceId: 'c2', answers: { ...full, understanding: 2, offer: null, summary: 1, tone: 2 } }),
      );
      const e3 = await createEvaluation(ctx.deps, lead, ev({ contactSourceId: 'c3', agent: 'bo', answers: { ...full, accuracy: 0 } }));
      const e4 = await createEvaluation(
        ctx.deps,
        lead,
        ev({ contactSourceId: 'c4', agent: 'bo', answers: { ...full, documentation: 0, identification: 0 } }),
      );
      assert.deepEqual([e1.score, e2.score, e3.score, e4.score], [100, 68.18, 0, 0]);
      assert.deepEqual(e3.criticalErrors, ['customer']);
      assert.deepEqual(e4.criticalErrors, ['business', 'compliance']);
      // Outside the month: not counted.
      await createEvaluation(ctx.deps, lead, ev({ contactSourceId: 'c5', contactAt: '2026-10-31T22:59:00.000Z' }));
      // The answers are checked against the pinned version.
      await rejects(createEvaluation(ctx.deps, lead, ev({ contactSourceId: 'c6', answers: { ...full, tone: 5 } })), 'CCQ_ERR_VALIDATION');
      const got = await getEvaluation(ctx.deps, lead, e2.id);
      assert.equal(got.scorecard.version, 1);

      const client = await callerFor(ctx.deps, 'client_viewer6@qa.example', t.clientId);
      const m = await measureVoiceKpis(ctx.deps, client, {
        relationshipId: t.relationshipId,
        queueIds: [],
        from: '2026-11-01',
        to: '2026-12-01',
        timeZone: 'Europe/Stockholm',
        kpis: [
          'qa_score',
          'critical_error_rate',
          'critical_error_rate_customer',
          'critical_error_rate_business',
          'critical_error_rate_compliance',
        ],
      });
      // Mean (100 + 68.18 + 0 + 0) / 4 = 42.045; s = 50.2573; ±1.959964·s/2 = 49.2512
      assert.equal(m.qa_score?.value, 42.045);
      assert.equal(m.qa_score?.n, 4);
      assert.equal(m.qa_score?.lowSample, true);
      assert.ok(Math.abs((m.qa_score?.ci?.[0] ?? 0) - -7.20624) < 1e-4);
      assert.ok(Math.abs((m.qa_score?.ci?.[1] ?? 0) - 91.29624) < 1e-4);
      // 2 of 4 with a critical error (Wilson 0.1500–0.8500); one of each kind (0.0456–0.6994)
      assert.equal(m.critical_error_rate?.value, 0.5);
      assert.ok(Math.abs((m.critical_error_rate?.ci?.[0] ?? 0) - 0.150039) < 1e-5);
      for (const k of ['customer', 'business', 'compliance']) {
        assert.equal(m[`critical_error_rate_${k}`]?.value, 0.25);
        assert.ok(Math.abs((m[`critical_error_rate_${k}`]?.ci?.[1] ?? 0) - 0.699358) < 1e-5);
      }
      // The client reads the aggregates, never single evaluations.
      await rejects(listEvaluations(ctx.deps, client), 'CCQ_ERR_FORBIDDEN');
      await rejects(getEvaluation(ctx.deps, client, e1.id), 'CCQ_ERR_EVALUATION_NOT_FOUND');
    });

    test('the agent named (or an evaluator recording their answer) acknowledges or disputes, once', async () => {
      const agent = await callerFor(ctx.deps, 'agent3@qa.example', t.centreId);
      const mine = await myEvaluations(ctx.deps, agent);
      assert.deepEqual(
        mine.map((e) => e.contactSourceId),
        ['c1'],
      );
      const id = mine[0]!.id;
      assert.equal((await getEvaluation(ctx.deps, agent, id)).evaluation.id, id);
      // Another agent of the centre may not answer for them.
      const otherAgent = await callerFor(ctx.deps, 'agent3@other.example', other.centreId);
      await rejects(
        respondToEvaluation(ctx.deps, otherAgent, id, { response: 'acknowledged', comment: null }),
        'CCQ_ERR_EVALUATION_NOT_FOUND',
      );
      await rejects(respondToEvaluation(ctx.deps, agent, id, { response: 'disputed', comment: ' ' }), 'CCQ_ERR_VALIDATION');
      const done = await respondToEvaluation(ctx.deps, agent, id, { response: 'disputed', comment: 'The customer asked me to skip it' });
      assert.equal(done.status, 'disputed');
      await rejects(respondToEvaluation(ctx.deps, agent, id, { response: 'acknowledged', comment: null }), 'CCQ_ERR_INVALID_STATE');
      // Another evaluation of the centre is not the agent's to see.
      const notMine = (await listEvaluations(ctx.deps, lead)).find((e) => e.contactSourceId === 'c2')!;
      await rejects(getEvaluation(ctx.deps, agent, notMine.id), 'CCQ_ERR_EVALUATION_NOT_FOUND');
      await rejects(
        respondToEvaluation(ctx.deps, agent, notMine.id, { response: 'acknowledged', comment: null }),
        'CCQ_ERR_EVALUATION_NOT_FOUND',
      );
      // The team lead records the answer of an agent without an account.
      assert.equal(
        (await respondToEvaluation(ctx.deps, lead, notMine.id, { response: 'acknowledged', comment: null })).status,
        'acknowledged',
      );
    });

    test('calibration: three evaluators, agreement by hand, not counted as evaluations', async () => {
      const admin = await callerFor(ctx.deps, 'admin0@qa.example', t.centreId);
      const s = await createCalibrationSession(ctx.deps, qm, {
        relationshipId: t.relationshipId,
        scorecardId: card.id,
        contactSourceId: 'c1',
        title: 'November',
        heldOn: '2026-11-12',
      });
      await rejects(
        createCalibrationSession(ctx.deps, lead, {
          relationshipId: t.relationshipId,
          scorecardId: card.id,
          contactSourceId: 'x',
          title: 'x',
          heldOn: '2026-11-12',
        }),
        'CCQ_ERR_FORBIDDEN',
      );
      await scoreCalibration(ctx.deps, qm, s.id, { answers: full });
      await scoreCalibration(ctx.deps, lead, s.id, { answers: { ...full, understanding: 3, offer: null, tone: 3 } });
      await rejects(scoreCalibration(ctx.deps, lead, s.id, { answers: full }), 'CCQ_ERR_CONFLICT');
      await scoreCalibration(ctx.deps, admin, s.id, { answers: { ...full, understanding: 3, offer: null, summary: 1 } });
      const view = await getCalibration(ctx.deps, qm, s.id);
      assert.equal(view.agreement.raters, 3);
      // P_i per criterion (n = 3): agreed 1, split 2–1 → (4 + 1 − 3) / 6 = 1/3
      assert.deepEqual(
        view.agreement.criteria.map((c) => [c.criterionId, Math.round((c.agreement ?? 0) * 1000) / 1000]),
        [
          ['greeting', 1],
          ['identification', 1],
          ['understanding', 0.333],
          ['accuracy', 1],
          ['offer', 0.333],
          ['documentation', 1],
          ['summary', 0.333],
          ['tone', 0.333],
        ],
      );
      // P̄ = 2/3; categories over 24 answers: 1×14, 4×3, 3×3, N/A×2, 2×2 → Pe = 222/576; κ = 162/354 = 0.457627
      assert.ok(Math.abs((view.agreement.kappa ?? 0) - 162 / 354) < 1e-12);
      assert.equal(view.agreement.criteria.find((c) => c.criterionId === 'understanding')?.range, 1);
      const m = await measureVoiceKpis(ctx.deps, qm, {
        relationshipId: t.relationshipId,
        queueIds: [],
        from: '2026-11-01',
        to: '2026-12-01',
        timeZone: 'Europe/Stockholm',
        kpis: ['calibration_agreement', 'qa_score'],
      });
      assert.ok(Math.abs((m.calibration_agreement?.value ?? 0) - 162 / 354) < 1e-12);
      assert.equal(m.calibration_agreement?.n, 1);
      assert.equal(m.calibration_agreement?.lowSample, true);
      assert.equal(m.qa_score?.n, 4);
    });

    test('CSV import scores rows, rejects misfits by line, and skips what is already there', async () => {
      const csv = [
        'Call;When;Agent;queue;greeting;identification;understanding;accuracy;offer;documentation;summary;tone',
        'c10;2026-11-05T10:00:00Z;anna;qa-q1;1;1;4;1;na;1;2;4',
        'c11;2026-11-05T11:00:00Z;bo;nope;1;1;4;1;na;1;2;4',
        'c12;2026-11-05T12:00:00Z;bo;qa-q1;1;1;9;1;na;1;2;4',
        'c13;not a time;bo;qa-q1;1;1;4;1;na;1;2;4',
      ].join('\n');
      const o = {
        relationshipId: t.relationshipId,
        scorecardId: card.id,
        text: csv,
        mapping: { contact: 'Call', contact_at: 'When', agent: 'Agent' },
      };
      const r = await importEvaluations(ctx.deps, lead, o);
      assert.equal(r.imported, 1);
      assert.deepEqual(
        r.rejects.map((x) => x.line),
        [3, 4, 5],
      );
      const again = await importEvaluations(ctx.deps, lead, o);
      assert.deepEqual([again.imported, again.skipped], [0, 1]);
    });

    test('another tenant sees nothing of it', async () => {
      const foreign = await callerFor(ctx.deps, 'quality_manager1@other.example', other.centreId);
      const anyId = (await listEvaluations(ctx.deps, lead))[0]!.id;
      await rejects(getEvaluation(ctx.deps, foreign, anyId), 'CCQ_ERR_EVALUATION_NOT_FOUND');
      assert.deepEqual(await listEvaluations(ctx.deps, foreign), []);
      await rejects(createEvaluation(ctx.deps, foreign, ev({ contactSourceId: 'x' })), 'CCQ_ERR_RELATIONSHIP_NOT_FOUND');
      const foreignClient = await callerFor(ctx.deps, 'client_manager5@other.example', other.clientId);
      await rejects(
        measureVoiceKpis(ctx.deps, foreignClient, {
          relationshipId: t.relationshipId,
          queueIds: [],
          from: '2026-11-01',
          to: '2026-12-01',
          timeZone: 'Europe/Stockholm',
          kpis: ['qa_score'],
        }),
        'CCQ_ERR_RELATIONSHIP_NOT_FOUND',
      );
    });
  });
}
