// src/adapters/auth/secrets.ts — random tokens and their hashes, from node:crypto

import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { Secrets } from '../../app/ports.js';

export const nodeSecrets: Secrets = {
  randomToken: () => randomBytes(32).toString('base64url'),
  sha256: (text) => createHash('sha256').update(text, 'utf8').digest('hex'),
  digest: (bytes) => createHash('sha256').update(bytes).digest('hex'),
  hmacSha256: (key, message) => createHmac('sha256', key).update(message, 'utf8').digest('hex'),
};
