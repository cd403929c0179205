// test/staffing/web-calculator-form.test.ts — the web calculator's form (src/web/staffing/calculator-model.ts): typed text to figures, and each problem to the field that shows it

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type CalculatorForm, defaultForm, inputOf, runCalculator } from '../../src/web/staffing/calculator-model.js';
import { parseNumber } from '../../src/web/staffing/staffing-kit.js';

const form = (patch: Partial<CalculatorForm>): CalculatorForm => ({ ...defaultForm, ...patch });

test('numbers are read with a decimal comma and spaces; other text is NaN, empty is absent', () => {
  assert.equal(parseNumber('1 234,5'), 1234.5);
  assert.equal(parseNumber('0.85'), 0.85);
  assert.equal(parseNumber(''), undefined);
  assert.ok(Number.isNaN(parseNumber('12a') ?? 0));
});

test('percentages become fractions; Erlang C leaves out patience and the abandon cap', () => {
  const i = inputOf(form({ maxOccupancy: '85', patience: '300', maxAbandon: '5' }));
  assert.equal(i.targetServiceLevel, 0.8);
  assert.equal(i.maxOccupancy, 0.85);
  assert.equal(i.shrinkage, 0.3);
  assert.equal(i.intervalSeconds, 1800);
  assert.equal('patienceSeconds' in i, false);
  assert.equal('maxAbandonRate' in i, false);
  const a = inputOf(form({ model: 'erlang-a', patience: '300', maxAbandon: '5' }));
  assert.equal(a.patienceSeconds, 300);
  assert.equal(a.maxAbandonRate, 0.05);
});

test('100 contacts in 30 minutes at 180 s, 80/20, occupancy at most 85 %, 30 % shrinkage: 14 agents, 20 scheduled', () => {
  const out = runCalculator(form({ maxOccupancy: '85' }));
  if (!out.ok) assert.fail(JSON.stringify(out.issues));
  assert.equal(out.result.agents, 14);
  assert.equal(out.result.scheduled, 20);
  assert.equal(out.result.binding, 'service_level');
});

test('each problem lands on its own field', () => {
  const cases: [Partial<CalculatorForm>, string, string][] = [
    [{ aht: '0' }, 'aht', 'seconds above 0'],
    [{ calls: 'many' }, 'calls', 'not a number'],
    [{ model: 'erlang-a' }, 'patience', 'Erlang A needs the mean patience in seconds'],
    [{ targetSl: '120' }, 'targetSl', 'The service-level target must be above 0 and at most 1'],
    [{ maxOccupancy: '150' }, 'maxOccupancy', 'The occupancy cap must be above 0 and at most 1'],
    [{ shrinkage: '100' }, 'shrinkage', 'from 0 up to (not including) 1'],
    [{ agents: '2.5' }, 'agents', 'a whole number from 0 to 100,000'],
    [{ calls: '1000000000' }, 'calls', 'at most 50,000 Erlangs of load (contacts × AHT ÷ interval)'],
  ];
  for (const [patch, field, message] of cases) {
    const out = runCalculator(form(patch));
    assert.equal(out.ok, false, JSON.stringify(patch));
    if (!out.ok) assert.equal((out.issues as Record<string, string>)[field], message, JSON.stringify(patch));
  }
});

test('no target and no agents: the service-level field asks for one', () => {
  const out = runCalculator(form({ targetSl: '' }));
  assert.equal(out.ok, false);
  if (!out.ok) assert.equal(out.issues.targetSl, 'give a target (service level, ASA, abandon rate or occupancy), or a number of agents');
  const fixed = runCalculator(form({ targetSl: '', agents: '12' }));
  if (!fixed.ok) assert.fail(JSON.stringify(fixed.issues));
  assert.equal(fixed.result.agents, 12);
  assert.equal(fixed.result.binding, null);
});
