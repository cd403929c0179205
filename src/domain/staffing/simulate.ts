// src/domain/staffing/simulate.ts — seeded discrete-event simulation of a staffing plan: one FIFO queue, N agents per interval, replications with 95 % intervals

import { createRandom } from '../simulation/random.js';
import { createTally, runReplication, type Tally } from './simulate-engine.js';
import { handlingMean, handlingSampler, patienceSampler, type SimulationInput, validateSimulationInput } from './simulate-input.js';
import { tQuantile975 } from './statistics.js';

export type { HandlingSpec, PatienceSpec, SimulationInput, SimulationInterval } from './simulate-input.js';

/** The measures the simulation reports; denominators as in `StaffingMeasures` (measures.ts). */
export type SimulatedMeasures = {
  /** Answered within T ÷ offered (a wait of exactly T is within). */
  serviceLevel: number | null;
  /** Answered within T ÷ answered. */
  serviceLevelAnswered: number | null;
  /** Mean wait of answered contacts, seconds. */
  asa: number | null;
  /** Mean wait of answered and abandoned contacts (an abandoner waited its patience), seconds. */
  avgWaitAll: number | null;
  /** Share of arrivals that found no free agent. */
  probabilityWait: number | null;
  /** Abandoned ÷ offered. */
  probabilityAbandon: number | null;
  /** Busy agent-seconds ÷ agent-seconds on duty (calls finished after a shift ends count as busy time). */
  occupancy: number | null;
};

export type MeasureName = keyof SimulatedMeasures;
export const measureNames: readonly MeasureName[] = [
  'serviceLevel',
  'serviceLevelAnswered',
  'asa',
  'avgWaitAll',
  'probabilityWait',
  'probabilityAbandon',
  'occupancy',
];

/**
 * A measure across replications: the mean of the replications' values and its 95 % Student-t
 * interval (replications − 1 df). `replications` counts those where the measure exists (ASA needs an
 * answered contact); the interval is null below two of them; `value` is null with none.
 */
export type SimulationEstimate = { value: number | null; ci95: [number, number] | null; replications: number };

/** Counts over all replications and the measures pooled over them, for the contacts that arrived in one interval. */
export type SimulationIntervalResult = SimulatedMeasures & {
  interval: number;
  agents: number;
  contacts: number;
  answered: number;
  abandoned: number;
  neverAnswered: number;
};

export type SimulationResult = { [M in MeasureName]: SimulationEstimate } & {
  /** Counted arrivals over all replications (warm-up intervals excluded). */
  contacts: number;
  answered: number;
  abandoned: number;
  /** Arrivals no agent was ever on duty again to answer, with patience 'none' (otherwise they abandon). */
  neverAnswered: number;
  replications: number;
  /** One entry per counted interval, in order (index `interval` into the input's intervals). */
  perInterval: SimulationIntervalResult[];
};

type Counts = {
  offered: number;
  answered: number;
  answeredWithin: number;
  waited: number;
  abandoned: number;
  neverAnswered: number;
  waitAnswered: number;
  waitAbandoned: number;
  busySeconds: number;
  agentSeconds: number;
};

const emptyCounts = (): Counts => ({
  offered: 0,
  answered: 0,
  answeredWithin: 0,
  waited: 0,
  abandoned: 0,
  neverAnswered: 0,
  waitAnswered: 0,
  waitAbandoned: 0,
  busySeconds: 0,
  agentSeconds: 0,
});

const addInterval = (counts: Counts, tally: Tally, k: number, agentSeconds: number): void => {
  counts.offered += tally.offered[k] as number;
  counts.answered += tally.answered[k] as number;
  counts.answeredWithin += tally.answeredWithin[k] as number;
  counts.waited += tally.waited[k] as number;
  counts.abandoned += tally.abandoned[k] as number;
  counts.neverAnswered += tally.neverAnswered[k] as number;
  counts.waitAnswered += tally.waitAnswered[k] as number;
  counts.waitAbandoned += tally.waitAbandoned[k] as number;
  counts.busySeconds += tally.busySeconds[k] as number;
  counts.agentSeconds += agentSeconds;
};

