// src/adapters/auth/hmac-sha256.test.ts — the HMAC used for customer keys equals node:crypto's for every message length and key size

import assert from 'node:assert/strict';
import { createHmac, randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { createHmacSha256 } from './hmac-sha256.js';

const reference = (key: Uint8Array, message: string) => createHmac('sha256', key).update(message, 'utf8').digest();

test('equals node:crypto for messages of 0 to 300 bytes, ASCII and not, and keys shorter and longer than a block', () => {
  for (const keyLength of [1, 32, 63, 64, 65, 200]) {
    const key = randomBytes(keyLength);
    const hmac = createHmacSha256(key);
    for (let n = 0; n <= 300; n++) {
      const ascii = randomBytes(n).toString('base64').slice(0, n);
      assert.deepEqual(Buffer.from(hmac.bytes(ascii)), reference(key, ascii), `key ${keyLength}, ASCII length ${n}`);
      assert.equal(hmac.base64url128(ascii), reference(key, ascii).subarray(0, 16).toString('base64url'));
      const other = `å${ascii}€`;
      assert.deepEqual(Buffer.from(hmac.bytes(other)), reference(key, other), `key ${keyLength}, non-ASCII length ${n}`);
      assert.equal(hmac.base64url128(other), reference(key, other).subarray(0, 16).toString('base64url'));
    }
  }
});

test('a known value (RFC 4231 test case 2) and truncation', () => {
  const hmac = createHmacSha256(Buffer.from('Jefe'));
  const full = Buffer.from(hmac.bytes('what do ya want for nothing?')).toString('hex');
  assert.equal(full, '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  assert.equal(Buffer.from(hmac.bytes('what do ya want for nothing?', 16)).toString('hex'), full.slice(0, 32));
});

test('a message longer than the working buffer grows it and still matches', () => {
  const key = randomBytes(32);
  const hmac = createHmacSha256(key);
  const long = 'x'.repeat(5000);
  assert.deepEqual(Buffer.from(hmac.bytes(long)), reference(key, long));
  assert.deepEqual(Buffer.from(hmac.bytes('+46701234567')), reference(key, '+46701234567'));
});
