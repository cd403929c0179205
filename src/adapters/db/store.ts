// src/adapters/db/store.ts — assembles the repositories into the app's Store port, with transactions

import type SqliteDatabase from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Store } from '../../app/ports.js';
import { AppError } from '../../domain/shared/errors.js';
import { postgresContactData } from './contact-data/postgres-contact-data.js';
import { sqliteContactData } from './contact-data/sqlite-contact-data.js';
import { auditLogRepository } from './repositories/audit-log.repository.js';
import { apiTokensRepository, sessionsRepository } from './repositories/credentials.repository.js';
import { assessmentsRepository, frameworksRepository } from './repositories/conformity.repository.js';
import {
  actionsRepository,
  auditsRepository,
  blobsRepository,
  evidenceRepository,
  findingsRepository,
} from './repositories/evidence.repository.js';
import { importsRepository } from './repositories/imports.repository.js';
import { mandatesRepository, publicPagesRepository } from './repositories/mandates.repository.js';
import { reviewsRepository } from './repositories/reviews.repository.js';
import { staffingPlansRepository } from './repositories/staffing-plans.repository.js';
import { peopleRepository, pulseRepository } from './repositories/people-records.repository.js';
import { qaRepository } from './repositories/qa.repository.js';
import { complaintsRepository } from './repositories/complaints.repository.js';
import { surveysRepository } from './repositories/surveys.repository.js';
import { notificationsRepository, webhooksRepository } from './repositories/notifications.repository.js';
import { auditGrantsRepository, membershipsRepository, usersRepository } from './repositories/people.repository.js';
import { organisationsRepository, queuesRepository, relationshipsRepository, sitesRepository } from './repositories/tenancy.repository.js';
import type { Database, Db, Dialect } from './schema.js';

/**
 * Two writers racing past the same uniqueness check meet the database's unique index; that is the
 * same conflict the check reports, so it gets the same error instead of an internal one.
 */
const translateConstraintErrors = (e: unknown): never => {
  const code = (e as { code?: unknown })?.code;
  if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
    throw new AppError('CCQ_ERR_CONFLICT', 'The change conflicts with a change made at the same time; reload and try again');
  throw e;
};

/** The SQLite contact-data store runs prepared statements on the raw connection, inside whatever transaction Kysely has open on it. */
type Raw = { sqliteContactData: Store['contactData'] | null };

const build = (db: Db, dialect: Dialect, inTransaction: boolean, raw: Raw): Store => ({
  // Nested transactions reuse the outer one, so a use-case may call another that also opens one.
  transaction: async (work) =>
    inTransaction
      ? work(build(db, dialect, true, raw))
      : (db as Kysely<Database>)
          .transaction()
          .execute((trx) => work(build(trx, dialect, true, raw)))
          .catch(translateConstraintErrors),
  organisations: organisationsRepository(db),
  relationships: relationshipsRepository(db),
  sites: sitesRepository(db),
  queues: queuesRepository(db),
  users: usersRepository(db),
  memberships: membershipsRepository(db),
  auditGrants: auditGrantsRepository(db),
  sessions: sessionsRepository(db),
  apiTokens: apiTokensRepository(db),
  auditLog: auditLogRepository(db, dialect),
  imports: importsRepository(db),
  frameworks: frameworksRepository(db),
  assessments: assessmentsRepository(db),
  blobs: blobsRepository(db, dialect),
  evidence: evidenceRepository(db),
  audits: auditsRepository(db),
  findings: findingsRepository(db),
  actions: actionsRepository(db),
  mandates: mandatesRepository(db),
  publicPages: publicPagesRepository(db),
  reviews: reviewsRepository(db),
  staffingPlans: staffingPlansRepository(db),
  qa: qaRepository(db),
  surveys: surveysRepository(db),
  notifications: notificationsRepository(db),
  webhooks: webhooksRepository(db),
  people: peopleRepository(db),
  pulse: pulseRepository(db),
  complaints: complaintsRepository(db),
  contactData: raw.sqliteContactData ?? postgresContactData(db),
});

export const createStore = (db: Kysely<Database>, dialect: Dialect, sqlite?: SqliteDatabase.Database): Store => {
  if (dialect === 'sqlite' && sqlite === undefined) throw new Error('createStore: a SQLite store needs the raw connection');
  return build(db, dialect, false, { sqliteContactData: sqlite === undefined ? null : sqliteContactData(sqlite) });
};
