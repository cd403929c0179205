// src/domain/staffing/simulate-input.ts — the staffing simulation's input: types, validation and the samplers for handling and patience times

import type { Random } from '../simulation/random.js';
import { lognormalParameters } from '../simulation/random.js';
import { AppError, type FieldIssue } from '../shared/errors.js';

export type HandlingSpec =
  | { kind: 'exponential'; meanSeconds: number }
  | { kind: 'lognormal'; meanSeconds: number; sdSeconds: number }
  | { kind: 'empirical'; samplesSeconds: number[] };

export type PatienceSpec =
  | { kind: 'none' }
  | { kind: 'exponential'; meanSeconds: number }
  | { kind: 'empirical'; samplesSeconds: number[] };

/**
 * One interval of the plan: expected offered contacts (Poisson mean) and agents on duty; with
 * `ahtSeconds`, that interval's handling times are the handling distribution scaled to this mean
 * (same shape and coefficient of variation), as a plan's forecast AHT varies through the day.
 */
export type SimulationInterval = { offered: number; agents: number; ahtSeconds?: number };

export type SimulationInput = {
  intervals: SimulationInterval[];
  intervalSeconds: number;
  handling: HandlingSpec;
  patience: PatienceSpec;
  /** Answered with a wait ≤ this counts as within the service-level threshold. */
  thresholdSeconds: number;
  seed: number;
  /** Independent replications (own random stream each) behind the confidence intervals; default 10. */
  replications?: number;
  /** Leading intervals whose arrivals are simulated (to fill the queue) but not counted; default 0. */
  warmupIntervals?: number;
};

const isPositive = (x: unknown): boolean => typeof x === 'number' && Number.isFinite(x) && x > 0;
const isNonNegative = (x: unknown): boolean => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const validSamples = (samples: unknown): boolean =>
  Array.isArray(samples) && samples.length > 0 && samples.every((s) => typeof s === 'number' && s >= 0 && s < Number.POSITIVE_INFINITY);

const handlingIssues = (h: HandlingSpec | undefined): FieldIssue[] => {
  if (h?.kind === 'exponential') return isPositive(h.meanSeconds) ? [] : [{ path: 'handling.meanSeconds', message: 'seconds > 0' }];
  if (h?.kind === 'lognormal')
    return isPositive(h.meanSeconds) && isNonNegative(h.sdSeconds) ? [] : [{ path: 'handling', message: 'mean > 0 and sd ≥ 0 seconds' }];
  if (h?.kind === 'empirical')
    return validSamples(h.samplesSeconds) ? [] : [{ path: 'handling.samplesSeconds', message: 'at least one sample ≥ 0' }];
  return [{ path: 'handling.kind', message: 'exponential, lognormal or empirical' }];
};

const patienceIssues = (p: PatienceSpec | undefined): FieldIssue[] => {
  if (p?.kind === 'none') return [];
  if (p?.kind === 'exponential') return isPositive(p.meanSeconds) ? [] : [{ path: 'patience.meanSeconds', message: 'seconds > 0' }];
  if (p?.kind === 'empirical')
    return validSamples(p.samplesSeconds) ? [] : [{ path: 'patience.samplesSeconds', message: 'at least one sample ≥ 0' }];
  return [{ path: 'patience.kind', message: 'none, exponential or empirical' }];
};

/** Throws CCQ_ERR_VALIDATION with one issue per bad field. */
export const validateSimulationInput = (input: SimulationInput): void => {
  const issues: FieldIssue[] = [];
  const at = (path: string, message: string) => issues.push({ path, message });
  if (!Array.isArray(input.intervals) || input.intervals.length === 0) at('intervals', 'at least one interval');
  else
    input.intervals.forEach((interval, i) => {
      if (!isNonNegative(interval.offered)) at(`intervals.${i}.offered`, 'must be ≥ 0');
      if (!(Number.isInteger(interval.agents) && interval.agents >= 0)) at(`intervals.${i}.agents`, 'a whole number ≥ 0');
      if (interval.ahtSeconds !== undefined && !isPositive(interval.ahtSeconds)) at(`intervals.${i}.ahtSeconds`, 'seconds > 0');
    });
  if (!isPositive(input.intervalSeconds)) at('intervalSeconds', 'seconds > 0');
  if (!isNonNegative(input.thresholdSeconds)) at('thresholdSeconds', 'seconds ≥ 0');
  if (!Number.isFinite(input.seed)) at('seed', 'a finite number');
  const replications = input.replications ?? 10;
  if (!(Number.isInteger(replications) && replications >= 1 && replications <= 10_000))
    at('replications', 'a whole number from 1 to 10 000');
  const warmup = input.warmupIntervals ?? 0;
  if (!(Number.isInteger(warmup) && warmup >= 0 && warmup < (input.intervals?.length ?? 0)))
    at('warmupIntervals', 'a whole number below the number of intervals');
  issues.push(...handlingIssues(input.handling), ...patienceIssues(input.patience));
  if (issues.length > 0) throw new AppError('CCQ_ERR_VALIDATION', 'The staffing simulation input is not valid', issues);
};

/** The mean handling time of a handling distribution (of the samples, for an empirical one). */
export const handlingMean = (spec: HandlingSpec): number =>
  spec.kind === 'empirical' ? spec.samplesSeconds.reduce((a, b) => a + b, 0) / spec.samplesSeconds.length : spec.meanSeconds;

/** A draw of handling seconds from the replication's random stream. */
export const handlingSampler = (spec: HandlingSpec, rng: Random): (() => number) => {
  if (spec.kind === 'exponential') {
    const mean = spec.meanSeconds;
    return () => rng.exponential(mean);
  }
  if (spec.kind === 'lognormal') {
    // Log-scale parameters once per replication, not once per contact.
    const { mu, sigma } = lognormalParameters(spec.meanSeconds, spec.sdSeconds);
    return () => Math.exp(rng.normal(mu, sigma));
  }
  const samples = Float64Array.from(spec.samplesSeconds);
  return () => samples[Math.floor(rng.next() * samples.length)] as number;
};

/** A draw of patience seconds; Infinity when nobody abandons. */
export const patienceSampler = (spec: PatienceSpec, rng: Random): (() => number) => {
  if (spec.kind === 'none') return () => Number.POSITIVE_INFINITY;
  if (spec.kind === 'exponential') {
    const mean = spec.meanSeconds;
    return () => rng.exponential(mean);
  }
  const samples = Float64Array.from(spec.samplesSeconds);
  return () => samples[Math.floor(rng.next() * samples.length)] as number;
};
