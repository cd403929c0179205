// bench/forecast.bench.ts — timings of the interval forecasts: each method and `auto` (backtests + refit) on 8 weeks of quarter hours, 14 days ahead
//
// Run: node --import tsx bench/forecast.bench.ts [--runs 5]
// Uses the synthetic contact series of src/domain/forecast (Poisson counts, closed nights and Sundays).
// Prints the median time per step and the method auto picks; asserts nothing.

import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { backtest } from '../src/domain/forecast/backtest.js';
import { forecastSeries } from '../src/domain/forecast/choose.js';
import { forecastMethods, forecastWith } from '../src/domain/forecast/methods.js';
import { syntheticSeries } from '../src/domain/forecast/synthetic-series.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const periodsPerDay = 96;
const horizon = 14 * periodsPerDay;
const history = syntheticSeries({ weeks: 8, seed: 1 });

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const time = (label: string, f: () => unknown): void => {
  const ms: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    const start = performance.now();
    f();
    ms.push(performance.now() - start);
  }
  console.log(`${label.padEnd(34)} median ${median(ms).toFixed(1).padStart(7)} ms   first ${ms[0]?.toFixed(1)} ms`);
};

console.log(`history ${history.length} intervals (8 weeks × ${periodsPerDay}), horizon ${horizon} (14 days), ${runs} runs`);
for (const method of forecastMethods) time(`forecast ${method}`, () => forecastWith(method, history, periodsPerDay, horizon));
for (const method of forecastMethods)
  time(`backtest ${method} (4 origins)`, () => backtest(history, method, { periodsPerDay, horizon, origins: 4 }));
time('forecastSeries auto', () => forecastSeries(history, { periodsPerDay, horizon, method: 'auto' }));
const result = forecastSeries(history, { periodsPerDay, horizon, method: 'auto' });
console.log(
  `auto picks ${result.method}:`,
  result.evaluation.map((e) => `${e.method} MAE ${e.mae.toFixed(3)} MASE ${e.mase.toFixed(3)}`).join('; '),
);
