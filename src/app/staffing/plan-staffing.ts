// src/app/staffing/plan-staffing.ts — a staffing plan for a queue and a date range: forecast, Erlang C and Erlang A requirements, shrinkage, the mandate's targets; saved on request

import { authorize, can } from '../../domain/access/can.js';
import type { ForecastMethodId } from '../../domain/forecast/methods.js';
import { AppError } from '../../domain/shared/errors.js';
import { maxSimulatedContacts } from '../../domain/staffing/calculator.js';
import type { StaffingModel, StaffingTargets } from '../../domain/staffing/measures.js';
import { type PatienceEstimate, estimatePatience, kaplanMeier, patienceQuantiles } from '../../domain/staffing/patience.js';
import { type PlanInterval, type PlanTotals, buildPlan } from '../../domain/staffing/plan.js';
import { targetProblem, thresholdOf } from '../../domain/staffing/required-agents.js';
import type { SavedPlan } from '../../domain/staffing/saved-plan.js';
import { type PatienceSpec, type SimulationEstimate, simulate } from '../../domain/staffing/simulate.js';
import { type Caller, recordChange } from '../caller.js';
import type { Deps } from '../ports.js';
import { type QueueForecast, forecastFromHistory, historyBefore } from './forecast-queue.js';
import {
  type IntervalMinutes,
  type QueueHistory,
  dateOfDayNumber,
  dayNumberOf,
  staffingQueue,
  waitBinsOf,
  waitingOf,
  zoneOfQueue,
} from './queue-history.js';
import { type TargetSource, targetsForQueue } from './staffing-targets.js';

export type PlanStaffingOptions = {
  queue: string;
  /** Local dates; `to` exclusive. */
  from: string;
  to: string;
  intervalMinutes?: IntervalMinutes;
  method?: 'auto' | ForecastMethodId;
  historyWeeks?: number;
  /** Share of paid time not available for contacts (default 0.3). */
  shrinkage?: number;
  /** Which model's requirement is scheduled (default Erlang A when the patience is known). */
  model?: StaffingModel;
  /** Targets that replace the mandate's. */
  targets?: StaffingTargets;
  /** Mean patience in seconds that replaces the one estimated from the history. */
  patienceSeconds?: number;
  save?: boolean;
  /** Check the plan by simulation (seeded, reproducible): every interval with its forecast and planned agents. */
  check?: { seed?: number; replications?: number };
};

/** The plan checked by simulation: the whole range with 95 % intervals, and the simulated service level per interval. */
export type PlanCheck = {
  seed: number;
  replications: number;
  /** The customers' patience simulated: the measured distribution (Kaplan–Meier), an exponential of the given mean, or none. */
  patience: 'measured' | 'exponential' | 'none';
  contacts: number;
  serviceLevel: SimulationEstimate;
  probabilityAbandon: SimulationEstimate;
  asa: SimulationEstimate;
  occupancy: SimulationEstimate;
  /** Aligned with the plan's intervals; null where no contact arrived. */
  serviceLevels: (number | null)[];
};

export type StaffingPlanView = {
  id: string | null;
  queue: QueueForecast['queue'];
  timeZone: string;
  intervalMinutes: IntervalMinutes;
  from: string;
  to: string;
  targets: StaffingTargets;
  targetSource: TargetSource;
  shrinkage: number;
  model: StaffingModel;
  patience: { seconds: number | null; source: 'estimated' | 'given' | 'none'; estimate: PatienceEstimate | null };
  history: QueueForecast['history'];
  forecast: Pick<QueueForecast, 'offered' | 'aht'>;
  intervals: PlanInterval[];
  totals: PlanTotals;
  check: PlanCheck | null;
  createdAt: string;
};

/**
 * What the check simulates for patience: the queue's measured distribution (its Kaplan–Meier curve,
 * with the exponential tail beyond the data) unless a patience was given, so the check shows what
 * the centre's own customers do — also to a plan made with Erlang C, which assumes they never leave.
 */
const checkedPatience = (history: QueueHistory, meanSeconds: number | null, given: boolean): PatienceSpec => {
  if (meanSeconds === null) return { kind: 'none' };
  const samples = given ? null : patienceQuantiles(kaplanMeier(waitBinsOf(history)), meanSeconds);
  return samples ? { kind: 'empirical', samplesSeconds: samples } : { kind: 'exponential', meanSeconds };
};

/**
 * Simulates the plan as planned: Poisson arrivals at the forecast, exponential handling at each
 * interval's forecast AHT, the measured patience, the planned agents on the phones. Intervals run back
 * to back, so a queue left at the end of one carries into the next, which the per-interval Erlang
 * figures cannot show.
 */
