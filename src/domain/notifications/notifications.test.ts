// src/domain/notifications/notifications.test.ts — dedupe keys, the target-check rules, the webhook signature scheme and the retry schedule

import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, test } from 'node:test';
import { type NotificationEvent, dedupeKeyOf } from './notification.js';
import { monthsToCheck, targetNotice } from './target-check.js';
import {
  afterAttempt,
  constantTimeEqual,
  eventBody,
  maxAttempts,
  parseSignatureHeader,
  retryDelayAfter,
  signatureHeader,
  signedContent,
  verifySignature,
  wantsEvent,
  webhookUrlIssue,
} from './webhook.js';

const hmac = (key: string, message: string) => createHmac('sha256', key).update(message, 'utf8').digest('hex');

const target = (period: string, kind: 'target_missed' | 'target_at_risk'): NotificationEvent => ({
  kind,
  params: {
    mandateId: 'M1',
    mandateTitle: 'Uppdrag',
    targetId: 'sl',
    kpi: 'service_level',
    variant: null,
    period,
    status: kind === 'target_missed' ? 'missed' : 'at_risk',
    measured: 0.7,
    target: 0.8,
    direction: 'at_least',
    coverage: 1,
    provisional: false,
  },
});

describe('dedupe keys', () => {
  test('the same target, period and status is one event; another period or status is another', () => {
    assert.equal(dedupeKeyOf(target('2026-10', 'target_missed')), 'target:M1:sl:2026-10:missed');
    assert.equal(dedupeKeyOf(target('2026-10', 'target_missed')), dedupeKeyOf(target('2026-10', 'target_missed')));
    assert.notEqual(dedupeKeyOf(target('2026-10', 'target_missed')), dedupeKeyOf(target('2026-11', 'target_missed')));
    assert.notEqual(dedupeKeyOf(target('2026-10', 'target_missed')), dedupeKeyOf(target('2026-10', 'target_at_risk')));
  });

  test('an obligation is keyed by its occurrence; a signature by version and the party awaited', () => {
    const o = { mandateId: 'M1', mandateTitle: 'U', obligationId: 'plan', title: 'Plan', owner: 'client' as const, dueOn: '2026-12-01' };
    assert.equal(dedupeKeyOf({ kind: 'obligation_overdue', params: o }), 'obligation_overdue:M1:plan:2026-12-01');
    assert.notEqual(
      dedupeKeyOf({ kind: 'obligation_overdue', params: o }),
      dedupeKeyOf({ kind: 'obligation_overdue', params: { ...o, dueOn: '2027-03-01' } }),
    );
    assert.equal(
      dedupeKeyOf({
        kind: 'mandate_awaiting_signature',
        params: { mandateId: 'M1', mandateTitle: 'U', version: 2, contentHash: 'abc123', signedBy: 'client', awaiting: 'centre' },
      }),
      'signature:M1:2:abc123:centre',
    );
  });
});

describe('the daily target check', () => {
  test('judges the previous month too during the first five days of a month (also across a year)', () => {
    assert.deepEqual(monthsToCheck('2026-11-03'), ['2026-10', '2026-11']);
    assert.deepEqual(monthsToCheck('2026-11-05'), ['2026-10', '2026-11']);
    assert.deepEqual(monthsToCheck('2026-11-06'), ['2026-11']);
    assert.deepEqual(monthsToCheck('2027-01-01'), ['2026-12', '2027-01']);
  });

  test('a missed period that has ended is a miss; one still running only a warning; met and no data say nothing', () => {
    const oct = { from: '2026-10-01', to: '2026-11-01' };
    assert.deepEqual(targetNotice({ status: 'missed', period: oct }, '2026-11-01'), { kind: 'target_missed', provisional: false });
    assert.deepEqual(targetNotice({ status: 'missed', period: oct }, '2026-10-31'), { kind: 'target_at_risk', provisional: true });
    assert.deepEqual(targetNotice({ status: 'at_risk', period: oct }, '2026-11-02'), { kind: 'target_at_risk', provisional: false });
    assert.equal(targetNotice({ status: 'met', period: oct }, '2026-11-02'), null);
    assert.equal(targetNotice({ status: 'no_data', period: oct }, '2026-11-02'), null);
  });
});

