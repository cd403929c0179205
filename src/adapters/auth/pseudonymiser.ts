// src/adapters/auth/pseudonymiser.ts — the keyed hash that turns a caller number into a customer key, and where its key lives

import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { normaliseCustomerId } from '../../domain/contacts/customer-key.js';
import { AppError } from '../../domain/shared/errors.js';
import { createHmacSha256 } from './hmac-sha256.js';

/**
 * HMAC-SHA-256 with an installation key, cut to 128 bits (base64url, 22 characters). Without the key
 * a phone number cannot be tested against the stored keys, which a plain hash would allow (the space
 * of phone numbers is small). The raw identifier is never stored.
 */
export const createPseudonymiser = (key: string) => {
  if (key.length < 32) throw new AppError('CCQ_ERR_CONFIG', 'The pseudonymisation key must be at least 32 characters');
  const hmac = createHmacSha256(Buffer.from(key, 'utf8'));
  return (raw: string): string | null => {
    const id = normaliseCustomerId(raw);
    return id === null ? null : hmac.base64url128(id);
  };
};

/** Reads the key file, creating it (mode 0600) with a random key the first time. */
export const loadOrCreateKeyFile = (file: string): string => {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const key = randomBytes(32).toString('base64url');
  writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return key;
};
