// src/adapters/auth/scrypt-hasher.ts — password hashing with node:crypto scrypt in a self-describing string

import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import type { PasswordHasher } from '../../app/ports.js';

/** scrypt cost parameters; log2N is the exponent of the CPU/memory cost N. */
export type ScryptParams = { log2N: number; r: number; p: number };

/** OWASP's floor for scrypt (N = 2^17, r = 8, p = 1): about 0.6 s and 128 MiB per hash on these machines. */
export const productionScrypt: ScryptParams = { log2N: 17, r: 8, p: 1 };

const KEY_LENGTH = 32;
const PREFIX = 'scrypt';

const derive = (password: string, salt: Buffer, { log2N, r, p }: ScryptParams): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const N = 2 ** log2N;
    // Node's default maxmem (32 MiB) rejects N = 2^17; allow twice what the parameters need.
    const maxmem = Math.max(32 * 2 ** 20, 256 * N * r);
    scryptCb(password.normalize('NFKC'), salt, KEY_LENGTH, { N, r, p, maxmem }, (e, key) => (e ? reject(e) : resolve(key)));
  });

/** Format: `scrypt$<log2N>$<r>$<p>$<salt base64>$<hash base64>`, so old hashes stay verifiable after a change. */
export const parseHash = (stored: string): (ScryptParams & { salt: Buffer; hash: Buffer }) | null => {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== PREFIX) return null;
  const [log2N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![log2N, r, p].every((n) => Number.isInteger(n) && n > 0) || log2N > 22) return null;
  return { log2N, r, p, salt: Buffer.from(parts[4] as string, 'base64'), hash: Buffer.from(parts[5] as string, 'base64') };
};

export const scryptHasher = (params: ScryptParams = productionScrypt): PasswordHasher => ({
  hash: async (password) => {
    const salt = randomBytes(16);
    const key = await derive(password, salt, params);
    return [PREFIX, params.log2N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');
  },
  verify: async (password, stored) => {
    const parsed = parseHash(stored);
    if (!parsed) return { ok: false, needsRehash: false };
    const key = await derive(password, parsed.salt, parsed);
    const ok = key.length === parsed.hash.length && timingSafeEqual(key, parsed.hash);
    const needsRehash = parsed.log2N !== params.log2N || parsed.r !== params.r || parsed.p !== params.p;
    return { ok, needsRehash: ok && needsRehash };
  },
});
