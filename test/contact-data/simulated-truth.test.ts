// test/contact-data/simulated-truth.test.ts — the simulator's calls, written as queue_log (both layouts, both Asterisk eras), CSV and JSON lines, imported and compared with its own counts, exactly, for every variant

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Caller } from '../../src/app/caller.js';
import { createOrganisation } from '../../src/app/manage-organisations.js';
import { operatorIn } from '../../src/app/resolve-scope.js';
import { queryKpis } from '../../src/app/query-kpis.js';
import { loadMappingProfile } from '../../src/adapters/imports/mapping-files.js';
import { type Outcome, defaultAbandonOutcomes } from '../../src/domain/contacts/contact.js';
import { type KpiParams, computeKpis } from '../../src/domain/kpi/compute.js';
import { abandonRateVariants, serviceLevelVariants } from '../../src/domain/kpi/formulas.js';
import { type QueueSums, addContact, emptySums } from '../../src/domain/kpi/queue-sums.js';
import { formatLocalIso } from '../../src/domain/shared/local-time.js';
import { startOfLocalDay } from '../../src/domain/shared/time-zone.js';
import { encodeCanonicalCsv, encodeCanonicalJsonLines } from '../../src/domain/simulation/canonical-csv-writer.js';
import { simulateDays } from '../../src/domain/simulation/contact-simulator.js';
import { encodeQueueLog, encodeQueueLogTable } from '../../src/domain/simulation/queue-log-writer.js';
import type { SimCall, SimOptions } from '../../src/domain/simulation/sim-types.js';
import type { Context } from '../../src/main/context.js';
import { openTestContext, operator } from '../support/context.js';
import { dialects } from '../support/databases.js';
import { importText } from '../support/imports.js';
import { concatBytes } from '../../src/domain/simulation/byte-writer.js';

const zone = 'Europe/Stockholm';
const options: SimOptions = {
  seed: 18295,
  startMs: Date.UTC(2026, 2, 1, 23), // 2026-03-02 00:00 in Stockholm (UTC+1)
  days: 3,
  timeZoneOffsetMinutes: 60,
  queues: [
    {
      code: 'privat',
      agents: 6,
      meanHandleSeconds: 200,
      handleSdSeconds: 120,
      meanPatienceSeconds: 90,
      callsPerDay: 700,
      transferShare: 0.08,
      exitKeyShare: 0.05,
    },
    {
      code: 'foretag',
      agents: 3,
      meanHandleSeconds: 300,
      handleSdSeconds: 200,
      meanPatienceSeconds: 60,
      callsPerDay: 250,
      timeoutSeconds: 240,
      wrapSeconds: 20,
    },
  ],
};

const days = [...simulateDays(options)];
const calls: SimCall[] = days.flatMap((d) => d.calls);
const files = {
  queueLog: concatBytes(days.map((d) => encodeQueueLog(d))),
  queueLogAsterisk11: concatBytes(days.map((d) => encodeQueueLog(d, { asteriskVersion: 11 }))),
  queueLogTable: concatBytes(days.map((d, i) => encodeQueueLogTable(d, { header: i === 0 }))),
  csv: encodeCanonicalCsv(calls, { header: true }),
  jsonl: encodeCanonicalJsonLines(calls),
};

/**
 * The simulator's own figures for one queue and local day, with the abandon set of the query. A
 * queue_log carries no after-call work, so its truth leaves wrap-up out of the handling time.
 */
const truth = (queue: string, dayStart: number, p: KpiParams, knowsWrap = true): QueueSums => {
  const sums = emptySums(p.thresholdSeconds, p.shortAbandonSeconds);
  for (const c of calls) {
    if (c.queueCode !== queue || startOfLocalDay(zone, c.enteredAt) !== dayStart) continue;
    const outcome = c.outcome === 'answered' ? 'answered' : p.abandonOutcomes.includes(c.outcome as Outcome) ? 'abandoned' : 'other';
    addContact(sums, {
      outcome,
      waitSeconds: c.waitSeconds,
      talkSeconds: c.talkSeconds,
      holdSeconds: c.holdSeconds,
      wrapSeconds: knowsWrap ? c.wrapSeconds : null,
      transferred: c.transferred,
    });
  }
  return sums;
};

const aggregateKpis = [
  'offered',
  'answered',
  'abandoned',
  'short_abandoned',
  'service_level',
  'answered_within',
  'asa',
  'avg_wait_all',
  'avg_time_to_abandon',
  'max_wait',
  'abandon_rate',
  'aht',
  'transfer_rate',
];

const paramSets: Partial<KpiParams>[] = [
  ...serviceLevelVariants.map((slVariant) => ({ slVariant })),
  ...abandonRateVariants.map((abandonVariant) => ({ abandonVariant, thresholdSeconds: 45, shortAbandonSeconds: 8 })),
  { thresholdSeconds: 1, shortAbandonSeconds: 0 },
  { thresholdSeconds: 600, shortAbandonSeconds: 600, slVariant: 'sl2' },
  { abandonOutcomes: ['abandoned', 'timeout', 'exit_key'], slVariant: 'answered_plus_late_abandoned', thresholdSeconds: 30 },
];

