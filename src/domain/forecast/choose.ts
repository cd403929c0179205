// src/domain/forecast/choose.ts — forecast a per-interval series with a named method or the one that backtests best

import { type BacktestResult, backtest, backtestMinimum } from './backtest.js';
import { ForecastError } from './forecast-error.js';
import { type ForecastMethodId, forecastMethods, forecastWith, minimumHistory } from './methods.js';

export { ForecastError, type ForecastErrorCode, isForecastError } from './forecast-error.js';

export type ForecastSeriesOptions = {
  periodsPerDay: number;
  /** Intervals to forecast after the end of the history. */
  horizon: number;
  method: 'auto' | ForecastMethodId;
  /** Backtest origins (default 4, one day apart); fewer are used when the history is short. */
  origins?: number;
};

export type ForecastSeriesResult = {
  method: ForecastMethodId;
  /** `horizon` values, none negative. */
  forecast: number[];
  /** One backtest per method evaluated (all on the same origins); empty when the history is too short to backtest. */
  evaluation: BacktestResult[];
};

const defaultOrigins = 4;
/** MASE values closer than this (relatively) are a tie, and the simpler method wins. */
const tieTolerance = 1e-9;

/** The most origins (≤ wanted) that a history of `length` allows for `method`; 0 when not even one. */
const originsThatFit = (method: ForecastMethodId, length: number, periodsPerDay: number, horizon: number, wanted: number): number => {
  const oneOrigin = backtestMinimum(method, { periodsPerDay, horizon, origins: 1 });
  return length < oneOrigin ? 0 : Math.min(wanted, 1 + Math.floor((length - oneOrigin) / periodsPerDay));
};

/**
 * Backtests the given methods on the same origins — as many as the most demanding of them allows —
 * so that their MASE values compare like with like. Methods that cannot be backtested at all are left out.
 */
const evaluate = (
  history: readonly number[],
  methods: readonly ForecastMethodId[],
  periodsPerDay: number,
  horizon: number,
  wanted: number,
): BacktestResult[] => {
  const fitting = methods
    .map((m) => [m, originsThatFit(m, history.length, periodsPerDay, horizon, wanted)] as const)
    .filter(([, o]) => o > 0);
  if (fitting.length === 0) return [];
  const origins = Math.min(...fitting.map(([, o]) => o));
  return fitting.map(([m]) => backtest(history, m, { periodsPerDay, horizon, origins }));
};

/** The lowest MASE; on a tie the earlier (simpler) method, since the list runs simplest first. */
const best = (evaluation: readonly BacktestResult[]): ForecastMethodId => {
  let winner = evaluation[0] as BacktestResult;
  for (const candidate of evaluation.slice(1)) if (candidate.mase < winner.mase * (1 - tieTolerance)) winner = candidate;
  return winner.method;
};

const checkSeries = (history: readonly number[], options: ForecastSeriesOptions): void => {
  const { periodsPerDay, horizon } = options;
  if (!Number.isInteger(periodsPerDay) || periodsPerDay < 1) throw new RangeError('periodsPerDay must be a positive whole number');
  if (!Number.isInteger(horizon) || horizon < 1) throw new RangeError('The horizon must be a positive whole number of intervals');
  const bad = history.findIndex((x) => !Number.isFinite(x) || x < 0);
  if (bad >= 0) throw new RangeError(`Value ${bad} of the series is not a finite number ≥ 0 (closed intervals are 0)`);
};

/**
 * Forecasts a series of contacts offered (or AHT) per interval. With `auto`, every method the history
 * allows is backtested on rolling origins and the lowest MASE wins (ties: the simpler method); the
 * winner is refitted on the whole history. When the history allows a forecast but no backtest (less
 * than a week plus the horizon), `auto` falls back to the seasonal average, which with fewer than two
 * weeks is the seasonal naive, with an empty evaluation. Throws `ForecastError('too_little_history')`
 * when the history is shorter than the method (for `auto`: the simplest method) needs.
 */
export const forecastSeries = (history: readonly number[], options: ForecastSeriesOptions): ForecastSeriesResult => {
  checkSeries(history, options);
  const { periodsPerDay, horizon } = options;
  const wanted = options.origins ?? defaultOrigins;
  if (!Number.isInteger(wanted) || wanted < 1) throw new RangeError('origins must be a positive whole number');
  const candidates = options.method === 'auto' ? forecastMethods : [options.method];
  const needed = Math.min(...candidates.map((m) => minimumHistory(m, periodsPerDay)));
  if (history.length < needed)
    throw new ForecastError(
      'too_little_history',
      needed,
      history.length,
      `Too little history to forecast: ${needed} intervals (${needed / periodsPerDay} days) needed, ${history.length} available`,
    );
  const usable = candidates.filter((m) => history.length >= minimumHistory(m, periodsPerDay));
  const evaluation = evaluate(history, usable, periodsPerDay, horizon, wanted);
  const method = options.method !== 'auto' ? options.method : evaluation.length > 0 ? best(evaluation) : 'average';
  return { method, forecast: forecastWith(method, history, periodsPerDay, horizon), evaluation };
};
