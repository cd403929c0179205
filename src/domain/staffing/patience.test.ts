// src/domain/staffing/patience.test.ts — patience estimates: the censored exponential MLE with its interval, and Kaplan–Meier with Greenwood bounds

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRandom } from '../simulation/random.js';
import { estimatePatience, kaplanMeier, patienceQuantiles, type WaitBin } from './patience.js';
import { simulate } from './simulate.js';

const close = (actual: number, expected: number, tolerance = 1e-6): void =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} vs ${expected}`);

describe('estimatePatience', () => {
  it('is abandons over all waiting time, with the exact Poisson-count interval', () => {
    const e = estimatePatience({ abandoned: 10, totalWaitSeconds: 1000 });
    assert.ok(e !== null);
    close(e.rate, 0.01, 1e-15);
    close(e.meanSeconds, 100, 1e-12);
    assert.equal(e.abandoned, 10);
    // 1000 / G(0.975; 11) and 1000 / G(0.025; 10), gamma quantiles computed independently (SciPy).
    close(e.ci95[0], 54.37632625030356, 1e-6);
    close(e.ci95[1], 208.53366919067852, 1e-6);
  });

  it('gives a very wide interval from a single abandon', () => {
    const e = estimatePatience({ abandoned: 1, totalWaitSeconds: 50 });
    assert.ok(e !== null);
    close(e.ci95[0], 8.974012960218245, 1e-6);
    close(e.ci95[1], 1974.8945102603607, 1e-4);
  });

  it('is null without abandons or without waiting', () => {
    assert.equal(estimatePatience({ abandoned: 0, totalWaitSeconds: 5000 }), null);
    assert.equal(estimatePatience({ abandoned: 3, totalWaitSeconds: 0 }), null);
  });

  it('recovers the patience of a simulated Erlang A queue from its counts', () => {
    const r = simulate({
      intervals: Array.from({ length: 100 }, () => ({ offered: 100, agents: 13 })),
      intervalSeconds: 1800,
      handling: { kind: 'exponential', meanSeconds: 180 },
      patience: { kind: 'exponential', meanSeconds: 300 },
      thresholdSeconds: 20,
      seed: 5,
      replications: 4,
    });
    // avgWaitAll × (answered + abandoned) is the total waiting time of everyone who queued.
    const totalWaitSeconds = r.perInterval.reduce((s, p) => s + (p.avgWaitAll ?? 0) * (p.answered + p.abandoned), 0);
    const e = estimatePatience({ abandoned: r.abandoned, totalWaitSeconds });
    assert.ok(e !== null && e.abandoned > 800);
    // Within 10 % of the truth; and (for this seed, as for ~95 % of seeds) its interval covers it.
    assert.ok(Math.abs(e.meanSeconds - 300) < 30, `${e.meanSeconds}`);
    assert.ok(e.ci95[0] < 300 && 300 < e.ci95[1], `${e.meanSeconds} ${e.ci95}`);
    // Leaving the answered contacts' waits out would make customers look impatient: far below 300 s.
    const abandonersOnly = r.perInterval.reduce(
      (s, p) => s + (p.avgWaitAll ?? 0) * (p.answered + p.abandoned) - (p.asa ?? 0) * p.answered,
      0,
    );
    assert.ok((estimatePatience({ abandoned: r.abandoned, totalWaitSeconds: abandonersOnly })?.meanSeconds ?? 0) < 150);
  });
});

describe('kaplanMeier', () => {
  it('matches a hand-computed example (abandons before censored waits at a tie)', () => {
    // 7 waits: abandon at 1, 3, 3, 5; censored (answered) at 1, 2, 5.
    const km = kaplanMeier([
      { seconds: 5, abandoned: 1, censored: 1 },
      { seconds: 1, abandoned: 1, censored: 1 },
      { seconds: 2, abandoned: 0, censored: 1 },
      { seconds: 3, abandoned: 2, censored: 0 },
      { seconds: 4, abandoned: 0, censored: 0 },
    ]);
    assert.deepEqual(
      km.points.map((p) => [p.seconds, p.atRisk]),
      [
        [1, 7],
        [2, 5],
        [3, 4],
        [5, 2],
      ],
    );
    // S(1) = 6/7, S(3) = 6/7 · 2/4 = 3/7, S(5) = 3/7 · 1/2 = 3/14.
    const expected = [
      [6 / 7, 0.33405387929222174, 0.9785610585261756],
      [6 / 7, 0.33405387929222174, 0.9785610585261756],
      [3 / 7, 0.0582742293134011, 0.7768129394439256],
      [3 / 14, 0.00893659762904011, 0.6047114931591898],
    ];
    km.points.forEach((p, i) => {
      const [survival, lower, upper] = expected[i] as [number, number, number];
      close(p.survival, survival, 1e-12);
      close(p.lower, lower, 1e-9);
      close(p.upper, upper, 1e-9);
    });
    assert.equal(km.medianSeconds, 3);
  });

  it('equals one minus the empirical CDF without censoring, down to 0', () => {
    const waits = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    const bins: WaitBin[] = waits.map((seconds) => ({ seconds, abandoned: 1, censored: 0 }));
    const km = kaplanMeier(bins);
    for (const p of km.points) close(p.survival, 1 - waits.filter((w) => w <= p.seconds).length / waits.length, 1e-12);
    const last = km.points.at(-1);
    assert.deepEqual([last?.seconds, last?.survival, last?.lower, last?.upper], [9, 0, 0, 0]);
    assert.equal(km.medianSeconds, 4);
  });

  it('has no median when fewer than half abandon, and leaves its input alone', () => {
    const bins = [
      { seconds: 10, abandoned: 1, censored: 5 },
      { seconds: 20, abandoned: 1, censored: 3 },
    ];
    const km = kaplanMeier(bins);
    assert.equal(km.medianSeconds, null);
    // 10 at risk at 10 s, 4 left at 20 s.
    close(km.points[1]?.survival ?? 0, (9 / 10) * (3 / 4), 1e-12);
    assert.deepEqual(bins[0], { seconds: 10, abandoned: 1, censored: 5 });
    assert.deepEqual(kaplanMeier([]), { points: [], medianSeconds: null });
  });

  it('finds mean·ln 2 as the median of a censored exponential sample, and the MLE finds the mean', () => {
    // Patience exponential with mean 120 s, censored by answers after an exponential 60 s: a third abandon.
    const rng = createRandom(2026, 0);
    const counts = new Map<number, WaitBin>();
    let abandoned = 0;
    let totalWaitSeconds = 0;
    for (let i = 0; i < 30_000; i += 1) {
      const patience = rng.exponential(120);
      const answer = rng.exponential(60);
      const wait = Math.min(patience, answer);
      totalWaitSeconds += wait;
      // The stored histogram: ⌈wait⌉ seconds, waits above 600 s in the 600 bin.
      const seconds = Math.min(600, Math.ceil(wait));
      const bin = counts.get(seconds) ?? { seconds, abandoned: 0, censored: 0 };
      if (patience < answer) {
        bin.abandoned += 1;
        abandoned += 1;
      } else bin.censored += 1;
      counts.set(seconds, bin);
    }
    const km = kaplanMeier([...counts.values()]);
    assert.ok(km.medianSeconds !== null);
    // ⌈·⌉ moves the median up by about half a second.
    close(km.medianSeconds, 120 * Math.LN2 + 0.5, 5);
    const at120 = km.points.find((p) => p.seconds === 120);
    assert.ok(at120 !== undefined && at120.lower < Math.exp(-1) && Math.exp(-1) < at120.upper, JSON.stringify(at120));
    const e = estimatePatience({ abandoned, totalWaitSeconds });
    assert.ok(e !== null);
    close(e.meanSeconds, 120, 5);
    assert.ok(e.ci95[0] < 120 && 120 < e.ci95[1]);
  });
});

describe('patience quantiles for a simulation', () => {
  it('follow the curve where it has data and the exponential tail beyond it', () => {
    // 10 waits: abandons at 10 s (2) and 20 s (3); 5 answered at 30 s (censored): S(10) = 0.8, S(20) = 0.5.
    const km = kaplanMeier([
      { seconds: 10, abandoned: 2, censored: 0 },
      { seconds: 20, abandoned: 3, censored: 0 },
      { seconds: 30, abandoned: 0, censored: 5 },
    ]);
    const q = patienceQuantiles(km, 60, 10);
    assert.ok(q);
    assert.deepEqual(q.slice(0, 5), [10, 10, 20, 20, 20]);
    // Beyond the data: from 30 s on, exponential with mean 60 s, conditional on still waiting (S = 0.5).
    assert.ok(Math.abs((q[5] as number) - (30 - 60 * Math.log(0.45 / 0.5))) < 1e-9);
    assert.ok(q.slice(5).every((x, i, a) => x > 30 && (i === 0 || x > (a[i - 1] as number))));
    assert.equal(patienceQuantiles(kaplanMeier([{ seconds: 5, abandoned: 0, censored: 4 }]), 60), null);
  });
});
