// src/domain/people/people.test.ts — headcount, leavers, annualised attrition, months of a period and competence coverage, against hand-computed figures

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type PeopleAgent, annualisedRate, competenceCoverage, monthsIn, workforceOf } from './people.js';

const agent = (code: string, startedOn: string, leftOn: string | null, roleProfile: string | null = 'agent'): PeopleAgent => ({
  centreOrganisationId: 'c',
  agentCode: code,
  relationshipId: null,
  team: null,
  roleProfile,
  startedOn,
  leftOn,
});

test('a period counts each calendar month by the share of its days', () => {
  assert.equal(monthsIn('2026-10-01', '2026-11-01'), 1);
  assert.equal(monthsIn('2026-01-01', '2026-04-01'), 3);
  // 16–29 Feb 2028 (leap year: 14 of 29 days) + all of March.
  assert.equal(monthsIn('2028-02-16', '2028-04-01'), 14 / 29 + 1);
});

test('average headcount is agent-days over days; attrition is annualised by 12 ÷ months', () => {
  // June (30 days): A 30 days, B 1–10 June = 10 days (left, tenure 40 days: early), C 21–30 = 10 days.
  const w = workforceOf(
    [agent('A', '2020-01-01', null), agent('B', '2026-05-01', '2026-06-10'), agent('C', '2026-06-21', null)],
    '2026-06-01',
    '2026-07-01',
  );
  assert.deepEqual(w, { agents: 3, averageHeadcount: 50 / 30, leavers: 1, earlyLeavers: 1, months: 1 });
  assert.equal(annualisedRate(w.leavers, w), (1 / (50 / 30)) * 12);
  // A quarter: the same leaver over three months is a quarter of the annual rate it would be in one.
  const q = workforceOf([agent('A', '2020-01-01', null), agent('B', '2020-01-01', '2026-02-15')], '2026-01-01', '2026-04-01');
  assert.equal(q.leavers, 1);
  assert.equal(q.earlyLeavers, 0);
  assert.equal(annualisedRate(q.leavers, q), (1 / ((90 + 46) / 90)) * 4);
  assert.equal(annualisedRate(0, workforceOf([], '2026-01-01', '2026-02-01')), null);
});

test('competence coverage counts valid competences of the role profile among agents employed on the day', () => {
  const agents = [
    agent('A', '2020-01-01', null),
    agent('B', '2020-01-01', null),
    agent('C', '2020-01-01', '2026-05-01'),
    agent('D', '2020-01-01', null, null),
  ];
  const c = competenceCoverage(
    agents,
    [
      { agentCode: 'A', competence: 'x', achievedOn: '2025-01-01', expiresOn: null },
      { agentCode: 'A', competence: 'y', achievedOn: '2025-01-01', expiresOn: '2026-06-29' },
      { agentCode: 'B', competence: 'y', achievedOn: '2025-01-01', expiresOn: '2026-06-30' },
      { agentCode: 'C', competence: 'x', achievedOn: '2025-01-01', expiresOn: null },
    ],
    [{ name: 'agent', competences: ['x', 'y'] }],
    '2026-06-30',
  );
  // A holds x (y expired the day before), B holds y (valid through the day); C has left, D has no profile.
  assert.deepEqual(c, { held: 2, required: 4, agents: 2 });
});
