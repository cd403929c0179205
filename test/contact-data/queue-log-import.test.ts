// test/contact-data/queue-log-import.test.ts — a queue_log through the import use-case into records and aggregates, on both databases

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chooseCentre } from '../../src/app/choose-centre.js';
import type { Caller } from '../../src/app/caller.js';
import { queryKpis } from '../../src/app/query-kpis.js';
import type { Context } from '../../src/main/context.js';
import { dialects } from '../support/databases.js';
import { callerFor, openTestContext, operator } from '../support/context.js';
import { importText } from '../support/imports.js';
import { type Tenant, seedTenant } from '../support/tenants.js';

const t0 = 1_772_438_400; // 2026-03-02T08:00:00Z = 09:00 in Stockholm
const L = (dt: number, rest: string) => `${t0 + dt}|${rest}`;

/** Three calls in the morning, one with a key exit, an agent session, then (second part) more calls after noon. */
const morning = [
  L(0, 'NONE|NONE|NONE|QUEUESTART|'),
  L(0, 'MANAGER|support|Agent/1|ADDMEMBER|'),
  L(10, 'c1|support|NONE|ENTERQUEUE||+46701|1'),
  L(25, 'c1|support|Agent/1|CONNECT|15|c1b|2'),
  L(145, 'c1|support|Agent/1|COMPLETECALLER|15|120|1'),
  L(20, 'c2|support|NONE|ENTERQUEUE||+46702|2'),
  L(23, 'c2|support|NONE|ABANDON|1|2|3'),
  L(30, 'c3|support|NONE|ENTERQUEUE||+46701|2'),
  L(60, 'c3|support|NONE|EXITWITHKEY|1|1|2|30'),
  L(900, 'MANAGER|support|Agent/1|REMOVEMEMBER|'),
];
const afternoon = [
  L(14_400, 'c4|sales|NONE|ENTERQUEUE||+46703|1'),
  L(14_430, 'c4|sales|Agent/2|CONNECT|30|c4b|1'),
  L(14_490, 'c4|sales|Agent/2|BLINDTRANSFER|200|default|30|60|1'),
];
const text = (lines: string[]) => `${lines.join('\n')}\n`;

