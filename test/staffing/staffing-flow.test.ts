// test/staffing/staffing-flow.test.ts — forecast, plan, patience and plan vs actual from imported calls with a known weekly pattern, on both databases, with tenancy

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { staffingPlanCsv } from '../../src/adapters/reports/staffing-plan-export.js';
import type { Caller } from '../../src/app/caller.js';
import { renderReviewPackHtml } from '../../src/adapters/reports/review-pack-html.js';
import { createMandate } from '../../src/app/manage-mandates.js';
import { gatherReviewPack } from '../../src/app/review-pack.js';
import { comparePlan, queuePatience } from '../../src/app/staffing/compare-plan.js';
import { forecastQueue } from '../../src/app/staffing/forecast-queue.js';
import { listPlans, loadPlan, planStaffing } from '../../src/app/staffing/plan-staffing.js';
import { mandateTemplate } from '../../src/domain/mandates/template.js';
import { requiredAgents, scheduledStaff } from '../../src/domain/staffing/required-agents.js';
import type { Context } from '../../src/main/context.js';
import { createApp } from '../../src/main/server.js';
import { callerFor, openTestContext, steppingClock } from '../support/context.js';
import { dialects } from '../support/databases.js';
import { importText } from '../support/imports.js';
import { signInAs } from '../support/http.js';
import { TEST_PASSWORD, type Tenant, seedTenant } from '../support/tenants.js';

/**
 * Three identical weeks from Monday 5 October 2026 (Europe/Stockholm, UTC+2): every weekday at
 * 09:00 and 09:30 local, four calls each; three wait 10 s and talk 180 s, the fourth abandons after
 * 40 s. So a weekday half-hour offers 4 contacts with an AHT of 180 s; the waiting time of all
 * queued contacts per half-hour is 3 × 10 + 40 = 70 s for one abandon: mean patience 70 s.
 */
const queueLog = (queue: string): string => {
  const lines: string[] = [];
  let id = 0;
  for (let day = 0; day < 21; day += 1) {
    if (day % 7 >= 5) continue;
    for (const minute of [0, 30]) {
      const t = Date.UTC(2026, 9, 5 + day, 7, minute) / 1000;
      for (let k = 0; k < 4; k += 1) {
        id += 1;
        const c = `c${id}`;
        const at = t + k * 60;
        lines.push(`${at}|${c}|${queue}|NONE|ENTERQUEUE||+467000${id}|1`);
        if (k === 3) lines.push(`${at + 40}|${c}|${queue}|NONE|ABANDON|1|1|40`);
        else {
          lines.push(`${at + 10}|${c}|${queue}|Agent/1|CONNECT|10|x|1`);
          lines.push(`${at + 190}|${c}|${queue}|Agent/1|COMPLETECALLER|10|180|1`);
        }
      }
    }
  }
  return `${lines.join('\n')}\n`;
};