const ratio = (numerator: number, denominator: number): number | null => (denominator > 0 ? numerator / denominator : null);

const measuresOf = (c: Counts): SimulatedMeasures => ({
  serviceLevel: ratio(c.answeredWithin, c.offered),
  serviceLevelAnswered: ratio(c.answeredWithin, c.answered),
  asa: ratio(c.waitAnswered, c.answered),
  avgWaitAll: ratio(c.waitAnswered + c.waitAbandoned, c.answered + c.abandoned),
  probabilityWait: ratio(c.waited, c.offered),
  probabilityAbandon: ratio(c.abandoned, c.offered),
  occupancy: ratio(c.busySeconds, c.agentSeconds),
});

/** Mean and Student-t 95 % interval of the replications' values (missing values left out). */
export const estimateOf = (values: readonly (number | null)[]): SimulationEstimate => {
  const present = values.filter((v): v is number => v !== null);
  const n = present.length;
  if (n === 0) return { value: null, ci95: null, replications: 0 };
  const mean = present.reduce((sum, v) => sum + v, 0) / n;
  if (n < 2) return { value: mean, ci95: null, replications: n };
  const variance = present.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (n - 1);
  const half = tQuantile975(n - 1) * Math.sqrt(variance / n);
  return { value: mean, ci95: [mean - half, mean + half], replications: n };
};

/**
 * Runs the plan `replications` times, replication r on stream r of `seed`, so a result is
 * reproducible and replications are independent. The point estimate of each measure is the mean over
 * replications (the centre of its interval); `perInterval` pools the counts of all replications.
 */
export const simulate = (input: SimulationInput): SimulationResult => {
  validateSimulationInput(input);
  const replications = input.replications ?? 10;
  const warmup = input.warmupIntervals ?? 0;
  const count = input.intervals.length;
  const offered = Float64Array.from(input.intervals, (i) => i.offered);
  const agents = Int32Array.from(input.intervals, (i) => i.agents);
  const mean = handlingMean(input.handling);
  const handlingScale = Float64Array.from(input.intervals, (i) => (i.ahtSeconds === undefined || !(mean > 0) ? 1 : i.ahtSeconds / mean));
  const pooled = Array.from({ length: count - warmup }, emptyCounts);
  const perReplication: SimulatedMeasures[] = [];
  for (let r = 0; r < replications; r += 1) {
    const rng = createRandom(input.seed, r);
    const tally = createTally(count);
    runReplication(
      {
        offered,
        agents,
        intervalSeconds: input.intervalSeconds,
        thresholdSeconds: input.thresholdSeconds,
        exponential: rng.exponential,
        handling: handlingSampler(input.handling, rng),
        handlingScale,
        patience: patienceSampler(input.patience, rng),
      },
      tally,
    );
    const total = emptyCounts();
    for (let k = warmup; k < count; k += 1) {
      const agentSeconds = (agents[k] as number) * input.intervalSeconds;
      addInterval(total, tally, k, agentSeconds);
      addInterval(pooled[k - warmup] as Counts, tally, k, agentSeconds);
    }
    perReplication.push(measuresOf(total));
  }
  const perInterval = pooled.map(
    (c, i): SimulationIntervalResult => ({
      interval: i + warmup,
      agents: agents[i + warmup] as number,
      contacts: c.offered,
      answered: c.answered,
      abandoned: c.abandoned,
      neverAnswered: c.neverAnswered,
      ...measuresOf(c),
    }),
  );
  const sum = (field: 'offered' | 'answered' | 'abandoned' | 'neverAnswered'): number => pooled.reduce((s, c) => s + c[field], 0);
  const estimates = Object.fromEntries(measureNames.map((m) => [m, estimateOf(perReplication.map((p) => p[m]))])) as {
    [M in MeasureName]: SimulationEstimate;
  };
  return {
    ...estimates,
    contacts: sum('offered'),
    answered: sum('answered'),
    abandoned: sum('abandoned'),
    neverAnswered: sum('neverAnswered'),
    replications,
    perInterval,
  };
};
