// test/mandates/evaluate-targets.test.ts — targets judged from imported calls: met, at risk, missed, no data, opening hours, a DST month

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Caller } from '../../src/app/caller.js';
import { evaluateTargets } from '../../src/app/evaluate-targets.js';
import type { KpiTarget, OpeningHours } from '../../src/domain/mandates/mandate.js';
import type { Context } from '../../src/main/context.js';
import { callerFor, openTestContext } from '../support/context.js';
import { dialects } from '../support/databases.js';
import { importText } from '../support/imports.js';
import { seedTenant } from '../support/tenants.js';

const zone = 'Europe/Stockholm';
/** A call entering at a UTC instant, answered after `wait` seconds, talking two minutes. */
const call = (id: string, utc: number, wait: number) => {
  const t = utc / 1000;
  return [
    `${t}|${id}|eval-q1|NONE|ENTERQUEUE||+467${id}|1`,
    `${t + wait}|${id}|eval-q1|Agent/1|CONNECT|${wait}|x|1`,
    `${t + wait + 120}|${id}|eval-q1|Agent/1|COMPLETECALLER|${wait}|120|1`,
  ];
};
// 1 October 2026 (Thursday, UTC+2): 09:00 and 09:30 local, waits 10 s and 40 s.
// 25 October 2026 (Sunday, the day summer time ends; UTC+1 after 03:00): 12:00 and 12:30 local, waits 5 s and 15 s.
const log = [
  ...call('01', Date.UTC(2026, 9, 1, 7, 0), 10),
  ...call('02', Date.UTC(2026, 9, 1, 7, 30), 40),
  ...call('03', Date.UTC(2026, 9, 25, 11, 0), 5),
  ...call('04', Date.UTC(2026, 9, 25, 11, 30), 15),
].join('\n');

const weekdaysOnly: OpeningHours = {
  channel: 'all',
  week: {
    mon: [{ from: '08:00', to: '17:00' }],
    tue: [{ from: '08:00', to: '17:00' }],
    wed: [{ from: '08:00', to: '17:00' }],
    thu: [{ from: '08:00', to: '17:00' }],
    fri: [{ from: '08:00', to: '17:00' }],
    sat: [],
    sun: [],
  },
  closed: [],
  exceptions: [],
};

const target = (over: Partial<KpiTarget>): KpiTarget => ({
  id: 'sl',
  kpi: 'service_level',
  variant: 'offered_minus_short',
  params: { thresholdSeconds: 20, shortAbandonSeconds: 5 },
  queueIds: ['eval-q1'],
  target: 0.8,
  direction: 'at_least',
  tolerance: 0.1,
  period: 'month',
  hours: 'all',
  isoRefs: [],
  ...over,
});

for (const d of await dialects()) {
  describe(`target evaluation (${d.name})`, { skip: d.skip }, () => {
    let ctx: Context;
    let admin: Caller;
    before(async () => {
      ctx = await openTestContext(d.name);
      const tenant = await seedTenant(ctx.deps, 'Eval');
      admin = await callerFor(ctx.deps, 'admin0@eval.example', tenant.centreId);
      await importText(ctx.deps, admin, 'queue_log', 'eval queue_log', log, { timeZone: zone });
    });
    after(async () => ctx.conn.close());

    test('a month across the end of summer time: 3 of 4 answered within 20 s is at risk against 80 % with a 10-point band', async () => {
      const [r] = await evaluateTargets(ctx.deps, admin, { targets: [target({})], month: '2026-10', timeZone: zone, openingHours: null });
      assert.equal(r?.measured, 0.75);
      assert.equal(r?.status, 'at_risk');
      assert.equal(r?.coverage, 2 / 31);
      assert.equal(r?.period.label, '2026-10');
    });

    test('per day: each day judged on its own; days without calls are no data, never met', async () => {
      const rows = await evaluateTargets(ctx.deps, admin, {
        targets: [target({ id: 'asa', kpi: 'asa', variant: null, target: 20, direction: 'at_most', tolerance: 10, period: 'day' })],
        month: '2026-10',
        timeZone: zone,
        openingHours: null,
      });
      assert.equal(rows.length, 31);
      const by = new Map(rows.map((x) => [x.period.label, x]));
      assert.deepEqual([by.get('2026-10-01')?.measured, by.get('2026-10-01')?.status], [25, 'at_risk']);
      assert.deepEqual([by.get('2026-10-25')?.measured, by.get('2026-10-25')?.status], [10, 'met']);
      assert.deepEqual([by.get('2026-10-02')?.measured, by.get('2026-10-02')?.status], [null, 'no_data']);
      assert.equal(rows.filter((x) => x.status === 'no_data').length, 29);
    });

    test('in opening hours only (weekdays 08–17): the Sunday calls do not count, and coverage is over open days', async () => {
      const [r] = await evaluateTargets(ctx.deps, admin, {
        targets: [target({ hours: 'opening' })],
        month: '2026-10',
        timeZone: zone,
        openingHours: weekdaysOnly,
      });
      assert.equal(r?.measured, 0.5);
      assert.equal(r?.status, 'missed');
      assert.equal(r?.coverage, 1 / 22, 'October 2026 has 22 weekdays; one had calls');
      assert.equal(r?.query.onlyOpeningHours, true);
    });

    test('a month with no data at all is no data; a wrong variant or period is refused', async () => {
      const [r] = await evaluateTargets(ctx.deps, admin, { targets: [target({})], month: '2026-11', timeZone: zone, openingHours: null });
      assert.deepEqual([r?.measured, r?.coverage, r?.status], [null, 0, 'no_data']);
      await assert.rejects(
        evaluateTargets(ctx.deps, admin, {
          targets: [target({ variant: 'fastest' })],
          month: '2026-10',
          timeZone: zone,
          openingHours: null,
        }),
        /not a variant/,
      );
      await assert.rejects(
        evaluateTargets(ctx.deps, admin, { targets: [target({})], month: '2026-13', timeZone: zone, openingHours: null }),
        /not valid/,
      );
    });
  });
}