const checkPlan = (
  intervals: readonly PlanInterval[],
  o: { intervalSeconds: number; thresholdSeconds: number; patience: PatienceSpec; seed: number; replications: number },
): PlanCheck => {
  const r = simulate({
    intervals: intervals.map((p) => ({ offered: p.offered, agents: p.agents, ...(p.ahtSeconds > 0 ? { ahtSeconds: p.ahtSeconds } : {}) })),
    intervalSeconds: o.intervalSeconds,
    handling: { kind: 'exponential', meanSeconds: 180 },
    patience: o.patience,
    thresholdSeconds: o.thresholdSeconds,
    seed: o.seed,
    replications: o.replications,
  });
  return {
    seed: o.seed,
    replications: o.replications,
    patience: o.patience.kind === 'empirical' ? 'measured' : o.patience.kind,
    contacts: r.contacts,
    serviceLevel: r.serviceLevel,
    probabilityAbandon: r.probabilityAbandon,
    asa: r.asa,
    occupancy: r.occupancy,
    serviceLevels: r.perInterval.map((p) => p.serviceLevel),
  };
};

export const planLimits = { maxDays: 92 } as const;

const validate = (o: PlanStaffingOptions): { firstDay: number; days: number; shrinkage: number; intervalMinutes: IntervalMinutes } => {
  const firstDay = dayNumberOf(o.from, 'from');
  const days = dayNumberOf(o.to, 'to') - firstDay;
  const shrinkage = o.shrinkage ?? 0.3;
  const intervalMinutes = o.intervalMinutes ?? 30;
  const issues = [
    ...(days >= 1 && days <= planLimits.maxDays ? [] : [{ path: 'to', message: `after from, at most ${planLimits.maxDays} days` }]),
    ...(shrinkage >= 0 && shrinkage < 1 ? [] : [{ path: 'shrinkage', message: 'from 0 up to (not including) 1' }]),
    ...(intervalMinutes === 15 || intervalMinutes === 30 ? [] : [{ path: 'intervalMinutes', message: '15 or 30' }]),
    ...(o.check === undefined ||
    ((o.check.seed === undefined || Number.isInteger(o.check.seed)) &&
      (o.check.replications === undefined ||
        (Number.isInteger(o.check.replications) && o.check.replications >= 2 && o.check.replications <= 50)))
      ? []
      : [{ path: 'check', message: 'a whole-number seed and 2 to 50 replications' }]),
    ...(o.patienceSeconds === undefined || (o.patienceSeconds > 0 && o.patienceSeconds <= 86_400)
      ? []
      : [{ path: 'patienceSeconds', message: 'seconds above 0, at most a day' }]),
  ];
  const problem = o.targets ? targetProblem(o.targets) : null;
  if (problem !== null) issues.push({ path: 'targets', message: problem });
  if (issues.length > 0) throw new AppError('CCQ_ERR_VALIDATION', 'The plan options are not valid', issues);
  return { firstDay, days, shrinkage, intervalMinutes };
};

