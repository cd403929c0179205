// src/domain/reviews/review.test.ts — the months a review pack shows, and what a meeting record needs to be closed

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type ReviewRecord, closeIssues, emptyRecord, monthsEndingWith, recordIssues } from './review.js';

test('the trend months end with the reviewed month and cross the year', () => {
  assert.deepEqual(monthsEndingWith('2026-02', 4), ['2025-11', '2025-12', '2026-01', '2026-02']);
  assert.deepEqual(monthsEndingWith('2026-10', 1), ['2026-10']);
});

test('closing needs the day held, someone of each party, and an owner for every action', () => {
  assert.deepEqual(
    closeIssues(emptyRecord()).map((i) => i.message),
    ['say when the review was held', 'name at least one attendee of the client', 'name at least one attendee of the centre'],
  );
  const r: ReviewRecord = {
    heldOn: '2026-11-09',
    attendees: [
      { name: 'A', party: 'client', role: null },
      { name: 'B', party: 'centre', role: null },
    ],
    decisions: [],
    actions: [{ id: 'a1', title: 'Do it', ownerParty: 'centre', owner: ' ', dueOn: null }],
    notes: null,
  };
  assert.deepEqual(closeIssues(r), [{ path: 'actions.0.owner', message: 'every action needs an owner' }]);
  assert.deepEqual(closeIssues({ ...r, actions: [{ ...r.actions[0]!, owner: 'B' }] }), []);
});

test('a record has unique ids and text where text is needed', () => {
  const r: ReviewRecord = {
    ...emptyRecord(),
    decisions: [
      { id: 'd1', text: 'Keep' },
      { id: 'd1', text: ' ' },
    ],
    actions: [{ id: 'a1', title: '', ownerParty: 'client', owner: 'A', dueOn: null }],
  };
  assert.deepEqual(
    recordIssues(r).map((i) => i.path),
    ['decisions.1.id', 'decisions.1.text', 'actions.0.title'],
  );
});