for (const { name, skip } of await dialects()) {
  describe(`staffing from contact history (${name})`, { skip }, () => {
    let ctx: Context;
    let a: Tenant;
    let b: Tenant;
    let planner: Caller;
    const as = (t: Tenant, role: string) => {
      const u = t.users.find((x) => x.role === role);
      if (!u) throw new Error(role);
      return callerFor(ctx.deps, u.email, u.organisationId);
    };

    before(async () => {
      ctx = await openTestContext(name, { clock: steppingClock('2026-10-27T10:00:00.000Z').clock });
      a = await seedTenant(ctx.deps, 'Stf');
      b = await seedTenant(ctx.deps, 'Oth');
      planner = await as(a, 'quality_manager');
      const imported = await importText(ctx.deps, await as(a, 'admin'), 'queue_log', 'weeks.log', queueLog('stf-q1'));
      assert.equal(imported.rejects.length, 0);
    });
    after(async () => ctx?.conn.close());

    test('the forecast repeats the identical weeks and the AHT is the handling time', async () => {
      const f = await forecastQueue(ctx.deps, planner, {
        queue: 'stf-q1',
        from: '2026-10-26',
        horizonDays: 2,
        historyWeeks: 3,
        method: 'naive',
      });
      assert.equal(f.timeZone, 'Europe/Stockholm');
      assert.equal(f.intervals.length, 96);
      assert.equal(f.history.offered, 15 * 2 * 4);
      // Monday 26 October 09:00 local is 08:00 UTC (winter time from 25 October).
      const nine = f.intervals.find((i) => i.start === Date.UTC(2026, 9, 26, 8, 0));
      assert.equal(nine?.offered, 4);
      assert.equal(nine?.ahtSeconds, 180);
      assert.equal(f.intervals.filter((i) => i.offered > 0).length, 4);
      const auto = await forecastQueue(ctx.deps, planner, { queue: 'stf-q1', from: '2026-10-26', horizonDays: 2, historyWeeks: 3 });
      assert.ok(auto.offered.evaluation.length >= 2, 'every method that fits is backtested');
      assert.ok(
        auto.offered.evaluation.every((e) => e.mae < 1e-9),
        'identical weeks are forecast without error',
      );
    });

    test('a plan staffs each interval for the mandate’s targets, with the patience measured from the queue', async () => {
      const client = await as(a, 'client_manager');
      const target = {
        variant: null,
        params: { thresholdSeconds: 30 },
        queueIds: [a.queueId],
        period: 'month' as const,
        hours: 'all' as const,
        isoRefs: [],
      };
      await createMandate(ctx.deps, client, {
        relationshipId: a.relationshipId,
        title: 'Stf mandate',
        content: {
          ...mandateTemplate(),
          queueIds: [a.queueId],
          targets: [
            { ...target, id: 'sl', kpi: 'service_level', target: 0.9, direction: 'at_least', tolerance: 0.05 },
            { ...target, id: 'ab', kpi: 'abandon_rate', target: 0.05, direction: 'at_most', tolerance: 0.01 },
            { ...target, id: 'csat', kpi: 'csat', target: 0.8, direction: 'at_least', tolerance: 0.05 },
          ],
        },
      });
      const plan = await planStaffing(ctx.deps, planner, {
        queue: a.queueId,
        from: '2026-10-19',
        to: '2026-10-21',
        historyWeeks: 2,
        method: 'naive',
        shrinkage: 0.25,
      });
      assert.equal(plan.targetSource.kind, 'mandate');
      assert.deepEqual(plan.targets, { serviceLevel: { fraction: 0.9, thresholdSeconds: 30 }, maxAbandonRate: 0.05 });
      assert.equal(plan.model, 'erlang-a');
      assert.equal(plan.patience.source, 'estimated');
      assert.ok(Math.abs((plan.patience.seconds ?? 0) - 70) < 1e-9, String(plan.patience.seconds));
      assert.equal(plan.intervals.length, 2 * 48);
      const busy = plan.intervals.filter((p) => p.offered > 0);
      assert.equal(busy.length, 4);
      const load = (4 * 180) / 1800;
      const expectA = requiredAgents('erlang-a', { load, ahtSeconds: 180, patienceSeconds: 70 }, plan.targets);
      const expectC = requiredAgents('erlang-c', { load, ahtSeconds: 180 }, plan.targets);
      for (const p of busy) {
        assert.equal(p.load, load);
        assert.equal(p.erlangA?.agents, expectA.agents);
        assert.equal(p.erlangC.agents, expectC.agents);
        assert.equal(p.scheduled, scheduledStaff(expectA.agents, 0.25));
        assert.ok(p.expected.serviceLevel >= 0.9 && p.expected.probabilityAbandon <= 0.05);
      }
      assert.equal(plan.totals.offered, 16);
      assert.equal(plan.check, null);
      // Checked by simulation: reproducible from its seed, one service level per interval, busy ones near the plan's 90 %.
      const checked = {
        queue: a.queueId,
        from: '2026-10-19',
        to: '2026-10-21',
        historyWeeks: 2,
        method: 'naive' as const,
        check: { seed: 3, replications: 40 },
      };
      const checkedOnce = await planStaffing(ctx.deps, planner, checked);
      const checkedTwice = await planStaffing(ctx.deps, planner, checked);
      assert.deepEqual(checkedOnce.check, checkedTwice.check);
      const check = checkedOnce.check;
      assert.ok(check);
      assert.equal(check.serviceLevels.length, 96);
      // The queue's customers all gave up at 40 s: the check simulates that, not an exponential.
      assert.equal(check.patience, 'measured');
      assert.ok(check.contacts > 400 && check.contacts < 900, String(check.contacts));
      assert.ok((check.serviceLevel.value ?? 0) > 0.8, JSON.stringify(check.serviceLevel));
      assert.equal(check.serviceLevels.filter((x) => x !== null).length, 4);
      assert.ok(plan.intervals.filter((p) => p.offered === 0).every((p) => p.agents === 0 && p.scheduled === 0));
      const csv = staffingPlanCsv(plan).split('\r\n').filter(Boolean);
      assert.equal(
        csv[0],
        '\uFEFFstart,offered,aht_seconds,load,erlang_c_agents,erlang_a_agents,agents,scheduled,service_level,asa,probability_abandon,occupancy',
      );
      assert.equal(csv.length, 1 + 96);
      assert.ok(
        csv.some((line) => line.startsWith('2026-10-19T09:00:00+02:00,4,180,0.4,')),
        csv.slice(18, 21).join('\n'),
      );
    });

    test('a saved plan is compared with what happened, and only its tenant sees it', async () => {
      const saved = await planStaffing(ctx.deps, planner, {
        queue: 'stf-q1',
        from: '2026-10-19',
        to: '2026-10-24',
        historyWeeks: 2,
        method: 'naive',
        model: 'erlang-c',
        targets: { serviceLevel: { fraction: 0.8, thresholdSeconds: 20 } },
        save: true,
      });
      assert.ok(saved.id);
      assert.equal(saved.targetSource.kind, 'given');
      const id = saved.id as string;
      const cmp = await comparePlan(ctx.deps, await as(a, 'client_viewer'), id);
      assert.equal(cmp.summary.forecastOffered, 40);
      assert.equal(cmp.summary.actualOffered, 40);
      assert.equal(cmp.summary.volumeBias, 0);
      assert.equal(cmp.summary.forecastMae, 0);
      // 3 of 4 answered after 10 s: 75 % within 20 s in every busy interval, below the 80 % target.
      assert.equal(cmp.summary.actualServiceLevel, 0.75);
      assert.equal(cmp.summary.intervalsBelowTarget, 10);
      assert.equal(cmp.hasAgentData, false);
      // Answered contacts waited 10 s each.
      const busyRow = cmp.rows.find((r) => r.actualOffered > 0);
      assert.deepEqual([busyRow?.actualAsa, busyRow?.actualAbandonRate], [10, 0.25]);
      assert.ok((busyRow?.expectedAsa ?? -1) >= 0);
      assert.equal((await listPlans(ctx.deps, await as(a, 'auditor'), { queue: 'stf-q1' }))[0]?.id, id);
      // The month's joint review pack shows the plan against what happened, to the client too.
      const pack = await gatherReviewPack(ctx.deps, await as(a, 'client_manager'), { relationshipId: a.relationshipId, period: '2026-10' });
      const shown = pack.staffing?.find((s) => s.from === '2026-10-19' && s.to === '2026-10-24');
      assert.ok(shown, JSON.stringify(pack.staffing));
      assert.deepEqual(
        [shown.queue, shown.model, shown.forecastOffered, shown.actualOffered, shown.actualServiceLevel, shown.intervalsBelowTarget],
        ['stf-q1', 'erlang-c', 40, 40, 0.75, 10],
      );
      const html = renderReviewPackHtml(pack, null, 'en');
      assert.match(html, /<h2>Staffing: plan against actual<\/h2>.*<td>stf-q1<\/td><td>2026-10-19 – 2026-10-24 \(erlang-c\)<\/td>/s);
      assert.equal(
        (await gatherReviewPack(ctx.deps, await as(a, 'client_manager'), { relationshipId: a.relationshipId, period: '2026-09' })).staffing,
        null,
      );
      await assert.rejects(loadPlan(ctx.deps, await as(b, 'admin'), id), { code: 'CCQ_ERR_PLAN_NOT_FOUND' });
      await assert.rejects(loadPlan(ctx.deps, await as(a, 'agent'), id), { code: 'CCQ_ERR_PLAN_NOT_FOUND' });
      assert.deepEqual(await listPlans(ctx.deps, await as(b, 'admin')), []);
      await assert.rejects(
        planStaffing(ctx.deps, await as(a, 'client_manager'), {
          queue: 'stf-q1',
          from: '2026-10-19',
          to: '2026-10-20',
          historyWeeks: 2,
          save: true,
        }),
        {
          code: 'CCQ_ERR_FORBIDDEN',
        },
      );
      await assert.rejects(forecastQueue(ctx.deps, await as(b, 'quality_manager'), { queue: 'stf-q1', from: '2026-10-26' }), {
        code: 'CCQ_ERR_QUEUE_NOT_FOUND',
      });
    });

    test('patience: abandons over the waiting time of all queued contacts, and the time-to-abandon curve', async () => {
      const p = await queuePatience(ctx.deps, planner, { queue: 'stf-q1', from: '2026-10-05', to: '2026-10-26' });
      assert.equal(p.queued, 120);
      assert.equal(p.abandoned, 30);
      assert.equal(p.totalWaitSeconds, 30 * 70);
      assert.ok(Math.abs((p.estimate?.meanSeconds ?? 0) - 70) < 1e-9);
      // Every wait of 10 s is censored; all abandons come at 40 s, when only they are still waiting.
      assert.deepEqual(
        p.survival.points.map((x) => [x.seconds, x.atRisk, x.survival]),
        [
          [10, 120, 1],
          [40, 30, 0],
        ],
      );
      assert.equal(p.survival.medianSeconds, 40);
    });

    test('over HTTP: the calculator, a forecast, a saved plan as XLSX and its comparison', async () => {
      const app = await createApp(ctx, { webRoot: null });
      try {
        const qm = a.users.find((u) => u.role === 'quality_manager');
        const http = await signInAs(app, qm?.email ?? '', TEST_PASSWORD);
        const calc = await http.request('POST', '/api/v1/staffing/erlang', {
          calls: 100,
          intervalSeconds: 1800,
          ahtSeconds: 180,
          targetServiceLevel: 0.8,
          targetSeconds: 20,
          maxOccupancy: 0.85,
          shrinkage: 0.3,
        });
        assert.equal(calc.statusCode, 200, calc.body);
        const c = calc.json();
        assert.deepEqual([c.agents, c.scheduled, c.binding], [14, 20, 'service_level']);
        assert.ok(Math.abs(c.measures.service_level - 0.88835) < 5e-6 && Math.abs(c.measures.asa - 7.835937) < 1e-5);
        const bad = await http.request('POST', '/api/v1/staffing/erlang', {
          model: 'erlang-a',
          calls: 100,
          ahtSeconds: 180,
          targetServiceLevel: 0.8,
        });
        assert.equal(bad.statusCode, 400);
        assert.deepEqual(
          bad.json().error.issues.map((i: { path: string }) => i.path),
          ['patience'],
        );
        const f = await http.request('GET', '/api/v1/forecasts?queue=stf-q1&from=2026-10-26&horizonDays=1&historyWeeks=3&method=naive');
        assert.equal(f.statusCode, 200, f.body);
        const nine = f.json().intervals.find((i: { start: string }) => i.start === '2026-10-26T09:00:00+01:00');
        assert.deepEqual([nine.offered, nine.ahtSeconds], [4, 180]);
        const saved = await http.request('POST', '/api/v1/staffing/plans', {
          queue: 'stf-q1',
          from: '2026-10-19',
          to: '2026-10-21',
          historyWeeks: 2,
          method: 'naive',
          save: true,
        });
        assert.equal(saved.statusCode, 201, saved.body);
        const id = saved.json().id as string;
        assert.equal(saved.json().intervals[18].start, '2026-10-19T09:00:00+02:00');
        const xlsx = await http.request('GET', `/api/v1/staffing/plans/${id}/export?format=xlsx&lang=en`);
        assert.equal(xlsx.statusCode, 200);
        assert.match(String(xlsx.headers['content-disposition']), /^attachment; filename="staffing-stf-q1-2026-10-19-plan\.xlsx"$/);
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
        assert.deepEqual(
          book.worksheets.map((w) => w.name),
          ['Plan', 'Summary'],
        );
        const sheet = book.getWorksheet('Plan');
        assert.equal(sheet?.rowCount, 1 + 96);
        assert.equal(sheet?.getRow(1).getCell(7).value, 'Agents planned');
        assert.equal(sheet?.getRow(20).getCell(2).value, 4);
        const actual = await http.request('GET', `/api/v1/staffing/plans/${id}/actual`);
        assert.equal(actual.statusCode, 200, actual.body);
        assert.equal(actual.json().summary.actualOffered, 16);
        const foreign = await (await signInAs(app, b.users[0]?.email ?? '', TEST_PASSWORD)).request('GET', `/api/v1/staffing/plans/${id}`);
        assert.equal(foreign.statusCode, 404);
      } finally {
        await app.close();
      }
    });

    test('no history: a clear error, not an empty plan', async () => {
      await assert.rejects(forecastQueue(ctx.deps, await as(b, 'quality_manager'), { queue: 'oth-q1', from: '2026-10-26' }), {
        code: 'CCQ_ERR_TOO_LITTLE_HISTORY',
      });
    });
  });
}