for (const d of await dialects()) {
  describe(`queue_log import (${d.name})`, { skip: d.skip }, () => {
    let ctx: Context;
    let tenant: Tenant;
    let centreAdmin: Caller;
    before(async () => {
      ctx = await openTestContext(d.name);
      tenant = await seedTenant(ctx.deps, 'Alpha');
      centreAdmin = await callerFor(ctx.deps, 'admin0@alpha.example', tenant.centreId);
    });
    after(async () => ctx.conn.close());

    test('imports calls and agent states, creates the queues it meets, and counts what it did', async () => {
      const { run, rejects } = await importText(ctx.deps, centreAdmin, 'queue_log', 'queue_log.1', text(morning));
      assert.deepEqual(rejects, []);
      assert.equal(run.status, 'completed');
      assert.deepEqual([run.rowsRead, run.imported, run.duplicates, run.rejected, run.agentStates], [10, 3, 0, 0, 1]);
      assert.deepEqual(run.detail.queuesCreated, ['support']);
      const stored = await ctx.deps.store.imports.findById(centreAdmin.scope, run.id);
      assert.equal(stored?.imported, 3);
      assert.equal(stored?.status, 'completed');
    });

    test('the same bytes again are recognised and change nothing', async () => {
      const { run } = await importText(ctx.deps, centreAdmin, 'queue_log', 'queue_log.1', text(morning));
      assert.equal(run.status, 'already_imported');
      const forced = await importText(ctx.deps, centreAdmin, 'queue_log', 'queue_log.1', text(morning), { force: true });
      assert.deepEqual([forced.run.imported, forced.run.duplicates], [0, 3]);
    });

    test('a longer copy of the growing file adds only the new calls', async () => {
      const { run } = await importText(ctx.deps, centreAdmin, 'queue_log', 'queue_log', text([...morning, ...afternoon]));
      assert.deepEqual([run.imported, run.duplicates], [1, 3]);
      assert.deepEqual(run.detail.queuesCreated, ['sales']);
    });

    test('KPIs come from the aggregates, per queue, in the centre time zone', async () => {
      const r = await queryKpis(ctx.deps, centreAdmin, {
        from: '2026-03-02',
        to: '2026-03-03',
        by: ['queue', 'day'],
        params: { slVariant: 'offered' },
      });
      assert.equal(r.timeZone, 'Europe/Stockholm');
      const support = r.groups.find((g) => g.queue === 'support');
      assert.equal(support?.periodStart, '2026-03-02T00:00:00+01:00');
      // support: offered 3, answered 1 (wait 15 ≤ 20), abandoned 1 (wait 3, short), key exit 1 (not abandoned).
      assert.deepEqual(
        ['offered', 'answered', 'abandoned', 'short_abandoned', 'service_level', 'asa', 'aht', 'max_wait', 'abandon_rate'].map(
          (k) => support?.kpis[k],
        ),
        [3, 1, 1, 1, 1 / 3, 15, 120, 30, 1 / 3],
      );
      // 120 s of talk over 900 s staffed.
      assert.equal(support?.kpis.occupancy, 120 / 900);
      // +46701 called twice within 7 days: c3 repeats c1; c1 is followed by c3.
      assert.equal(support?.kpis.repeat_contact_rate, 1 / 3);
      assert.equal(support?.kpis.fcr_proxy, 2 / 3);
      const sales = r.groups.find((g) => g.queue === 'sales');
      assert.equal(sales?.kpis.transfer_rate, 1);
      assert.equal(sales?.kpis.occupancy, null);
    });

    test('on the spring DST day the local day has 23 hours, and the hours and intervals keep their local offsets', async () => {
      // 2026-03-29 in Stockholm: 02:00 +01:00 jumps to 03:00 +02:00. One call an hour from 00:30 to 22:30 local.
      const dstMorning = Date.UTC(2026, 2, 28, 23, 30) / 1000; // 00:30 +01:00
      const hourly = Array.from({ length: 23 }, (_, h) => {
        const at = dstMorning + h * 3600;
        return [
          `${at}|dst${h}|dst|NONE|ENTERQUEUE||+4670${h}|1`,
          `${at + 5}|dst${h}|dst|Agent/1|CONNECT|5|x|1`,
          `${at + 65}|dst${h}|dst|Agent/1|COMPLETECALLER|5|60|1`,
        ];
      }).flat();
      // One more call at 00:30 the next local day, which must not fall into the DST day.
      const next = Date.UTC(2026, 2, 29, 22, 30) / 1000;
      hourly.push(`${next}|dst-next|dst|NONE|ENTERQUEUE||+46799|1`, `${next + 10}|dst-next|dst|NONE|ABANDON|1|1|10`);
      await importText(ctx.deps, centreAdmin, 'queue_log', 'queue_log.dst', text(hourly));
      const days = await queryKpis(ctx.deps, centreAdmin, {
        queues: ['dst'],
        from: '2026-03-29',
        to: '2026-03-31',
        by: ['day'],
        kpis: ['offered'],
      });
      assert.deepEqual(
        days.groups.map((g) => [g.periodStart, g.kpis.offered]),
        [
          ['2026-03-29T00:00:00+01:00', 23],
          ['2026-03-30T00:00:00+02:00', 1],
        ],
      );
      const hours = await queryKpis(ctx.deps, centreAdmin, {
        queues: ['dst'],
        from: '2026-03-29',
        to: '2026-03-30',
        by: ['hour'],
        kpis: ['offered'],
      });
      assert.equal(hours.groups.length, 23);
      assert.deepEqual(
        hours.groups.slice(0, 3).map((g) => g.periodStart),
        ['2026-03-29T00:00:00+01:00', '2026-03-29T01:00:00+01:00', '2026-03-29T03:00:00+02:00'],
      );
      assert.equal(hours.groups.at(-1)?.periodStart, '2026-03-29T23:00:00+02:00');
      const intervals = await queryKpis(ctx.deps, centreAdmin, {
        queues: ['dst'],
        from: '2026-03-29T01:00',
        to: '2026-03-29T04:00',
        by: ['interval'],
        kpis: ['offered'],
      });
      assert.deepEqual(
        intervals.groups.map((g) => g.periodStart),
        ['2026-03-29T01:30:00+01:00', '2026-03-29T03:30:00+02:00'],
      );
    });

    test('the abandon set and the threshold are parameters, and the answer follows them exactly', async () => {
      const r = await queryKpis(ctx.deps, centreAdmin, {
        queues: ['support'],
        from: '2026-03-02',
        to: '2026-03-03',
        params: {
          thresholdSeconds: 14,
          abandonOutcomes: ['abandoned', 'exit_key'],
          shortAbandonSeconds: 2,
          slVariant: 'answered_plus_abandoned',
        },
      });
      const k = r.groups[0]?.kpis;
      assert.deepEqual([k?.abandoned, k?.short_abandoned, k?.service_level], [2, 0, 0]);
    });

    test('a client sees the KPIs of the queues run for it, and nothing of another tenant', async () => {
      const beta = await seedTenant(ctx.deps, 'Beta');
      const betaClient = await callerFor(ctx.deps, 'client_manager5@beta.example', beta.clientId);
      const r = await queryKpis(ctx.deps, betaClient, { from: '2026-03-02', to: '2026-03-03', by: ['queue'] });
      assert.deepEqual(
        r.queues.map((q) => q.code),
        ['beta-q1'],
      );
      await assert.rejects(queryKpis(ctx.deps, betaClient, { queues: ['support'], from: '2026-03-02', to: '2026-03-03' }), {
        code: 'CCQ_ERR_QUEUE_NOT_FOUND',
      });
      const betaAdmin = await callerFor(ctx.deps, 'admin0@beta.example', beta.centreId);
      assert.deepEqual(await ctx.deps.store.imports.list(betaAdmin.scope, { limit: 10 }), []);
    });

    test('an agent may read KPIs but not import', async () => {
      const agent = await callerFor(ctx.deps, 'agent3@alpha.example', tenant.centreId);
      await assert.rejects(importText(ctx.deps, agent, 'queue_log', 'x', text(morning)), { code: 'CCQ_ERR_FORBIDDEN' });
    });

    test('the operator with no centre in an empty database gets one created', async () => {
      const fresh = await openTestContext(d.name);
      try {
        const chosen = await chooseCentre(fresh.deps, operator, { createIfNone: true });
        assert.equal(chosen.created, true);
        const { run } = await importText(fresh.deps, chosen.caller, 'queue_log', 'q', text(afternoon));
        assert.equal(run.imported, 1);
        assert.equal((await chooseCentre(fresh.deps, operator, { createIfNone: true })).created, false);
      } finally {
        await fresh.conn.close();
      }
    });
  });
}
