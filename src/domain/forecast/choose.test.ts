// src/domain/forecast/choose.test.ts — forecastSeries: auto picks the best backtested method, falls back on short histories, and refuses too little history

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ForecastError, forecastSeries } from './choose.js';
import { forecastWith } from './methods.js';
import { syntheticSeries } from './synthetic-series.js';

const day = 96;
const week = 7 * day;

const tooLittle = (needed: number, available: number) => (e: unknown) =>
  e instanceof ForecastError && e.code === 'too_little_history' && e.needed === needed && e.available === available;

describe('forecastSeries with auto', () => {
  test('on eight noisy weeks backtests all three methods on the same origins and picks the lowest MASE, not the naive', () => {
    const history = syntheticSeries({ weeks: 8, seed: 1 });
    const result = forecastSeries(history, { periodsPerDay: day, horizon: 14 * day, method: 'auto' });
    assert.deepEqual(
      result.evaluation.map((e) => [e.method, e.origins]),
      [
        ['naive', 4],
        ['average', 4],
        ['holt-winters', 4],
      ],
    );
    const lowest = Math.min(...result.evaluation.map((e) => e.mase));
    assert.equal(result.evaluation.find((e) => e.method === result.method)?.mase, lowest);
    assert.notEqual(result.method, 'naive');
    assert.ok(lowest < 0.85, `MASE ${lowest}`);
    // refitted on the whole history
    assert.deepEqual(result.forecast, forecastWith(result.method, history, day, 14 * day));
    assert.equal(result.forecast.length, 14 * day);
    assert.ok(result.forecast.every((x) => x >= 0));
  });

  test('a tie goes to the simpler method: on an exactly repeating series all score 0 and the naive wins', () => {
    const result = forecastSeries(syntheticSeries({ weeks: 5 }), { periodsPerDay: day, horizon: day, method: 'auto' });
    assert.deepEqual(
      result.evaluation.map((e) => e.mase),
      [0, 0, 0],
    );
    assert.equal(result.method, 'naive');
  });

  test('leaves out the methods the history is too short for, and uses fewer origins', () => {
    // 10 days: Holt-Winters needs 14; naive and average need a week, an interval, and a day ahead for one origin
    const history = syntheticSeries({ weeks: 2, seed: 2 }).slice(0, 10 * day);
    const result = forecastSeries(history, { periodsPerDay: day, horizon: day, method: 'auto' });
    assert.deepEqual(
      result.evaluation.map((e) => [e.method, e.origins]),
      [
        ['naive', 2],
        ['average', 2],
      ],
    );
    assert.ok(result.method === 'naive' || result.method === 'average');
  });

  test('with enough history to forecast but not to backtest, falls back to the seasonal average', () => {
    const history = syntheticSeries({ weeks: 2, seed: 3 }).slice(0, 9 * day);
    const result = forecastSeries(history, { periodsPerDay: day, horizon: 14 * day, method: 'auto' });
    assert.equal(result.method, 'average');
    assert.deepEqual(result.evaluation, []);
    assert.deepEqual(result.forecast, forecastWith('average', history, day, 14 * day));
  });

  test('less than a week of history is a ForecastError naming the lengths', () => {
    const history = syntheticSeries({ weeks: 1 }).slice(0, 6 * day);
    assert.throws(() => forecastSeries(history, { periodsPerDay: day, horizon: day, method: 'auto' }), tooLittle(week, 6 * day));
  });
});

describe('forecastSeries with a named method', () => {
  test('uses that method and reports its own backtest', () => {
    const history = syntheticSeries({ weeks: 6, seed: 5 });
    const result = forecastSeries(history, { periodsPerDay: day, horizon: 2 * day, method: 'naive', origins: 3 });
    assert.equal(result.method, 'naive');
    assert.deepEqual(result.forecast, history.slice(-week, -week + 2 * day));
    assert.deepEqual(
      result.evaluation.map((e) => [e.method, e.origins]),
      [['naive', 3]],
    );
  });

  test('Holt-Winters on less than two weeks is a ForecastError', () => {
    const history = syntheticSeries({ weeks: 2 }).slice(0, 10 * day);
    assert.throws(
      () => forecastSeries(history, { periodsPerDay: day, horizon: day, method: 'holt-winters' }),
      tooLittle(2 * week, 10 * day),
    );
  });

  test('rejects values that are not finite numbers ≥ 0', () => {
    const history = syntheticSeries({ weeks: 2 });
    history[5] = Number.NaN;
    assert.throws(() => forecastSeries(history, { periodsPerDay: day, horizon: day, method: 'naive' }), RangeError);
    history[5] = -1;
    assert.throws(() => forecastSeries(history, { periodsPerDay: day, horizon: day, method: 'naive' }), RangeError);
  });
});
