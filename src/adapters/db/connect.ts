// src/adapters/db/connect.ts — opens the embedded SQLite file or a PostgreSQL server behind one Kysely type

import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { AppError } from '../../domain/shared/errors.js';
import { migrationProvider } from './migrations/index.js';
import type { Database, Dialect } from './schema.js';

export type DatabaseTarget = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string; schema?: string };

export const defaultDatabaseUrl = 'sqlite:./data/ccq.db';

/** Parses `sqlite:PATH`, `sqlite::memory:` or `postgres://...` into a target, with a clear error otherwise. */
export const parseDatabaseUrl = (url: string): DatabaseTarget => {
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!file) throw new AppError('CCQ_ERR_CONFIG', 'DATABASE_URL sqlite: needs a file path, e.g. sqlite:./data/ccq.db');
    return { dialect: 'sqlite', file };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', url };
  throw new AppError('CCQ_ERR_CONFIG', `DATABASE_URL must start with sqlite: or postgres:// (got "${url.split(':')[0]}:")`);
};

export type Connection = {
  db: Kysely<Database>;
  dialect: Dialect;
  describe: string;
  close: () => Promise<void>;
  /** The raw SQLite connection Kysely runs on, for the bulk contact-data statements. */
  sqlite?: SqliteDatabase.Database;
  /** The PostgreSQL schema the connection works in, when not the default. */
  schema?: string;
};

// PostgreSQL returns bigint (int8) and numeric as strings; the portable schema keeps counts in range
// of a JS number, so parse them once here rather than in every repository.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export const connect = (target: DatabaseTarget): Connection => {
  if (target.dialect === 'sqlite') {
    const memory = target.file === ':memory:';
    if (!memory) mkdirSync(dirname(resolve(target.file)), { recursive: true });
    const sqlite = new SqliteDatabase(target.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    // Checkpoint the write-ahead log every 64 MiB rather than every 4 MiB: an import's batches touch
    // the same index pages again and again, and each checkpoint writes them back to the database.
    sqlite.pragma('wal_autocheckpoint = 16384');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    return { db, dialect: 'sqlite', describe: `sqlite:${target.file}`, close: () => db.destroy(), sqlite };
  }
  const pool = new pg.Pool({
    connectionString: target.url,
    max: 10,
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const safe = target.url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  return { db, dialect: 'postgres', describe: safe, close: () => db.destroy(), ...(target.schema ? { schema: target.schema } : {}) };
};

export type MigrationReport = { applied: string[]; pending: number };

/** Brings the schema up to date; returns the migrations applied now. */
export const migrateToLatest = async (conn: Connection): Promise<MigrationReport> => {
  // The migration bookkeeping lives in the connection's own schema; otherwise Kysely may find another schema's table and skip creating its own.
  const migrator = new Migrator({
    db: conn.db,
    provider: migrationProvider(conn.dialect),
    ...(conn.schema ? { migrationTableSchema: conn.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (/ECONNREFUSED|ENOTFOUND|getaddrinfo|connect/i.test(reason))
      throw new AppError('CCQ_ERR_DATABASE_UNAVAILABLE', `Cannot reach the database ${conn.describe}: ${reason}`);
    throw new AppError('CCQ_ERR_INTERNAL', `Migration failed: ${reason}`);
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName), pending: 0 };
};
