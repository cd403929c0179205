// src/domain/staffing/required-agents.ts — the fewest agents that meet every target of an interval, and the staff to schedule after shrinkage

import { erlangA, erlangB, erlangBNext, erlangCFromB } from './erlang.js';
import type { QueueLoad, StaffingMeasures, StaffingModel, StaffingTargets } from './measures.js';

/** Which target decided the number of agents (the last one to be met as agents were added). */
export type BindingTarget = 'service_level' | 'asa' | 'abandon_rate' | 'occupancy' | 'none';

export type RequiredAgents = { agents: number; measures: StaffingMeasures; binding: BindingTarget };

/** A little slack so that a target met exactly (0.8 vs 0.7999999999999999) counts as met. */
const slack = 1e-12;

/** The targets a set of measures misses, in a fixed order. */
export const missedTargets = (m: StaffingMeasures, targets: StaffingTargets): BindingTarget[] => {
  const missed: BindingTarget[] = [];
  if (!m.stable) return ['service_level'];
  if (targets.serviceLevel !== undefined && m.serviceLevel < targets.serviceLevel.fraction - slack) missed.push('service_level');
  if (targets.maxAsaSeconds !== undefined && m.asa > targets.maxAsaSeconds + slack) missed.push('asa');
  if (targets.maxAbandonRate !== undefined && m.probabilityAbandon > targets.maxAbandonRate + slack) missed.push('abandon_rate');
  if (targets.maxOccupancy !== undefined && m.occupancy > targets.maxOccupancy + slack) missed.push('occupancy');
  return missed;
};

/** The threshold the measures are reported at: the service-level target's, else 20 seconds. */
export const thresholdOf = (targets: StaffingTargets): number => targets.serviceLevel?.thresholdSeconds ?? 20;

/** Why a target set cannot be searched for (null: it can). */
export const targetProblem = (targets: StaffingTargets): string | null => {
  const { serviceLevel, maxAsaSeconds, maxAbandonRate, maxOccupancy } = targets;
  if (serviceLevel !== undefined && !(serviceLevel.fraction > 0 && serviceLevel.fraction <= 1))
    return 'The service-level target must be above 0 and at most 1';
  if (serviceLevel !== undefined && !(serviceLevel.thresholdSeconds >= 0)) return 'The service-level threshold must be 0 seconds or more';
  if (maxAsaSeconds !== undefined && !(maxAsaSeconds >= 0)) return 'The ASA target must be 0 seconds or more';
  if (maxAbandonRate !== undefined && !(maxAbandonRate >= 0 && maxAbandonRate <= 1)) return 'The abandon-rate target must be from 0 to 1';
  if (maxOccupancy !== undefined && !(maxOccupancy > 0 && maxOccupancy <= 1)) return 'The occupancy cap must be above 0 and at most 1';
  return null;
};

/** More agents than this is taken as "no staffing meets the targets" (a service level of 100 %, say). */
const agentLimit = (load: number): number => Math.ceil(load * 20 + 1000);

const unreachable = (load: number): RangeError =>
  new RangeError(`No number of agents up to ${agentLimit(load)} meets the targets; a target of 100 % can never be met`);

/**
 * Erlang C: adds agents one at a time from the smallest stable number (and the occupancy cap's
 * ⌈A/cap⌉), carrying Erlang B along, so a search costs O(N) in all. Every measure improves with
 * agents, so the first N that meets all targets is the smallest.
 */
