// src/domain/complaints/complaint.test.ts — the ISO 10002 lifecycle as a state machine, deadlines, overdue flags, who may step, the KPI arithmetic

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  type Complaint,
  applyStep,
  deadlinesFrom,
  erased,
  nextSteps,
  overdueAt,
  partyMayStep,
  referenceFor,
  stepIssues,
} from './complaint.js';
import { ackWithin, complaintRate, reopenRate, resolvedWithin, wilson } from './measures.js';

const base = (o: Partial<Complaint> = {}): Complaint => ({
  id: '01JCOMPLAINT0000000000ABCD',
  relationshipId: 'rel',
  reference: 'CCQ-000000ABCD',
  channel: 'voice',
  receivedAt: '2026-11-02T08:00:00.000Z',
  receivedVia: 'staff',
  contactSourceId: null,
  queueId: null,
  description: 'Waited an hour',
  category: null,
  rootCause: null,
  status: 'received',
  owner: 'centre',
  firstLineOwner: 'centre',
  finalResponseOwner: 'client',
  escalatedAt: null,
  ...deadlinesFrom('2026-11-02T08:00:00.000Z'),
  acknowledgedAt: null,
  respondedAt: null,
  closedAt: null,
  reopenCount: 0,
  response: null,
  satisfaction: null,
  erasedAt: null,
  createdAt: '2026-11-02T08:00:00.000Z',
  createdBy: null,
  ...o,
});

const step = (c: Complaint, s: Parameters<typeof applyStep>[1], at: string): Complaint => {
  const next = applyStep(c, s, at);
  assert.ok(next, `${s.step} from ${c.status}`);
  return next;
};

describe('complaint lifecycle', () => {
  test('deadlines: acknowledge within 48 hours, resolve within 14 days of receipt', () => {
    assert.deepEqual(deadlinesFrom('2026-11-02T08:00:00.000Z'), {
      ackDueAt: '2026-11-04T08:00:00.000Z',
      resolveDueAt: '2026-11-16T08:00:00.000Z',
    });
  });

  test('received → acknowledged → assessed → investigating → responded → closed, then reopened', () => {
    let c = base();
    assert.deepEqual(nextSteps(c), ['acknowledge', 'escalate']);
    c = step(c, { step: 'acknowledge' }, '2026-11-02T09:00:00.000Z');
    assert.equal(c.acknowledgedAt, '2026-11-02T09:00:00.000Z');
    c = step(c, { step: 'assess', category: 'waiting_time' }, '2026-11-02T10:00:00.000Z');
    assert.equal(c.category, 'waiting_time');
    c = step(c, { step: 'investigate' }, '2026-11-03T10:00:00.000Z');
    c = step(c, { step: 'escalate', note: 'final response is the bank’s' }, '2026-11-03T11:00:00.000Z');
    assert.equal(c.owner, 'client');
    assert.equal(c.status, 'investigating');
    assert.deepEqual(nextSteps(c), ['respond']);
    c = step(c, { step: 'respond', response: 'We are sorry' }, '2026-11-05T10:00:00.000Z');
    c = step(c, { step: 'close', rootCause: 'staffing', satisfaction: 4 }, '2026-11-06T10:00:00.000Z');
    assert.equal(c.status, 'closed');
    assert.equal(c.satisfaction, 4);
    c = step(c, { step: 'reopen' }, '2026-11-07T10:00:00.000Z');
    assert.equal(c.status, 'investigating');
    assert.equal(c.reopenCount, 1);
    assert.equal(c.closedAt, null);
    c = step(c, { step: 'respond', response: 'Second answer' }, '2026-11-20T10:00:00.000Z');
    assert.equal(c.respondedAt, '2026-11-05T10:00:00.000Z', 'the first response is what the deadline judges');
  });

  test('steps out of order are refused', () => {
    assert.equal(applyStep(base(), { step: 'respond', response: 'x' }, '2026-11-03T00:00:00Z'), null);
    assert.equal(applyStep(base(), { step: 'close' }, '2026-11-03T00:00:00Z'), null);
    assert.equal(applyStep(base({ status: 'received' }), { step: 'reopen' }, '2026-11-03T00:00:00Z'), null);
    assert.equal(applyStep(base({ status: 'closed' }), { step: 'escalate', note: 'x' }, '2026-11-03T00:00:00Z'), null);
    assert.equal(applyStep(base({ owner: 'client' }), { step: 'escalate', note: 'x' }, '2026-11-03T00:00:00Z'), null);
  });

  test('field rules of steps', () => {
    assert.deepEqual(
      stepIssues(base({ status: 'acknowledged' }), { step: 'assess' }).map((i) => i.path),
      ['category'],
    );
    assert.deepEqual(
      stepIssues(base(), { step: 'respond', response: '  ' }).map((i) => i.path),
      ['response'],
    );
    assert.deepEqual(
      stepIssues(base(), { step: 'close', satisfaction: 6 }).map((i) => i.path),
      ['rootCause', 'satisfaction'],
    );
    assert.deepEqual(
      stepIssues(base(), { step: 'escalate' }).map((i) => i.path),
      ['note'],
    );
  });

  test('the owner works it; the final response needs the mandate’s party; only the centre escalates', () => {
    const c = base({ status: 'investigating' });
    assert.equal(partyMayStep(c, 'centre', 'assess'), 'ok');
    assert.equal(partyMayStep(c, 'client', 'assess'), 'not_owner');
    assert.equal(partyMayStep(c, 'centre', 'respond'), 'escalate_first');
    assert.equal(partyMayStep(c, 'centre', 'escalate'), 'ok');
    assert.equal(partyMayStep(c, 'client', 'escalate'), 'not_owner');
    assert.equal(partyMayStep({ ...c, finalResponseOwner: 'shared' }, 'centre', 'respond'), 'ok');
    assert.equal(partyMayStep({ ...c, owner: 'client' }, 'client', 'respond'), 'ok');
  });

  test('overdue flags', () => {
    const c = base();
    assert.deepEqual(overdueAt(c, new Date('2026-11-04T08:00:00.000Z')), { ack: false, resolution: false });
    assert.deepEqual(overdueAt(c, new Date('2026-11-04T08:00:01.000Z')), { ack: true, resolution: false });
    assert.deepEqual(overdueAt(c, new Date('2026-11-17T00:00:00.000Z')), { ack: true, resolution: true });
    const handled = base({ acknowledgedAt: '2026-11-05T00:00:00.000Z', respondedAt: '2026-11-10T00:00:00.000Z' });
    assert.deepEqual(overdueAt(handled, new Date('2026-12-01T00:00:00.000Z')), { ack: false, resolution: false });
  });

  test('erasure blanks the free texts and keeps the facts; the reference comes from the random part of the id', () => {
    const e = erased(base({ response: 'Dear Anna', category: 'billing' }), '2026-11-10T00:00:00.000Z');
    assert.equal(e.description, null);
    assert.equal(e.response, null);
    assert.equal(e.category, 'billing');
    assert.equal(e.erasedAt, '2026-11-10T00:00:00.000Z');
    assert.equal(referenceFor('01jcomplaint0000000000abcd'), 'CCQ-000000ABCD');
  });
});

