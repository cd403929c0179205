// src/adapters/db/migrations/2026-11-29-005-reviews.ts — joint reviews of a mandate (meeting record + frozen pack) and deliveries of the mandate's obligations

import { type Kysely, type Migration, sql } from 'kysely';
import type { Dialect } from '../schema.js';

/**
 * A review keeps the pack it discussed as JSON with its SHA-256, so the record and the figures stay
 * together however the data changes later; one review per mandate and period. An obligation's
 * delivery is one row per occurrence (its due date), so recording it twice changes nothing.
 */
export const reviews = (_dialect: Dialect): Migration => ({
  up: async (db: Kysely<any>) => {
    await db.schema
      .createTable('reviews')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('relationship_id', 'text', (c) => c.notNull().references('relationships.id'))
      .addColumn('mandate_id', 'text', (c) => c.notNull().references('mandates.id'))
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('record_json', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'closed')`))
      .addColumn('pack_json', 'text', (c) => c.notNull())
      .addColumn('pack_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('closed_at', 'text')
      .addColumn('closed_by', 'text')
      .addUniqueConstraint('reviews_mandate_period', ['mandate_id', 'period'])
      .execute();
    await db.schema.createIndex('reviews_relationship').on('reviews').column('relationship_id').execute();

    await db.schema
      .createTable('obligation_completions')
      .addColumn('mandate_id', 'text', (c) => c.notNull().references('mandates.id').onDelete('cascade'))
      .addColumn('obligation_id', 'text', (c) => c.notNull())
      .addColumn('due_on', 'text', (c) => c.notNull())
      .addColumn('done_on', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('recorded_by', 'text')
      .addColumn('recorded_by_name', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('obligation_completions_pk', ['mandate_id', 'obligation_id', 'due_on'])
      .execute();
  },
});
