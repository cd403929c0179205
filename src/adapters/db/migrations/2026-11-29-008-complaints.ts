// src/adapters/db/migrations/2026-11-29-008-complaints.ts — the complaints register: complaints, their complainants (personal data apart), steps, public forms

import { type Kysely, type Migration, sql } from 'kysely';
import type { Dialect } from '../schema.js';

/**
 * Personal data sits in `complaint_complainants`, one row per complaint, so erasure blanks that row
 * (and the free texts) while the complaint, its dates and its category stay for the statistics.
 * The public form of a relationship is reached by its random token only.
 */
export const complaints = (_dialect: Dialect): Migration => ({
  up: async (db: Kysely<any>) => {
    await db.schema
      .createTable('complaints')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('relationship_id', 'text', (c) => c.notNull().references('relationships.id'))
      .addColumn('reference', 'text', (c) => c.notNull().unique())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .addColumn('received_via', 'text', (c) => c.notNull().check(sql`received_via in ('public_form', 'staff')`))
      .addColumn('contact_source_id', 'text')
      .addColumn('queue_id', 'text', (c) => c.references('queues.id'))
      .addColumn('description', 'text')
      .addColumn('category', 'text')
      .addColumn('root_cause', 'text')
      .addColumn('status', 'text', (c) =>
        c.notNull().check(sql`status in ('received', 'acknowledged', 'assessed', 'investigating', 'responded', 'closed')`),
      )
      .addColumn('owner', 'text', (c) => c.notNull().check(sql`owner in ('centre', 'client')`))
      .addColumn('first_line_owner', 'text', (c) => c.notNull())
      .addColumn('final_response_owner', 'text', (c) => c.notNull())
      .addColumn('escalated_at', 'text')
      .addColumn('ack_due_at', 'text', (c) => c.notNull())
      .addColumn('resolve_due_at', 'text', (c) => c.notNull())
      .addColumn('acknowledged_at', 'text')
      .addColumn('responded_at', 'text')
      .addColumn('closed_at', 'text')
      .addColumn('reopen_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('response', 'text')
      .addColumn('satisfaction', 'integer')
      .addColumn('erased_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .execute();
    await db.schema.createIndex('complaints_relationship_received').on('complaints').columns(['relationship_id', 'received_at']).execute();

    await db.schema
      .createTable('complaint_complainants')
      .addColumn('complaint_id', 'text', (c) => c.primaryKey().references('complaints.id').onDelete('cascade'))
      .addColumn('name', 'text')
      .addColumn('email', 'text')
      .addColumn('phone', 'text')
      .execute();

    await db.schema
      .createTable('complaint_events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('complaint_id', 'text', (c) => c.notNull().references('complaints.id').onDelete('cascade'))
      .addColumn('step', 'text', (c) => c.notNull())
      .addColumn('from_status', 'text')
      .addColumn('to_status', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('by_user_id', 'text')
      .addColumn('by_label', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .execute();
    await db.schema.createIndex('complaint_events_complaint').on('complaint_events').column('complaint_id').execute();

    await db.schema
      .createTable('complaint_forms')
      .addColumn('relationship_id', 'text', (c) => c.primaryKey().references('relationships.id'))
      .addColumn('token', 'text', (c) => c.notNull().unique())
      .addColumn('enabled', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text')
      .execute();
  },
});
