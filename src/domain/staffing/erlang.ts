// src/domain/staffing/erlang.ts — Erlang B, Erlang C (M/M/N) and Erlang A (M/M/N+M), exact and stable from fractions of an Erlang to tens of thousands

import type { QueueLoad, StaffingMeasures } from './measures.js';

/**
 * Erlang B (blocking probability of M/M/N/N) by the forward recursion B₀ = 1,
 * Bₙ = A·Bₙ₋₁ / (n + A·Bₙ₋₁): every step stays in (0, 1], so it never overflows, whatever the load.
 * O(N); `erlangBNext` steps one agent further for searches that add agents one at a time.
 */
export const erlangB = (load: number, agents: number): number => {
  let b = 1;
  for (let n = 1; n <= agents; n += 1) b = (load * b) / (n + load * b);
  return b;
};

/** B(N + 1) from B(N). */
export const erlangBNext = (load: number, agents: number, b: number): number => (load * b) / (agents + 1 + load * b);

const noLoad = (agents: number, thresholdSeconds: number): StaffingMeasures => ({
  agents,
  load: 0,
  thresholdSeconds,
  probabilityWait: 0,
  probabilityAbandon: 0,
  serviceLevel: 1,
  serviceLevelAnswered: 1,
  asa: 0,
  avgWaitAll: 0,
  occupancy: 0,
  stable: true,
});

/** Load at or above the agents without abandonment: the queue grows without bound. */
const overloaded = (load: number, agents: number, thresholdSeconds: number): StaffingMeasures => ({
  agents,
  load,
  thresholdSeconds,
  probabilityWait: 1,
  probabilityAbandon: 0,
  serviceLevel: 0,
  serviceLevelAnswered: 0,
  asa: Number.POSITIVE_INFINITY,
  avgWaitAll: Number.POSITIVE_INFINITY,
  occupancy: agents === 0 ? 0 : 1,
  stable: false,
});

/** Erlang C measures from an Erlang B value already computed for the same load and agents. */
export const erlangCFromB = (q: QueueLoad, agents: number, thresholdSeconds: number, b: number): StaffingMeasures => {
  const a = q.load;
  if (a <= 0) return noLoad(agents, thresholdSeconds);
  if (agents <= a) return overloaded(a, agents, thresholdSeconds);
  const pw = (agents * b) / (agents - a * (1 - b));
  const sl = 1 - pw * Math.exp((-(agents - a) * thresholdSeconds) / q.ahtSeconds);
  const asa = (pw * q.ahtSeconds) / (agents - a);
  return {
    agents,
    load: a,
    thresholdSeconds,
    probabilityWait: pw,
    probabilityAbandon: 0,
    serviceLevel: sl,
    serviceLevelAnswered: sl,
    asa,
    avgWaitAll: asa,
    occupancy: a / agents,
    stable: true,
  };
};

/**
 * Erlang C: N agents, Poisson arrivals, exponential handling, nobody abandons. Probability of
 * waiting Pw = N·B / (N − A·(1 − B)); service level SL(T) = 1 − Pw·e^(−(N−A)·T/AHT) with a wait of
 * exactly T counted as within; ASA = Pw·AHT / (N − A); occupancy A/N.
 */
export const erlangC = (q: QueueLoad, agents: number, thresholdSeconds: number): StaffingMeasures =>
  erlangCFromB(q, agents, thresholdSeconds, erlangB(q.load, agents));

const rescaleAt = 1e250;
const rescaleLog = Math.log(rescaleAt);
/** A queue longer than this is not summed (it needs patience of days against an overload). */
const maxQueueTerms = 20_000_000;

