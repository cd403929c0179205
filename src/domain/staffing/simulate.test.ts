// src/domain/staffing/simulate.test.ts — the staffing simulation: reproducible, sane at the edges, and in agreement with Erlang C and Erlang A

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { erlangA, erlangC } from './erlang.js';
import type { StaffingMeasures } from './measures.js';
import { type MeasureName, measureNames, type SimulationEstimate, type SimulationInput, simulate } from './simulate.js';

// The published case (cc-analytics §4.2): 100 contacts per 30 min, AHT 180 s (A = 10 Erl), T = 20 s, 14 agents.
const stationary = (patience: SimulationInput['patience'], overrides: Partial<SimulationInput> = {}): SimulationInput => ({
  intervals: Array.from({ length: 400 }, () => ({ offered: 100, agents: 14 })),
  intervalSeconds: 1800,
  handling: { kind: 'exponential', meanSeconds: 180 },
  patience,
  thresholdSeconds: 20,
  seed: 20261129,
  replications: 10,
  // The queue starts empty; one interval (~10 handling times) is ample to forget that.
  warmupIntervals: 1,
  ...overrides,
});

const value = (e: SimulationEstimate): number => {
  assert.ok(e.value !== null);
  return e.value;
};

const halfWidth = (e: SimulationEstimate): number => {
  assert.ok(e.ci95 !== null);
  return (e.ci95[1] - e.ci95[0]) / 2;
};

/** The exact value lies within 3 half-widths of the estimate (robust to a change of seed, still tight: widths are checked too). */
const assertAgrees = (name: MeasureName, e: SimulationEstimate, exact: number): void => {
  const distance = Math.abs(value(e) - exact);
  assert.ok(distance <= 3 * halfWidth(e) + 1e-12, `${name}: simulated ${value(e)} ± ${halfWidth(e)} vs exact ${exact}`);
};

const compareAll = (result: ReturnType<typeof simulate>, exact: StaffingMeasures): void => {
  for (const name of measureNames) assertAgrees(name, result[name], exact[name]);
};

describe('simulate — reproducibility', () => {
  const small = stationary(
    { kind: 'exponential', meanSeconds: 300 },
    { intervals: Array.from({ length: 6 }, () => ({ offered: 100, agents: 13 })) },
  );

  it('gives the same result for the same seed', () => {
    assert.deepEqual(simulate(small), simulate(small));
  });

  it('gives another result for another seed, with its own replications', () => {
    const a = simulate(small);
    const b = simulate({ ...small, seed: small.seed + 1 });
    assert.notEqual(a.contacts, b.contacts);
    assert.notEqual(a.serviceLevel.value, b.serviceLevel.value);
    // Replications differ from each other (else the interval would be empty).
    assert.ok(halfWidth(a.serviceLevel) > 0);
  });

  it('counts only the intervals after the warm-up, per interval and in total', () => {
    const r = simulate(small);
    assert.deepEqual(
      r.perInterval.map((p) => p.interval),
      [1, 2, 3, 4, 5],
    );
    assert.equal(
      r.contacts,
      r.perInterval.reduce((s, p) => s + p.contacts, 0),
    );
    assert.equal(r.contacts, r.answered + r.abandoned + r.neverAnswered);
    // 5 counted intervals × 100 expected × 10 replications = 5000 expected contacts (sd ≈ 71).
    assert.ok(Math.abs(r.contacts - 5000) < 300, `contacts ${r.contacts}`);
  });
});

