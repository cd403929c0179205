// test/people/demo-people.test.ts — the demo's people month: KPIs from its records, the pulse survey with the small chat group suppressed, the CLI import

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { measurePeopleKpis } from '../../src/app/kpis/people-kpis.js';
import { loadDemoData } from '../../src/app/load-demo-data.js';
import { listPulseSurveys, pulseResults } from '../../src/app/manage-pulse.js';
import { systemScope } from '../../src/domain/access/scope.js';
import type { Context } from '../../src/main/context.js';
import { cliWorkspace } from '../support/cli.js';
import { callerFor, openTestContext, operator, steppingClock } from '../support/context.js';

describe('the demo people records', () => {
  let ctx: Context;
  before(async () => {
    ctx = await openTestContext('sqlite', { clock: steppingClock('2026-11-10T09:00:00.000Z').clock });
    await loadDemoData(ctx.deps, operator, { contactDays: 0 });
  });
  after(async () => ctx?.conn.close());

  test('October has every people KPI, and the pulse survey hides its group of three', async () => {
    const partner = await ctx.deps.store.organisations.findByName(systemScope, 'Kontaktpartner AB');
    const karin = await callerFor(ctx.deps, 'karin@kontaktpartner.example', partner!.id);
    const rel = (await ctx.deps.store.relationships.list(karin.scope)).find((r) => r.name === 'Nordbank kundservice')!;
    const kpis = await measurePeopleKpis(ctx.deps, karin, { relationshipId: rel.id, from: '2026-10-01', to: '2026-11-01' });
    for (const k of kpis) assert.notEqual(k.value, null, k.kpi);
    // 20 agents; KP-N08 (long-serving) and KP-N20 (started 10 Oct) left: 2 leavers, one of them early.
    assert.equal(kpis.find((k) => k.kpi === 'attrition_rate')!.n, 20);
    // Pulse: Stockholm 8 + Luleå 5 answers count; Chatt (3) does not.
    assert.equal(kpis.find((k) => k.kpi === 'enps')!.n, 13);
    const survey = (await listPulseSurveys(ctx.deps, karin))[0]!;
    const r = await pulseResults(ctx.deps, karin, survey.id);
    assert.deepEqual(
      r.groups.map((g) => [g.group, g.invited, g.respondents]),
      [
        ['Stockholm', 10, 8],
        ['Luleå', 6, 5],
        ['Chatt', 4, null],
      ],
    );
  });
});

describe('ccq people import', () => {
  const ws = cliWorkspace('ccq-people-');
  after(() => ws.remove());

  test('imports a roster with a column mapping and reports rejected rows with exit code 65', () => {
    assert.equal(ws.ccq('org', 'add', '--name', 'CLI Centre', '--kind', 'contact_centre').code, 0);
    const file = join(ws.dir, 'roster.csv');
    writeFileSync(file, 'Kod;Anställd\nX01;2026-01-01\nX02;2026-02-30x\n');
    const r = ws.ccq('people', 'import', file, '--kind', 'headcount', '--map', 'agent_code=Kod', '--map', 'started_on=Anställd', '--json');
    assert.equal(r.code, 65, r.err);
    const out = JSON.parse(r.out);
    assert.equal(out.imported, 1);
    assert.deepEqual(out.rejects, [{ line: 3, field: 'started_on', message: 'a date YYYY-MM-DD' }]);
    const bad = ws.ccq('people', 'import', file, '--kind', 'headcount', '--map', 'name=Kod');
    assert.equal(bad.code, 65);
    assert.match(bad.err, /--map name=Kod/);
  });
});
