// src/domain/simulation/simulator-statistics.test.ts — over long runs the simulator agrees with Erlang C and Erlang A

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { simulateDays } from './contact-simulator.js';
import type { SimOptions, SimQueue } from './sim-types.js';

/**
 * The textbook case (cc-analytics §4.2): 100 calls per 30 minutes, AHT 180 s (A = 10 Erlang),
 * 14 agents, T = 20 s. Erlang C: P(wait) 0.1741, SL 0.8884, ASA 7.84 s; with exponential patience
 * of mean 5 minutes (Erlang A): P(abandon) 0.0140, SL 0.9168. The load is constant all day, every
 * day, with no breaks, ringing or wrap-up, so the model is exactly M/M/14 (+M) up to whole seconds.
 */
const mmn = (meanPatienceSeconds: number): SimOptions => {
  const queue: SimQueue = {
    code: 'erlang',
    agents: 14,
    callsPerDay: 4800,
    meanHandleSeconds: 180,
    handleSdSeconds: 180,
    handleDistribution: 'exponential',
    meanPatienceSeconds,
    ringSeconds: 0,
    ringNoAnswerShare: 0,
    pauses: false,
  };
  return {
    seed: 2026,
    startMs: Date.UTC(2026, 0, 5),
    days: 25,
    queues: [queue],
    dailyProfile: Array.from({ length: 24 }, () => 1),
    weekendFactor: 1,
  };
};

/** Share answered within 20 s, share waiting at all, share abandoned, mean wait of the answered over all offered. */
const measure = (options: SimOptions) => {
  let offered = 0;
  let within = 0;
  let waited = 0;
  let abandoned = 0;
  let answeredWait = 0;
  for (const day of simulateDays(options))
    for (const c of day.calls) {
      offered += 1;
      if (c.outcome === 'answered') {
        if (c.waitSeconds <= 20) within += 1;
        answeredWait += c.waitSeconds;
      } else abandoned += 1;
      if (c.waitSeconds > 0) waited += 1;
    }
  return { offered, sl: within / offered, pWait: waited / offered, pAbandon: abandoned / offered, asa: answeredWait / offered };
};

describe('queueing statistics', () => {
  test('no abandonment: service level, probability of waiting and ASA match Erlang C', () => {
    const m = measure(mmn(Number.POSITIVE_INFINITY));
    assert.ok(m.offered > 110_000, `${m.offered}`);
    assert.equal(m.pAbandon, 0);
    assert.ok(Math.abs(m.sl - 0.8884) < 0.03, `SL ${m.sl}`);
    // Whole-second arrivals make a few waits of 1 s out of none; still close to Erlang C's P(wait).
    assert.ok(Math.abs(m.pWait - 0.1741) < 0.03, `P(wait) ${m.pWait}`);
    assert.ok(Math.abs(m.asa - 7.84) < 1.5, `ASA ${m.asa}`);
  });

  test('exponential patience: abandonment and service level match Erlang A', () => {
    const m = measure(mmn(300));
    assert.ok(Math.abs(m.pAbandon - 0.014) < 0.004, `P(abandon) ${m.pAbandon}`);
    assert.ok(Math.abs(m.sl - 0.9168) < 0.03, `SL ${m.sl}`);
  });
});
