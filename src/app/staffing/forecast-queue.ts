// src/app/staffing/forecast-queue.ts — forecast a queue's offered contacts and handling time per interval from its imported history

import type { BacktestResult } from '../../domain/forecast/backtest.js';
import { type ForecastSeriesResult, forecastSeries, isForecastError } from '../../domain/forecast/choose.js';
import type { ForecastMethodId } from '../../domain/forecast/methods.js';
import type { Queue } from '../../domain/organisations/model.js';
import { AppError } from '../../domain/shared/errors.js';
import type { ForecastInterval } from '../../domain/staffing/plan.js';
import { epochToZoned } from '../../domain/shared/time-zone.js';
import type { Caller } from '../caller.js';
import type { Deps } from '../ports.js';
import {
  type IntervalMinutes,
  type QueueHistory,
  ahtOf,
  dateOfDayNumber,
  dayNumberOf,
  gridStarts,
  readQueueHistory,
  staffingQueue,
  zoneOfQueue,
} from './queue-history.js';

export type ForecastQueueOptions = {
  queue: string;
  /** First local day forecast (YYYY-MM-DD); default today in the centre's zone. History ends the day before. */
  from?: string;
  horizonDays?: number;
  method?: 'auto' | ForecastMethodId;
  intervalMinutes?: IntervalMinutes;
  /** Weeks of history read before `from` (default 8). */
  historyWeeks?: number;
};

/** A method's rolling-origin backtest (MASE null when the naive scale is zero). */
export type Evaluation = Omit<BacktestResult, 'mase'> & { mase: number | null };

export type QueueForecast = {
  queue: { id: string; code: string; name: string };
  timeZone: string;
  intervalMinutes: IntervalMinutes;
  from: string;
  to: string;
  history: { from: string; to: string; days: number; offered: number };
  offered: { method: ForecastMethodId; evaluation: Evaluation[] };
  aht: { method: ForecastMethodId; evaluation: Evaluation[]; historyMeanSeconds: number };
  intervals: ForecastInterval[];
};

export const forecastLimits = { maxHorizonDays: 92, maxHistoryWeeks: 52 } as const;

const validate = (o: ForecastQueueOptions): { horizonDays: number; historyWeeks: number; intervalMinutes: IntervalMinutes } => {
  const horizonDays = o.horizonDays ?? 14;
  const historyWeeks = o.historyWeeks ?? 8;
  const intervalMinutes = o.intervalMinutes ?? 30;
  const issues = [
    ...(Number.isInteger(horizonDays) && horizonDays >= 1 && horizonDays <= forecastLimits.maxHorizonDays
      ? []
      : [{ path: 'horizonDays', message: `a whole number of days from 1 to ${forecastLimits.maxHorizonDays}` }]),
    ...(Number.isInteger(historyWeeks) && historyWeeks >= 1 && historyWeeks <= forecastLimits.maxHistoryWeeks
      ? []
      : [{ path: 'historyWeeks', message: `a whole number of weeks from 1 to ${forecastLimits.maxHistoryWeeks}` }]),
    ...(intervalMinutes === 15 || intervalMinutes === 30 ? [] : [{ path: 'intervalMinutes', message: '15 or 30' }]),
  ];
  if (issues.length > 0) throw new AppError('CCQ_ERR_VALIDATION', 'The forecast options are not valid', issues);
  return { horizonDays, historyWeeks, intervalMinutes };
};

/** Today's local date in the zone, as a day number. */
export const todayIn = (deps: Deps, timeZone: string): number => {
  const z = epochToZoned(timeZone, deps.clock().getTime());
  return dayNumberOf(`${String(z.year).padStart(4, '0')}-${String(z.month).padStart(2, '0')}-${String(z.day).padStart(2, '0')}`, 'from');
};

const forecastOrExplain = (
  series: number[],
  o: { periodsPerDay: number; horizon: number; method: 'auto' | ForecastMethodId },
): ForecastSeriesResult => {
  try {
    return forecastSeries(series, o);
  } catch (e) {
    if (isForecastError(e)) throw new AppError('CCQ_ERR_TOO_LITTLE_HISTORY', e.message);
    throw e;
  }
};

/**
 * Handling time per cell, where the cell had answered contacts with a known handling time; elsewhere
 * the history's mean, so the AHT series has no holes for the forecast to learn as zeros.
 */
const ahtSeries = (h: QueueHistory): { series: number[]; mean: number } => {
  let seconds = 0;
  let handled = 0;
  for (const s of h.sums) {
    seconds += s.talkSeconds + s.holdSeconds + s.wrapSeconds;
    handled += s.handledWithTime;
  }
  const mean = handled > 0 ? seconds / handled : 0;
  return { series: h.sums.map((s) => ahtOf(s) ?? mean), mean };
};