for (const d of await dialects()) {
  describe(`simulated calls against the simulator's own counts (${d.name})`, { skip: d.skip }, () => {
    let ctx: Context;
    const centres = new Map<string, Caller>();
    before(async () => {
      ctx = await openTestContext(d.name);
      // One centre per file, so each format's figures stand alone.
      for (const name of Object.keys(files)) {
        const centre = await createOrganisation(ctx.deps, operator, { name: `Centre ${name}`, kind: 'contact_centre', timeZone: zone });
        centres.set(name, { scope: await operatorIn(ctx.deps.store, centre), label: 'test:operator' });
      }
    });
    after(async () => ctx.conn.close());

    test('every format imports every call once, rejects nothing, and repeats import nothing', async () => {
      const profile = loadMappingProfile('canonical').profile;
      for (const [name, bytes] of Object.entries(files)) {
        const caller = centres.get(name) as Caller;
        const format = name.startsWith('queueLog') ? 'queue_log' : name === 'csv' ? 'csv' : 'jsonl';
        const { run, rejects } = await importText(ctx.deps, caller, format, name, bytes, {
          batchSize: 997,
          ...(format === 'csv' ? { profile } : {}),
          timeZone: 'UTC',
        });
        assert.deepEqual(rejects, [], name);
        assert.equal(run.imported, calls.length, name);
        assert.equal(run.duplicates, 0, name);
        const again = await importText(ctx.deps, caller, format, name, bytes, {
          force: true,
          ...(format === 'csv' ? { profile } : {}),
          timeZone: 'UTC',
        });
        assert.deepEqual([again.run.imported, again.run.duplicates], [0, calls.length], name);
      }
    });

    test('KPIs per queue and day equal the truth for every variant, threshold and abandon set', async () => {
      const mismatches: string[] = [];
      for (const [name, caller] of centres)
        for (const params of paramSets) {
          const r = await queryKpis(ctx.deps, caller, {
            from: '2026-03-02',
            to: '2026-03-05',
            by: ['queue', 'day'],
            params,
            kpis: aggregateKpis,
          });
          assert.equal(r.groups.length, 6, `${name}: 2 queues × 3 days`);
          for (const g of r.groups) {
            const dayStart = startOfLocalDay(zone, Date.parse(g.periodStart as string));
            assert.equal(formatLocalIso(zone, dayStart), g.periodStart);
            const expected = computeKpis(
              { sums: truth(g.queue as string, dayStart, r.parameters, !name.startsWith('queueLog')), staffedSeconds: 0, repeat: null },
              r.parameters,
            );
            for (const id of aggregateKpis)
              if (g.kpis[id] !== expected[id])
                mismatches.push(`${name} ${JSON.stringify(params)} ${g.queue} ${g.periodStart} ${id}: ${g.kpis[id]} ≠ ${expected[id]}`);
          }
        }
      assert.deepEqual(mismatches, []);
    });

    test('the data is rich enough to tell the variants apart', () => {
      const s = truth('privat', startOfLocalDay(zone, options.startMs + 86_400_000), {
        thresholdSeconds: 20,
        shortAbandonSeconds: 5,
        slVariant: 'answered',
        abandonVariant: 'offered',
        abandonOutcomes: defaultAbandonOutcomes,
        repeatWindowDays: 7,
      });
      assert.ok(s.offered > 300 && s.abandoned > 10 && s.shortAbandoned > 0 && s.transferred > 5 && s.otherExits > 0, JSON.stringify(s));
      const values = serviceLevelVariants.map(
        (v) =>
          computeKpis(
            { sums: s, staffedSeconds: 0, repeat: null },
            {
              thresholdSeconds: 20,
              shortAbandonSeconds: 5,
              slVariant: v,
              abandonVariant: 'offered',
              abandonOutcomes: defaultAbandonOutcomes,
              repeatWindowDays: 7,
            },
          ).service_level,
      );
      assert.equal(new Set(values).size, values.length, `variants give distinct figures: ${values.join(', ')}`);
    });

    test('occupancy from the queue_log agent sessions is talk time over staffed time', async () => {
      const r = await queryKpis(ctx.deps, centres.get('queueLog') as Caller, {
        from: '2026-03-02',
        to: '2026-03-05',
        by: ['queue'],
        kpis: ['occupancy', 'aht'],
      });
      for (const g of r.groups) {
        const occ = g.kpis.occupancy as number;
        assert.ok(occ > 0.2 && occ < 1, `${g.queue}: occupancy ${occ}`);
      }
      const csv = await queryKpis(ctx.deps, centres.get('csv') as Caller, { from: '2026-03-02', to: '2026-03-05', kpis: ['occupancy'] });
      assert.equal(csv.groups[0]?.kpis.occupancy, null, 'no agent states in a CSV of contacts');
    });
  });
}