/** Computes a plan (and saves it when asked). History: the weeks before `from`, as a planner would have had them. */
export const planStaffing = async (deps: Deps, caller: Caller, o: PlanStaffingOptions): Promise<StaffingPlanView> => {
  const v = validate(o);
  const queue = await staffingQueue(deps, caller, o.queue);
  if (o.save)
    authorize(
      caller.scope,
      'staffing:plan',
      { type: 'queue', centreOrganisationId: queue.centreOrganisationId, relationshipId: queue.relationshipId },
      'CCQ_ERR_QUEUE_NOT_FOUND',
    );
  const timeZone = await zoneOfQueue(deps, caller, queue);
  const fromMandate = await targetsForQueue(deps, caller, queue);
  const targets = o.targets ?? fromMandate.targets;
  const targetSource: TargetSource = o.targets ? { kind: 'given' } : fromMandate.source;
  const history = await historyBefore(deps, {
    queue,
    timeZone,
    firstDay: v.firstDay,
    historyWeeks: o.historyWeeks ?? 8,
    intervalMinutes: v.intervalMinutes,
    thresholdSeconds: thresholdOf(targets),
  });
  const forecast = forecastFromHistory(history, { firstDay: v.firstDay, horizonDays: v.days, method: o.method ?? 'auto' });
  const estimate = estimatePatience(waitingOf(history));
  const patienceSeconds = o.patienceSeconds ?? estimate?.meanSeconds ?? null;
  const model: StaffingModel = o.model ?? (patienceSeconds !== null ? 'erlang-a' : 'erlang-c');
  if (model === 'erlang-a' && patienceSeconds === null)
    throw new AppError('CCQ_ERR_VALIDATION', 'Erlang A needs the customers’ patience: the history has no abandons to estimate it from', [
      { path: 'patienceSeconds', message: 'give the mean patience in seconds, or plan with Erlang C' },
    ]);
  const intervalSeconds = v.intervalMinutes * 60;
  const plan = buildPlan(forecast.intervals, { intervalSeconds, targets, patienceSeconds, shrinkage: v.shrinkage, model });
  if (o.check && plan.totals.offered * (o.check.replications ?? 10) > maxSimulatedContacts)
    throw new AppError('CCQ_ERR_VALIDATION', 'The plan is too large to check by simulation in one request', [
      {
        path: 'check',
        message: `at most ${maxSimulatedContacts.toLocaleString('en')} contacts in all (forecast contacts × replications): check fewer days or replications`,
      },
    ]);
  const view: StaffingPlanView = {
    id: null,
    queue: { id: queue.id, code: queue.code, name: queue.name },
    timeZone,
    intervalMinutes: v.intervalMinutes,
    from: dateOfDayNumber(v.firstDay),
    to: dateOfDayNumber(v.firstDay + v.days),
    targets,
    targetSource,
    shrinkage: v.shrinkage,
    model,
    patience: { seconds: patienceSeconds, source: o.patienceSeconds !== undefined ? 'given' : estimate ? 'estimated' : 'none', estimate },
    history: forecast.history,
    forecast: { offered: forecast.offered, aht: forecast.aht },
    intervals: plan.intervals,
    totals: plan.totals,
    check: o.check
      ? checkPlan(plan.intervals, {
          intervalSeconds,
          thresholdSeconds: thresholdOf(targets),
          patience: checkedPatience(history, patienceSeconds, o.patienceSeconds !== undefined),
          seed: o.check.seed ?? 1,
          replications: o.check.replications ?? 10,
        })
      : null,
    createdAt: deps.clock().toISOString(),
  };
  if (!o.save) return view;
  const saved: SavedPlan = {
    id: deps.ids(),
    queueId: queue.id,
    centreOrganisationId: queue.centreOrganisationId,
    relationshipId: queue.relationshipId,
    from: view.from,
    to: view.to,
    intervalMinutes: v.intervalMinutes,
    model,
    scheduledHours: plan.totals.scheduledHours,
    expectedServiceLevel: plan.totals.expectedServiceLevel,
    createdAt: view.createdAt,
    createdBy: caller.scope.userId,
  };
  const withId = { ...view, id: saved.id };
  await deps.store.transaction(async (tx) => {
    await tx.staffingPlans.insert(saved, JSON.stringify(withId));
    await recordChange(tx, deps, caller, {
      organisationIds: [queue.centreOrganisationId],
      entity: 'staffing_plan',
      entityId: saved.id,
      action: 'create',
      before: null,
      after: { queueId: queue.id, from: saved.from, to: saved.to, model, scheduledHours: saved.scheduledHours, targets },
    });
  });
  return withId;
};

/** A saved plan the caller may read, or "not found" (also for another tenant's id). */
export const loadPlan = async (deps: Deps, caller: Caller, id: string): Promise<{ saved: SavedPlan; view: StaffingPlanView }> => {
  const saved = await deps.store.staffingPlans.findById(id);
  if (!saved) throw new AppError('CCQ_ERR_PLAN_NOT_FOUND');
  authorize(
    caller.scope,
    'staffing:read',
    { type: 'queue', centreOrganisationId: saved.centreOrganisationId, relationshipId: saved.relationshipId },
    'CCQ_ERR_PLAN_NOT_FOUND',
  );
  const body = await deps.store.staffingPlans.body(id);
  if (body === null) throw new AppError('CCQ_ERR_PLAN_NOT_FOUND');
  return { saved, view: JSON.parse(body) as StaffingPlanView };
};

/** Saved plans of the queues the caller may read (optionally one queue), newest first. */
export const listPlans = async (deps: Deps, caller: Caller, o: { queue?: string; limit?: number } = {}): Promise<SavedPlan[]> => {
  const queues = o.queue !== undefined ? [await staffingQueue(deps, caller, o.queue)] : await deps.store.queues.list(caller.scope);
  const ids = queues
    .filter((q) =>
      can(caller.scope, 'staffing:read', { type: 'queue', centreOrganisationId: q.centreOrganisationId, relationshipId: q.relationshipId }),
    )
    .map((q) => q.id);
  return deps.store.staffingPlans.ofQueues(ids, Math.min(Math.max(o.limit ?? 50, 1), 200));
};
