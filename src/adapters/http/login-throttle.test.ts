// src/adapters/http/login-throttle.test.ts — failed sign-ins per address+account and per address, with a fake clock

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type ThrottlePolicy, createLoginThrottle } from './login-throttle.js';

const policy: ThrottlePolicy = { windowMs: 60_000, perAccount: 3, perAddress: 5 };

const setup = () => {
  let t = 1_000_000;
  const throttle = createLoginThrottle(policy, () => t);
  const advance = (ms: number): void => {
    t += ms;
  };
  return { throttle, advance };
};

const fail = (throttle: ReturnType<typeof createLoginThrottle>, ip: string, email: string, times: number) => {
  for (let i = 0; i < times; i++) throttle.failed(ip, email);
};

describe('createLoginThrottle', () => {
  test('blocks an address+account after perAccount failures, not before', () => {
    const { throttle } = setup();
    for (let i = 0; i < policy.perAccount; i++) {
      assert.equal(throttle.blocked('10.0.0.1', 'anna@example.com'), false, `after ${i} failures`);
      throttle.failed('10.0.0.1', 'anna@example.com');
    }
    assert.equal(throttle.blocked('10.0.0.1', 'anna@example.com'), true);
    // The email is compared case- and space-insensitively.
    assert.equal(throttle.blocked('10.0.0.1', '  ANNA@example.com '), true);
    // The same account from another address is not blocked.
    assert.equal(throttle.blocked('10.0.0.2', 'anna@example.com'), false);
  });

  test('another email from the same address stays open until perAddress failures in total', () => {
    const { throttle } = setup();
    fail(throttle, '10.0.0.1', 'anna@example.com', policy.perAccount);
    assert.equal(throttle.blocked('10.0.0.1', 'bo@example.com'), false);
    // perAddress = 5: two more failures on a second account reach it.
    fail(throttle, '10.0.0.1', 'bo@example.com', policy.perAddress - policy.perAccount - 1);
    assert.equal(throttle.blocked('10.0.0.1', 'carl@example.com'), false);
    throttle.failed('10.0.0.1', 'bo@example.com');
    assert.equal(throttle.blocked('10.0.0.1', 'carl@example.com'), true);
    assert.equal(throttle.blocked('10.0.0.2', 'carl@example.com'), false);
  });

  test('a success resets the account counter', () => {
    // A generous address limit, so only the account counter is in play here.
    const throttle = createLoginThrottle({ ...policy, perAddress: 100 }, () => 0);
    fail(throttle, '10.0.0.1', 'anna@example.com', policy.perAccount - 1);
    throttle.succeeded('10.0.0.1', 'anna@example.com');
    fail(throttle, '10.0.0.1', 'anna@example.com', policy.perAccount - 1);
    assert.equal(throttle.blocked('10.0.0.1', 'anna@example.com'), false);
    throttle.failed('10.0.0.1', 'anna@example.com');
    assert.equal(throttle.blocked('10.0.0.1', 'anna@example.com'), true);
    throttle.succeeded('10.0.0.1', 'anna@example.com');
    assert.equal(throttle.blocked('10.0.0.1', 'anna@example.com'), false);
  });

  test('a success does not reset the address counter', () => {
    const { throttle } = setup();
    fail(throttle, '10.0.0.1', 'anna@example.com', policy.perAddress);
    throttle.succeeded('10.0.0.1', 'anna@example.com');
    assert.equal(throttle.blocked('10.0.0.1', 'bo@example.com'), true);
  });

  test('the end of the window unblocks', () => {
    const { throttle, advance } = setup();
    fail(throttle, '10.0.0.1', 'anna@example.com', policy.perAddress);
    assert.equal(throttle.blocked('10.0.0.1', 'anna@example.com'), true);
    advance(policy.windowMs - 1);
    assert.equal(throttle.blocked('10.0.0.1', 'anna@example.com'), true);
    assert.equal(throttle.blocked('10.0.0.1', 'bo@example.com'), true);
    advance(1);
    assert.equal(throttle.blocked('10.0.0.1', 'anna@example.com'), false);
    assert.equal(throttle.blocked('10.0.0.1', 'bo@example.com'), false);
    // A fresh window counts from zero again.
    fail(throttle, '10.0.0.1', 'anna@example.com', policy.perAccount - 1);
    assert.equal(throttle.blocked('10.0.0.1', 'anna@example.com'), false);
  });

  test('the window is fixed: failures spread over it still add up', () => {
    const { throttle, advance } = setup();
    throttle.failed('10.0.0.1', 'anna@example.com');
    advance(policy.windowMs / 2);
    throttle.failed('10.0.0.1', 'anna@example.com');
    advance(policy.windowMs / 2 - 1);
    throttle.failed('10.0.0.1', 'anna@example.com');
    assert.equal(throttle.blocked('10.0.0.1', 'anna@example.com'), true);
  });
});
