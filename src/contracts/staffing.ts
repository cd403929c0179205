// src/contracts/staffing.ts — API shapes of the Erlang calculator, simulation, forecasts, staffing plans and plan vs actual

import { z } from 'zod';
import { formatLocalIso } from '../domain/shared/local-time.js';
import type { CalculatorResult } from '../domain/staffing/calculator.js';
import type { StaffingMeasures } from '../domain/staffing/measures.js';
import type { PlanVsActualRow } from '../domain/staffing/plan-vs-actual.js';
import type { ForecastInterval, PlanInterval } from '../domain/staffing/plan.js';
import type { SimulationResult } from '../domain/staffing/simulate.js';
import { ZDate, ZId, ZTimestamp } from './common.js';

/**
 * Predicted figures for a number of agents. Keys are the KPI dictionary's ids where one exists
 * (`service_level`, `asa`, `avg_wait_all`, `occupancy`), so a plan reads like the KPIs it is judged
 * by; the same names are the CLI's `--json` fields. `service_level` is answered within T over all
 * offered; `service_level_answered` over answered only. Infinite waits (no steady state) are null.
 */
export const ZMeasures = z.object({
  agents: z.number().int(),
  load: z.number(),
  threshold_seconds: z.number(),
  service_level: z.number(),
  service_level_answered: z.number(),
  asa: z.number().nullable(),
  avg_wait_all: z.number().nullable(),
  probability_wait: z.number(),
  probability_abandon: z.number(),
  occupancy: z.number(),
  stable: z.boolean(),
});
export type TMeasures = z.infer<typeof ZMeasures>;

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

export const measuresJson = (m: StaffingMeasures): TMeasures => ({
  agents: m.agents,
  load: m.load,
  threshold_seconds: m.thresholdSeconds,
  service_level: m.serviceLevel,
  service_level_answered: m.serviceLevelAnswered,
  asa: finite(m.asa),
  avg_wait_all: finite(m.avgWaitAll),
  probability_wait: m.probabilityWait,
  probability_abandon: m.probabilityAbandon,
  occupancy: m.occupancy,
  stable: m.stable,
});

export const staffingModels = ['erlang-c', 'erlang-a'] as const;
export const ZModel = z.enum(staffingModels);
export const forecastMethodIds = ['naive', 'average', 'holt-winters'] as const;
export const ZForecastMethod = z.enum(forecastMethodIds);
export const ZBinding = z.enum(['service_level', 'asa', 'abandon_rate', 'occupancy', 'none']);

export const ZTargets = z.object({
  serviceLevel: z.object({ fraction: z.number().gt(0).lte(1), thresholdSeconds: z.number().min(0).max(3600) }).optional(),
  maxAsaSeconds: z.number().min(0).optional(),
  maxAbandonRate: z.number().min(0).max(1).optional(),
  maxOccupancy: z.number().gt(0).lte(1).optional(),
});

export const ZCalculatorInput = z.object({
  model: ZModel.default('erlang-c'),
  calls: z.number().min(0).describe('contacts offered in the interval'),
  intervalSeconds: z.number().positive().default(1800),
  ahtSeconds: z.number().positive(),
  patienceSeconds: z.number().positive().max(86_400).optional().describe('mean patience; Erlang A needs it'),
  agents: z
    .number()
    .int()
    .min(0)
    .max(100_000)
    .optional()
    .describe('the figures for this many agents instead of the fewest that meet the targets'),
  targetServiceLevel: z.number().gt(0).lte(1).optional(),
  targetSeconds: z.number().min(0).max(3600).optional(),
  maxAsaSeconds: z.number().min(0).optional(),
  maxAbandonRate: z.number().min(0).max(1).optional(),
  maxOccupancy: z.number().gt(0).lte(1).optional(),
  shrinkage: z.number().min(0).lt(1).optional(),
});

export const ZCalculatorResult = z.object({
  model: ZModel,
  load: z.number(),
  targets: ZTargets,
  agents: z.number().int(),
  scheduled: z.number().int(),
  shrinkage: z.number(),
  binding: ZBinding.nullable(),
  measures: ZMeasures,
  curve: z.array(ZMeasures),
});

