// src/domain/staffing/calculator.ts — the Erlang calculator and the queue simulation for one interval's figures (no stored data: pure maths behind the CLI, API and web)

import { AppError, type FieldIssue } from '../shared/errors.js';
import { erlangA, erlangC } from './erlang.js';
import type { QueueLoad, StaffingMeasures, StaffingModel, StaffingTargets } from './measures.js';
import { type BindingTarget, requiredAgents, scheduledStaff, targetProblem } from './required-agents.js';
import { type SimulationResult, simulate } from './simulate.js';

/** One interval's figures as a planner types them. */
export type CalculatorInput = {
  model: StaffingModel;
  /** Contacts offered in the interval. */
  calls: number;
  intervalSeconds: number;
  ahtSeconds: number;
  /** Mean patience (Erlang A); required there. */
  patienceSeconds?: number;
  /** Given: the figures for this many agents; absent: the fewest agents meeting the targets. */
  agents?: number;
  targetServiceLevel?: number;
  /** The service-level threshold T in seconds (default 20). */
  targetSeconds?: number;
  maxAsaSeconds?: number;
  maxAbandonRate?: number;
  maxOccupancy?: number;
  shrinkage?: number;
};

export type CalculatorResult = {
  model: StaffingModel;
  load: number;
  targets: StaffingTargets;
  agents: number;
  scheduled: number;
  shrinkage: number;
  binding: BindingTarget | null;
  measures: StaffingMeasures;
  /** Service level and the other figures from a few agents below the answer to a few above: the chart of SL against agents. */
  curve: StaffingMeasures[];
};

const positive = (x: number | undefined): boolean => x !== undefined && Number.isFinite(x) && x > 0;

/** Beyond this the sums take seconds (a browser would freeze as one types): no single queue is that large. */
export const maxLoadErlangs = 50_000;
/**
 * A simulation may draw at most this many contacts in all: about a second of work, which a server
 * answering others can afford (the simulation runs on the request's thread).
 */
export const maxSimulatedContacts = 2_000_000;

const inputIssues = (i: CalculatorInput): FieldIssue[] => [
  ...(Number.isFinite(i.calls) && i.calls >= 0 ? [] : [{ path: 'calls', message: 'a number of contacts, 0 or more' }]),
  ...(positive(i.intervalSeconds) ? [] : [{ path: 'interval', message: 'a length above 0' }]),
  ...(positive(i.ahtSeconds) ? [] : [{ path: 'aht', message: 'seconds above 0' }]),
  ...(positive(i.intervalSeconds) && positive(i.ahtSeconds) && (i.calls * i.ahtSeconds) / i.intervalSeconds > maxLoadErlangs
    ? [{ path: 'calls', message: `at most ${maxLoadErlangs.toLocaleString('en')} Erlangs of load (contacts × AHT ÷ interval)` }]
    : []),
  ...(i.model === 'erlang-a' && !positive(i.patienceSeconds)
    ? [{ path: 'patience', message: 'Erlang A needs the mean patience in seconds' }]
    : []),
  ...(i.patienceSeconds !== undefined && i.patienceSeconds > 86_400 ? [{ path: 'patience', message: 'at most a day' }] : []),
  ...(i.agents === undefined || (Number.isInteger(i.agents) && i.agents >= 0 && i.agents <= 100_000)
    ? []
    : [{ path: 'agents', message: 'a whole number from 0 to 100,000' }]),
  ...(i.shrinkage === undefined || (i.shrinkage >= 0 && i.shrinkage < 1)
    ? []
    : [{ path: 'shrinkage', message: 'from 0 up to (not including) 1' }]),
  ...(i.targetSeconds === undefined || (i.targetSeconds >= 0 && i.targetSeconds <= 3600)
    ? []
    : [{ path: 'target-time', message: '0 to 3600 seconds' }]),
];

export const targetsOfInput = (i: CalculatorInput): StaffingTargets => ({
  ...(i.targetServiceLevel !== undefined
    ? { serviceLevel: { fraction: i.targetServiceLevel, thresholdSeconds: i.targetSeconds ?? 20 } }
    : {}),
  ...(i.maxAsaSeconds !== undefined ? { maxAsaSeconds: i.maxAsaSeconds } : {}),
  ...(i.maxAbandonRate !== undefined ? { maxAbandonRate: i.maxAbandonRate } : {}),
  ...(i.maxOccupancy !== undefined ? { maxOccupancy: i.maxOccupancy } : {}),
});

const validated = (i: CalculatorInput): { q: QueueLoad; targets: StaffingTargets; threshold: number } => {
  const issues = inputIssues(i);
  const targets = targetsOfInput(i);
  const problem = targetProblem(targets);
  if (problem !== null) issues.push({ path: 'targets', message: problem });
  if (i.agents === undefined && Object.keys(targets).length === 0)
    issues.push({ path: 'target-sl', message: 'give a target (service level, ASA, abandon rate or occupancy), or a number of agents' });
  if (issues.length > 0) throw new AppError('CCQ_ERR_VALIDATION', 'The figures are not valid', issues);
  const load = (i.calls * i.ahtSeconds) / i.intervalSeconds;
  const q: QueueLoad = { load, ahtSeconds: i.ahtSeconds, ...(i.model === 'erlang-a' ? { patienceSeconds: i.patienceSeconds } : {}) };
  return { q, targets, threshold: i.targetSeconds ?? 20 };
};

