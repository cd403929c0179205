// src/main/context.ts — wires the database, crypto and clock into the use-cases' dependencies

import { sql } from 'kysely';
import type { Deps, PasswordHasher, SessionPolicy } from '../app/ports.js';
import { type ScryptParams, productionScrypt, scryptHasher } from '../adapters/auth/scrypt-hasher.js';
import { nodeSecrets } from '../adapters/auth/secrets.js';
import { type Connection, connect, migrateToLatest, parseDatabaseUrl } from '../adapters/db/connect.js';
import { createStore } from '../adapters/db/store.js';
import { ulid } from '../adapters/system/ids.js';
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
};

export const openContext = async (o: ContextOptions): Promise<Context> => {
  const conn = connect(parseDatabaseUrl(o.databaseUrl));
  return contextFor(conn, o);
};

export const contextFor = async (conn: Connection, o: Omit<ContextOptions, 'databaseUrl'> = {}): Promise<Context> => {
  try {
    if (o.migrate !== false) await migrateToLatest(conn);
  } catch (e) {
    await conn.close();
    throw e;
  }
  const deps: Deps = {
    store: createStore(conn.db, conn.dialect),
    clock: o.clock ?? (() => new Date()),
    ids: ulid,
    hasher: o.hasher ?? scryptHasher(o.scrypt ?? productionScrypt),
    secrets: nodeSecrets,
    sessionPolicy: o.session ?? { idleMinutes: 60, absoluteHours: 12 },
  };
  return { deps, conn, ping: async () => void (await sql`select 1`.execute(conn.db)) };
};