export const ZSimulationInput = ZCalculatorInput.omit({ model: true, agents: true }).extend({
  agents: z.number().int().min(0).max(100_000),
  ahtSdSeconds: z.number().min(0).optional().describe('lognormal handling with this standard deviation; exponential when left out'),
  seed: z.number().int().default(1),
  intervals: z.number().int().min(2).max(2000).default(48),
  replications: z.number().int().min(2).max(100).default(10),
});

export const ZEstimate = z.object({
  value: z.number().nullable(),
  ci95: z.tuple([z.number(), z.number()]).nullable(),
  replications: z.number().int(),
});

export const ZSimulationResult = z.object({
  load: z.number(),
  contacts: z.number().int(),
  answered: z.number().int(),
  abandoned: z.number().int(),
  replications: z.number().int(),
  service_level: ZEstimate,
  service_level_answered: ZEstimate,
  asa: ZEstimate,
  avg_wait_all: ZEstimate,
  probability_wait: ZEstimate,
  probability_abandon: ZEstimate,
  occupancy: ZEstimate,
  exact: ZMeasures.nullable(),
});

export const ZEvaluation = z.object({ method: ZForecastMethod, mae: z.number(), mase: z.number().nullable(), origins: z.number().int() });

const ZQueueRef = z.object({ id: ZId, code: z.string(), name: z.string() });

export const ZForecast = z.object({
  queue: ZQueueRef,
  timeZone: z.string(),
  intervalMinutes: z.number().int(),
  from: ZDate,
  to: ZDate,
  history: z.object({ from: ZDate, to: ZDate, days: z.number().int(), offered: z.number() }),
  offered: z.object({ method: ZForecastMethod, evaluation: z.array(ZEvaluation) }),
  aht: z.object({ method: ZForecastMethod, evaluation: z.array(ZEvaluation), historyMeanSeconds: z.number() }),
  intervals: z.array(
    z.object({
      start: z.string().describe('local time in the centre’s zone, with its offset'),
      offered: z.number(),
      ahtSeconds: z.number(),
    }),
  ),
});
export type TForecast = z.infer<typeof ZForecast>;

export const ZForecastQuery = z.object({
  queue: z.string().min(1).describe('queue id or code'),
  from: ZDate.optional().describe('first day forecast; default today in the centre’s zone'),
  horizonDays: z.coerce.number().int().min(1).max(92).default(14),
  method: z.enum(['auto', ...forecastMethodIds]).default('auto'),
  intervalMinutes: z.coerce
    .number()
    .pipe(z.union([z.literal(15), z.literal(30)]))
    .default(30),
  historyWeeks: z.coerce.number().int().min(1).max(52).default(8),
});

export const ZPlanInput = z.object({
  queue: z.string().min(1),
  from: ZDate,
  to: ZDate.describe('exclusive'),
  intervalMinutes: z.union([z.literal(15), z.literal(30)]).default(30),
  method: z.enum(['auto', ...forecastMethodIds]).default('auto'),
  historyWeeks: z.number().int().min(1).max(52).default(8),
  shrinkage: z.number().min(0).lt(1).default(0.3),
  model: ZModel.optional().describe('default Erlang A when the patience is known, else Erlang C'),
  targets: ZTargets.optional().describe('replace the mandate’s targets'),
  patienceSeconds: z.number().positive().max(86_400).optional(),
  save: z.boolean().default(false),
  check: z
    .object({ seed: z.number().int().default(1), replications: z.number().int().min(2).max(50).default(10) })
    .optional()
    .describe('check the plan by a seeded simulation of all its intervals back to back'),
});

export const ZTargetSource = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('mandate'),
    mandateId: ZId,
    title: z.string(),
    version: z.number().int(),
    signed: z.boolean(),
    targetIds: z.array(z.string()),
  }),
  z.object({ kind: z.literal('default') }),
  z.object({ kind: z.literal('given') }),
]);