/** A MASE against a perfectly repeating naive forecast is infinite; JSON has no Infinity, so it becomes null. */
const finiteScores = (e: BacktestResult): Evaluation => ({ ...e, mase: Number.isFinite(e.mase) ? e.mase : null });

/** Forecasts from an already read history (the plan and the comparison reuse it). */
export const forecastFromHistory = (
  h: QueueHistory,
  o: { firstDay: number; horizonDays: number; method: 'auto' | ForecastMethodId },
): Pick<QueueForecast, 'offered' | 'aht' | 'intervals' | 'history'> => {
  const firstWithContacts = h.sums.findIndex((s) => s.offered > 0);
  if (firstWithContacts < 0)
    throw new AppError('CCQ_ERR_TOO_LITTLE_HISTORY', `Queue ${h.queue.code} has no contacts from ${h.firstDay} for ${h.days} days`);
  // Whole weeks before the first contact are before the data began, not closed weeks: left out, so
  // the methods do not learn them as a quiet season.
  const week = 7 * h.periodsPerDay;
  const skip = Math.floor(firstWithContacts / week) * week;
  const offeredSeries = h.sums.slice(skip).map((s) => s.offered);
  const horizon = o.horizonDays * h.periodsPerDay;
  const offered = forecastOrExplain(offeredSeries, { periodsPerDay: h.periodsPerDay, horizon, method: o.method });
  const aht = ahtSeries(h);
  const ahtForecast = forecastOrExplain(aht.series.slice(skip), { periodsPerDay: h.periodsPerDay, horizon, method: o.method });
  const starts = gridStarts(h.timeZone, o.firstDay, o.horizonDays, h.intervalMinutes);
  const usedFrom = dayNumberOf(h.firstDay, 'from') + skip / h.periodsPerDay;
  return {
    // The history the forecast learnt from: without the leading weeks before the data began.
    history: {
      from: dateOfDayNumber(usedFrom),
      to: dateOfDayNumber(o.firstDay),
      days: o.firstDay - usedFrom,
      offered: offeredSeries.reduce((a, x) => a + x, 0),
    },
    offered: { method: offered.method, evaluation: offered.evaluation.map(finiteScores) },
    aht: { method: ahtForecast.method, evaluation: ahtForecast.evaluation.map(finiteScores), historyMeanSeconds: aht.mean },
    intervals: starts.map((start, i) => {
      // On the day clocks go forward the grid's skipped wall times (02:00–03:00 in Europe) do not
      // happen: nobody can call then, whatever the same time last week saw.
      const z = epochToZoned(h.timeZone, start);
      const happens = z.hour * 60 + z.minute === (i % h.periodsPerDay) * h.intervalMinutes;
      const contacts = happens ? (offered.forecast[i] ?? 0) : 0;
      return { start, offered: contacts, ahtSeconds: contacts > 0 ? (ahtForecast.forecast[i] ?? aht.mean) : aht.mean };
    }),
  };
};

/** Reads the history before `from` for a forecast or plan of a queue. */
export const historyBefore = async (
  deps: Deps,
  o: { queue: Queue; timeZone: string; firstDay: number; historyWeeks: number; intervalMinutes: IntervalMinutes; thresholdSeconds: number },
): Promise<QueueHistory> =>
  readQueueHistory(deps, {
    queue: o.queue,
    timeZone: o.timeZone,
    firstDay: o.firstDay - o.historyWeeks * 7,
    days: o.historyWeeks * 7,
    intervalMinutes: o.intervalMinutes,
    thresholdSeconds: o.thresholdSeconds,
  });

export const forecastQueue = async (deps: Deps, caller: Caller, o: ForecastQueueOptions): Promise<QueueForecast> => {
  const v = validate(o);
  const queue = await staffingQueue(deps, caller, o.queue);
  const timeZone = await zoneOfQueue(deps, caller, queue);
  const firstDay = o.from !== undefined ? dayNumberOf(o.from, 'from') : todayIn(deps, timeZone);
  const history = await historyBefore(deps, {
    queue,
    timeZone,
    firstDay,
    historyWeeks: v.historyWeeks,
    intervalMinutes: v.intervalMinutes,
    thresholdSeconds: 20,
  });
  const f = forecastFromHistory(history, { firstDay, horizonDays: v.horizonDays, method: o.method ?? 'auto' });
  return {
    queue: { id: queue.id, code: queue.code, name: queue.name },
    timeZone,
    intervalMinutes: v.intervalMinutes,
    from: dateOfDayNumber(firstDay),
    to: dateOfDayNumber(firstDay + v.horizonDays),
    ...f,
  };
};
