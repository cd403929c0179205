// src/domain/forecast/backtest.test.ts — rolling-origin MAE and MASE: hand-checked figures, the naive-scale semantics, and the history each backtest needs

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { backtest, backtestMinimum, seasonalNaiveScale } from './backtest.js';
import { ForecastError } from './forecast-error.js';
import { syntheticSeries } from './synthetic-series.js';

const day = 96;
const week = 7 * day;

describe('seasonalNaiveScale', () => {
  test('is the mean absolute change from one season to the next', () => {
    // |3 − 1| + |5 − 2| + |4 − 3| + |5 − 5| = 6 over 4 pairs
    assert.equal(seasonalNaiveScale([1, 2, 3, 5, 4, 5], 2), 1.5);
  });
});

describe('backtest', () => {
  test('a hand example with one interval per day: one origin, a week ahead', () => {
    // training = the first 8 values: scale |3 − 1| = 2; the naive forecast repeats values 1..7 = [2, 3, 4, 5, 6, 7, 3];
    // the actuals differ only in the last interval (5 against 3): MAE 2/7, MASE (2/2)/7.
    const history = [1, 2, 3, 4, 5, 6, 7, 3, 2, 3, 4, 5, 6, 7, 5];
    const result = backtest(history, 'naive', { periodsPerDay: 1, horizon: 7, origins: 1 });
    assert.deepEqual(result, { method: 'naive', mae: 2 / 7, mase: 1 / 7, origins: 1 });
  });

  test('origins roll forward by the step, each with its own scale', () => {
    // step 1: origins after 8 and 9 values; the second training part adds |2 − 2| = 0 to the scale
    const history = [1, 2, 3, 4, 5, 6, 7, 3, 2, 3, 4, 5, 6, 7, 5, 9];
    const result = backtest(history, 'naive', { periodsPerDay: 1, horizon: 7, origins: 2, step: 1 });
    // origin 1 as above (errors: one of 2, scale 2); origin 2 forecasts [3, 4, 5, 6, 7, 3, 2] for [3, 4, 5, 6, 7, 5, 9]:
    // errors 2 and 7, scale (2 + 0) / 2 = 1
    assert.equal(result.mae, (2 + 2 + 7) / 14);
    assert.equal(result.mase, (2 / 2 + 2 / 1 + 7 / 1) / 14);
    assert.equal(result.origins, 2);
  });

  test('MASE semantics: the weekly naive on a stationary noisy series scores about 1', () => {
    const history = syntheticSeries({ weeks: 12, seed: 21 });
    const result = backtest(history, 'naive', { periodsPerDay: day, horizon: week, origins: 20 });
    assert.ok(result.mase > 0.9 && result.mase < 1.1, `MASE ${result.mase}`);
  });

  test('averaging and Holt-Winters beat the naive on the noisy series (MASE < 1)', () => {
    const history = syntheticSeries({ weeks: 8, seed: 4 });
    const options = { periodsPerDay: day, horizon: 14 * day, origins: 4 };
    const naive = backtest(history, 'naive', options);
    for (const method of ['average', 'holt-winters'] as const) {
      const result = backtest(history, method, options);
      assert.ok(result.mase < 0.85 && result.mae < naive.mae, `${method}: ${JSON.stringify(result)} against ${JSON.stringify(naive)}`);
    }
  });

  test('a series that repeats exactly has a zero scale: a perfect forecast scores 0', () => {
    const history = syntheticSeries({ weeks: 4 });
    assert.deepEqual(backtest(history, 'naive', { periodsPerDay: day, horizon: day, origins: 3 }), {
      method: 'naive',
      mae: 0,
      mase: 0,
      origins: 3,
    });
  });

  test('too little history gives a ForecastError with the lengths needed and available', () => {
    const options = { periodsPerDay: day, horizon: day, origins: 2 };
    // one week and one interval for the scale, a horizon, one more day between the origins
    assert.equal(backtestMinimum('naive', options), week + 1 + day + day);
    assert.equal(backtestMinimum('holt-winters', options), 2 * week + day + day);
    const history = syntheticSeries({ weeks: 2 });
    assert.throws(
      () => backtest(history, 'holt-winters', options),
      (e: unknown) =>
        e instanceof ForecastError && e.code === 'too_little_history' && e.needed === 2 * week + 2 * day && e.available === 2 * week,
    );
  });
});
