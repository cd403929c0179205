// src/adapters/db/migrations/2026-11-28-001-foundation.ts — organisations, people, access, sessions, audit trail

import { type Kysely, type Migration, sql } from 'kysely';
import type { Dialect } from '../schema.js';

const appendOnlyTriggers = async (db: Kysely<any>, dialect: Dialect): Promise<void> => {
  // The audit trail is append-only in the database too; the hash chain catches whoever bypasses this.
  if (dialect === 'sqlite') {
    for (const table of ['audit_log', 'audit_log_organisations'])
      for (const op of ['UPDATE', 'DELETE'])
        await sql
          .raw(
            `CREATE TRIGGER ${table}_no_${op.toLowerCase()} BEFORE ${op} ON ${table} BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END`,
          )
          .execute(db);
    return;
  }
  await sql
    .raw(
      `CREATE FUNCTION ccq_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$`,
    )
    .execute(db);
  for (const table of ['audit_log', 'audit_log_organisations'])
    await sql
      .raw(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ccq_append_only()`)
      .execute(db);
};

export const foundation = (dialect: Dialect): Migration => ({
  up: async (db: Kysely<any>) => {
    await db.schema
      .createTable('organisations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('client', 'contact_centre', 'both')`))
      .addColumn('time_zone', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('organisations_name').unique().on('organisations').column('name').execute();

    await db.schema
      .createTable('sites')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('city', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('sites_org_name', ['organisation_id', 'name'])
      .execute();

    await db.schema
      .createTable('relationships')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('client_organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('centre_organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'ended')`))
      .addColumn('starts_on', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('relationships_parties_name', ['client_organisation_id', 'centre_organisation_id', 'name'])
      .execute();
    await db.schema.createIndex('relationships_centre').on('relationships').column('centre_organisation_id').execute();

    await db.schema
      .createTable('queues')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('centre_organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('relationship_id', 'text', (c) => c.references('relationships.id'))
      .addColumn('site_id', 'text', (c) => c.references('sites.id').onDelete('set null'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('queues_centre_code', ['centre_organisation_id', 'code'])
      .execute();
    await db.schema.createIndex('queues_relationship').on('queues').column('relationship_id').execute();

    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text')
      .addColumn('locale', 'text', (c) => c.notNull())
      .addColumn('platform_admin', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('memberships')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('memberships_user_org', ['user_id', 'organisation_id'])
      .execute();
    await db.schema.createIndex('memberships_org').on('memberships').column('organisation_id').execute();

    await db.schema
      .createTable('audit_grants')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('auditor_user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
      .addColumn('relationship_id', 'text', (c) => c.references('relationships.id'))
      .addColumn('starts_at', 'text', (c) => c.notNull())
      .addColumn('ends_at', 'text', (c) => c.notNull())
      .addColumn('granted_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema.createIndex('audit_grants_auditor').on('audit_grants').column('auditor_user_id').execute();

    await db.schema
      .createTable('sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('active_organisation_id', 'text')
      .addColumn('csrf_token', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('ip', 'text')
      .addColumn('user_agent', 'text')
      .execute();
    await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

    await db.schema
      .createTable('api_tokens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('token_prefix', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_used_at', 'text')
      .addColumn('expires_at', 'text')
      .addColumn('revoked_at', 'text')
      .execute();

    await db.schema
      .createTable('audit_log')
      .addColumn('seq', 'integer', (c) => c.primaryKey())
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor_user_id', 'text')
      .addColumn('actor_label', 'text', (c) => c.notNull())
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('before_json', 'text')
      .addColumn('after_json', 'text')
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('audit_log_organisations')
      .addColumn('seq', 'integer', (c) => c.notNull().references('audit_log.seq'))
      .addColumn('organisation_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('audit_log_organisations_pk', ['organisation_id', 'seq'])
      .execute();
    await appendOnlyTriggers(db, dialect);
  },
  down: async (db: Kysely<any>) => {
    for (const t of [
      'audit_log_organisations',
      'audit_log',
      'api_tokens',
      'sessions',
      'audit_grants',
      'memberships',
      'users',
      'queues',
      'relationships',
      'sites',
      'organisations',
    ])
      await db.schema.dropTable(t).execute();
    if (dialect === 'postgres') await sql`DROP FUNCTION IF EXISTS ccq_append_only()`.execute(db);
  },
});