describe('simulate — handling time per interval', () => {
  const base = stationary(
    { kind: 'exponential', meanSeconds: 300 },
    { intervals: Array.from({ length: 6 }, () => ({ offered: 100, agents: 16 })) },
  );

  it('scales the handling distribution to each interval’s AHT: twice the mean is the same as a distribution of twice the mean', () => {
    const scaled = simulate({ ...base, intervals: base.intervals.map((i) => ({ ...i, ahtSeconds: 360 })) });
    const wider = simulate({ ...base, handling: { kind: 'exponential', meanSeconds: 360 } });
    assert.deepEqual(scaled, wider);
    // An AHT equal to the distribution's own mean changes nothing.
    assert.deepEqual(simulate({ ...base, intervals: base.intervals.map((i) => ({ ...i, ahtSeconds: 180 })) }), simulate(base));
  });

  it('a longer AHT in one interval loads that interval only', () => {
    const r = simulate({ ...base, intervals: base.intervals.map((i, k) => (k === 3 ? { ...i, ahtSeconds: 400 } : i)) });
    const sl = r.perInterval.map((p) => p.serviceLevel ?? 1);
    assert.ok((sl[2] as number) < Math.min(sl[0] as number, sl[1] as number), sl.join(' '));
  });
});

describe('simulate — edges', () => {
  const closed = (patience: SimulationInput['patience']): SimulationInput =>
    stationary(patience, { intervals: [{ offered: 50, agents: 0 }], warmupIntervals: 0, replications: 3 });

  it('with no agent everybody abandons', () => {
    const r = simulate(closed({ kind: 'exponential', meanSeconds: 60 }));
    assert.ok(r.contacts > 100);
    assert.equal(r.abandoned, r.contacts);
    assert.equal(r.serviceLevel.value, 0);
    assert.equal(r.probabilityAbandon.value, 1);
    assert.equal(r.probabilityWait.value, 1);
    assert.equal(r.asa.value, null);
    assert.equal(r.occupancy.value, null);
    // An abandoner waited its patience: mean 60 s.
    assert.ok(Math.abs(value(r.avgWaitAll) - 60) < 15);
  });

  it('with no agent and no patience nobody is answered and nobody abandons', () => {
    const r = simulate(closed({ kind: 'none' }));
    assert.equal(r.neverAnswered, r.contacts);
    assert.equal(r.abandoned, 0);
    assert.equal(r.serviceLevel.value, 0);
    assert.equal(r.probabilityAbandon.value, 0);
    assert.equal(r.avgWaitAll.value, null);
  });

  it('lets contacts of a zero-agent interval wait for the next shift', () => {
    const r = simulate({
      intervals: [
        { offered: 0, agents: 3 },
        { offered: 5, agents: 0 },
        { offered: 0, agents: 1 },
      ],
      intervalSeconds: 600,
      handling: { kind: 'empirical', samplesSeconds: [10] },
      patience: { kind: 'none' },
      thresholdSeconds: 20,
      seed: 7,
      replications: 20,
    });
    const [first, closedInterval, reopened] = r.perInterval;
    assert.equal(first?.contacts, 0);
    assert.equal(closedInterval?.answered, r.contacts);
    assert.equal(r.probabilityWait.value, 1);
    // Contacts arrive uniformly in the closed 600 s, so they wait ~300 s on average, plus 10 s per one ahead of them.
    assert.ok(value(r.asa) > 250 && value(r.asa) < 400, `asa ${value(r.asa)}`);
    // All the work happens in the reopened interval: 10 s per contact over 600 agent-seconds.
    assert.ok(Math.abs((reopened?.occupancy ?? 0) - (10 * r.contacts) / (600 * 20)) < 1e-9);
    assert.equal(closedInterval?.occupancy, null);
  });

  it('drains the queue after the last interval with its staffing, and finishes calls after a shift ends', () => {
    const overloaded = simulate({
      intervals: [{ offered: 50, agents: 1 }],
      intervalSeconds: 1800,
      handling: { kind: 'exponential', meanSeconds: 180 },
      patience: { kind: 'none' },
      thresholdSeconds: 20,
      seed: 3,
      replications: 4,
    });
    assert.equal(overloaded.answered, overloaded.contacts);
    assert.ok(value(overloaded.occupancy) > 0.95 && value(overloaded.occupancy) <= 1);
    const shiftEnds = simulate({
      intervals: [
        { offered: 100, agents: 14 },
        { offered: 0, agents: 0 },
      ],
      intervalSeconds: 1800,
      handling: { kind: 'exponential', meanSeconds: 180 },
      patience: { kind: 'exponential', meanSeconds: 300 },
      thresholdSeconds: 20,
      seed: 3,
      replications: 4,
    });
    // Calls running at the end of the shift finish; their time counts as busy though nobody is on duty.
    assert.equal(shiftEnds.perInterval[1]?.occupancy, null);
    assert.ok(shiftEnds.answered > 0.9 * shiftEnds.contacts);
  });

  it('rejects an invalid input with one issue per field', () => {
    assert.throws(
      () =>
        simulate({ ...stationary({ kind: 'none' }), intervalSeconds: 0, intervals: [{ offered: -1, agents: 1.5 }], warmupIntervals: 0 }),
      (e: unknown) =>
        (e as { issues: { path: string }[] }).issues.map((i) => i.path).join() === 'intervals.0.offered,intervals.0.agents,intervalSeconds',
    );
  });
});

