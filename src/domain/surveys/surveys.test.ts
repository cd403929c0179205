// src/domain/surveys/surveys.test.ts — survey statistics against hand-computed values, answer checks and the CSV answer mapping

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseAnswerCsv } from './csv-answers.js';
import { groupResults } from './results.js';
import { cesOf, csatOf, npsOf, responseRateOf } from './statistics.js';
import { type Survey, type SurveyResponse, checkAnswers, surveyIssues } from './survey.js';

const close = (a: number | null | undefined, b: number, eps = 1e-4) =>
  assert.ok(a !== null && a !== undefined && Math.abs(a - b) < eps, `${a} ≉ ${b}`);

describe('survey statistics', () => {
  test('CSAT: 7 of 10 answers are 4–5 → 0.7, Wilson 95 % CI [0.3968, 0.8922]', () => {
    const e = csatOf([5, 4, 3, 5, 2, 4, 5, 1, 4, 5]);
    close(e.value, 0.7);
    assert.equal(e.n, 10);
    close(e.ci?.[0], 0.39678);
    close(e.ci?.[1], 0.8922);
    assert.equal(e.lowSample, true);
  });

  test('NPS: 5 promoters, 3 detractors of 10 → 20; Var = (0.5 + 0.3 − 0.04)/10 = 0.076 → ±54.03', () => {
    const e = npsOf([10, 9, 9, 8, 7, 6, 3, 10, 9, 0]);
    close(e.value, 20);
    close(e.ci?.[0], 20 - 1.959964 * 100 * Math.sqrt(0.076));
    close(e.ci?.[0], -34.0324, 1e-3);
    close(e.ci?.[1], 74.0324, 1e-3);
  });

  test('CES: mean 5.6 of [7, 6, 5, 6, 4], sd √1.3, t(4) = 2.776 → [4.1845, 7 (clamped from 7.0155)]', () => {
    const e = cesOf([7, 6, 5, 6, 4]);
    close(e.value, 5.6);
    close(e.ci?.[0], 4.18451, 1e-3);
    assert.equal(e.ci?.[1], 7);
    assert.deepEqual(cesOf([4]), { value: 4, n: 1, ci: null, lowSample: true });
  });

  test('response rate 3 of 4, with 30 answers no longer a small sample; nothing measured is null, never 0', () => {
    close(responseRateOf(3, 4).value, 0.75);
    assert.equal(csatOf(Array.from({ length: 30 }, () => 5)).lowSample, false);
    assert.deepEqual(npsOf([]), { value: null, n: 0, ci: null, lowSample: true });
    assert.equal(responseRateOf(0, 0).value, null);
  });
});

const survey: Pick<Survey, 'questions'> = {
  questions: [
    { id: 'csat', kind: 'csat', label: { sv: 'Nöjd?', en: 'Satisfied?' }, required: true },
    { id: 'nps', kind: 'nps', label: { sv: 'Rekommendera?', en: 'Recommend?' }, required: false },
    { id: 'why', kind: 'text', label: { sv: 'Varför?', en: 'Why?' }, required: false },
  ],
};

describe('answers', () => {
  test('are checked against the scales and the questions', () => {
    assert.deepEqual(checkAnswers(survey, { csat: '4', nps: 10, why: ' bra ' }), { answers: { csat: 4, nps: 10, why: 'bra' }, issues: [] });
    const bad = checkAnswers(survey, { csat: 6, nps: 2.5, other: 1 });
    assert.deepEqual(bad.issues.map((i) => i.path).sort(), ['answers.csat', 'answers.nps', 'answers.other']);
    assert.deepEqual(checkAnswers(survey, { nps: 3 }).issues, [{ path: 'answers.csat', message: 'an answer is required' }]);
  });

  test('a survey needs unique question ids and texts in both languages', () => {
    const issues = surveyIssues({ name: '', questions: [survey.questions[0]!, { ...survey.questions[0]!, label: { sv: '', en: 'x' } }] });
    assert.deepEqual(
      issues.map((i) => i.path),
      ['name', 'questions.1.id', 'questions.1.label.sv'],
    );
  });

  test('break down by agent and by local day (Stockholm)', () => {
    const base = {
      surveyId: 's',
      relationshipId: 'r',
      invitationId: null,
      via: 'api' as const,
      contactSourceId: null,
      queueId: 'q',
      channel: null,
    };
    const rs: SurveyResponse[] = [
      { ...base, id: '1', agent: 'A', answeredAt: '2026-10-05T22:30:00.000Z', answers: { csat: 5 } },
      { ...base, id: '2', agent: 'A', answeredAt: '2026-10-06T08:00:00.000Z', answers: { csat: 2 } },
      { ...base, id: '3', agent: 'B', answeredAt: '2026-10-06T09:00:00.000Z', answers: { csat: 4, nps: 9 } },
    ];
    const surveys = new Map([['s', survey]]);
    const byAgent = groupResults(surveys, rs, 'agent', 'Europe/Stockholm');
    assert.deepEqual(
      byAgent.map((g) => [g.key, g.csat.value, g.csat.n, g.nps.n]),
      [
        ['A', 0.5, 2, 0],
        ['B', 1, 1, 1],
      ],
    );
    // 22:30 UTC on the 5th is 00:30 on the 6th in Stockholm: all three fall on one local day.
    assert.deepEqual(
      groupResults(surveys, rs, 'day', 'Europe/Stockholm').map((g) => [g.key, g.responses]),
      [['2026-10-06', 3]],
    );
  });
});

describe('CSV answers', () => {
  test('map columns by header; times local to the zone or with an offset; bad times rejected by line', () => {
    const text = 'When;Call;Q1;Comment\n2026-10-06 10:00;c1;5;"Bra; snabbt"\n2026-10-06T08:00:00Z;;3;\nyesterday;c3;4;x\n';
    const r = parseAnswerCsv(text, { answeredAt: 'When', contact: 'Call', answers: { csat: 'Q1', why: 'Comment' } }, 'Europe/Stockholm');
    assert.deepEqual(r.missingColumns, []);
    assert.deepEqual(r.rows, [
      { line: 2, answeredAt: Date.UTC(2026, 9, 6, 8, 0), contactSourceId: 'c1', answers: { csat: '5', why: 'Bra; snabbt' } },
      { line: 3, answeredAt: Date.UTC(2026, 9, 6, 8, 0), contactSourceId: null, answers: { csat: '3', why: '' } },
    ]);
    assert.deepEqual(r.rejects, [{ line: 4, message: 'When: not a date or time' }]);
    assert.deepEqual(parseAnswerCsv(text, { answeredAt: 'Date', answers: {} }, 'UTC').missingColumns, ['Date']);
  });
});