export const ZPlanInterval = z.object({
  start: z.string(),
  offered: z.number(),
  ahtSeconds: z.number(),
  load: z.number(),
  erlangC: z.object({ agents: z.number().int(), service_level: z.number(), asa: z.number().nullable(), occupancy: z.number() }),
  erlangA: z
    .object({
      agents: z.number().int(),
      service_level: z.number(),
      asa: z.number().nullable(),
      probability_abandon: z.number(),
      occupancy: z.number(),
    })
    .nullable(),
  agents: z.number().int(),
  scheduled: z.number().int(),
  binding: ZBinding,
  expected: ZMeasures,
});
export type TPlanInterval = z.infer<typeof ZPlanInterval>;

export const ZPatienceEstimate = z.object({
  meanSeconds: z.number(),
  rate: z.number(),
  ci95: z.tuple([z.number(), z.number()]),
  abandoned: z.number(),
});

export const ZPlan = z.object({
  id: ZId.nullable(),
  queue: ZQueueRef,
  timeZone: z.string(),
  intervalMinutes: z.number().int(),
  from: ZDate,
  to: ZDate,
  targets: ZTargets,
  targetSource: ZTargetSource,
  shrinkage: z.number(),
  model: ZModel,
  patience: z.object({
    seconds: z.number().nullable(),
    source: z.enum(['estimated', 'given', 'none']),
    estimate: ZPatienceEstimate.nullable(),
  }),
  history: ZForecast.shape.history,
  forecast: z.object({ offered: ZForecast.shape.offered, aht: ZForecast.shape.aht }),
  intervals: z.array(ZPlanInterval),
  totals: z.object({
    offered: z.number(),
    agentHours: z.number(),
    scheduledHours: z.number(),
    peakScheduled: z.number().int(),
    expectedServiceLevel: z.number().nullable(),
    expectedAbandonRate: z.number().nullable(),
    intervalsWithContacts: z.number().int(),
  }),
  check: z
    .object({
      seed: z.number().int(),
      replications: z.number().int(),
      patience: z.enum(['measured', 'exponential', 'none']),
      contacts: z.number().int(),
      serviceLevel: ZEstimate,
      probabilityAbandon: ZEstimate,
      asa: ZEstimate,
      occupancy: ZEstimate,
      serviceLevels: z.array(z.number().nullable()),
    })
    .nullable(),
  createdAt: ZTimestamp,
});
export type TPlan = z.infer<typeof ZPlan>;

export const ZSavedPlan = z.object({
  id: ZId,
  queueId: ZId,
  centreOrganisationId: ZId,
  relationshipId: ZId.nullable(),
  from: ZDate,
  to: ZDate,
  intervalMinutes: z.number().int(),
  model: z.string(),
  scheduledHours: z.number(),
  expectedServiceLevel: z.number().nullable(),
  createdAt: ZTimestamp,
  createdBy: z.string().nullable(),
});
export type TSavedPlan = z.infer<typeof ZSavedPlan>;

export const ZPlanVsActual = z.object({
  plan: ZPlan.pick({
    id: true,
    queue: true,
    timeZone: true,
    intervalMinutes: true,
    from: true,
    to: true,
    model: true,
    targets: true,
    createdAt: true,
  }),
  hasAgentData: z.boolean(),
  rows: z.array(
    z.object({
      start: z.string(),
      forecastOffered: z.number(),
      actualOffered: z.number(),
      forecastAhtSeconds: z.number(),
      actualAhtSeconds: z.number().nullable(),
      plannedAgents: z.number().int(),
      scheduled: z.number().int(),
      availableAgents: z.number().nullable(),
      expectedServiceLevel: z.number(),
      actualServiceLevel: z.number().nullable(),
      actualAbandonRate: z.number().nullable(),
      expectedAsa: z.number().nullable(),
      actualAsa: z.number().nullable(),
      modelServiceLevelWithActuals: z.number().nullable(),
    }),
  ),
  summary: z.object({
    forecastOffered: z.number(),
    actualOffered: z.number(),
    volumeBias: z.number().nullable(),
    forecastMae: z.number(),
    forecastWape: z.number().nullable(),
    plannedAgentHours: z.number(),
    availableAgentHours: z.number().nullable(),
    expectedServiceLevel: z.number().nullable(),
    actualServiceLevel: z.number().nullable(),
    intervals: z.number().int(),
    intervalsBelowTarget: z.number().int(),
  }),
});
export type TPlanVsActual = z.infer<typeof ZPlanVsActual>;