describe('simulate — against the exact models (A = 10, AHT 180 s, T = 20 s, N = 14)', () => {
  it('agrees with Erlang C without patience (SL, Pw, ASA, occupancy ≈ A/N)', () => {
    const r = simulate(stationary({ kind: 'none' }));
    const exact = erlangC({ load: 10, ahtSeconds: 180 }, 14, 20);
    compareAll(r, exact);
    // Meaningful: ~400 000 contacts make the intervals tight.
    assert.ok(r.contacts > 390_000);
    assert.ok(halfWidth(r.serviceLevel) < 0.01 && halfWidth(r.probabilityWait) < 0.01 && halfWidth(r.asa) < 1);
    assert.ok(Math.abs(value(r.occupancy) - 10 / 14) < 0.005);
    assert.equal(r.abandoned, 0);
  });

  it('agrees with Erlang A with exponential patience of 300 s', () => {
    const r = simulate(stationary({ kind: 'exponential', meanSeconds: 300 }));
    const exact = erlangA({ load: 10, ahtSeconds: 180, patienceSeconds: 300 }, 14, 20);
    compareAll(r, exact);
    assert.ok(halfWidth(r.probabilityAbandon) < 0.0015 && halfWidth(r.serviceLevel) < 0.01);
    // The published figures as well (pyworkforce regression case).
    assert.ok(Math.abs(value(r.probabilityAbandon) - 0.013984) < 0.001);
    assert.ok(Math.abs(value(r.avgWaitAll) / 60 - 0.069919) < 0.005);
  });

  it('reacts plausibly to lognormal handling of the same mean', () => {
    // Waiting in M/G/N grows with the variability of the handling time — the rough rule scales
    // exponential waits by (1 + CV²)/2: 0.625 for CV 0.5, 2.5 for CV 2. The rule overstates the
    // lognormal's heavy but rare tail (seen here: ASA 5.4 s, 8.2 s, 12.8 s for CV 0.5, 1, 2). The
    // offered work, and so the occupancy, stays the same.
    const patience = { kind: 'none' } as const;
    const exponential = simulate(stationary(patience));
    const steady = simulate(stationary(patience, { handling: { kind: 'lognormal', meanSeconds: 180, sdSeconds: 90 } }));
    const erratic = simulate(stationary(patience, { handling: { kind: 'lognormal', meanSeconds: 180, sdSeconds: 360 } }));
    const asa = [steady, exponential, erratic].map((r) => value(r.asa));
    const sl = [steady, exponential, erratic].map((r) => value(r.serviceLevel));
    assert.ok(asa[0]! < asa[1]! && asa[1]! < asa[2]!, `asa ${asa}`);
    assert.ok(sl[0]! > sl[1]! && sl[1]! > sl[2]!, `sl ${sl}`);
    assert.ok(asa[0]! > 0.3 * asa[1]! && asa[0]! < 0.9 * asa[1]!, `asa ${asa}`);
    assert.ok(asa[2]! > 1.25 * asa[1]! && asa[2]! < 3 * asa[1]!, `asa ${asa}`);
    for (const r of [steady, erratic]) assert.ok(Math.abs(value(r.occupancy) - 10 / 14) < 0.01);
  });
});
