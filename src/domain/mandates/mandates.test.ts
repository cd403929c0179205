// src/domain/mandates/mandates.test.ts — target statuses, periods, opening hours across DST, signing rules, diffs and completeness

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { canonicalJson, diffValues } from './canonical.js';
import { mandateGaps } from './completeness.js';
import { type MandateContent, type MandateVersion, type OpeningHours, emptyContent, obligationsToFlag } from './mandate.js';
import { openDays, openingHoursIssues } from './opening-hours.js';
import { editDraft, missingSignatures, signVersion } from './signing.js';
import { coverageOf, periodsOfMonth, statusOf } from './target-evaluation.js';

const everyDay = (from: string, to: string): OpeningHours => ({
  channel: 'all',
  week: {
    mon: [{ from, to }],
    tue: [{ from, to }],
    wed: [{ from, to }],
    thu: [{ from, to }],
    fri: [{ from, to }],
    sat: [{ from, to }],
    sun: [{ from, to }],
  },
  closed: [],
  exceptions: [],
});

describe('target status', () => {
  const sl = { target: 0.8, direction: 'at_least' as const, tolerance: 0.05 };
  const asa = { target: 30, direction: 'at_most' as const, tolerance: 10 };
  test('at least: met at or above, at risk within the band, missed below it', () => {
    assert.equal(statusOf(sl, 0.8, 1), 'met');
    assert.equal(statusOf(sl, 0.7 + 0.1, 1), 'met', 'float noise does not turn met into at risk');
    assert.equal(statusOf(sl, 0.77, 1), 'at_risk');
    assert.equal(statusOf(sl, 0.75, 1), 'at_risk');
    assert.equal(statusOf(sl, 0.74, 1), 'missed');
  });
  test('at most: the band lies above the target', () => {
    assert.equal(statusOf(asa, 25, 1), 'met');
    assert.equal(statusOf(asa, 38, 1), 'at_risk');
    assert.equal(statusOf(asa, 41, 1), 'missed');
  });
  test('no data is never met', () => {
    assert.equal(statusOf(sl, null, 1), 'no_data');
    assert.equal(statusOf(sl, 0.95, 0), 'no_data');
    assert.equal(coverageOf([], new Set()), 0);
    assert.equal(
      coverageOf(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04'], new Set(['2026-10-02', '2026-10-04', '2026-11-01'])),
      0.5,
    );
  });
});

describe('periods of a month', () => {
  test('days, ISO weeks starting in the month (judged whole), and the month', () => {
    assert.equal(periodsOfMonth('day', '2026-10').length, 31);
    assert.deepEqual(periodsOfMonth('day', '2026-02').at(-1), { label: '2026-02-28', from: '2026-02-28', to: '2026-03-01' });
    // October 2026 starts on a Thursday: its Mondays are the 5th, 12th, 19th and 26th.
    assert.deepEqual(
      periodsOfMonth('week', '2026-10').map((w) => `${w.label} ${w.from}..${w.to}`),
      [
        '2026-W41 2026-10-05..2026-10-12',
        '2026-W42 2026-10-12..2026-10-19',
        '2026-W43 2026-10-19..2026-10-26',
        '2026-W44 2026-10-26..2026-11-02',
      ],
    );
    assert.deepEqual(periodsOfMonth('month', '2026-12'), [{ label: '2026-12', from: '2026-12-01', to: '2027-01-01' }]);
    assert.equal(periodsOfMonth('week', '2027-01')[0]?.label, '2027-W01');
  });
});

describe('opening hours', () => {
  test('a round-the-clock queue has 92 quarter-hours on the spring DST day and 100 on the autumn one (Stockholm)', () => {
    const h = everyDay('00:00', '24:00');
    const march = openDays(h, 'Europe/Stockholm', '2026-03-28', '2026-03-31').map((d) => d.quarters.length);
    assert.deepEqual(march, [96, 92, 96]);
    const october = openDays(h, 'Europe/Stockholm', '2026-10-24', '2026-10-27').map((d) => d.quarters.length);
    assert.deepEqual(october, [96, 100, 96]);
  });
  test('day hours keep their local times across DST; closed days and exceptions apply', () => {
    const h: OpeningHours = {
      ...everyDay('08:00', '20:00'),
      closed: ['2026-12-25'],
      exceptions: [{ date: '2026-12-24', hours: [{ from: '08:00', to: '12:00' }] }],
    };
    const [autumn] = openDays(h, 'Europe/Stockholm', '2026-10-25', '2026-10-26');
    assert.equal(autumn?.quarters.length, 48);
    assert.equal(new Date(autumn?.quarters[0] ?? 0).toISOString(), '2026-10-25T07:00:00.000Z', '08:00 CET');
    const christmas = openDays(h, 'Europe/Stockholm', '2026-12-24', '2026-12-27');
    assert.deepEqual(
      christmas.map((d) => [d.date, d.quarters.length]),
      [
        ['2026-12-24', 16],
        ['2026-12-26', 48],
      ],
    );
  });
  test('malformed or reversed ranges are reported at their path', () => {
    const h = everyDay('08:00', '20:00');
    h.week.mon = [{ from: '18:00', to: '09:00' }];
    h.week.tue = [{ from: '8', to: '17:00' }];
    assert.deepEqual(
      openingHoursIssues(h, 'openingHours.0').map((i) => i.path),
      ['openingHours.0.week.mon.0', 'openingHours.0.week.tue.0'],
    );
  });
});

describe('signing', () => {
  const draft = (): MandateVersion => ({
    id: 'v1',
    mandateId: 'm1',
    number: 1,
    content: emptyContent(),
    hash: 'h1',
    status: 'draft',
    signatures: [],
    basedOn: null,
    createdAt: '2026-11-01T00:00:00Z',
    createdBy: null,
  });
  const by = (party: 'client' | 'centre') => ({ party, userId: `u-${party}`, name: party, at: '2026-11-02T00:00:00Z' });

  test('both parties sign the same content; then the version is signed and cannot change', () => {
    const half = signVersion(draft(), by('client'), 'h1');
    assert.equal(half.status, 'draft');
    assert.deepEqual(missingSignatures(half), ['centre']);
    assert.throws(() => signVersion(half, by('client'), 'h1'), /already signed/);
    const signed = signVersion(half, by('centre'), 'h1');
    assert.equal(signed.status, 'signed');
    assert.deepEqual(missingSignatures(signed), []);
    assert.throws(() => editDraft(signed, emptyContent(), 'h2'), /cannot change/);
    assert.throws(() => signVersion(signed, by('client'), 'h1'), /already signed/);
  });
  test('a signature is for the content seen: a stale hash is refused, and a change voids earlier signatures', () => {
    const half = signVersion(draft(), by('client'), 'h1');
    assert.throws(() => signVersion(half, by('centre'), 'h0'), /changed after you opened it/);
    const changed = editDraft(half, { ...emptyContent(), purpose: 'Kundservice' }, 'h2');
    assert.deepEqual(missingSignatures(changed), ['client', 'centre']);
  });
});

describe('content', () => {
  test('canonical JSON does not depend on key order', () => {
    assert.equal(canonicalJson({ b: 1, a: [{ y: 2, x: 1 }] }), canonicalJson({ a: [{ x: 1, y: 2 }], b: 1 }));
    assert.equal(canonicalJson({ a: 1, b: undefined }), '{"a":1}');
  });
  test('a diff names each changed field; targets are matched by id, so reordering is no change', () => {
    const t = (id: string, target: number) => ({
      id,
      kpi: 'service_level',
      variant: 'offered_minus_short',
      params: { thresholdSeconds: 20 },
      queueIds: ['q1'],
      target,
      direction: 'at_least' as const,
      tolerance: 0.05,
      period: 'month' as const,
      hours: 'opening' as const,
      isoRefs: [],
    });
    const a: MandateContent = { ...emptyContent(), targets: [t('sl', 0.8), t('sl2', 0.9)], languages: ['sv'] };
    const b: MandateContent = { ...emptyContent(), targets: [t('sl2', 0.9), t('sl', 0.85)], languages: ['sv', 'en'] };
    assert.deepEqual(
      diffValues(a, b).map((c) => c.path),
      ['languages', 'targets.sl.target'],
    );
    assert.deepEqual(diffValues(a, a), []);
  });
  test('the completeness check lists what ISO 18295-2 expects and the mandate lacks', () => {
    assert.equal(mandateGaps(emptyContent()).length, 13);
    const fuller: MandateContent = {
      ...emptyContent(),
      purpose: 'Kundservice för privatkunder',
      services: ['Kundservice'],
      channels: ['voice'],
      languages: ['sv'],
      responsibilities: [
        { topic: 'complaints_first_line', owner: 'centre', note: null },
        { topic: 'complaints_final_response', owner: 'client', note: null },
      ],
    };
    const gaps = mandateGaps(fuller).map((g) => g.id);
    assert.ok(!gaps.includes('purpose') && !gaps.includes('scope') && !gaps.includes('complaints'));
    assert.ok(gaps.includes('targets') && gaps.includes('data_protection'));
    assert.equal(mandateGaps(fuller).find((g) => g.id === 'targets')?.isoRef, 'C3.d');
  });
});

describe('obligations', () => {
  test('overdue and due-within-lead-time obligations are flagged; done and distant ones are not', () => {
    const o = (id: string, dueOn: string, leadTimeDays: number, doneOn: string | null = null) => ({
      id,
      title: id,
      description: null,
      owner: 'client' as const,
      dueOn,
      recurrence: 'none' as const,
      leadTimeDays,
      doneOn,
    });
    const c: MandateContent = {
      ...emptyContent(),
      obligations: [
        o('late', '2026-11-20', 0),
        o('soon', '2026-12-15', 30),
        o('later', '2027-03-01', 30),
        o('done', '2026-11-01', 0, '2026-10-30'),
      ],
    };
    assert.deepEqual(
      obligationsToFlag(c, '2026-11-29').map((x) => [x.id, x.overdue]),
      [
        ['late', true],
        ['soon', false],
      ],
    );
  });
});
