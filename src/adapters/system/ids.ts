// src/adapters/auth/ids.ts — ULID-style ids: time-sortable, 26 characters of Crockford base32

import { randomBytes } from 'node:crypto';
import type { IdGenerator } from '../../domain/shared/clock.js';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const ulid: IdGenerator = () => {
  let time = Date.now();
  let head = '';
  for (let i = 0; i < 10; i++) {
    head = (ALPHABET[time % 32] as string) + head;
    time = Math.floor(time / 32);
  }
  const bytes = randomBytes(16);
  let tail = '';
  for (let i = 0; i < 16; i++) tail += ALPHABET[(bytes[i] as number) % 32];
  return head + tail;
};
