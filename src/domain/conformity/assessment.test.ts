// src/domain/conformity/assessment.test.ts — workflow rules, answer rules, readiness, comparison and edition carry-over on a small framework

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type RequirementAnswer,
  type RequirementResult,
  applyAnswerPatch,
  initialAnswers,
  nextStatus,
  possibleActions,
} from './assessment.js';
import { compareAnswers } from './compare.js';
import { carryOverAnswers, proposeEditionMapping } from './edition-mapping.js';
import { type FrameworkFile, frameworkFileIssues, frameworkFromFile } from './framework-file.js';
import { readinessOf } from './readiness.js';

const file = (edition = 'demo:1', extra: Partial<FrameworkFile> = {}): FrameworkFile => ({
  format: 'ccq-framework/1',
  urn: `urn:test:${edition}`,
  edition,
  revision: 1,
  name: { en: 'Demo' },
  publisher: 'test',
  side: 'centre',
  scale: [
    { score: 0, label: { en: 'absent' } },
    { score: 2, label: { en: 'defined' } },
    { score: 4, label: { en: 'optimised' } },
  ],
  tags: [{ id: 'outbound', group: 'direction', label: { en: 'Outbound' } }],
  requirements: [
    {
      ref: '4',
      title: { en: 'Customers' },
      children: [
        { ref: '4.1', title: { en: 'General' }, statement: { en: 'Serve customers well' } },
        { ref: '4.2', title: { en: 'Information' }, statement: { en: 'Tell customers the hours' } },
        { ref: '4.5', title: { en: 'Consent' }, statement: { en: 'Call only with consent' }, tags: ['outbound'] },
      ],
    },
    { ref: '5', title: { en: 'Leadership' }, children: [{ ref: '5.1', title: { en: 'Direction' }, statement: { en: 'Set a direction' } }] },
    {
      ref: 'A',
      title: { en: 'Metrics' },
      informative: true,
      children: [{ ref: 'A.1', title: { en: 'Access' }, statement: { en: 'Measure access' } }],
    },
  ],
  ...extra,
});

const at = '2026-11-29T10:00:00.000Z';

test('the file checks name duplicate refs, unknown tags and KPI ids, and statements on headings', () => {
  const bad = file('demo:1', {
    requirements: [
      {
        ref: '1',
        title: { en: 'H' },
        statement: { en: 'x' },
        children: [{ ref: '1.1', title: { en: 'a' }, statement: { en: 'a' }, tags: ['inbound'] }],
      },
      { ref: '1.1', title: { en: 'b' }, statement: { en: 'b' }, kpis: ['service_level', 'happiness'] },
      { ref: '2', title: { en: 'c' } },
    ],
  });
  const issues = frameworkFileIssues(bad);
  assert.deepEqual(
    issues.map((i) => i.path),
    ['requirements.0.statement', 'requirements.0.children.0.tags.0', 'requirements.1.ref', 'requirements.1.kpis.1', 'requirements.2'],
  );
  assert.deepEqual(frameworkFileIssues(file()), []);
});

test('a framework flattens depth-first; leaves are assessable and the informative annex passes its flag down', () => {
  const f = frameworkFromFile(file());
  assert.deepEqual(
    f.nodes.map((n) => `${n.ref}${n.assessable ? '*' : ''}${n.informative ? 'i' : ''}`),
    ['4', '4.1*', '4.2*', '4.5*', '5', '5.1*', 'Ai', 'A.1*i'],
  );
  assert.equal(f.nodes[1]?.urn, 'urn:test:demo:1:4.1');
  assert.equal(f.family, 'demo');
});

test('new answers: out-of-scope requirements start not applicable with the reason', () => {
  const f = frameworkFromFile(file());
  const inboundOnly = initialAnswers(f, ['inbound_only_scope_has_no_outbound'], at, null);
  const consent = inboundOnly.find((a) => a.ref === '4.5');
  assert.equal(consent?.result, 'not_applicable');
  assert.match(consent?.justification ?? '', /outbound/);
  const everything = initialAnswers(f, [], at, null);
  assert.equal(everything.find((a) => a.ref === '4.5')?.result, null);
  assert.equal(everything.length, 5);
});

test('the workflow allows only its transitions', () => {
  assert.equal(nextStatus('draft', 'start'), 'in_progress');
  assert.equal(nextStatus('in_progress', 'submit'), 'submitted');
  assert.equal(nextStatus('submitted', 'return'), 'returned');
  assert.equal(nextStatus('returned', 'submit'), 'submitted');
  assert.equal(nextStatus('submitted', 'approve'), 'approved');
  assert.equal(nextStatus('approved', 'close'), 'closed');
  assert.throws(() => nextStatus('draft', 'approve'), /CCQ_ERR_INVALID_STATE|cannot be approved/);
  assert.throws(() => nextStatus('closed', 'reopen'), /cannot be reopened/);
  assert.deepEqual(possibleActions('submitted'), ['return', 'approve']);
});

