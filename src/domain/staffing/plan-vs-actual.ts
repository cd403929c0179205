// src/domain/staffing/plan-vs-actual.ts — after the fact: forecast against offered contacts, planned against logged-in agents, expected against measured service level

import type { StaffingModel } from './measures.js';
import { type PlanInterval, predict } from './plan.js';

/** What the contact data measured in one interval. */
export type ActualInterval = {
  start: number;
  offered: number;
  answered: number;
  /** Answered within the plan's threshold (a wait of exactly T counts). */
  answeredWithin: number;
  abandoned: number;
  /** Total wait of the answered contacts, seconds (ASA = this ÷ answered). */
  waitAnsweredSeconds: number;
  /** Mean handling time of answered contacts with a known handling time; null without any. */
  ahtSeconds: number | null;
  /** Mean agents logged in and not paused over the interval; null when no agent data was imported. */
  availableAgents: number | null;
};

export type PlanVsActualRow = {
  start: number;
  forecastOffered: number;
  actualOffered: number;
  forecastAhtSeconds: number;
  actualAhtSeconds: number | null;
  plannedAgents: number;
  scheduled: number;
  availableAgents: number | null;
  expectedServiceLevel: number;
  /** Answered within T ÷ offered, as the plan counts it; null without contacts. */
  actualServiceLevel: number | null;
  actualAbandonRate: number | null;
  /** ASA the plan expected, and the mean wait of the contacts actually answered; null without any. */
  expectedAsa: number | null;
  actualAsa: number | null;
  /**
   * The model's service level for the contacts that actually came and the agents actually available:
   * near the measured one, the model held and any miss came from the forecast or the staffing.
   */
  modelServiceLevelWithActuals: number | null;
};

export type PlanVsActualSummary = {
  forecastOffered: number;
  actualOffered: number;
  /** (actual − forecast) ÷ forecast over the whole range: + means more contacts came than forecast. */
  volumeBias: number | null;
  /** Mean absolute error of the forecast per interval, in contacts. */
  forecastMae: number;
  /** Weighted absolute percentage error: Σ|actual − forecast| ÷ Σ actual. */
  forecastWape: number | null;
  plannedAgentHours: number;
  availableAgentHours: number | null;
  expectedServiceLevel: number | null;
  actualServiceLevel: number | null;
  intervals: number;
  /** Intervals with contacts whose measured service level fell below the target. */
  intervalsBelowTarget: number;
};

const sumOf = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

export const comparePlanToActual = (
  plan: readonly PlanInterval[],
  actual: readonly ActualInterval[],
  o: {
    intervalSeconds: number;
    model: StaffingModel;
    patienceSeconds: number | null;
    thresholdSeconds: number;
    serviceLevelTarget: number | null;
  },
): { rows: PlanVsActualRow[]; summary: PlanVsActualSummary } => {
  const byStart = new Map(actual.map((a) => [a.start, a]));
  const rows = plan.map((p): PlanVsActualRow => {
    const a = byStart.get(p.start);
    const offered = a?.offered ?? 0;
    const aht = a?.ahtSeconds ?? null;
    const available = a?.availableAgents ?? null;
    const withActuals =
      offered > 0 && available !== null
        ? predict(
            o.model,
            { start: p.start, offered, ahtSeconds: aht ?? p.ahtSeconds },
            Math.round(available),
            o.intervalSeconds,
            o.patienceSeconds,
            o.thresholdSeconds,
          ).serviceLevel
        : null;
    return {
      start: p.start,
      forecastOffered: p.offered,
      actualOffered: offered,
      forecastAhtSeconds: p.ahtSeconds,
      actualAhtSeconds: aht,
      plannedAgents: p.agents,
      scheduled: p.scheduled,
      availableAgents: available,
      expectedServiceLevel: p.expected.serviceLevel,
      actualServiceLevel: a && offered > 0 ? a.answeredWithin / offered : null,
      actualAbandonRate: a && offered > 0 ? a.abandoned / offered : null,
      expectedAsa: Number.isFinite(p.expected.asa) ? p.expected.asa : null,
      actualAsa: a && a.answered > 0 ? a.waitAnsweredSeconds / a.answered : null,
      modelServiceLevelWithActuals: withActuals,
    };
  });
  const forecastOffered = sumOf(rows.map((r) => r.forecastOffered));
  const actualOffered = sumOf(rows.map((r) => r.actualOffered));
  const absErrors = sumOf(rows.map((r) => Math.abs(r.actualOffered - r.forecastOffered)));
  const withAgents = rows.filter((r) => r.availableAgents !== null);
  const planned = new Set(plan.map((p) => p.start));
  const within = sumOf(actual.filter((a) => planned.has(a.start)).map((a) => a.answeredWithin));
  const target = o.serviceLevelTarget;
  return {
    rows,
    summary: {
      forecastOffered,
      actualOffered,
      volumeBias: forecastOffered > 0 ? (actualOffered - forecastOffered) / forecastOffered : null,
      forecastMae: rows.length > 0 ? absErrors / rows.length : 0,
      forecastWape: actualOffered > 0 ? absErrors / actualOffered : null,
      plannedAgentHours: (sumOf(rows.map((r) => r.plannedAgents)) * o.intervalSeconds) / 3600,
      availableAgentHours: withAgents.length > 0 ? (sumOf(withAgents.map((r) => r.availableAgents ?? 0)) * o.intervalSeconds) / 3600 : null,
      expectedServiceLevel:
        forecastOffered > 0 ? sumOf(rows.map((r) => r.forecastOffered * r.expectedServiceLevel)) / forecastOffered : null,
      actualServiceLevel: actualOffered > 0 ? within / actualOffered : null,
      intervals: rows.length,
      intervalsBelowTarget: target === null ? 0 : rows.filter((r) => r.actualServiceLevel !== null && r.actualServiceLevel < target).length,
    },
  };
};
