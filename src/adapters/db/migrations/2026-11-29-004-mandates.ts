// src/adapters/db/migrations/2026-11-29-004-mandates.ts — mandates of a relationship, their versions and the two parties' signatures; the public customer-information page

import { type Kysely, type Migration, sql } from 'kysely';
import type { Dialect } from '../schema.js';

/**
 * A version's content is stored whole as canonical JSON with its SHA-256; a signature records the
 * hash it signed, so what was signed can always be shown and checked.
 */
export const mandates = (_dialect: Dialect): Migration => ({
  up: async (db: Kysely<any>) => {
    await db.schema
      .createTable('mandates')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('relationship_id', 'text', (c) => c.notNull().references('relationships.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .execute();
    await db.schema.createIndex('mandates_relationship').on('mandates').column('relationship_id').execute();

    await db.schema
      .createTable('mandate_versions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('mandate_id', 'text', (c) => c.notNull().references('mandates.id').onDelete('cascade'))
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('content_json', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'signed', 'superseded')`))
      .addColumn('based_on', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addUniqueConstraint('mandate_versions_number', ['mandate_id', 'number'])
      .execute();

    await db.schema
      .createTable('mandate_signatures')
      .addColumn('version_id', 'text', (c) => c.notNull().references('mandate_versions.id').onDelete('cascade'))
      .addColumn('party', 'text', (c) => c.notNull().check(sql`party in ('client', 'centre')`))
      .addColumn('user_id', 'text')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('version_hash', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('mandate_signatures_pk', ['version_id', 'party'])
      .execute();

    // The client's public customer-information page of a relationship, reached by an unguessable token.
    await db.schema
      .createTable('public_pages')
      .addColumn('relationship_id', 'text', (c) => c.primaryKey().references('relationships.id'))
      .addColumn('token', 'text', (c) => c.notNull().unique())
      .addColumn('settings_json', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text')
      .execute();
  },
});
