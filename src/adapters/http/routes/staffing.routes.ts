// src/adapters/http/routes/staffing.routes.ts — Erlang calculator, simulation, patience, forecasts, staffing plans (CSV/XLSX) and plan vs actual

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/ports.js';
import { comparePlan, queuePatience } from '../../../app/staffing/compare-plan.js';
import { forecastQueue } from '../../../app/staffing/forecast-queue.js';
import { listPlans, loadPlan, planStaffing } from '../../../app/staffing/plan-staffing.js';
import { ZDate, ZError, ZIdParams, ZLocale } from '../../../contracts/common.js';
import {
  ZCalculatorInput,
  ZCalculatorResult,
  ZForecast,
  ZForecastQuery,
  ZPatience,
  ZPlan,
  ZPlanInput,
  ZPlanVsActual,
  ZSavedPlan,
  ZSimulationInput,
  ZSimulationResult,
  calculatorJson,
  simulationJson,
  withForecastIntervalsJson,
  withPlanIntervalsJson,
  withRowsJson,
} from '../../../contracts/staffing.js';
import { calculateStaffing, simulateStaffing } from '../../../domain/staffing/calculator.js';
import { staffingPlanFile, staffingPlanFormats } from '../../reports/staffing-plan-export.js';
import { localeOf, sendFile } from '../file-reply.js';
import { callerOf } from '../plugins/auth.js';

const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 422: ZError };

export const staffingRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['staffing'];
    app.post(
      '/staffing/erlang',
      {
        schema: {
          tags,
          summary:
            'Erlang C or Erlang A for one interval: the fewest agents meeting the targets (or the figures for given agents), staff after shrinkage',
          description:
            'Pure calculation, no stored data. `service_level` counts answered within the threshold over all offered contacts; `service_level_answered` over answered ones. Erlang A needs the mean patience.',
          body: ZCalculatorInput,
          response: { 200: ZCalculatorResult, ...errors },
        },
      },
      async (request) => {
        callerOf(request);
        return calculatorJson(calculateStaffing(request.body));
      },
    );
    app.post(
      '/staffing/simulate',
      {
        schema: {
          tags,
          summary: 'Seeded simulation of one queue at a steady load, with 95 % intervals and the exact model beside it',
          body: ZSimulationInput,
          response: { 200: ZSimulationResult, ...errors },
        },
      },
      async (request) => {
        callerOf(request);
        return simulationJson(simulateStaffing(request.body));
      },
    );
    app.get(
      '/staffing/patience',
      {
        schema: {
          tags,
          summary: 'Customers’ patience on a queue: the exponential estimate Erlang A uses and the Kaplan–Meier curve of time to abandon',
          querystring: z.object({ queue: z.string().min(1), from: ZDate, to: ZDate }),
          response: { 200: ZPatience, ...errors },
        },
      },
      async (request) => queuePatience(deps, callerOf(request), request.query),
    );
    app.get(
      '/forecasts',
      {
        schema: {
          tags,
          summary:
            'Forecast of a queue’s offered contacts and handling time per interval, the method chosen by a rolling-origin backtest (MAE, MASE)',
          querystring: ZForecastQuery,
          response: { 200: ZForecast, ...errors },
        },
      },
      async (request) => withForecastIntervalsJson(await forecastQueue(deps, callerOf(request), request.query)),
    );
    app.post(
      '/staffing/plans',
      {
        schema: {
          tags,
          summary:
            'A staffing plan for a queue and dates: forecast, Erlang C and Erlang A agents, scheduled staff; the mandate’s targets unless given',
          description: 'With `save: true` the plan is kept (201) for export and for plan vs actual; otherwise it is only computed (200).',
          body: ZPlanInput,
          response: { 200: ZPlan, 201: ZPlan, ...errors },
        },
      },
      async (request, reply) => {
        const plan = await planStaffing(deps, callerOf(request), request.body);
        return reply.code(plan.id === null ? 200 : 201).send(withPlanIntervalsJson(plan));
      },
    );
    app.get(
      '/staffing/plans',
      {
        schema: {
          tags,
          summary: 'Saved staffing plans of the queues you see (of one queue when given), newest first',
          querystring: z.object({ queue: z.string().min(1).optional(), limit: z.coerce.number().int().min(1).max(200).optional() }),
          response: { 200: z.array(ZSavedPlan), ...errors },
        },
      },
      async (request) => listPlans(deps, callerOf(request), request.query),
    );
    app.get(
      '/staffing/plans/:id',
      { schema: { tags, summary: 'A saved staffing plan as it was made', params: ZIdParams, response: { 200: ZPlan, ...errors } } },
      async (request) => withPlanIntervalsJson((await loadPlan(deps, callerOf(request), request.params.id)).view),
    );
    app.get(
      '/staffing/plans/:id/export',
      {
        schema: {
          tags,
          summary: 'A saved plan as CSV (one row per interval) or XLSX (intervals and a summary sheet)',
          params: ZIdParams,
          querystring: z.object({ format: z.enum(staffingPlanFormats).default('csv'), lang: ZLocale.optional() }),
          response: errors,
        },
      },
      async (request, reply) => {
        const { view } = await loadPlan(deps, callerOf(request), request.params.id);
        return sendFile(
          reply,
          await staffingPlanFile(view, { format: request.query.format, locale: localeOf(request.query.lang, request) }),
        );
      },
    );
    app.get(
      '/staffing/plans/:id/actual',
      {
        schema: {
          tags,
          summary:
            'Plan vs actual: forecast against offered contacts, planned against logged-in agents, expected against measured service level, per interval',
          params: ZIdParams,
          response: { 200: ZPlanVsActual, ...errors },
        },
      },
      async (request) => withRowsJson(await comparePlan(deps, callerOf(request), request.params.id)),
    );
  };
