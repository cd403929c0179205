// src/domain/staffing/patience.ts — customers' patience from contact data: the exponential-patience estimate (Erlang A's θ) and the Kaplan–Meier time to abandon

import { gammaQuantile, z975 } from './statistics.js';

export type PatienceInput = {
  /** Contacts that abandoned while queued. */
  abandoned: number;
  /** Waiting time of ALL queued contacts (answered, abandoned and other exits), seconds. */
  totalWaitSeconds: number;
};

export type PatienceEstimate = {
  /** Mean patience 1/θ̂, seconds. */
  meanSeconds: number;
  /** Abandonment rate θ̂ per second of waiting. */
  rate: number;
  /** 95 % interval for the mean, seconds. */
  ci95: [number, number];
  abandoned: number;
};

/**
 * Exponential patience from censored waits. Every queued contact exposes its wait to the risk of
 * abandoning; an answered one is censored at its wait (its patience was longer). With exponential
 * patience the likelihood is θ^d·e^(−θW) for d abandons and W seconds of waiting in total, so the MLE
 * is θ̂ = d / W and the mean patience 1/θ̂. Waits of answered contacts must be in W: leaving them out is
 * the common mistake that makes customers look far less patient than they are.
 *
 * The interval is the exact (Garwood) one for a Poisson count d over the exposure W — the gamma
 * quantiles G(0.025; d)/W and G(0.975; d + 1)/W bound θ — turned into an interval for the mean. Null
 * without an abandon (no information on the rate) or without waiting.
 */
export const estimatePatience = ({ abandoned, totalWaitSeconds }: PatienceInput): PatienceEstimate | null => {
  if (!(abandoned > 0 && totalWaitSeconds > 0 && Number.isFinite(abandoned) && Number.isFinite(totalWaitSeconds))) return null;
  const rate = abandoned / totalWaitSeconds;
  const rateLow = gammaQuantile(0.025, abandoned) / totalWaitSeconds;
  const rateHigh = gammaQuantile(0.975, abandoned + 1) / totalWaitSeconds;
  return { meanSeconds: 1 / rate, rate, ci95: [1 / rateHigh, 1 / rateLow], abandoned };
};

/** Waits that ended at one whole second (⌈wait⌉): the abandons there and the waits censored there (answered or other exits). */
export type WaitBin = { seconds: number; abandoned: number; censored: number };

export type SurvivalPoint = {
  seconds: number;
  /** Probability that a customer is still willing to wait after this many seconds. */
  survival: number;
  /** Waits still going just before this second (the denominator of its step). */
  atRisk: number;
  lower: number;
  upper: number;
};

export type KaplanMeier = {
  /** One point per second at which any wait ended, ascending. */
  points: SurvivalPoint[];
  /** The first second at which survival is ≤ ½; null when it never gets there (too few abandons). */
  medianSeconds: number | null;
};

/** Sorted, one row per second, empty rows dropped; the caller's array is left alone. */
const mergeBins = (bins: readonly WaitBin[]): WaitBin[] => {
  const bySecond = new Map<number, WaitBin>();
  for (const bin of bins) {
    if (!(bin.abandoned >= 0 && bin.censored >= 0 && Number.isFinite(bin.seconds))) continue;
    const row = bySecond.get(bin.seconds) ?? { seconds: bin.seconds, abandoned: 0, censored: 0 };
    row.abandoned += bin.abandoned;
    row.censored += bin.censored;
    bySecond.set(bin.seconds, row);
  }
  return [...bySecond.values()].filter((b) => b.abandoned + b.censored > 0).sort((a, b) => a.seconds - b.seconds);
};

/**
 * Log-log (Kalbfleisch–Prentice) 95 % bounds from Greenwood's variance: they stay inside [0, 1] and
 * are far better than plain S ± 1.96·se in the tails. `greenwood` is Σ d / (n·(n − d)) so far.
 */
const logLogBounds = (survival: number, greenwood: number): [number, number] => {
  if (survival >= 1) return [1, 1];
  if (survival <= 0) return [0, 0];
  const logS = Math.log(survival);
  const se = Math.sqrt(greenwood) / Math.abs(logS);
  return [survival ** Math.exp(z975 * se), survival ** Math.exp(-z975 * se)];
};

/**
 * Kaplan–Meier survival of patience: abandons are events, answered and other exits are censored at
 * their wait. At a tie the abandons come first (the censored waits are still at risk at that
 * second), the usual convention. Input is counts per whole second of wait; the stored histogram puts
 * waits above its last bin (600 s) into that bin, so the curve's last step is only a bound.
 */
export const kaplanMeier = (bins: readonly WaitBin[]): KaplanMeier => {
  const rows = mergeBins(bins);
  let atRisk = rows.reduce((sum, b) => sum + b.abandoned + b.censored, 0);
  let survival = 1;
  let greenwood = 0;
  let medianSeconds: number | null = null;
  const points: SurvivalPoint[] = [];
  for (const { seconds, abandoned, censored } of rows) {
    if (abandoned > 0) {
      survival *= 1 - abandoned / atRisk;
      // When everyone left at risk abandons, survival is 0 and the Greenwood term is infinite: the bounds collapse to 0.
      greenwood += atRisk > abandoned ? abandoned / (atRisk * (atRisk - abandoned)) : Number.POSITIVE_INFINITY;
    }
    const [lower, upper] = logLogBounds(survival, greenwood);
    points.push({ seconds, survival, atRisk, lower, upper });
    if (medianSeconds === null && survival <= 0.5) medianSeconds = seconds;
    atRisk -= abandoned + censored;
  }
  return { points, medianSeconds };
};

/**
 * `count` patience values spread evenly over the measured distribution (its quantiles at
 * (i + ½)/count), for a simulation to draw from: where the Kaplan–Meier curve has fallen to 1 − u,
 * that second; beyond the last observed second (the curve has not reached 0: those customers were
 * still willing when the data ends) the exponential tail of the estimated mean, which forgets how long
 * they already waited. Null when the curve shows no abandon at all.
 */
export const patienceQuantiles = (km: KaplanMeier, meanSeconds: number, count = 1000): number[] | null => {
  const steps = km.points.filter((p, i) => p.survival < (i === 0 ? 1 : (km.points[i - 1] as SurvivalPoint).survival));
  const last = km.points.at(-1);
  if (steps.length === 0 || last === undefined || !(meanSeconds > 0)) return null;
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < count; i += 1) {
    const u = (i + 0.5) / count;
    while (j < steps.length && 1 - (steps[j] as SurvivalPoint).survival < u) j += 1;
    if (j < steps.length) out.push((steps[j] as SurvivalPoint).seconds);
    else out.push(last.seconds - meanSeconds * Math.log((1 - u) / last.survival));
  }
  return out;
};
