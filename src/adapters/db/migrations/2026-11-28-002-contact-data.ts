// src/adapters/db/migrations/2026-11-28-002-contact-data.ts — imports, contact records, agent states and the 15-minute aggregates

import { type Kysely, type Migration, sql } from 'kysely';
import type { Dialect } from '../schema.js';

const outcomeColumns = ['answered', 'abandoned', 'timeout', 'exit_key', 'exit_empty', 'withdrawn', 'other'];

/**
 * Contact data is analytics data: times are epoch milliseconds (bigint) rather than ISO text, so the
 * hot import and query paths compare and bucket numbers. Aggregates are keyed by queue, channel and
 * the interval's UTC start; the wait histogram is a small binary blob (see domain/kpi/interval-aggregate).
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
    await db.schema.createIndex('contacts_queue_entered').on('contacts').columns(['queue_id', 'entered_at']).execute();
    await db.schema
      .createIndex('contacts_customer')
      .on('contacts')
      .columns(['centre_organisation_id', 'customer_key', 'entered_at'])
      .execute();

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

    let aggregates = db.schema
      .createTable('interval_aggregates')
      .addColumn('centre_organisation_id', 'text', (c) => c.notNull())
      .addColumn('queue_id', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('interval_start', 'bigint', (c) => c.notNull());
    for (const o of outcomeColumns) aggregates = aggregates.addColumn(`n_${o}`, 'integer', (c) => c.notNull().defaultTo(0));
    for (const o of outcomeColumns) aggregates = aggregates.addColumn(`w_${o}`, real, (c) => c.notNull().defaultTo(0));
    for (const o of outcomeColumns) aggregates = aggregates.addColumn(`m_${o}`, real, (c) => c.notNull().defaultTo(0));
    await aggregates
      .addColumn('talk_seconds', real, (c) => c.notNull().defaultTo(0))
      .addColumn('hold_seconds', real, (c) => c.notNull().defaultTo(0))
      .addColumn('wrap_seconds', real, (c) => c.notNull().defaultTo(0))
      .addColumn('handled_with_time', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('transferred', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('histogram', blob, (c) => c.notNull())
      .addPrimaryKeyConstraint('interval_aggregates_pk', ['queue_id', 'interval_start', 'channel'])
      .execute();

    await db.schema
      .createTable('agent_aggregates')
      .addColumn('centre_organisation_id', 'text', (c) => c.notNull())
      .addColumn('queue_id', 'text', (c) => c.notNull())
      .addColumn('interval_start', 'bigint', (c) => c.notNull())
      .addColumn('staffed_seconds', real, (c) => c.notNull().defaultTo(0))
      .addColumn('paused_seconds', real, (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('agent_aggregates_pk', ['centre_organisation_id', 'queue_id', 'interval_start'])
      .execute();
  },
  down: async (db: Kysely<any>) => {
    for (const t of ['agent_aggregates', 'interval_aggregates', 'agent_states', 'contacts', 'import_rejects', 'imports'])
      await db.schema.dropTable(t).execute();
  },
});
