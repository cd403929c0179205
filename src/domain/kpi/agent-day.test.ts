// src/domain/kpi/agent-day.test.ts — agent seconds per quarter-hour of a day: added, stored sparse, read back

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayStartOf } from './aggregate-day.js';
import { addToAgentDay, decodeAgentDay } from './agent-day.js';

const day = Date.UTC(2026, 2, 29);
const q = (n: number) => day + n * 15 * 60_000;

test('agent time adds up per quarter-hour and only the quarter-hours with time are stored', () => {
  assert.equal(dayStartOf(day + 5), day);
  let stored = addToAgentDay(day, null, [
    { intervalStart: q(40), staffedSeconds: 600, pausedSeconds: 300 },
    { intervalStart: q(1), staffedSeconds: 900, pausedSeconds: 0 },
  ]);
  stored = addToAgentDay(day, stored, [{ intervalStart: q(40), staffedSeconds: 300, pausedSeconds: 0 }]);
  assert.equal(stored.byteLength, 8 + 2 * 17);
  const d = decodeAgentDay(day, stored);
  assert.deepEqual([...d.slots], [1, 40]);
  assert.deepEqual([...d.staffed], [900, 900]);
  assert.deepEqual([...d.paused], [0, 300]);
});

test('an interval outside the day is refused, and an unknown format is named', () => {
  assert.throws(() => addToAgentDay(day, null, [{ intervalStart: day - 1, staffedSeconds: 1, pausedSeconds: 0 }]), RangeError);
  assert.throws(() => decodeAgentDay(day, new Uint8Array(8).fill(9)), /format/);
});