export const ZPatience = z.object({
  queue: ZQueueRef,
  from: ZDate,
  to: ZDate,
  queued: z.number(),
  abandoned: z.number(),
  totalWaitSeconds: z.number(),
  estimate: ZPatienceEstimate.nullable(),
  survival: z.object({
    points: z.array(z.object({ seconds: z.number(), survival: z.number(), atRisk: z.number(), lower: z.number(), upper: z.number() })),
    medianSeconds: z.number().nullable(),
  }),
});

const local = (zone: string, at: number): string => formatLocalIso(zone, at);

/** A plan interval as the API and CLI show it: local start time, measures by KPI id. */
export const planIntervalJson = (p: PlanInterval, zone: string): TPlanInterval => ({
  start: local(zone, p.start),
  offered: p.offered,
  ahtSeconds: p.ahtSeconds,
  load: p.load,
  erlangC: { agents: p.erlangC.agents, service_level: p.erlangC.serviceLevel, asa: finite(p.erlangC.asa), occupancy: p.erlangC.occupancy },
  erlangA:
    p.erlangA === null
      ? null
      : {
          agents: p.erlangA.agents,
          service_level: p.erlangA.serviceLevel,
          asa: finite(p.erlangA.asa),
          probability_abandon: p.erlangA.probabilityAbandon,
          occupancy: p.erlangA.occupancy,
        },
  agents: p.agents,
  scheduled: p.scheduled,
  binding: p.binding,
  expected: measuresJson(p.expected),
});

/** Any view holding plan intervals and the zone they are read in. */
export const withPlanIntervalsJson = <V extends { timeZone: string; intervals: PlanInterval[] }>(
  v: V,
): Omit<V, 'intervals'> & { intervals: TPlanInterval[] } => ({
  ...v,
  intervals: v.intervals.map((p) => planIntervalJson(p, v.timeZone)),
});

export const withForecastIntervalsJson = <V extends { timeZone: string; intervals: ForecastInterval[] }>(
  v: V,
): Omit<V, 'intervals'> & { intervals: { start: string; offered: number; ahtSeconds: number }[] } => ({
  ...v,
  intervals: v.intervals.map((f) => ({ start: local(v.timeZone, f.start), offered: f.offered, ahtSeconds: f.ahtSeconds })),
});

export const withRowsJson = <V extends { plan: { timeZone: string }; rows: PlanVsActualRow[] }>(
  v: V,
): Omit<V, 'rows'> & { rows: (Omit<PlanVsActualRow, 'start'> & { start: string })[] } => ({
  ...v,
  rows: v.rows.map((r) => ({ ...r, start: local(v.plan.timeZone, r.start) })),
});

export const calculatorJson = (r: CalculatorResult): z.infer<typeof ZCalculatorResult> => ({
  ...r,
  measures: measuresJson(r.measures),
  curve: r.curve.map(measuresJson),
});

export const simulationJson = (
  r: SimulationResult & { load: number; exact: StaffingMeasures | null },
): z.infer<typeof ZSimulationResult> => ({
  load: r.load,
  contacts: r.contacts,
  answered: r.answered,
  abandoned: r.abandoned,
  replications: r.replications,
  service_level: r.serviceLevel,
  service_level_answered: r.serviceLevelAnswered,
  asa: r.asa,
  avg_wait_all: r.avgWaitAll,
  probability_wait: r.probabilityWait,
  probability_abandon: r.probabilityAbandon,
  occupancy: r.occupancy,
  exact: r.exact === null ? null : measuresJson(r.exact),
});
