// src/domain/mandates/obligations.test.ts — occurrences of recurring obligations, deliveries, and where each stands on a day

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Obligation } from './mandate.js';
import { type ObligationCompletion, addMonths, completionIssues, obligationStatuses, occurrences } from './obligations.js';

const ob = (o: Partial<Obligation>): Obligation => ({
  id: 'x',
  title: 'x',
  description: null,
  owner: 'client',
  dueOn: '2026-01-31',
  recurrence: 'none',
  leadTimeDays: 10,
  doneOn: null,
  ...o,
});
const done = (obligationId: string, dueOn: string, doneOn = dueOn): ObligationCompletion => ({
  mandateId: 'm',
  obligationId,
  dueOn,
  doneOn,
  note: null,
  recordedBy: null,
  recordedByName: 'x',
  recordedAt: `${doneOn}T10:00:00Z`,
});

test('months are added keeping the day where the month has it', () => {
  assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
  assert.equal(addMonths('2028-01-31', 1), '2028-02-29');
  assert.equal(addMonths('2026-11-15', 3), '2027-02-15');
  assert.equal(addMonths('2026-03-31', -1), '2026-02-28');
});

test('occurrences step from the first due date, each from the original day (31st stays the 31st where it can)', () => {
  assert.deepEqual(occurrences(ob({ recurrence: 'monthly' }), '2026-05-01'), ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
  assert.deepEqual(occurrences(ob({ recurrence: 'quarterly', dueOn: '2026-02-15' }), '2026-12-31'), [
    '2026-02-15',
    '2026-05-15',
    '2026-08-15',
    '2026-11-15',
  ]);
  assert.deepEqual(occurrences(ob({}), '2030-01-01'), ['2026-01-31']);
});

test('the earliest occurrence not delivered decides: overdue, due soon within the lead time, upcoming; a one-off delivered is done', () => {
  const c = {
    obligations: [
      ob({ id: 'monthly', recurrence: 'monthly', dueOn: '2026-09-05', leadTimeDays: 5 }),
      ob({ id: 'soon', dueOn: '2026-11-15', leadTimeDays: 10 }),
      ob({ id: 'later', dueOn: '2026-12-31', leadTimeDays: 10 }),
      ob({ id: 'oneoff', dueOn: '2026-10-01' }),
      ob({ id: 'marked', dueOn: '2026-10-01', doneOn: '2026-09-30' }),
      ob({ id: 'yearly', recurrence: 'yearly', dueOn: '2026-03-01', leadTimeDays: 30 }),
    ],
  };
  const completions = [
    done('monthly', '2026-09-05'),
    done('monthly', '2026-10-05', '2026-10-09'),
    done('oneoff', '2026-10-01'),
    done('yearly', '2026-03-01'),
  ];
  assert.deepEqual(
    obligationStatuses(c, completions, '2026-11-10').map((s) => [s.obligation.id, s.dueOn, s.state, s.lastDone?.doneOn ?? null]),
    [
      ['monthly', '2026-11-05', 'overdue', '2026-10-09'],
      ['soon', '2026-11-15', 'due_soon', null],
      ['later', '2026-12-31', 'upcoming', null],
      ['oneoff', '2026-10-01', 'done', '2026-10-01'],
      ['marked', '2026-10-01', 'done', null],
      ['yearly', '2027-03-01', 'upcoming', '2026-03-01'],
    ],
  );
  // A delivery before its due date makes the next occurrence current.
  const early = obligationStatuses(c, [...completions, done('monthly', '2026-11-05', '2026-11-04')], '2026-11-10');
  assert.deepEqual([early[0]?.dueOn, early[0]?.state], ['2026-12-05', 'upcoming']);
  // A quarterly duty delivered before its due date is upcoming with the next quarter's date, never done for good.
  const quarterly = { obligations: [ob({ id: 'plan', recurrence: 'quarterly', dueOn: '2026-12-13', leadTimeDays: 30 })] };
  assert.deepEqual(
    obligationStatuses(quarterly, [done('plan', '2026-12-13', '2026-11-29')], '2026-11-29').map((x) => [x.dueOn, x.state]),
    [['2027-03-13', 'upcoming']],
  );
});

test('a delivery must name a real occurrence and cannot be dated in the future', () => {
  const o = ob({ recurrence: 'monthly', dueOn: '2026-09-05' });
  assert.deepEqual(completionIssues(o, { dueOn: '2026-10-05', doneOn: '2026-10-04' }, '2026-11-10'), []);
  assert.deepEqual(completionIssues(o, { dueOn: '2026-10-06', doneOn: '2026-10-04' }, '2026-11-10'), [
    '2026-10-06 is not a due date of this obligation',
  ]);
  assert.deepEqual(completionIssues(o, { dueOn: '2026-10-05', doneOn: '2026-11-11' }, '2026-11-10'), [
    'the delivery date is in the future',
  ]);
});
