// src/domain/forecast/methods.test.ts — seasonal naive and seasonal average reproduce the weeks they copy or average, aligned on the grid

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { forecastMethods, forecastWith, minimumHistory, seasonalAverage, seasonalNaive } from './methods.js';
import { syntheticSeries } from './synthetic-series.js';

const week = 7 * 96;

describe('seasonalNaive', () => {
  test('reproduces the last week exactly, repeated beyond one week', () => {
    const history = syntheticSeries({ weeks: 3, seed: 7 });
    const lastWeek = history.slice(-week);
    assert.deepEqual(seasonalNaive(history, week, 2 * week), [...lastWeek, ...lastWeek]);
  });

  test('stays aligned on the grid when the history ends mid-week', () => {
    const truth = syntheticSeries({ weeks: 4 });
    const end = 2 * week + 250;
    assert.deepEqual(seasonalNaive(truth.slice(0, end), week, 300), truth.slice(end, end + 300));
  });

  test('a tiny hand example: season 3', () => {
    assert.deepEqual(seasonalNaive([9, 1, 2, 3, 4], 3, 5), [2, 3, 4, 2, 3]);
  });

  test('refuses a history shorter than one season', () => {
    assert.throws(() => seasonalNaive([1, 2], 3, 1), RangeError);
  });
});

describe('seasonalAverage', () => {
  test('over k identical weeks equals that week', () => {
    const oneWeek = syntheticSeries({ weeks: 1, seed: 3 });
    const history = [...oneWeek, ...oneWeek, ...oneWeek, ...oneWeek];
    assert.deepEqual(seasonalAverage(history, week, 4, week), oneWeek);
  });

  test('means the same position over the last k seasons and uses fewer when the history is shorter', () => {
    // season 2: positions (a, b); last three seasons are (1, 10), (3, 20), (5, 60)
    const history = [100, 100, 1, 10, 3, 20, 5, 60];
    assert.deepEqual(seasonalAverage(history, 2, 3, 3), [3, 30, 3]);
    assert.deepEqual(seasonalAverage(history, 2, 1, 2), [5, 60]);
    assert.deepEqual(seasonalAverage([1, 10, 3, 20], 2, 4, 2), [2, 15]);
  });

  test('stays aligned when the history ends mid-season', () => {
    // season 3 with a partial last season: the next value is at position 1 of the season
    assert.deepEqual(seasonalAverage([0, 4, 8, 2, 6, 10, 4], 3, 2, 2), [5, 9]);
  });
});

describe('forecastWith', () => {
  test('every method forecasts the horizon, never below zero, and zero where the centre is closed', () => {
    const history = syntheticSeries({ weeks: 4, seed: 11 });
    for (const method of forecastMethods) {
      const forecast = forecastWith(method, history, 96, week);
      assert.equal(forecast.length, week);
      assert.ok(
        forecast.every((x) => x >= 0),
        method,
      );
      // Sunday (the 7th day) is closed, so every method forecasts it as zero.
      assert.ok(
        forecast.slice(6 * 96).every((x) => x === 0),
        method,
      );
    }
  });

  test('minimum history: a week for naive and average, two for Holt-Winters', () => {
    assert.deepEqual(
      forecastMethods.map((m) => minimumHistory(m, 48)),
      [336, 336, 672],
    );
  });
});
