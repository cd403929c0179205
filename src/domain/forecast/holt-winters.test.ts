// src/domain/forecast/holt-winters.test.ts — double-seasonal Holt-Winters: exact on a noiseless series, better than naive on a noisy one, never negative

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { doubleSeasonalHoltWinters } from './holt-winters.js';
import { seasonalNaive } from './methods.js';
import { syntheticSeries } from './synthetic-series.js';

const day = 96;
const week = 7 * day;
const seasons = { day, week };
const trainLength = 8 * week;
const horizon = 2 * week;

const mae = (forecast: readonly number[], actual: readonly number[]): number =>
  forecast.reduce((sum, f, i) => sum + Math.abs(f - (actual[i] as number)), 0) / forecast.length;
const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('doubleSeasonalHoltWinters', () => {
  test('forecasts a noiseless double-seasonal series to within rounding', () => {
    const series = syntheticSeries({ weeks: 10 });
    const { forecast } = doubleSeasonalHoltWinters(series.slice(0, trainLength), seasons, horizon);
    const worst = Math.max(...forecast.map((f, i) => Math.abs(f - (series[trainLength + i] as number))));
    assert.ok(worst < 1e-9, `worst error ${worst}`);
  });

  test('tracks a noiseless series growing 1 % a week to within 3 % of its mean', () => {
    const series = syntheticSeries({ weeks: 10, weeklyGrowth: 0.01 });
    const actual = series.slice(trainLength);
    const { forecast } = doubleSeasonalHoltWinters(series.slice(0, trainLength), seasons, horizon);
    const relative = mae(forecast, actual) / mean(actual);
    assert.ok(relative < 0.03, `relative MAE ${relative}`);
  });

  test('on a noisy series beats the seasonal naive by a clear margin two weeks ahead', () => {
    for (const seed of [1, 2, 3]) {
      const series = syntheticSeries({ weeks: 10, seed });
      const history = series.slice(0, trainLength);
      const actual = series.slice(trainLength);
      const hw = mae(doubleSeasonalHoltWinters(history, seasons, horizon).forecast, actual);
      const naive = mae(seasonalNaive(history, week, horizon), actual);
      assert.ok(hw < 0.85 * naive, `seed ${seed}: Holt-Winters MAE ${hw}, naive ${naive}`);
    }
  });

  test('fitted weights lie in [0, 1] and φ in (−1, 1); given weights are used as they are', () => {
    const history = syntheticSeries({ weeks: 8, seed: 5 });
    const fitted = doubleSeasonalHoltWinters(history, seasons, day).params;
    for (const w of [fitted.alpha, fitted.gamma, fitted.omega]) assert.ok(w >= 0 && w <= 1, JSON.stringify(fitted));
    assert.ok(Math.abs(fitted.phi) < 1);
    const given = doubleSeasonalHoltWinters(history, seasons, day, { alpha: 0.1, gamma: 0.2, omega: 0.3 });
    assert.deepEqual(given.params, { alpha: 0.1, gamma: 0.2, omega: 0.3, phi: 0 });
    const refit = doubleSeasonalHoltWinters(history, seasons, day, fitted);
    assert.deepEqual(refit.forecast, doubleSeasonalHoltWinters(history, seasons, day).forecast);
  });

  test('forecasts are never negative: after volume collapses the additive model is clamped at zero', () => {
    // four busy weeks, then two at a twentieth of the volume; slow seasonal weights keep the old amplitude
    const history = [...syntheticSeries({ weeks: 4, peak: 40 }), ...syntheticSeries({ weeks: 2, peak: 2 })];
    const open = syntheticSeries({ weeks: 2 }).map((x) => x > 0);
    const { forecast } = doubleSeasonalHoltWinters(history, seasons, horizon, { alpha: 0.5, gamma: 0.01, omega: 0.01 });
    assert.ok(forecast.every((x) => x >= 0));
    const clamped = forecast.filter((x, i) => x === 0 && open[i]).length;
    assert.ok(clamped > 0, 'some open intervals would have gone below zero');
  });

  test('forecasts zero where the centre was closed in each of the last four weeks', () => {
    const history = syntheticSeries({ weeks: 6, seed: 9 });
    const { forecast } = doubleSeasonalHoltWinters(history, seasons, horizon, { alpha: 0.9, gamma: 0.9, omega: 0.9, phi: 0.9 });
    // 03:00 every day and all of Sunday were closed
    for (let d = 0; d < 14; d += 1) assert.equal(forecast[d * day + 12], 0);
    assert.ok(forecast.slice(6 * day, week).every((x) => x === 0));
    // a Saturday morning opened two weeks ago (10:00 → 08:00) is forecast again
    const reopened = [...history];
    for (const w of [4, 5]) for (let i = 32; i < 40; i += 1) reopened[w * week + 5 * day + i] = 5;
    const after = doubleSeasonalHoltWinters(reopened, seasons, week, { alpha: 0.1, gamma: 0.1, omega: 0.5 }).forecast;
    assert.ok(
      after.slice(5 * day + 32, 5 * day + 40).every((x) => x > 1),
      after.slice(5 * day + 32, 5 * day + 40).join(),
    );
  });

  test('works on half-hour intervals', () => {
    const series = syntheticSeries({ weeks: 6, periodsPerDay: 48 });
    const { forecast } = doubleSeasonalHoltWinters(series.slice(0, 5 * 336), { day: 48, week: 336 }, 336);
    assert.ok(mae(forecast, series.slice(5 * 336)) < 1e-9);
  });

  test('needs two weeks of history and a week made of whole days', () => {
    assert.throws(() => doubleSeasonalHoltWinters(syntheticSeries({ weeks: 1 }), seasons, day), RangeError);
    assert.throws(() => doubleSeasonalHoltWinters(syntheticSeries({ weeks: 3 }), { day: 96, week: 700 }, day), RangeError);
  });
});
