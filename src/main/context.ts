// src/main/context.ts — wires the database, crypto and clock into the use-cases' dependencies

import { sql } from 'kysely';
import type { Deps, PasswordHasher, SessionPolicy, WebhookTransport } from '../app/ports.js';
import { type ScryptParams, productionScrypt, scryptHasher } from '../adapters/auth/scrypt-hasher.js';
import { createPseudonymiser, loadOrCreateKeyFile } from '../adapters/auth/pseudonymiser.js';
import { nodeSecrets } from '../adapters/auth/secrets.js';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { type Connection, type DatabaseTarget, connect, migrateToLatest, parseDatabaseUrl } from '../adapters/db/connect.js';
import { createStore } from '../adapters/db/store.js';
import { ulid } from '../adapters/system/ids.js';
import { httpWebhookTransport } from '../adapters/webhooks/http-transport.js';
import { shippedCrosswalks, shippedFrameworkReadings } from '../adapters/frameworks/framework-files.js';
import { syncShippedFrameworks } from '../app/manage-frameworks.js';
import type { Clock } from '../domain/shared/clock.js';

export type Context = { deps: Deps; conn: Connection; ping: () => Promise<void> };

export type ContextOptions = {
  databaseUrl: string;
  session?: SessionPolicy;
  scrypt?: ScryptParams;
  hasher?: PasswordHasher;
  clock?: Clock;
  /** Run migrations on open (the default); `ccq migrate` opens without and reports what it applied. */
  migrate?: boolean;
  /** The key of the customer-key hash; see `pseudonymKeyFor`. */
  pseudonymKey?: string;
  /** How long an outgoing webhook request may take (default 10 s). */
  webhookTimeoutMs?: number;
  /** Let webhooks reach loopback and private addresses (tests and closed networks; default: public only). */
  webhookAllowPrivate?: boolean;
  webhookTransport?: WebhookTransport;
};

/**
 * Where the customer-key hash gets its key: CCQ_PSEUDONYM_KEY, else the file CCQ_PSEUDONYM_KEY_FILE,
 * else `pseudonym.key` next to the SQLite file (or in ./data for PostgreSQL), created on first use.
 * An in-memory database gets a key that lives as long as it does.
 */
export const pseudonymKeyFor = (target: DatabaseTarget, env: NodeJS.ProcessEnv = process.env): string => {
  if (env.CCQ_PSEUDONYM_KEY) return env.CCQ_PSEUDONYM_KEY;
  if (env.CCQ_PSEUDONYM_KEY_FILE) return loadOrCreateKeyFile(env.CCQ_PSEUDONYM_KEY_FILE);
  if (target.dialect === 'sqlite' && target.file === ':memory:') return randomBytes(32).toString('base64url');
  return loadOrCreateKeyFile(target.dialect === 'sqlite' ? join(dirname(target.file), 'pseudonym.key') : join('data', 'pseudonym.key'));
};

export const openContext = async (o: ContextOptions): Promise<Context> => {
  const target = parseDatabaseUrl(o.databaseUrl);
  const conn = connect(target);
  return contextFor(conn, { ...o, pseudonymKey: o.pseudonymKey ?? pseudonymKeyFor(target) });
};

export const contextFor = async (conn: Connection, o: Omit<ContextOptions, 'databaseUrl'> = {}): Promise<Context> => {
  try {
    if (o.migrate !== false) await migrateToLatest(conn);
  } catch (e) {
    await conn.close();
    throw e;
  }
  const deps: Deps = {
    store: createStore(conn.db, conn.dialect, conn.sqlite),
    crosswalks: shippedCrosswalks(),
    pseudonymise: createPseudonymiser(o.pseudonymKey ?? randomBytes(32).toString('base64url')),
    clock: o.clock ?? (() => new Date()),
    ids: ulid,
    hasher: o.hasher ?? scryptHasher(o.scrypt ?? productionScrypt),
    secrets: nodeSecrets,
    sessionPolicy: o.session ?? { idleMinutes: 60, absoluteHours: 12 },
    webhookTransport:
      o.webhookTransport ?? httpWebhookTransport({ timeoutMs: o.webhookTimeoutMs ?? 10_000, allowPrivate: o.webhookAllowPrivate ?? false }),
  };
  // The shipped framework library (ISO 18295-1 and -2) is data: it is brought up to date on every open.
  if (o.migrate !== false) await syncShippedFrameworks(deps, shippedFrameworkReadings());
  return { deps, conn, ping: async () => void (await sql`select 1`.execute(conn.db)) };
};