const measure = (model: StaffingModel, q: QueueLoad, agents: number, threshold: number): StaffingMeasures =>
  model === 'erlang-a' ? erlangA(q, agents, threshold) : erlangC(q, agents, threshold);

/** The fewest agents for the targets (or the figures for the agents given), scheduled staff, and the curve around the answer. */
export const calculateStaffing = (i: CalculatorInput): CalculatorResult => {
  const { q, targets, threshold } = validated(i);
  const shrinkage = i.shrinkage ?? 0;
  let agents: number;
  let binding: BindingTarget | null = null;
  let measures: StaffingMeasures;
  if (i.agents !== undefined) {
    agents = i.agents;
    measures = measure(i.model, q, agents, threshold);
  } else {
    try {
      const r = requiredAgents(i.model, q, targets);
      agents = r.agents;
      binding = r.binding;
      measures = r.measures;
    } catch (e) {
      if (e instanceof RangeError) throw new AppError('CCQ_ERR_VALIDATION', e.message, [{ path: 'targets', message: e.message }]);
      throw e;
    }
  }
  const span = Math.max(3, Math.ceil(Math.sqrt(q.load)));
  const first = Math.max(i.model === 'erlang-a' ? 1 : Math.floor(q.load) + 1, agents - span);
  const curve: StaffingMeasures[] = [];
  for (let n = first; n <= Math.max(first, agents + span); n += 1) curve.push(measure(i.model, q, n, threshold));
  return {
    model: i.model,
    load: q.load,
    targets,
    agents,
    scheduled: scheduledStaff(agents, shrinkage),
    shrinkage,
    binding,
    measures,
    curve,
  };
};

export type SimulationRequest = Omit<CalculatorInput, 'model' | 'agents'> & {
  agents: number;
  /** Standard deviation of handling time: lognormal handling when given, exponential otherwise. */
  ahtSdSeconds?: number;
  seed: number;
  /** How many consecutive intervals of the same load and agents to simulate (default 48); the first is a warm-up. */
  intervals?: number;
  replications?: number;
};

/**
 * Simulates a stationary queue: `intervals` consecutive intervals of the same load and agents, the
 * first a warm-up that fills the queue, repeated `replications` times for 95 % intervals.
 */
export const simulateStaffing = (r: SimulationRequest): SimulationResult & { load: number; exact: StaffingMeasures | null } => {
  const issues = inputIssues({ ...r, model: r.patienceSeconds !== undefined ? 'erlang-a' : 'erlang-c' });
  const intervals = r.intervals ?? 48;
  if (!(Number.isInteger(intervals) && intervals >= 2 && intervals <= 10_000))
    issues.push({ path: 'intervals', message: 'a whole number from 2 to 10,000' });
  if (!Number.isInteger(r.seed)) issues.push({ path: 'seed', message: 'a whole number' });
  if (r.calls * intervals * (r.replications ?? 10) > maxSimulatedContacts)
    issues.push({
      path: 'calls',
      message: `at most ${maxSimulatedContacts.toLocaleString('en')} contacts in all (calls × intervals × replications)`,
    });
  if (issues.length > 0) throw new AppError('CCQ_ERR_VALIDATION', 'The simulation figures are not valid', issues);
  const threshold = r.targetSeconds ?? 20;
  const result = simulate({
    intervals: Array.from({ length: intervals }, () => ({ offered: r.calls, agents: r.agents })),
    intervalSeconds: r.intervalSeconds,
    handling:
      r.ahtSdSeconds !== undefined
        ? { kind: 'lognormal', meanSeconds: r.ahtSeconds, sdSeconds: r.ahtSdSeconds }
        : { kind: 'exponential', meanSeconds: r.ahtSeconds },
    patience: r.patienceSeconds !== undefined ? { kind: 'exponential', meanSeconds: r.patienceSeconds } : { kind: 'none' },
    thresholdSeconds: threshold,
    seed: r.seed,
    replications: r.replications ?? 10,
    warmupIntervals: 1,
  });
  const load = (r.calls * r.ahtSeconds) / r.intervalSeconds;
  // The exact model for the same figures, beside the simulation (exponential handling only).
  const exact =
    r.ahtSdSeconds === undefined
      ? measure(
          r.patienceSeconds !== undefined ? 'erlang-a' : 'erlang-c',
          { load, ahtSeconds: r.ahtSeconds, patienceSeconds: r.patienceSeconds },
          r.agents,
          threshold,
        )
      : null;
  return { ...result, load, exact };
};