/**
 * Erlang A (Palm's M/M/N+M): as Erlang C, but every waiting contact abandons at rate θ = 1/patience.
 * Stable for any load, also above the agents. Computed exactly from the birth–death stationary
 * distribution (weights relative to state N; the states below N from Erlang B, the queue summed until
 * its terms no longer count, rescaled so nothing overflows), and, for an arrival that finds k waiting:
 * - it is answered with probability a/(a+k+1), a = Nμ/θ (the stage probabilities telescope);
 * - given that, its wait is a sum of exponentials with rates θ(a+1) … θ(a+k+1), whose distribution
 *   is that of −ln V for V ~ Beta(a+1, k+1); so P(wait ≤ T) is a negative-binomial tail with
 *   r = a+1 and success probability e^(−θT), carried from k to k+1 by one multiplication.
 * The service level is answered within T over all offered; ASA is the mean wait of answered
 * contacts; `avgWaitAll` is Lq/λ over all arrivals (Little's law).
 */
export const erlangA = (q: QueueLoad, agents: number, thresholdSeconds: number): StaffingMeasures => {
  const patience = q.patienceSeconds;
  if (patience === undefined || !Number.isFinite(patience)) return erlangC(q, agents, thresholdSeconds);
  const load = q.load;
  if (load <= 0) return noLoad(agents, thresholdSeconds);
  const mu = 1 / q.ahtSeconds;
  const theta = 1 / patience;
  const lambda = load * mu;
  const c = agents * mu;
  const a = c / theta;
  const t = thresholdSeconds;

  // Negative-binomial CDF F(k) (r = a+1, success e^(−θT)), scaled: F(k) = cum·e^(logScaleF).
  const failure = -Math.expm1(-theta * t);
  let pmf = 1;
  let cum = 1;
  let logScaleF = -(c + theta) * t;
  let scaleF = Math.exp(logScaleF);

  // Queue states N+k: weight w relative to state N (= 1), all sums scaled by e^(logScaleW).
  let w = 1;
  let logScaleW = 0;
  let total = 0;
  let answered = 0;
  let within = 0;
  let waitAnswered = 0;
  let queueLength = 0;
  let stages = 0;
  // With i = 1/(a+k+1): answered a·i; the next stage lasts 1/(θ(a+k+1)) = i/θ on average; the next
  // state's weight is λ/(θ(a+k+1)) = (λ/θ)·i. One division per state besides the binomial step.
  const arrivalsPerPatience = lambda / theta;
  for (let k = 0; ; k += 1) {
    const i = 1 / (a + k + 1);
    const served = a * i;
    stages += i;
    const waitWithin = 1 - Math.min(1, cum * scaleF);
    total += w;
    answered += w * served;
    within += w * served * waitWithin;
    waitAnswered += w * served * stages;
    queueLength += w * k;
    const ratio = arrivalsPerPatience * i;
    if (ratio < 1 && w < 1e-16 * total) break;
    if (k >= maxQueueTerms) throw new RangeError('Erlang A: the queue is too long to sum; the patience is far too long for this overload');
    w *= ratio;
    if (w > rescaleAt) {
      w /= rescaleAt;
      total /= rescaleAt;
      answered /= rescaleAt;
      within /= rescaleAt;
      waitAnswered /= rescaleAt;
      queueLength /= rescaleAt;
      logScaleW += rescaleLog;
    }
    pmf *= ((k + a + 1) / (k + 1)) * failure;
    cum += pmf;
    if (cum > rescaleAt) {
      pmf /= rescaleAt;
      cum /= rescaleAt;
      logScaleF += rescaleLog;
      scaleF = Math.exp(logScaleF);
    }
  }
  waitAnswered /= theta;
  // The states below N (no wait, answered at once), on the queue's scale.
  const head = agents === 0 ? 0 : (1 / erlangB(load, agents) - 1) * Math.exp(-logScaleW);
  const all = total + head;
  const probabilityAbandon = 1 - (answered + head) / all;
  const answeredShare = 1 - probabilityAbandon;
  const serviceLevel = (within + head) / all;
  return {
    agents,
    load,
    thresholdSeconds,
    probabilityWait: total / all,
    probabilityAbandon,
    serviceLevel,
    serviceLevelAnswered: answeredShare > 0 ? serviceLevel / answeredShare : 0,
    asa: answeredShare > 0 ? waitAnswered / all / answeredShare : 0,
    avgWaitAll: queueLength / all / lambda,
    occupancy: agents === 0 ? 0 : (load * answeredShare) / agents,
    stable: true,
  };
};
