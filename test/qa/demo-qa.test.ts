// test/qa/demo-qa.test.ts — the demo's quality monitoring: the shipped scorecard, a month of evaluations, a calibration, the KPIs the client reads

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readScorecardFile, shippedScorecardPath } from '../../src/adapters/qa/scorecard-files.js';
import { measureVoiceKpis } from '../../src/app/kpis/voice-kpis.js';
import { listCalibrations, getCalibration } from '../../src/app/manage-calibration.js';
import { listEvaluations } from '../../src/app/manage-qa.js';
import { loadDemoData } from '../../src/app/load-demo-data.js';
import { demoScorecard } from '../../src/app/load-demo-qa.js';
import { systemScope } from '../../src/domain/access/scope.js';
import type { Context } from '../../src/main/context.js';
import { callerFor, openTestContext, operator, steppingClock } from '../support/context.js';

test('the demo scorecard is the shipped example file', () => {
  assert.deepEqual(readScorecardFile(shippedScorecardPath).content, demoScorecard);
});

describe('demo quality monitoring', () => {
  let ctx: Context;
  before(async () => {
    ctx = await openTestContext('sqlite', { clock: steppingClock('2026-11-20T12:00:00.000Z').clock });
    await loadDemoData(ctx.deps, operator, { contactDays: 7 });
  });
  after(async () => ctx.conn.close());

  test('four sampled evaluations per agent, the agent’s answers, one calibration of three', async () => {
    const partner = await ctx.deps.store.organisations.findByName(systemScope, 'Kontaktpartner AB');
    const tove = await callerFor(ctx.deps, 'tove@kontaktpartner.example', partner!.id);
    const list = await listEvaluations(ctx.deps, tove);
    const agents = new Map<string, number>();
    for (const e of list) agents.set(e.agent, (agents.get(e.agent) ?? 0) + 1);
    assert.ok(agents.size >= 10, `agents evaluated: ${agents.size}`);
    assert.ok([...agents.values()].every((n) => n === 4));
    assert.ok(list.some((e) => e.status === 'disputed'));
    assert.ok(list.some((e) => e.status === 'acknowledged'));
    assert.ok(list.some((e) => e.criticalErrors.length > 0));
    const sessions = await listCalibrations(ctx.deps, tove);
    assert.equal(sessions.length, 1);
    const view = await getCalibration(ctx.deps, tove, sessions[0]!.id);
    assert.equal(view.scores.length, 3);
    assert.notEqual(view.agreement.kappa, null);

    // The client reads the aggregate: the mean of the scores, over every evaluation of the period.
    const nordbank = await ctx.deps.store.organisations.findByName(systemScope, 'Nordbank AB');
    const anna = await callerFor(ctx.deps, 'anna@nordbank.example', nordbank!.id);
    const m = await measureVoiceKpis(ctx.deps, anna, {
      relationshipId: list[0]!.relationshipId,
      queueIds: [],
      from: '2026-10-01',
      to: '2026-12-01',
      timeZone: 'Europe/Stockholm',
      kpis: ['qa_score', 'critical_error_rate', 'calibration_agreement'],
    });
    const scores = list.map((e) => e.score ?? 0);
    assert.equal(m.qa_score?.n, list.length);
    assert.ok(Math.abs((m.qa_score?.value ?? 0) - scores.reduce((a, b) => a + b, 0) / scores.length) < 1e-9);
    assert.equal(m.critical_error_rate?.value, list.filter((e) => e.criticalErrors.length > 0).length / list.length);
    assert.equal(m.calibration_agreement?.value, view.agreement.kappa);
  });
});