test('answer rules: not applicable needs a reason, scores come from the scale, a result marks it done', () => {
  const f = frameworkFromFile(file());
  const [first] = initialAnswers(f, [], at, null) as [RequirementAnswer];
  assert.throws(
    () => applyAnswerPatch(f, first, { result: 'not_applicable' }, at, 'u'),
    (e: Error & { issues?: { path: string }[] }) => e.issues?.[0]?.path === 'justification',
  );
  assert.throws(() => applyAnswerPatch(f, first, { score: 3 }, at, 'u'), /not valid/);
  const done = applyAnswerPatch(f, first, { result: 'conformant', score: 4 }, at, 'u');
  assert.equal(done.status, 'done');
  assert.equal(done.updatedBy, 'u');
  assert.equal(applyAnswerPatch(f, done, { result: null }, at, 'u').status, 'in_progress');
});

test('readiness is conformant ÷ applicable normative requirements, per clause and in total', () => {
  const f = frameworkFromFile(file());
  const answers = initialAnswers(f, [], at, null).map((a) => {
    const results: Record<string, RequirementResult> = {
      '4.1': 'conformant',
      '4.2': 'partially_conformant',
      '4.5': 'not_applicable',
      '5.1': 'conformant',
      'A.1': 'nonconformant',
    };
    const result = results[a.ref] ?? null;
    return { ...a, result, justification: result === 'not_applicable' ? 'no outbound' : null };
  });
  const r = readinessOf(f, answers);
  assert.deepEqual(
    { applicable: r.total.applicable, conformant: r.total.conformant, na: r.total.notApplicable, readiness: r.total.readiness },
    { applicable: 3, conformant: 2, na: 1, readiness: 2 / 3 },
  );
  assert.deepEqual(
    r.byClause.map((c) => [c.ref, c.readiness]),
    [
      ['4', 0.5],
      ['5', 1],
    ],
  );
});

test('comparison reports better, worse and changed requirements', () => {
  const f = frameworkFromFile(file());
  const base = initialAnswers(f, [], at, null).map((a) => ({ ...a, result: 'partially_conformant' as const }));
  const next = base.map((a) =>
    a.ref === '4.1' ? { ...a, result: 'conformant' as const } : a.ref === '4.2' ? { ...a, result: 'nonconformant' as const } : a,
  );
  assert.deepEqual(
    compareAnswers(base, next).map((c) => [c.ref, c.direction]),
    [
      ['4.1', 'better'],
      ['4.2', 'worse'],
    ],
  );
});

test('a new edition maps equal, reworded, moved, new and removed requirements and carries results over', () => {
  const oldF = frameworkFromFile(file('demo:1'));
  const next = file('demo:2');
  const clause4 = next.requirements[0];
  if (!clause4?.children) throw new Error('fixture');
  clause4.children = [
    { ref: '4.1', title: { en: 'General' }, statement: { en: 'Serve customers well' } },
    { ref: '4.2', title: { en: 'Information' }, statement: { en: 'Tell customers the hours and the cost' } },
    { ref: '4.6', title: { en: 'Consent' }, statement: { en: 'Call only with consent' }, tags: ['outbound'] },
    { ref: '4.7', title: { en: 'AI' }, statement: { en: 'Say when a bot answers' } },
  ];
  next.requirements = next.requirements.filter((r) => r.ref !== '5');
  const newF = frameworkFromFile(next);
  const rules = proposeEditionMapping(oldF, newF);
  assert.deepEqual(
    rules.map((r) => `${r.from}>${r.to}:${r.relation}`),
    ['4.1>4.1:equal', '4.2>4.2:changed', '4.5>4.6:changed', '5.1>null:removed', 'A.1>A.1:equal', 'null>4.7:new'],
  );
  const previous = initialAnswers(oldF, [], at, null).map((a) => ({
    ...a,
    result: 'conformant' as const,
    status: 'done' as const,
    comment: 'ok',
  }));
  const carried = carryOverAnswers(rules, previous, initialAnswers(newF, [], at, null), at, 'u');
  const by = new Map(carried.map((a) => [a.ref, a]));
  assert.equal(by.get('4.1')?.status, 'done');
  assert.equal(by.get('4.2')?.status, 'in_progress');
  assert.match(by.get('4.6')?.comment ?? '', /carried over from 4\.5/);
  assert.equal(by.get('4.7')?.result, null);
});
