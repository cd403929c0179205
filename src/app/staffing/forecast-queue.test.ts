// src/app/staffing/forecast-queue.test.ts — the forecast grid on the days clocks change: a skipped hour gets no contacts, every day keeps its intervals

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptySums } from '../../domain/kpi/queue-sums.js';
import type { Queue } from '../../domain/organisations/model.js';
import { forecastFromHistory } from './forecast-queue.js';
import { type QueueHistory, dayNumberOf, gridStarts } from './queue-history.js';

/** Two weeks of one contact (AHT 120 s) in every half-hour, in Stockholm, before `first`. */
const flatHistory = (first: string): QueueHistory => {
  const firstDay = dayNumberOf(first, 'from') - 14;
  const sums = Array.from({ length: 14 * 48 }, () => ({
    ...emptySums(20, 5),
    offered: 1,
    answered: 1,
    handledWithTime: 1,
    talkSeconds: 120,
  }));
  return {
    queue: { id: 'q', code: 'q1', name: 'Queue' } as Queue,
    timeZone: 'Europe/Stockholm',
    intervalMinutes: 30,
    periodsPerDay: 48,
    firstDay: first,
    days: 14,
    starts: gridStarts('Europe/Stockholm', firstDay, 14, 30),
    sums,
    availableAgents: null,
    waitBins: { abandoned: new Float64Array(602), censored: new Float64Array(602) },
  };
};

test('spring forward: 02:00 and 02:30 do not happen, so they get no contacts; the other 46 half-hours do', () => {
  const f = forecastFromHistory(flatHistory('2027-03-28'), {
    firstDay: dayNumberOf('2027-03-28', 'from'),
    horizonDays: 1,
    method: 'naive',
  });
  assert.equal(f.intervals.length, 48);
  assert.deepEqual(
    f.intervals.flatMap((x, i) => (x.offered === 0 ? [i] : [])),
    [4, 5],
  );
  assert.ok(f.intervals.filter((x) => x.offered > 0).every((x) => x.offered === 1 && x.ahtSeconds === 120));
  // 03:00 local is 01:00 UTC that day.
  assert.equal(f.intervals[6]?.start, Date.UTC(2027, 2, 28, 1, 0));
});

test('fall back: every wall-clock half-hour happens (the repeated hour shares its slots)', () => {
  const f = forecastFromHistory(flatHistory('2026-10-25'), {
    firstDay: dayNumberOf('2026-10-25', 'from'),
    horizonDays: 1,
    method: 'naive',
  });
  assert.equal(f.intervals.filter((x) => x.offered === 1).length, 48);
});
