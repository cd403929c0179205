// test/contact-data/kpi-open-hours.test.ts — a KPI query limited to some quarter-hours (a mandate's opening hours) counts only those

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { queryKpis } from '../../src/app/query-kpis.js';
import type { Context } from '../../src/main/context.js';
import { callerFor, openTestContext } from '../support/context.js';
import { dialects } from '../support/databases.js';
import { importText } from '../support/imports.js';
import { seedTenant } from '../support/tenants.js';

// 2026-03-02 in Stockholm (UTC+1): a call at 07:10 local (before opening) answered after 40 s, one at 09:05 answered after 10 s.
const early = Date.UTC(2026, 2, 2, 6, 10) / 1000;
const open = Date.UTC(2026, 2, 2, 8, 5) / 1000;

for (const d of await dialects()) {
  describe(`KPIs in opening hours only (${d.name})`, { skip: d.skip }, () => {
    let ctx: Context;
    before(async () => {
      ctx = await openTestContext(d.name);
    });
    after(async () => ctx.conn.close());

    test('quarter-hours outside the set are left out of every KPI', async () => {
      const tenant = await seedTenant(ctx.deps, 'Hours');
      const admin = await callerFor(ctx.deps, 'admin0@hours.example', tenant.centreId);
      const log = [
        `${early}|e1|hours-q1|NONE|ENTERQUEUE||+46701|1`,
        `${early + 40}|e1|hours-q1|Agent/1|CONNECT|40|x|1`,
        `${early + 160}|e1|hours-q1|Agent/1|COMPLETECALLER|40|120|1`,
        `${open}|o1|hours-q1|NONE|ENTERQUEUE||+46702|1`,
        `${open + 10}|o1|hours-q1|Agent/1|CONNECT|10|x|1`,
        `${open + 130}|o1|hours-q1|Agent/1|COMPLETECALLER|10|120|1`,
      ];
      await importText(ctx.deps, admin, 'queue_log', 'hours queue_log', log.join('\n'), { timeZone: 'Europe/Stockholm' });
      const query = { from: '2026-03-02', to: '2026-03-03', kpis: ['offered', 'asa'], timeZone: 'Europe/Stockholm' };
      const all = await queryKpis(ctx.deps, admin, query);
      assert.deepEqual(all.groups[0]?.kpis, { offered: 2, asa: 25 });
      // 08:00–09:15 local only: the 09:05 call.
      const openQuarters = new Set(Array.from({ length: 5 }, (_, i) => Date.UTC(2026, 2, 2, 7, 0) + i * 15 * 60_000));
      const inHours = await queryKpis(ctx.deps, admin, { ...query, onlyIntervals: openQuarters });
      assert.deepEqual(inHours.groups[0]?.kpis, { offered: 1, asa: 10 });
    });
  });
}
