// src/domain/staffing/calculator.test.ts — one interval's figures as typed: the answer, the curve around it, and inputs refused with their field

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { calculateStaffing, simulateStaffing } from './calculator.js';

const worked = { calls: 100, intervalSeconds: 1800, ahtSeconds: 180, targetServiceLevel: 0.8, targetSeconds: 20 };

const pathsOf = (f: () => unknown): string[] => {
  try {
    f();
  } catch (e) {
    return (e as { issues: { path: string }[] }).issues.map((i) => i.path);
  }
  assert.fail('expected a refusal');
};

describe('the calculator', () => {
  test('the worked example, and a curve of service level rising through the answer', () => {
    const r = calculateStaffing({ model: 'erlang-c', ...worked, maxOccupancy: 0.85, shrinkage: 0.3 });
    assert.deepEqual([r.load, r.agents, r.scheduled, r.binding], [10, 14, 20, 'service_level']);
    assert.ok(r.curve.some((m) => m.agents === 13 && m.serviceLevel < 0.8));
    assert.ok(r.curve.every((m, i) => i === 0 || m.serviceLevel > (r.curve[i - 1]?.serviceLevel ?? 0)));
    assert.ok(r.curve[0] && r.curve[0].agents > 10, 'no unstable staffing on the curve');
  });

  test('given agents: their figures, no binding target', () => {
    const r = calculateStaffing({ model: 'erlang-a', ...worked, patienceSeconds: 300, agents: 14 });
    assert.equal(r.binding, null);
    assert.ok(Math.abs(r.measures.probabilityAbandon - 0.013984) < 5e-7);
  });

  test('refusals name their field', () => {
    assert.deepEqual(
      pathsOf(() => calculateStaffing({ model: 'erlang-a', ...worked })),
      ['patience'],
    );
    assert.deepEqual(
      pathsOf(() => calculateStaffing({ model: 'erlang-c', ...worked, calls: 1e9 })),
      ['calls'],
    );
    assert.deepEqual(
      pathsOf(() => calculateStaffing({ model: 'erlang-c', calls: 10, intervalSeconds: 1800, ahtSeconds: 180 })),
      ['target-sl'],
    );
    assert.deepEqual(
      pathsOf(() => simulateStaffing({ ...worked, agents: 14, seed: 1, intervals: 2000, replications: 100, calls: 1000 })),
      ['calls'],
    );
  });

  test('the simulation sits beside the exact model for the same figures', () => {
    const s = simulateStaffing({ ...worked, agents: 14, seed: 5, intervals: 40, replications: 8 });
    assert.ok(s.exact && Math.abs(s.exact.serviceLevel - 0.88835) < 5e-6);
    const ci = s.serviceLevel.ci95;
    assert.ok(ci && ci[0] - 3 * (ci[1] - ci[0]) < 0.88835 && 0.88835 < ci[1] + 3 * (ci[1] - ci[0]), JSON.stringify(s.serviceLevel));
  });
});
