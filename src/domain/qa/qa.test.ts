// src/domain/qa/qa.test.ts — scoring, sampling, calibration agreement and intervals against hand-computed figures

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { calibrationAgreement } from './calibration.js';
import { type SampleCandidate, sampleContacts } from './sampling.js';
import { type Criterion, type ScorecardContent, allCriteria, scorecardIssues } from './scorecard.js';
import { answerIssues, scoreAnswers } from './scoring.js';
import { meanWithCi, shareWithCi } from './stats.js';

const cr = (id: string, weight: number, max: number, o: Partial<Criterion> = {}): Criterion => ({
  id,
  title: id,
  weight,
  max,
  allowNa: false,
  critical: null,
  ...o,
});

const card: ScorecardContent = {
  key: 'card',
  name: 'Card',
  sections: [
    { id: 'a', title: 'A', criteria: [cr('a1', 2, 4), cr('a2', 1, 1, { allowNa: true })] },
    {
      id: 'b',
      title: 'B',
      criteria: [cr('b1', 3, 2), cr('law', 1, 1, { critical: 'compliance' }), cr('rude', 1, 1, { critical: 'customer' })],
    },
  ],
};

test('weighted criteria across sections, N/A out of the denominator', () => {
  // a1 2·3/4 = 1.5, a2 N/A, b1 3·1/2 = 1.5, law 1·1, rude 1·1 → 5 / (2+3+1+1) = 71.43; A 1.5/2 = 75; B 3.5/5 = 70
  const r = scoreAnswers(card, { a1: 3, a2: null, b1: 1, law: 1, rude: 1 });
  assert.equal(r.score, 71.43);
  assert.deepEqual(r.sections, [
    { sectionId: 'a', score: 75 },
    { sectionId: 'b', score: 70 },
  ]);
  assert.deepEqual(r.criticalErrors, []);
  // The same sheet with a2 failed instead of N/A: 5 / 8 = 62.5
  assert.equal(scoreAnswers(card, { a1: 3, a2: 0, b1: 1, law: 1, rude: 1 }).score, 62.5);
});

test('a failed critical criterion sets the score to 0 and counts under its kind', () => {
  const r = scoreAnswers(card, { a1: 4, a2: 1, b1: 2, law: 0, rude: 0 });
  assert.equal(r.score, 0);
  assert.deepEqual(r.criticalErrors, ['compliance', 'customer']);
  assert.equal(scoreAnswers(card, { a1: 4, a2: 1, b1: 2, law: 1, rude: 1 }).score, 100);
});

test('answers are checked against the pinned scorecard', () => {
  assert.deepEqual(
    answerIssues(card, { a1: 5, a2: null, b1: null, law: 1, extra: 1 }).map((i) => `${i.path}: ${i.message}`),
    [
      'answers.extra: not a criterion of this scorecard',
      'answers.a1: give a whole number 0–4',
      'answers.b1: N/A is not allowed for this criterion',
      'answers.rude: not answered',
    ],
  );
  assert.deepEqual(answerIssues(card, { a1: 0, a2: null, b1: 2, law: 1, rude: 1 }), []);
});

test('scorecard consistency: unique ids, critical criteria yes/no', () => {
  const bad: ScorecardContent = {
    key: 'Bad Key',
    name: 'x',
    sections: [{ id: 's', title: 'S', criteria: [cr('c', 0, 3, { critical: 'business' }), cr('c', 1, 1)] }],
  };
  assert.deepEqual(
    scorecardIssues(bad).map((i) => i.path),
    ['key', 'sections.0.criteria.0.weight', 'sections.0.criteria.0.max', 'sections.0.criteria.1.id'],
  );
  assert.deepEqual(scorecardIssues(card), []);
  assert.equal(allCriteria(card).length, 5);
});