const searchErlangC = (q: QueueLoad, targets: StaffingTargets, t: number): RequiredAgents => {
  const a = q.load;
  const occupancyFloor = targets.maxOccupancy !== undefined && targets.maxOccupancy > 0 ? Math.ceil(a / targets.maxOccupancy - 1e-9) : 0;
  let n = Math.max(a > 0 ? Math.floor(a) + 1 : 0, occupancyFloor);
  let b = erlangB(a, n);
  let lastMissed: BindingTarget = 'none';
  const limit = agentLimit(a);
  const sl = targets.serviceLevel?.fraction ?? Number.NEGATIVE_INFINITY;
  const maxAsa = targets.maxAsaSeconds ?? Number.POSITIVE_INFINITY;
  const maxOccupancy = targets.maxOccupancy ?? Number.POSITIVE_INFINITY;
  // The targets are checked on plain numbers (a year of 10 queues is 350,000 searches); the
  // measures object is built once, for the answer. Nobody abandons, so an abandon target always holds.
  for (;;) {
    let missed: BindingTarget | null = null;
    if (a > 0) {
      const pw = (n * b) / (n - a * (1 - b));
      if (1 - pw * Math.exp((-(n - a) * t) / q.ahtSeconds) < sl - slack) missed = 'service_level';
      else if ((pw * q.ahtSeconds) / (n - a) > maxAsa + slack) missed = 'asa';
      else if (a / n > maxOccupancy + slack) missed = 'occupancy';
    }
    if (missed === null)
      return {
        agents: n,
        measures: erlangCFromB(q, n, t, b),
        binding: n === occupancyFloor && occupancyFloor > 0 ? 'occupancy' : lastMissed,
      };
    lastMissed = missed;
    if (n >= limit) throw unreachable(a);
    b = erlangBNext(a, n, b);
    n += 1;
  }
};

/**
 * Erlang A: measures need the whole distribution per N, so few N are tried. The search starts from
 * the Erlang C answer for the same targets (usually at or just above the Erlang A one: impatient
 * callers leave and shorten the queue), gallops down (or up) by 1, 2, 4 … agents until the result
 * flips, and bisects the last step. Every measure is monotone in N, so this finds the smallest N.
 */
const searchErlangA = (q: QueueLoad, targets: StaffingTargets, t: number): RequiredAgents => {
  const tried = new Map<number, { m: StaffingMeasures; missed: BindingTarget[] }>();
  const attempt = (n: number): { m: StaffingMeasures; missed: BindingTarget[] } => {
    let r = tried.get(n);
    if (r === undefined) {
      const m = erlangA(q, n, t);
      r = { m, missed: missedTargets(m, targets) };
      tried.set(n, r);
    }
    return r;
  };
  const limit = agentLimit(q.load);
  const start = searchErlangC(q, targets, t).agents;
  // Invariant once bracketed: lo misses (or is −1), hi meets.
  let lo: number;
  let hi: number;
  if (attempt(start).missed.length === 0) {
    hi = start;
    let step = 1;
    for (;;) {
      const n = Math.max(-1, hi - step);
      if (n < 0 || attempt(n).missed.length > 0) {
        lo = n;
        break;
      }
      hi = n;
      step *= 2;
    }
  } else {
    lo = start;
    let step = 1;
    for (;;) {
      if (lo >= limit) throw unreachable(q.load);
      const n = Math.min(limit, lo + step);
      if (attempt(n).missed.length === 0) {
        hi = n;
        break;
      }
      lo = n;
      step *= 2;
    }
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (attempt(mid).missed.length === 0) hi = mid;
    else lo = mid;
  }
  const binding = lo < 0 ? 'none' : (attempt(lo).missed[0] ?? 'none');
  return { agents: hi, measures: attempt(hi).m, binding };
};

/**
 * The smallest number of agents whose predicted measures meet every target. With no target at all
 * the answer is the smallest stable staffing (Erlang C) or none (Erlang A).
 */
export const requiredAgents = (model: StaffingModel, q: QueueLoad, targets: StaffingTargets): RequiredAgents => {
  const problem = targetProblem(targets);
  if (problem !== null) throw new RangeError(problem);
  const t = thresholdOf(targets);
  if (model === 'erlang-a' && q.patienceSeconds !== undefined && Number.isFinite(q.patienceSeconds)) return searchErlangA(q, targets, t);
  return searchErlangC(q, targets, t);
};

/**
 * Staff to schedule so that `agents` are on the phones after shrinkage (the share of paid time not
 * available for contacts: breaks, training, absence): ⌈N / (1 − shrinkage)⌉, with a tolerance so that
 * 14 / 0.7 is 20, not 21 through rounding.
 */
export const scheduledStaff = (agents: number, shrinkage: number): number => {
  if (agents <= 0) return 0;
  if (!(shrinkage >= 0 && shrinkage < 1)) throw new RangeError('Shrinkage must be at least 0 and below 1');
  return Math.ceil(agents / (1 - shrinkage) - 1e-9);
};
