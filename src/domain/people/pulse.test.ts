// src/domain/people/pulse.test.ts — eNPS and engagement figures of a group, the anonymity threshold and answer checks

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ANONYMITY_THRESHOLD, addSums, answerIssues, engagementOf, engagementScore, enpsOf } from './pulse.js';

const sums = (group: string, scores: number[], engagement: number[]) => ({
  group,
  n: scores.length,
  promoters: scores.filter((s) => s >= 9).length,
  detractors: scores.filter((s) => s <= 6).length,
  engagementSum: engagement.reduce((a, b) => a + b, 0),
  engagementSumSq: engagement.reduce((a, b) => a + b * b, 0),
});

test('an engagement score rescales the mean of 1–5 items to 0–100', () => {
  assert.equal(engagementScore([1, 1, 1, 1, 1]), 0);
  assert.equal(engagementScore([5, 4, 3, 2, 1]), 50);
  assert.equal(engagementScore([5, 5, 5, 5, 5]), 100);
});

test('no figure below the threshold of five', () => {
  assert.equal(ANONYMITY_THRESHOLD, 5);
  const four = sums('b', [10, 10, 10, 10], [100, 100, 100, 100]);
  assert.equal(enpsOf(four), null);
  assert.equal(engagementOf(four), null);
});

test('eNPS and engagement with their 95 % intervals, by hand', () => {
  const s = sums('a', [10, 9, 9, 7, 3, 0], [100, 75, 50, 50, 0, 25]);
  // 3 promoters, 2 detractors of 6: 100 × 1/6; variance (5/6 − 1/36) ÷ 6.
  const e = enpsOf(s)!;
  assert.ok(Math.abs(e.value - 100 / 6) < 1e-12);
  const half = 196 * Math.sqrt((5 / 6 - 1 / 36) / 6);
  assert.ok(Math.abs(e.ci[0] - (100 / 6 - half)) < 1e-9);
  // Mean 50; squared deviations 2500+625+0+0+2500+625 = 6250, sample variance 1250.
  const g = engagementOf(s)!;
  assert.equal(g.value, 50);
  assert.ok(Math.abs(g.ci[1] - (50 + 1.96 * Math.sqrt(1250 / 6))) < 1e-9);
  assert.deepEqual(addSums([s, s]).n, 12);
});

test('an answer needs a known group, eNPS 0–10 and five items 1–5', () => {
  assert.deepEqual(answerIssues({ group: 'a', enps: 7, engagement: [1, 2, 3, 4, 5] }, ['a']), []);
  assert.deepEqual(
    answerIssues({ group: 'x', enps: 11, engagement: [0, 2, 3, 4] }, ['a']).map((i) => i.path),
    ['group', 'enps', 'engagement', 'engagement.0'],
  );
});
