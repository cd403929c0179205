// src/adapters/db/migrations/2026-11-28-002-contact-data.ts — imports, contact records, agent states and the 15-minute aggregates

import { type Kysely, type Migration, sql } from 'kysely';
import type { Dialect } from '../schema.js';

/**
 * Contact data is analytics data: times are epoch milliseconds (bigint) rather than ISO text, so the
 * hot import and query paths compare and bucket numbers. The 15-minute aggregates are stored one
 * binary block per queue, channel and UTC day (see domain/kpi/aggregate-day), so a month of KPIs
 * reads a few rows per queue rather than thousands.
 */
export const contactData = (dialect: Dialect): Migration => ({
  up: async (db: Kysely<any>) => {
    const blob = dialect === 'postgres' ? 'bytea' : 'blob';
    const real = dialect === 'postgres' ? 'double precision' : 'real';

    await db.schema
      .createTable('imports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('centre_organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('bytes', 'bigint', (c) => c.notNull())
      .addColumn('status', 'text', (c) =>
        c.notNull().check(sql`status in ('running', 'completed', 'failed', 'interrupted', 'already_imported')`),
      )
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .addColumn('started_by', 'text', (c) => c.notNull())
      .addColumn('bytes_read', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('lines_read', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('rows_read', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('imported', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('duplicates', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('rejected', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('skipped', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('warnings', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('agent_states', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('detail_json', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('error', 'text')
      .execute();
    await db.schema.createIndex('imports_centre_fingerprint').on('imports').columns(['centre_organisation_id', 'fingerprint']).execute();

    await db.schema
      .createTable('import_rejects')
      .addColumn('import_id', 'text', (c) => c.notNull().references('imports.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('line', 'bigint', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('raw', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('import_rejects_pk', ['import_id', 'seq'])
      .execute();

    // One row per contact attempt in a queue. The natural key (centre, source, source id) makes a re-import a no-op.
    await db.schema
      .createTable('contacts')
      .addColumn('centre_organisation_id', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('source_id', 'text', (c) => c.notNull())
      .addColumn('queue_id', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('direction', 'text', (c) => c.notNull())
      .addColumn('entered_at', 'bigint', (c) => c.notNull())
      .addColumn('answered_at', 'bigint')
      .addColumn('ended_at', 'bigint')
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('wait_seconds', real, (c) => c.notNull())
      .addColumn('talk_seconds', real)
      .addColumn('hold_seconds', real)
      .addColumn('wrap_seconds', real)
      .addColumn('agent', 'text')
      .addColumn('transferred', 'integer', (c) => c.notNull())
      .addColumn('disposition', 'text')
      .addColumn('customer_key', 'text')
      .addColumn('import_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('contacts_pk', ['centre_organisation_id', 'source', 'source_id'])
      .execute();
    // The one secondary index: contacts of some queues in a period (repeat contacts read them and
    // sort by customer key themselves). Each index costs every import row a B-tree insert.
    await db.schema.createIndex('contacts_queue_entered').on('contacts').columns(['queue_id', 'entered_at']).execute();

    await db.schema
      .createTable('agent_states')
      .addColumn('centre_organisation_id', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('agent', 'text', (c) => c.notNull())
      // '' when the state applies to the agent in every queue (a login, a pause in all queues).
      .addColumn('queue_id', 'text', (c) => c.notNull())
      .addColumn('start_at', 'bigint', (c) => c.notNull())
      .addColumn('end_at', 'bigint', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('import_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('agent_states_pk', ['centre_organisation_id', 'source', 'agent', 'queue_id', 'start_at'])
      .execute();

    await db.schema
      .createTable('interval_aggregate_days')
      .addColumn('centre_organisation_id', 'text', (c) => c.notNull())
      .addColumn('queue_id', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('day_start', 'bigint', (c) => c.notNull())
      // The block's contact count, kept beside it so that checks and counts need no decoding.
      .addColumn('contacts', 'integer', (c) => c.notNull())
      .addColumn('data', blob, (c) => c.notNull())
      .addPrimaryKeyConstraint('interval_aggregate_days_pk', ['queue_id', 'day_start', 'channel'])
      .execute();

    await db.schema
      .createTable('agent_aggregate_days')
      .addColumn('centre_organisation_id', 'text', (c) => c.notNull())
      // '' for agent time that belongs to no one queue.
      .addColumn('queue_id', 'text', (c) => c.notNull())
      .addColumn('day_start', 'bigint', (c) => c.notNull())
      .addColumn('data', blob, (c) => c.notNull())
      .addPrimaryKeyConstraint('agent_aggregate_days_pk', ['centre_organisation_id', 'queue_id', 'day_start'])
      .execute();
  },
  down: async (db: Kysely<any>) => {
    for (const t of ['agent_aggregate_days', 'interval_aggregate_days', 'agent_states', 'contacts', 'import_rejects', 'imports'])
      await db.schema.dropTable(t).execute();
  },
});
