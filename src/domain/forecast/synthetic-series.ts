// src/domain/forecast/synthetic-series.ts — a contact-centre-like series with known intraday and weekday patterns, for tests and benchmarks of the forecasts

import { createRandom } from '../simulation/random.js';

export type SyntheticSeriesOptions = {
  weeks: number;
  /** Intervals per day; default 96 (quarter hours). */
  periodsPerDay?: number;
  /** Mean contacts in the busiest interval of a Monday; default 40. */
  peak?: number;
  /** Relative growth of the level per week (0.01 = +1 % a week); default 0. */
  weeklyGrowth?: number;
  /** Poisson noise around the mean from this seed; absent: the noiseless means. */
  seed?: number;
};

/** Monday to Sunday: a busy Monday, a calmer end of the week, a short Saturday, closed on Sunday. */
const weekdayLevels = [1, 0.9, 0.85, 0.85, 0.8, 0.4, 0];

/**
 * The mean per interval of one day: open 08:00–18:00 (Saturday 10:00–14:00), a morning rise and a
 * lunch peak from a half sine plus a bump; zero when closed.
 */
const intraday = (fraction: number, weekday: number): number => {
  const [open, close] = weekday === 5 ? [10 / 24, 14 / 24] : [8 / 24, 18 / 24];
  if (fraction < open || fraction >= close) return 0;
  const x = (fraction - open) / (close - open);
  return 0.5 * Math.sin(Math.PI * x) + 0.4 * Math.exp(-(((fraction - 12.5 / 24) * 24) ** 2)) + 0.2;
};

/** Means (or Poisson counts around them) per interval, starting on a Monday at midnight. */
export const syntheticSeries = (options: SyntheticSeriesOptions): number[] => {
  const perDay = options.periodsPerDay ?? 96;
  const peak = options.peak ?? 40;
  const growth = options.weeklyGrowth ?? 0;
  const random = options.seed === undefined ? undefined : createRandom(options.seed);
  const length = options.weeks * 7 * perDay;
  const series = new Array<number>(length);
  for (let t = 0; t < length; t += 1) {
    const day = Math.floor(t / perDay);
    const weekday = day % 7;
    const mean = (peak / 1.1) * (weekdayLevels[weekday] as number) * intraday((t % perDay) / perDay, weekday) * (1 + growth) ** (day / 7);
    series[t] = random ? random.poisson(mean) : mean;
  }
  return series;
};
