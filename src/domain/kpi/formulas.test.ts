// src/domain/kpi/formulas.test.ts — KPI formulas against hand-computed values from seven contacts

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  abandonRate,
  averageHandlingTime,
  averageSpeedOfAnswer,
  averageTimeToAbandon,
  averageWaitAllContacts,
  occupancy,
  serviceLevel,
  serviceLevelVariants,
  transferRate,
} from './formulas.js';
import { type ContactFacts, addContact, emptySums, mergeSums } from './queue-sums.js';

// T = 20 s (inclusive), S = 5 s. Hand count: offered 7, answered 3 (2 within T), abandoned 3
// (2 within T, 1 short), 1 other exit.
const contacts: ContactFacts[] = [
  { outcome: 'answered', waitSeconds: 10, talkSeconds: 100, holdSeconds: 20, wrapSeconds: 30 },
  { outcome: 'answered', waitSeconds: 20, talkSeconds: 200, transferred: true },
  { outcome: 'answered', waitSeconds: 45, talkSeconds: 60 },
  { outcome: 'abandoned', waitSeconds: 3 },
  { outcome: 'abandoned', waitSeconds: 15 },
  { outcome: 'abandoned', waitSeconds: 60 },
  { outcome: 'other', waitSeconds: 120 },
];
const sumsOf = (cs: ContactFacts[]) => cs.reduce(addContact, emptySums(20, 5));
const s = sumsOf(contacts);

describe('queue sums', () => {
  test('count what a person counts by hand', () => {
    assert.deepEqual(
      [s.offered, s.answered, s.answeredWithin, s.abandoned, s.abandonedWithin, s.shortAbandoned, s.otherExits, s.transferred],
      [7, 3, 2, 3, 2, 1, 1, 1],
    );
    assert.equal(s.longestWaitAnsweredSeconds, 45);
    assert.equal(s.longestWaitAbandonedSeconds, 60);
    assert.equal(s.longestWaitSeconds, 120);
    assert.equal(s.handledWithTime, 3);
  });

  test('merge by addition: two halves give the same sums as the whole', () => {
    const merged = mergeSums(sumsOf(contacts.slice(0, 3)), sumsOf(contacts.slice(3)));
    assert.ok(merged.ok);
    assert.deepEqual(merged.value, s);
  });

  test('refuse to merge sums built for different thresholds', () => {
    const other = contacts.reduce(addContact, emptySums(30, 5));
    assert.deepEqual(mergeSums(s, other), { ok: false, error: { reason: 'threshold_mismatch', thresholds: [20, 30] } });
    const otherShort = contacts.reduce(addContact, emptySums(20, 10));
    assert.equal(mergeSums(s, otherShort).ok, false);
  });
});

describe('service level variants', () => {
  test('each variant divides by its own denominator', () => {
    const expected: Record<(typeof serviceLevelVariants)[number], number> = {
      answered: 2 / 3,
      offered: 2 / 7,
      offered_minus_short: 2 / 6,
      answered_plus_abandoned: 2 / 6,
      answered_plus_late_abandoned: 2 / 4,
      sl2: 4 / 6,
    };
    for (const v of serviceLevelVariants) assert.equal(serviceLevel(s, v), expected[v], v);
  });

  test('a wait of exactly T counts as within', () => {
    assert.equal(sumsOf([{ outcome: 'answered', waitSeconds: 20 }]).answeredWithin, 1);
    assert.equal(sumsOf([{ outcome: 'answered', waitSeconds: 20.5 }]).answeredWithin, 0);
  });

  test('an empty span has no service level rather than 0 % or 100 %', () => {
    for (const v of serviceLevelVariants) assert.equal(serviceLevel(emptySums(20, 5), v), null, v);
  });
});

describe('other queue KPIs', () => {
  test('abandon rate, with and without short abandons', () => {
    assert.equal(abandonRate(s, 'offered'), 3 / 7);
    assert.equal(abandonRate(s, 'offered_minus_short'), 2 / 6);
  });

  test('waits: ASA over answered, average wait over all contacts, time to abandon', () => {
    assert.equal(averageSpeedOfAnswer(s), 25);
    assert.equal(averageWaitAllContacts(s), (75 + 78 + 120) / 7);
    assert.equal(averageTimeToAbandon(s), 26);
  });

  test('handling time and transfers per answered contact', () => {
    assert.equal(averageHandlingTime(s), (360 + 20 + 30) / 3);
    assert.equal(transferRate(s), 1 / 3);
  });

  test('occupancy is handling time over staffed (logged-in, unpaused) time', () => {
    assert.equal(occupancy(3600, 4800), 0.75);
    assert.equal(occupancy(0, 0), null);
  });

  test('negative waits (clock skew in source data) count as zero', () => {
    const skew = sumsOf([{ outcome: 'answered', waitSeconds: -2 }]);
    assert.equal(skew.waitAnsweredSeconds, 0);
    assert.equal(skew.answeredWithin, 1);
  });
});
