// src/domain/forecast/methods.ts — forecasting methods for per-interval series (contacts offered, AHT): seasonal naive, seasonal average, double-seasonal Holt-Winters

import { doubleSeasonalHoltWinters } from './holt-winters.js';

export { doubleSeasonalHoltWinters } from './holt-winters.js';
export type { HoltWintersParams, HoltWintersResult, SeasonLengths } from './holt-winters.js';

/**
 * A series is one value per interval, oldest first, on a regular local-time grid that starts at the
 * first interval of a day; closed intervals are zeros. The methods rely only on the period lengths.
 */
export type ForecastMethodId = 'naive' | 'average' | 'holt-winters';

/** The methods from simplest to most elaborate: the order breaks ties when choosing. */
export const forecastMethods: readonly ForecastMethodId[] = ['naive', 'average', 'holt-winters'];

/** Weeks the `average` method looks back by default. */
export const defaultAverageWeeks = 4;

const checkArguments = (history: readonly number[], season: number, horizon: number): void => {
  if (!Number.isInteger(season) || season < 1) throw new RangeError('The season must be a positive whole number of intervals');
  if (!Number.isInteger(horizon) || horizon < 0) throw new RangeError('The horizon must be a whole number of intervals ≥ 0');
  if (history.length < season) throw new RangeError(`The history must hold at least one season (${season} intervals)`);
};

/**
 * The same interval one season (a week) earlier; beyond one season the last season repeats. The
 * benchmark every other method must beat (and the scale of MASE).
 */
export const seasonalNaive = (history: readonly number[], season: number, horizon: number): number[] => {
  checkArguments(history, season, horizon);
  const start = history.length - season;
  return Array.from({ length: horizon }, (_, h) => history[start + (h % season)] as number);
};

/**
 * The mean of the same weekday-interval over the last `weeks` seasons, or over as many as the history
 * holds. Averaging a few weeks removes most of the week-to-week noise that the naive forecast copies,
 * which is why a historical average is hard to beat beyond a few days ahead (Taylor 2008).
 */
export const seasonalAverage = (history: readonly number[], season: number, weeks: number, horizon: number): number[] => {
  checkArguments(history, season, horizon);
  if (!Number.isInteger(weeks) || weeks < 1) throw new RangeError('The number of weeks must be a positive whole number');
  const n = history.length;
  const k = Math.min(weeks, Math.floor(n / season));
  const forecast = new Array<number>(horizon);
  for (let h = 0; h < horizon; h += 1) {
    const position = n + (h % season);
    let sum = 0;
    for (let w = 1; w <= k; w += 1) sum += history[position - w * season] as number;
    forecast[h] = sum / k;
  }
  return forecast;
};

/** The history each method needs before it can forecast at all, in intervals. */
export const minimumHistory = (method: ForecastMethodId, periodsPerDay: number): number =>
  (method === 'holt-winters' ? 14 : 7) * periodsPerDay;

/** Forecasts with one method and its defaults (weekly season, four weeks for the average, fitted Holt-Winters). */
export const forecastWith = (method: ForecastMethodId, history: readonly number[], periodsPerDay: number, horizon: number): number[] => {
  const week = 7 * periodsPerDay;
  if (method === 'naive') return seasonalNaive(history, week, horizon);
  if (method === 'average') return seasonalAverage(history, week, defaultAverageWeeks, horizon);
  return doubleSeasonalHoltWinters(history, { day: periodsPerDay, week }, horizon).forecast;
};
