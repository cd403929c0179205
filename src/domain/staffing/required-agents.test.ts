// src/domain/staffing/required-agents.test.ts — the fewest agents for a target set and the staff after shrinkage, against published examples

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { erlangA } from './erlang.js';
import { requiredAgents, scheduledStaff } from './required-agents.js';

const sl = (fraction: number, thresholdSeconds: number) => ({ serviceLevel: { fraction, thresholdSeconds } });

describe('required agents under Erlang C', () => {
  test('the worked example: 80 % in 20 s, occupancy ≤ 85 %, 30 % shrinkage → 14 agents, 20 scheduled', () => {
    const r = requiredAgents('erlang-c', { load: 10, ahtSeconds: 180 }, { ...sl(0.8, 20), maxOccupancy: 0.85 });
    assert.equal(r.agents, 14);
    assert.equal(r.binding, 'service_level');
    assert.equal(scheduledStaff(r.agents, 0.3), 20);
  });

  test('an occupancy cap of 70 % binds: 15 agents, 22 scheduled, SL 0.941, Pw 0.102', () => {
    const r = requiredAgents('erlang-c', { load: 10, ahtSeconds: 180 }, { ...sl(0.8, 20), maxOccupancy: 0.7 });
    assert.deepEqual([r.agents, r.binding, scheduledStaff(r.agents, 0.3)], [15, 'occupancy', 22]);
    assert.ok(Math.abs(r.measures.serviceLevel - 0.941) < 0.0005);
    assert.ok(Math.abs(r.measures.occupancy - 0.667) < 0.0005);
    assert.ok(Math.abs(r.measures.probabilityWait - 0.102) < 0.0005);
  });

  test('the reproduced table from 1 to 1,000 Erlangs: N meets the target and N − 1 does not', () => {
    const rows = [
      [10, 180, 30, 0.8, 13, 0.678],
      [1, 180, 20, 0.8, 3, 0.7017],
      [2.5, 300, 20, 0.9, 6, 0.8896],
      [25, 240, 20, 0.8, 30, 0.7556],
      [48, 240, 15, 0.8, 55, 0.7929],
      [50, 300, 30, 0.9, 58, 0.8776],
      [100, 180, 20, 0.8, 107, 0.7711],
      [500, 180, 20, 0.8, 510, 0.7842],
      [1000, 300, 20, 0.8, 1015, 0.7828],
    ] as const;
    for (const [load, aht, t, target, n, slBelow] of rows) {
      const r = requiredAgents('erlang-c', { load, ahtSeconds: aht }, sl(target, t));
      assert.equal(r.agents, n, `A=${load}`);
      const below = requiredAgents('erlang-c', { load, ahtSeconds: aht }, sl(slBelow - 0.0001, t));
      assert.equal(below.agents, n - 1, `A=${load}: N − 1 has SL ${slBelow}`);
    }
  });

  test('an ASA target alone, and the shrinkage arithmetic', () => {
    const r = requiredAgents('erlang-c', { load: 10, ahtSeconds: 180 }, { maxAsaSeconds: 10 });
    assert.equal(r.agents, 14);
    assert.equal(r.binding, 'asa');
    assert.equal(scheduledStaff(100, 0.4), 167);
    assert.equal(scheduledStaff(0, 0.3), 0);
    assert.throws(() => scheduledStaff(10, 1), RangeError);
  });

  test('targets out of range are refused, not searched for', () => {
    assert.throws(() => requiredAgents('erlang-c', { load: 5, ahtSeconds: 180 }, sl(1.2, 20)), /service-level target/);
    assert.throws(() => requiredAgents('erlang-a', { load: 5, ahtSeconds: 180, patienceSeconds: 60 }, { maxOccupancy: 0 }), /occupancy/);
    assert.throws(() => requiredAgents('erlang-c', { load: 5, ahtSeconds: 180 }, { maxAsaSeconds: -1 }), /ASA/);
  });
});

describe('required agents under Erlang A', () => {
  test('the smallest N: it meets the targets and N − 1 does not', () => {
    for (const load of [0.3, 4, 10, 37.5, 260, 1000]) {
      const q = { load, ahtSeconds: 180, patienceSeconds: 240 };
      const targets = { ...sl(0.8, 20), maxAbandonRate: 0.03 };
      const r = requiredAgents('erlang-a', q, targets);
      const m = r.measures;
      assert.ok(m.serviceLevel >= 0.8 && m.probabilityAbandon <= 0.03, `A=${load}`);
      const fewer = erlangA(q, r.agents - 1, 20);
      assert.ok(fewer.serviceLevel < 0.8 || fewer.probabilityAbandon > 0.03, `A=${load}: ${r.agents - 1} also meets`);
    }
  });

  test('patient customers need no fewer agents than Erlang C says; impatient ones need fewer', () => {
    const c = requiredAgents('erlang-c', { load: 48, ahtSeconds: 240 }, sl(0.8, 15)).agents;
    const patient = requiredAgents('erlang-a', { load: 48, ahtSeconds: 240, patienceSeconds: 1e9 }, sl(0.8, 15)).agents;
    const impatient = requiredAgents('erlang-a', { load: 48, ahtSeconds: 240, patienceSeconds: 120 }, sl(0.8, 15)).agents;
    assert.equal(patient, c);
    assert.ok(impatient < c, `${impatient} < ${c}`);
  });
});
