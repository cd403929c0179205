// src/adapters/auth/scrypt-hasher.test.ts — scrypt password hashing: round trip, format, rehash, production cost

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseHash, productionScrypt, scryptHasher } from './scrypt-hasher.js';

const fast = scryptHasher({ log2N: 10, r: 8, p: 1 });
const password = 'correct-horse-battery';

describe('scryptHasher', () => {
  test('verifies the password it hashed and rejects a wrong one', async () => {
    const stored = await fast.hash(password);
    assert.deepEqual(await fast.verify(password, stored), { ok: true, needsRehash: false });
    assert.deepEqual(await fast.verify('correct-horse-batterY', stored), { ok: false, needsRehash: false });
    assert.deepEqual(await fast.verify('', stored), { ok: false, needsRehash: false });
  });

  test('stores a self-describing string with parameters, salt and key', async () => {
    const stored = await fast.hash(password);
    assert.match(stored, /^scrypt\$10\$8\$1\$[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*$/);
    const parsed = parseHash(stored);
    assert.ok(parsed);
    assert.equal(parsed.log2N, 10);
    assert.equal(parsed.r, 8);
    assert.equal(parsed.p, 1);
    assert.equal(parsed.salt.length, 16);
    assert.equal(parsed.hash.length, 32);
    assert.equal(stored.includes(password), false);
  });

  test('two hashes of the same password differ (random salt) and both verify', async () => {
    const [a, b] = await Promise.all([fast.hash(password), fast.hash(password)]);
    assert.notEqual(a, b);
    assert.notEqual(a.split('$')[4], b.split('$')[4]);
    assert.equal((await fast.verify(password, a)).ok, true);
    assert.equal((await fast.verify(password, b)).ok, true);
  });

  test('normalises the password (NFKC) so composed and decomposed forms match', async () => {
    const stored = await fast.hash('Ström-lösenord-1');
    assert.equal((await fast.verify('Stro\u0308m-lo\u0308senord-1', stored)).ok, true);
  });

  test('asks for a rehash when the stored parameters differ from the hasher’s, only after a correct password', async () => {
    const stronger = scryptHasher({ log2N: 11, r: 8, p: 1 });
    const otherR = scryptHasher({ log2N: 10, r: 4, p: 1 });
    const stored = await fast.hash(password);
    assert.deepEqual(await stronger.verify(password, stored), { ok: true, needsRehash: true });
    assert.deepEqual(await otherR.verify(password, stored), { ok: true, needsRehash: true });
    assert.deepEqual(await stronger.verify('not the password', stored), { ok: false, needsRehash: false });
    // A hash made with the new parameters no longer needs one.
    const rehashed = await stronger.hash(password);
    assert.match(rehashed, /^scrypt\$11\$8\$1\$/);
    assert.deepEqual(await stronger.verify(password, rehashed), { ok: true, needsRehash: false });
  });

  test('malformed stored strings never verify', async () => {
    const good = await fast.hash(password);
    const [, , , , salt, key] = good.split('$');
    const malformed = [
      '',
      'plain-text-password',
      password,
      `bcrypt$10$8$1$${salt}$${key}`,
      `scrypt$10$8$1$${salt}`,
      `scrypt$10$8$1$${salt}$${key}$extra`,
      `scrypt$x$8$1$${salt}$${key}`,
      `scrypt$0$8$1$${salt}$${key}`,
      `scrypt$-1$8$1$${salt}$${key}`,
      `scrypt$10.5$8$1$${salt}$${key}`,
      `scrypt$23$8$1$${salt}$${key}`,
      `scrypt$10$8$1$${salt}$`,
      `scrypt$10$8$1$${salt}$${key?.slice(0, 8)}`,
    ];
    for (const stored of malformed) assert.deepEqual(await fast.verify(password, stored), { ok: false, needsRehash: false }, stored);
  });

  test('the production parameters (N = 2^17) hash and verify despite Node’s default maxmem', async () => {
    assert.deepEqual(productionScrypt, { log2N: 17, r: 8, p: 1 });
    const production = scryptHasher(productionScrypt);
    const stored = await production.hash(password);
    assert.match(stored, /^scrypt\$17\$8\$1\$/);
    assert.deepEqual(await production.verify(password, stored), { ok: true, needsRehash: false });
    // An old fast hash still verifies under the production hasher and is flagged for upgrade.
    assert.deepEqual(await production.verify(password, await fast.hash(password)), { ok: true, needsRehash: true });
  });
});
