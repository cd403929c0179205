// src/domain/forecast/backtest.ts — rolling-origin evaluation of a forecasting method: MAE and MASE (scaled by the weekly seasonal naive)

import { ForecastError } from './forecast-error.js';
import { type ForecastMethodId, forecastWith, minimumHistory } from './methods.js';

export type BacktestOptions = {
  periodsPerDay: number;
  /** Intervals forecast from each origin. */
  horizon: number;
  /** How many forecast origins; the last one leaves exactly `horizon` intervals after it. */
  origins: number;
  /** Intervals between consecutive origins; default one day (re-forecasting once a day). */
  step?: number;
};

export type BacktestResult = {
  method: ForecastMethodId;
  /** Mean absolute error over every forecast interval of every origin (closed intervals included). */
  mae: number;
  /**
   * Mean absolute scaled error: each error divided by the in-sample MAE of the weekly seasonal naive
   * forecast on that origin's training part, then averaged. Below 1 beats last week's figures. When a
   * training part repeats itself exactly week on week (scale 0), errors of 0 scale to 0 and others to Infinity.
   */
  mase: number;
  origins: number;
};

/** Errors below this are floating-point rounding, not forecast error: they count as 0 (so a zero scale stays meaningful). */
const roundingError = 1e-9;

/**
 * In-sample MAE of the one-season-back forecast over `training` (the mean of |y_t − y_{t−season}|):
 * the MASE denominator. NaN when the training part is not longer than one season.
 */
export const seasonalNaiveScale = (training: readonly number[], season: number): number => {
  let sum = 0;
  for (let t = season; t < training.length; t += 1) sum += Math.abs((training[t] as number) - (training[t - season] as number));
  return sum / (training.length - season);
};

/**
 * The shortest history that allows `origins` backtest origins: the method's own minimum (and one
 * season plus one interval, so the MASE scale exists) before the first origin, then the origins and a horizon.
 */
export const backtestMinimum = (method: ForecastMethodId, options: BacktestOptions): number => {
  const week = 7 * options.periodsPerDay;
  const step = options.step ?? options.periodsPerDay;
  return Math.max(minimumHistory(method, options.periodsPerDay), week + 1) + options.horizon + (options.origins - 1) * step;
};

/** Rolling-origin evaluation: refit on the history up to each origin, forecast `horizon` intervals, compare. */
export const backtest = (history: readonly number[], method: ForecastMethodId, options: BacktestOptions): BacktestResult => {
  const { periodsPerDay, horizon, origins } = options;
  const step = options.step ?? periodsPerDay;
  if (![periodsPerDay, horizon, origins, step].every((x) => Number.isInteger(x) && x >= 1))
    throw new RangeError('periodsPerDay, horizon, origins and step must be positive whole numbers');
  const needed = backtestMinimum(method, options);
  if (history.length < needed) throw new ForecastError('too_little_history', needed, history.length);
  const week = 7 * periodsPerDay;
  let absolute = 0;
  let scaled = 0;
  for (let o = 0; o < origins; o += 1) {
    const end = history.length - horizon - (origins - 1 - o) * step;
    const training = history.slice(0, end);
    const scale = seasonalNaiveScale(training, week);
    const forecast = forecastWith(method, training, periodsPerDay, horizon);
    for (let h = 0; h < horizon; h += 1) {
      const raw = Math.abs((history[end + h] as number) - (forecast[h] as number));
      const error = raw < roundingError ? 0 : raw;
      absolute += error;
      scaled += error === 0 ? 0 : error / scale;
    }
  }
  const count = origins * horizon;
  return { method, mae: absolute / count, mase: scaled / count, origins };
};
