// test/staffing/cli-staffing.test.ts — `ccq staffing …` and `ccq forecast` as processes: the Erlang calculator's worked example, the seeded simulation, and forecasts and plans on the demo data

import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { cliWorkspace } from '../support/cli.js';

const { ccq, remove } = cliWorkspace('ccq-cli-staffing-');
after(remove);

/** 100 calls in half an hour at 180 s each: 10 Erlangs, the textbook example. */
const example = ['--calls', '100', '--interval', '30m', '--aht', '180', '--target-sl', '0.8', '--target-time', '20'];

const json = <T>(r: { code: number | null; out: string; err: string }): T => {
  assert.equal(r.code, 0, r.err);
  return JSON.parse(r.out) as T;
};

const close = (actual: number, expected: number, tolerance: number, what: string) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} is not within ${tolerance} of ${expected}`);

describe('ccq staffing calculator and simulation (no database)', () => {
  test('erlang-c finds 14 agents for 80/20 and schedules 20 with 30 % shrinkage', () => {
    type Out = {
      agents: number;
      scheduled: number;
      service_level: number;
      probability_wait: number;
      asa: number;
      model: string;
      load: number;
      binding: string;
      shrinkage: number;
      measures: { agents: number };
      curve: { agents: number; service_level: number }[];
    };
    const r = json<Out>(ccq('staffing', 'erlang-c', ...example, '--max-occupancy', '0.85', '--shrinkage', '0.3', '--json'));
    assert.equal(r.agents, 14);
    assert.equal(r.scheduled, 20);
    close(r.service_level, 0.88835, 1e-5, 'service level');
    close(r.probability_wait, 0.1741319, 1e-7, 'probability of waiting');
    close(r.asa, 7.836, 1e-3, 'ASA');
    assert.equal(r.model, 'erlang-c');
    assert.equal(r.load, 10);
    assert.equal(r.binding, 'service_level');
    assert.equal(r.shrinkage, 0.3);
    assert.equal(r.measures.agents, 14);
    // The curve around the answer: 13 agents miss 80 %, 14 meet it.
    const at = (n: number) => r.curve.find((m) => m.agents === n)?.service_level ?? Number.NaN;
    assert.ok(at(13) < 0.8 && at(14) >= 0.8);
    const human = ccq('staffing', 'erlang-c', ...example, '--shrinkage', '0.3');
    assert.equal(human.code, 0, human.err);
    assert.match(human.out, /^14 +20 +88\.8 % +7\.8 s +0\.174 +71\.4 % +←$/m);
    assert.match(human.out, /14 agents needed .*binding target is the service level target/);
  });

  test('erlang-a gives the figures for 14 given agents with patient callers', () => {
    const r = json<{ agents: number; probability_abandon: number; service_level: number; model: string; binding: string | null }>(
      ccq('staffing', 'erlang-a', ...example, '--patience', '300', '--agents', '14', '--json'),
    );
    assert.equal(r.model, 'erlang-a');
    assert.equal(r.agents, 14);
    assert.equal(r.binding, null);
    close(r.probability_abandon, 0.013984, 1e-6, 'abandon probability');
    close(r.service_level, 0.916792, 1e-6, 'service level');
  });

  test('the simulation repeats exactly with the same seed', () => {
    const args = ['staffing', 'simulate', '--calls', '100', '--interval', '30m', '--aht', '180', '--agents', '14', '--seed', '7', '--json'];
    const first = ccq(...args);
    const second = ccq(...args);
    assert.equal(first.code, 0, first.err);
    assert.equal(first.out, second.out);
    type Sim = {
      contacts: number;
      answered: number;
      replications: number;
      service_level: { value: number; ci95: [number, number] };
      exact: { service_level: number };
    };
    const r = JSON.parse(first.out) as Sim;
    assert.ok(r.contacts > 0);
    assert.equal(r.answered, r.contacts, 'nobody abandons without a patience');
    assert.equal(r.replications, 10);
    assert.ok(r.service_level.ci95[0] <= r.service_level.value && r.service_level.value <= r.service_level.ci95[1]);
    close(r.exact.service_level, 0.88835, 1e-5, 'the exact Erlang C beside');
  });

  test('a handling time of 0 is refused with the flag named', () => {
    const r = ccq('staffing', 'erlang-c', '--calls', '100', '--interval', '30m', '--aht', '0', '--target-sl', '0.8');
    assert.equal(r.code, 65);
    assert.match(r.err, /CCQ_ERR_VALIDATION/);
    assert.match(r.err, /--aht: seconds above 0/);
    const interval = ccq('staffing', 'erlang-c', '--calls', '100', '--interval', 'half an hour', '--aht', '180', '--target-sl', '0.8');
    assert.equal(interval.code, 65);
    assert.match(interval.err, /--interval must be a length/);
  });
});

describe('ccq forecast and ccq staffing plan on the demo data', () => {
  const org = ['--org', 'Kontaktpartner AB'];
  const queue = 'nordbank-privat';

  test('forecast, plan as CSV, saved plan against actual', () => {
    assert.equal(ccq('demo').code, 0);
    type Forecast = {
      from: string;
      to: string;
      offered: { method: string; evaluation: { method: string }[] };
      intervals: { start: string; offered: number }[];
    };
    const f = json<Forecast>(ccq('forecast', '--queue', queue, '--horizon', '7d', '--history-weeks', '4', '--json', ...org));
    assert.ok(['naive', 'average', 'holt-winters'].includes(f.offered.method));
    assert.deepEqual(f.offered.evaluation.map((e) => e.method).sort(), ['average', 'holt-winters', 'naive']);
    assert.equal(f.intervals.length, 7 * 48);
    assert.ok(f.intervals.some((i) => i.offered > 0));
    assert.match(f.intervals[0]?.start ?? '', new RegExp(`^${f.from}T00:00:00[+-]\\d{2}:\\d{2}$`));

    // The plan covers the forecast's days: today in the centre's zone up to a week later.
    const range = ['--queue', queue, '--from', f.from, '--to', f.to, '--history-weeks', '4', ...org];
    const csv = ccq('staffing', 'plan', ...range, '--csv');
    assert.equal(csv.code, 0, csv.err);
    const lines = csv.out.trimEnd().split('\n');
    assert.equal(
      lines[0],
      'start,offered,aht_seconds,load,erlang_c_agents,erlang_a_agents,agents,scheduled,service_level,asa,probability_abandon,occupancy',
    );
    assert.equal(lines.length, 1 + 336);
    const busy = lines
      .slice(1)
      .map((l) => l.split(','))
      .filter((c) => Number(c[1]) > 0);
    assert.ok(busy.length > 0);
    for (const c of busy) assert.ok(Number(c[7]) >= Number(c[6]) && Number(c[6]) > 0, `staff scheduled for ${c[0]}`);

    const checked = ccq('staffing', 'plan', ...range, '--check', '--seed', '2');
    assert.equal(checked.code, 0, checked.err);
    assert.match(checked.out, /Targets: .* — from mandate/);
    assert.match(checked.out, /Checked by simulation \(seed 2, 10 replications, \d+ contacts, patience measured\): service level \d+\.\d %/);

    type Plan = { id: string | null; intervals: unknown[]; totals: { peakScheduled: number }; targetSource: { kind: string } };
    const saved = json<Plan>(ccq('staffing', 'plan', ...range, '--save', '--json'));
    assert.ok(saved.id);
    assert.equal(saved.intervals.length, 336);
    assert.equal(saved.targetSource.kind, 'mandate');
    assert.ok(saved.totals.peakScheduled > 0);
    type Actual = { plan: { id: string }; rows: { forecastOffered: number }[]; summary: { intervals: number } };
    const actual = json<Actual>(ccq('staffing', 'actual', '--plan', saved.id, '--json', ...org));
    assert.equal(actual.plan.id, saved.id);
    assert.equal(actual.rows.length, 336);
    assert.equal(actual.summary.intervals, 336);
    const missing = ccq('staffing', 'actual', '--plan', 'no-such-plan', ...org);
    assert.equal(missing.code, 66);
  });
});
