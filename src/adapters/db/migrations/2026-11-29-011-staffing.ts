// src/adapters/db/migrations/2026-11-29-011-staffing.ts — saved staffing plans of a queue

import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../schema.js';

/** A plan is kept whole (JSON) with a few columns for lists and access: queue, centre, relationship. */
export const staffing = (dialect: Dialect): Migration => ({
  up: async (db: Kysely<any>) => {
    const real = dialect === 'postgres' ? 'double precision' : 'real';
    await db.schema
      .createTable('staffing_plans')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('queue_id', 'text', (c) => c.notNull().references('queues.id'))
      .addColumn('centre_organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('relationship_id', 'text', (c) => c.references('relationships.id'))
      .addColumn('from_day', 'text', (c) => c.notNull())
      .addColumn('to_day', 'text', (c) => c.notNull())
      .addColumn('interval_minutes', 'integer', (c) => c.notNull())
      .addColumn('model', 'text', (c) => c.notNull())
      .addColumn('scheduled_hours', real, (c) => c.notNull())
      .addColumn('expected_service_level', real)
      .addColumn('plan_json', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .execute();
    await db.schema.createIndex('staffing_plans_queue').on('staffing_plans').columns(['queue_id', 'created_at']).execute();
  },
});
