// test/support/databases.ts — the same test body over SQLite (always) and PostgreSQL (when reachable)

import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { type Connection, connect } from '../../src/adapters/db/connect.js';

export type DialectName = 'sqlite' | 'postgres';

export const pgUrl = process.env.CCQ_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** In CI the PostgreSQL leg is mandatory: an unreachable server fails the run instead of skipping. */
export const pgRequired = process.env.CCQ_TEST_PG_REQUIRED === '1';

let reachable: Promise<boolean> | null = null;
export const postgresReachable = (): Promise<boolean> => {
  reachable ??= (async () => {
    const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return reachable;
};

/**
 * Opens a fresh, empty database of the dialect: an in-memory SQLite, or a PostgreSQL schema of its
 * own (created now, dropped by `close`), so parallel runs never collide.
 */
export const openTestDatabase = async (dialect: DialectName): Promise<Connection> => {
  if (dialect === 'sqlite') return connect({ dialect: 'sqlite', file: ':memory:' });
  const schema = `ccq_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const conn = connect({ dialect: 'postgres', url: pgUrl, schema });
  return {
    ...conn,
    close: async () => {
      await sql.raw(`drop schema ${schema} cascade`).execute(conn.db);
      await conn.close();
    },
  };
};

/** The dialects to run now; PostgreSQL is skipped with a visible notice when it cannot be reached (unless required). */
export const dialects = async (): Promise<{ name: DialectName; skip: string | false }[]> => {
  const ok = await postgresReachable();
  if (!ok && pgRequired) throw new Error(`PostgreSQL is required (CCQ_TEST_PG_REQUIRED=1) but ${pgUrl} cannot be reached`);
  return [
    { name: 'sqlite', skip: false },
    { name: 'postgres', skip: ok ? false : `PostgreSQL not reachable at ${pgUrl}; set CCQ_TEST_PG_URL to run this leg` },
  ];
};
