// src/app/staffing/compare-plan.ts — a saved plan against what happened: contacts, agents logged in and service level per interval; and a queue's measured patience

import {
  type ActualInterval,
  type PlanVsActualRow,
  type PlanVsActualSummary,
  comparePlanToActual,
} from '../../domain/staffing/plan-vs-actual.js';
import { type KaplanMeier, type PatienceEstimate, estimatePatience, kaplanMeier } from '../../domain/staffing/patience.js';
import { AppError } from '../../domain/shared/errors.js';
import { thresholdOf } from '../../domain/staffing/required-agents.js';
import type { Caller } from '../caller.js';
import type { Deps } from '../ports.js';
import { loadPlan } from './plan-staffing.js';
import { ahtOf, dayNumberOf, readQueueHistory, staffingQueue, waitBinsOf, waitingOf, zoneOfQueue } from './queue-history.js';
import type { StaffingPlanView } from './plan-staffing.js';

export type PlanVsActual = {
  plan: Pick<StaffingPlanView, 'id' | 'queue' | 'timeZone' | 'intervalMinutes' | 'from' | 'to' | 'model' | 'targets' | 'createdAt'>;
  /** Whether agent data (logged-in time) was imported for the range; without it only contacts compare. */
  hasAgentData: boolean;
  rows: PlanVsActualRow[];
  summary: PlanVsActualSummary;
};

/** Compares a saved plan with the contacts and agent time imported for its range (the part of it that has happened). */
export const comparePlan = async (deps: Deps, caller: Caller, planId: string): Promise<PlanVsActual> => {
  const { view } = await loadPlan(deps, caller, planId);
  const queue = await staffingQueue(deps, caller, view.queue.id);
  const firstDay = dayNumberOf(view.from, 'from');
  const threshold = thresholdOf(view.targets);
  const history = await readQueueHistory(deps, {
    queue,
    timeZone: view.timeZone,
    firstDay,
    days: dayNumberOf(view.to, 'to') - firstDay,
    intervalMinutes: view.intervalMinutes,
    thresholdSeconds: threshold,
  });
  const actual: ActualInterval[] = history.sums.map((s, i) => ({
    start: history.starts[i] as number,
    offered: s.offered,
    answered: s.answered,
    answeredWithin: s.answeredWithin,
    abandoned: s.abandoned,
    waitAnsweredSeconds: s.waitAnsweredSeconds,
    ahtSeconds: ahtOf(s),
    availableAgents: history.availableAgents === null ? null : (history.availableAgents[i] as number),
  }));
  const { rows, summary } = comparePlanToActual(view.intervals, actual, {
    intervalSeconds: view.intervalMinutes * 60,
    model: view.model,
    patienceSeconds: view.patience.seconds,
    thresholdSeconds: threshold,
    serviceLevelTarget: view.targets.serviceLevel?.fraction ?? null,
  });
  return {
    plan: {
      id: view.id,
      queue: view.queue,
      timeZone: view.timeZone,
      intervalMinutes: view.intervalMinutes,
      from: view.from,
      to: view.to,
      model: view.model,
      targets: view.targets,
      createdAt: view.createdAt,
    },
    hasAgentData: history.availableAgents !== null,
    rows,
    summary,
  };
};

export type QueuePatience = {
  queue: { id: string; code: string; name: string };
  from: string;
  to: string;
  queued: number;
  abandoned: number;
  totalWaitSeconds: number;
  estimate: PatienceEstimate | null;
  survival: KaplanMeier;
};

/**
 * The customers' patience on a queue over a range of local days: the exponential estimate Erlang A
 * uses (abandons ÷ waiting time of every queued contact) and the Kaplan–Meier curve of time to
 * abandon (answered waits censored), to see whether an exponential fits.
 */
export const queuePatience = async (deps: Deps, caller: Caller, o: { queue: string; from: string; to: string }): Promise<QueuePatience> => {
  const queue = await staffingQueue(deps, caller, o.queue);
  const timeZone = await zoneOfQueue(deps, caller, queue);
  const firstDay = dayNumberOf(o.from, 'from');
  const days = dayNumberOf(o.to, 'to') - firstDay;
  if (days < 1 || days > 366)
    throw new AppError('CCQ_ERR_VALIDATION', 'The period is not valid', [{ path: 'to', message: 'after from, at most a year' }]);
  const history = await readQueueHistory(deps, { queue, timeZone, firstDay, days, intervalMinutes: 30, thresholdSeconds: 20 });
  const waiting = waitingOf(history);
  return {
    queue: { id: queue.id, code: queue.code, name: queue.name },
    from: o.from,
    to: o.to,
    queued: history.sums.reduce((a, s) => a + s.offered, 0),
    abandoned: waiting.abandoned,
    totalWaitSeconds: waiting.totalWaitSeconds,
    estimate: estimatePatience(waiting),
    survival: kaplanMeier(waitBinsOf(history)),
  };
};
