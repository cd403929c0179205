// bench/staffing.bench.ts — staffing speed: a year of 15-minute plans for 10 queues (Erlang C, Erlang A), evaluations per second by load, simulated contacts per second
//
// Run: npm run bench:staffing [-- --runs 3]
// The forecasts are generated here (an intraday profile per queue, open 07:00–21:00 on weekdays and
// 09:00–16:00 on Saturdays, loads from 2 to 60 Erlangs); the 24/7 line plans every interval open,
// the worst case. Prints medians; asserts nothing.

import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { erlangA, erlangC } from '../src/domain/staffing/erlang.js';
import { type ForecastInterval, buildPlan } from '../src/domain/staffing/plan.js';
import { requiredAgents } from '../src/domain/staffing/required-agents.js';
import { simulate } from '../src/domain/staffing/simulate.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const timed = (f: () => void): number => {
  const ms: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    const start = performance.now();
    f();
    ms.push(performance.now() - start);
  }
  return median(ms);
};

const intervalSeconds = 900;
const yearIntervals = 365 * 96;
const targets = { serviceLevel: { fraction: 0.8, thresholdSeconds: 20 }, maxOccupancy: 0.9 };

/** A year of quarter-hours for queue q: a two-peak day, weekday levels, closed nights and Sundays unless `allDay`. */
const yearOf = (q: number, allDay: boolean): ForecastInterval[] => {
  const out: ForecastInterval[] = [];
  const start = Date.UTC(2027, 0, 4);
  const peak = 40 + q * 25;
  const aht = 180 + q * 12;
  for (let i = 0; i < yearIntervals; i += 1) {
    const day = Math.floor(i / 96);
    const weekday = day % 7;
    const hour = (i % 96) / 4;
    const open = allDay || (weekday < 5 ? hour >= 7 && hour < 21 : weekday === 5 && hour >= 9 && hour < 16);
    const shape = 0.35 + Math.exp(-((hour - 10.5) ** 2) / 4) + 0.7 * Math.exp(-((hour - 15) ** 2) / 5);
    const level = weekday === 0 ? 1.15 : weekday === 5 ? 0.55 : 1;
    out.push({ start: start + i * intervalSeconds * 1000, offered: open ? peak * shape * level : 0, ahtSeconds: aht });
  }
  return out;
};

const planYear = (allDay: boolean, patienceSeconds: number | null): { ms: number; agents: number } => {
  const queues = Array.from({ length: 10 }, (_, q) => yearOf(q, allDay));
  let agents = 0;
  const ms = timed(() => {
    agents = 0;
    for (const forecast of queues) {
      const plan = buildPlan(forecast, {
        intervalSeconds,
        targets,
        patienceSeconds,
        shrinkage: 0.3,
        model: patienceSeconds === null ? 'erlang-c' : 'erlang-a',
      });
      agents += plan.totals.agentHours;
    }
  });
  return { ms, agents };
};

console.log(
  `Plans: 10 queues × ${yearIntervals.toLocaleString('en')} quarter-hours (a year), targets 80 % in 20 s, occupancy ≤ 90 %, ${runs} runs`,
);
for (const allDay of [false, true]) {
  const c = planYear(allDay, null);
  const a = planYear(allDay, 120);
  const label = allDay ? 'open 24/7 (worst case)' : 'open hours';
  console.log(`  ${label.padEnd(24)} Erlang C ${(c.ms / 1000).toFixed(3)} s   Erlang C + A (patience 120 s) ${(a.ms / 1000).toFixed(3)} s`);
}

console.log('\nSingle evaluations at the staffing that meets 80 % in 20 s (AHT 180 s; Erlang A patience 120 s):');
for (const load of [10, 100, 1000, 10_000]) {
  const q = { load, ahtSeconds: 180 };
  const nC = requiredAgents('erlang-c', q, { serviceLevel: { fraction: 0.8, thresholdSeconds: 20 } }).agents;
  const nA = requiredAgents('erlang-a', { ...q, patienceSeconds: 120 }, { serviceLevel: { fraction: 0.8, thresholdSeconds: 20 } }).agents;
  const rate = (f: () => void): number => {
    let count = 0;
    const start = performance.now();
    while (performance.now() - start < 300) {
      for (let i = 0; i < 50; i += 1) f();
      count += 50;
    }
    return (count / (performance.now() - start)) * 1000;
  };
  let sink = 0;
  const c = rate(() => {
    sink += erlangC(q, nC, 20).serviceLevel;
  });
  const a = rate(() => {
    sink += erlangA({ ...q, patienceSeconds: 120 }, nA, 20).serviceLevel;
  });
  if (Number.isNaN(sink)) throw new Error('unreachable');
  console.log(
    `  ${String(load).padStart(6)} Erlangs: Erlang C (N=${nC}) ${Math.round(c).toLocaleString('en').padStart(10)}/s   Erlang A (N=${nA}) ${Math.round(a).toLocaleString('en').padStart(10)}/s`,
  );
}

console.log('\nSimulation (one queue, a week of quarter-hours, 10 replications):');
for (const [label, offered, agents, patience] of [
  ['25 Erl, 28 agents, patience 120 s', 125, 28, 120],
  ['250 Erl, 262 agents, no abandonment', 1250, 262, null],
] as const) {
  const input = {
    intervals: Array.from({ length: 7 * 96 }, () => ({ offered, agents })),
    intervalSeconds,
    handling: { kind: 'exponential' as const, meanSeconds: 180 },
    patience: patience === null ? { kind: 'none' as const } : { kind: 'exponential' as const, meanSeconds: patience },
    thresholdSeconds: 20,
    seed: 1,
    replications: 10,
  };
  let contacts = 0;
  const ms = timed(() => {
    contacts = simulate(input).contacts;
  });
  console.log(
    `  ${label.padEnd(38)} ${contacts.toLocaleString('en')} contacts in ${(ms / 1000).toFixed(3)} s = ${Math.round((contacts / ms) * 1000).toLocaleString('en')} contacts/s`,
  );
}