describe('complaint KPI arithmetic (hand-computed)', () => {
  test('complaint rate per 1,000 contacts with a Wilson interval', () => {
    const r = complaintRate(3, 1200);
    assert.equal(r.value, 2.5);
    assert.equal(r.n, 1200);
    assert.equal(r.lowSample, true);
    // Wilson 95 % for 3/1200: centre (0.0025 + 1.92073/1200)/(1 + 3.84146/1200) = 0.0041020 / 1.0032012; half ≈ 0.0032
    assert.ok(r.ci && Math.abs(r.ci[0] - 0.851) < 0.01 && Math.abs(r.ci[1] - 7.33) < 0.02, String(r.ci));
    assert.equal(complaintRate(0, 0).value, null);
  });

  test('acknowledged and resolved within deadline, reopen rate', () => {
    const now = '2026-11-30T00:00:00.000Z';
    const cs = [
      base({ acknowledgedAt: '2026-11-03T00:00:00.000Z', respondedAt: '2026-11-10T00:00:00.000Z' }),
      base({ acknowledgedAt: '2026-11-05T00:00:00.000Z', respondedAt: '2026-11-20T00:00:00.000Z', reopenCount: 1 }),
      base({ acknowledgedAt: null, respondedAt: null }),
      // Received yesterday: inside both deadlines, not counted yet.
      base({ receivedAt: '2026-11-29T00:00:00.000Z', ...deadlinesFrom('2026-11-29T00:00:00.000Z') }),
    ];
    const ack = ackWithin(cs, now);
    assert.equal(ack.n, 3);
    assert.equal(ack.value, 1 / 3);
    const res = resolvedWithin(cs, now);
    assert.equal(res.n, 3);
    assert.equal(res.value, 1 / 3);
    const re = reopenRate(cs);
    assert.equal(re.n, 2);
    assert.equal(re.value, 0.5);
    assert.deepEqual(wilson(0, 0), null);
  });
});