test('sampling draws n per agent, reproducibly, topping up without repeats', () => {
  const candidates: SampleCandidate[] = [];
  for (let i = 0; i < 40; i++)
    candidates.push({ sourceId: `c${i}`, agent: i % 2 ? 'anna' : 'bo', queueId: i % 4 < 2 ? 'q1' : 'q2', enteredAt: 1000 + i });
  const rule = { perAgent: 3, perQueue: false, seed: 42 };
  const first = sampleContacts(candidates, rule);
  assert.equal(first.length, 6);
  assert.deepEqual(first.filter((c) => c.agent === 'anna').length, 3);
  // The same sample whatever order the candidates come in.
  assert.deepEqual(sampleContacts([...candidates].reverse(), rule), first);
  assert.notDeepEqual(sampleContacts(candidates, { ...rule, seed: 43 }), first);
  const more = sampleContacts(candidates, rule, new Set(first.map((c) => c.sourceId)));
  assert.equal(more.filter((c) => first.some((f) => f.sourceId === c.sourceId)).length, 0);
  // Per agent and queue: 2 agents × 2 queues × 3
  assert.equal(sampleContacts(candidates, { ...rule, perQueue: true }).length, 12);
  // An agent with fewer contacts than n gives all of them.
  assert.equal(sampleContacts(candidates.slice(0, 3), { ...rule, perAgent: 5 }).length, 3);
});

test('calibration: spread per criterion and Fleiss kappa, by hand', () => {
  const criteria = [cr('c1', 1, 1), cr('c2', 1, 1), cr('c3', 1, 1)];
  // Four evaluators: c1 all 1; c2 two 1s two 0s; c3 one 1 three 0s.
  const sheets = [
    { c1: 1, c2: 1, c3: 1 },
    { c1: 1, c2: 1, c3: 0 },
    { c1: 1, c2: 0, c3: 0 },
    { c1: 1, c2: 0, c3: 0 },
  ];
  const a = calibrationAgreement(criteria, sheets, [100, 66.67, 33.33, 33.33]);
  // P_i = (Σn² − n)/(n(n−1)): c1 (16−4)/12 = 1, c2 (4+4−4)/12 = 1/3, c3 (1+9−4)/12 = 1/2
  assert.deepEqual(
    a.criteria.map((c) => c.agreement),
    [1, 1 / 3, 0.5],
  );
  // P̄ = 11/18; p(1) = 7/12, p(0) = 5/12 → Pe = 74/144; κ = (88/144 − 74/144) / (70/144) = 0.2
  assert.ok(Math.abs((a.kappa ?? 0) - 0.2) < 1e-12);
  assert.deepEqual(
    a.criteria.map((c) => [c.min, c.max, c.range, c.sd]),
    [
      [1, 1, 0, 0],
      [0, 1, 1, 0.5],
      [0, 1, 1, Math.sqrt(3 / 16)],
    ],
  );
  assert.equal(a.scoreRange, 66.67);
  // N/A is a category of its own; identical answers everywhere agree perfectly.
  assert.equal(
    calibrationAgreement(criteria, [
      { c1: 1, c2: 1, c3: 1 },
      { c1: 1, c2: 1, c3: 1 },
    ]).kappa,
    1,
  );
  assert.equal(calibrationAgreement(criteria, [{ c1: 1, c2: 1, c3: 1 }]).kappa, null);
  // Two raters who disagree on everything that chance would have them agree on: c1 1/null, c2 0/1.
  const b = calibrationAgreement(
    [cr('c1', 1, 1, { allowNa: true }), cr('c2', 1, 1)],
    [
      { c1: 1, c2: 0 },
      { c1: null, c2: 1 },
    ],
  );
  // P̄ = 0; totals 1:2, na:1, 0:1 of 4 → Pe = 6/16; κ = −0.375/0.625 = −0.6
  assert.ok(Math.abs((b.kappa ?? 0) + 0.6) < 1e-12);
  assert.equal(b.criteria[0]?.n, 1);
});

test('95 % intervals: a mean and a share', () => {
  // 70, 80, 90: mean 80, s = 10, half-width 1.959964·10/√3 = 11.3159
  const m = meanWithCi([70, 80, 90]);
  assert.equal(m.value, 80);
  assert.ok(Math.abs((m.ci?.[1] ?? 0) - 91.3159) < 1e-3);
  assert.equal(meanWithCi([50]).ci, null);
  assert.equal(meanWithCi([]).value, null);
  // Wilson, 1 of 4: centre (0.25 + 0.9604)/1.9604 = 0.61742; half 1.959964·√(0.046875+0.060025)/1.9604 = 0.32684
  const s = shareWithCi(1, 4);
  assert.equal(s.value, 0.25);
  assert.ok(Math.abs((s.ci?.[0] ?? 0) - 0.04558) < 1e-4);
  assert.ok(Math.abs((s.ci?.[1] ?? 0) - 0.69936) < 1e-4);
});