describe('webhook signatures', () => {
  const body = eventBody({
    id: 'E1',
    kind: 'target_missed',
    createdAt: '2026-11-03T07:00:00.000Z',
    organisationId: 'O1',
    relationshipId: 'R1',
    params: { period: '2026-10' },
  });

  test('the body carries the event id, type and parameters', () => {
    assert.deepEqual(JSON.parse(body), {
      id: 'E1',
      type: 'target_missed',
      createdAt: '2026-11-03T07:00:00.000Z',
      organisationId: 'O1',
      relationshipId: 'R1',
      data: { period: '2026-10' },
    });
  });

  test('the header is t=<unix>,v1=<hex HMAC of "<t>.<body>">, and a receiver verifies it', () => {
    const t = 1_793_689_200;
    assert.equal(signedContent(t, '{"a":1}'), '1793689200.{"a":1}');
    const header = signatureHeader(t, hmac('whsec_k', signedContent(t, body)));
    assert.match(header, /^t=1793689200,v1=[0-9a-f]{64}$/);
    assert.deepEqual(parseSignatureHeader(header)?.t, t);
    assert.equal(verifySignature({ header, body, secret: 'whsec_k', nowSeconds: t + 10, hmac }), true);
  });

  test('a wrong secret, a changed body or an old time is refused', () => {
    const t = 1_793_689_200;
    const header = signatureHeader(t, hmac('whsec_k', signedContent(t, body)));
    assert.equal(verifySignature({ header, body, secret: 'whsec_other', nowSeconds: t, hmac }), false);
    assert.equal(verifySignature({ header, body: body.replace('E1', 'E2'), secret: 'whsec_k', nowSeconds: t, hmac }), false);
    assert.equal(verifySignature({ header, body, secret: 'whsec_k', nowSeconds: t + 301, hmac }), false);
    assert.equal(verifySignature({ header: 'v1=abc', body, secret: 'whsec_k', nowSeconds: t, hmac }), false);
    assert.equal(parseSignatureHeader('t=x,v1=zz'), null);
    assert.equal(constantTimeEqual('abc', 'abd'), false);
    assert.equal(constantTimeEqual('abc', 'abc'), true);
  });
});

describe('webhook retries', () => {
  test('30 s, 2 min, 10 min, 1 h, 6 h after the failed attempts, then give up', () => {
    assert.deepEqual([1, 2, 3, 4, 5, 6].map(retryDelayAfter), [30_000, 120_000, 600_000, 3_600_000, 21_600_000, null]);
    assert.equal(maxAttempts, 6);
    assert.equal(retryDelayAfter(0), null);
  });

  test('an attempt succeeds, schedules the next one, or gives up after the last', () => {
    const at = Date.UTC(2026, 10, 3);
    assert.deepEqual(afterAttempt(1, true, at), { status: 'succeeded', nextAttemptAt: null });
    assert.deepEqual(afterAttempt(1, false, at), { status: 'failed', nextAttemptAt: at + 30_000 });
    assert.deepEqual(afterAttempt(5, false, at), { status: 'failed', nextAttemptAt: at + 21_600_000 });
    assert.deepEqual(afterAttempt(6, false, at), { status: 'gave_up', nextAttemptAt: null });
  });
});

describe('webhook addresses and filters', () => {
  test('http and https only, no credentials', () => {
    assert.equal(webhookUrlIssue('https://hooks.example.com/ccq'), null);
    assert.equal(webhookUrlIssue('http://127.0.0.1:8080/x'), null);
    assert.equal(webhookUrlIssue('ftp://example.com/x'), 'give an http or https address');
    assert.equal(webhookUrlIssue('javascript:alert(1)'), 'give an http or https address');
    assert.equal(webhookUrlIssue('not a url'), 'give an http or https address');
    assert.equal(webhookUrlIssue('https://user:pw@example.com/'), 'no user name or password in the address');
  });

  test('an empty filter takes every kind; an inactive webhook none', () => {
    assert.equal(wantsEvent({ active: true, events: [] }, 'target_missed'), true);
    assert.equal(wantsEvent({ active: true, events: ['mandate_signed'] }, 'target_missed'), false);
    assert.equal(wantsEvent({ active: false, events: [] }, 'target_missed'), false);
  });
});
