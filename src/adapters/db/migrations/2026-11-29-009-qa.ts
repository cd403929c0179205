// src/adapters/db/migrations/2026-11-29-009-qa.ts — quality monitoring: scorecard versions, evaluations, calibration sessions

import type { Kysely, Migration } from 'kysely';
import { sql } from 'kysely';
import type { Dialect } from '../schema.js';

/**
 * A scorecard is stored per version (content JSON + SHA-256); an evaluation pins the version it was
 * scored on. Calibration scores are evaluations that name their session, so one scoring path serves
 * both; the KPIs of agents leave them out.
 */
export const qa = (dialect: Dialect): Migration => ({
  up: async (db: Kysely<any>) => {
    const real = dialect === 'postgres' ? 'double precision' : 'real';
    await db.schema
      .createTable('qa_scorecards')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('centre_organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('content_json', 'text', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addUniqueConstraint('qa_scorecards_version', ['centre_organisation_id', 'key', 'version'])
      .execute();

    await db.schema
      .createTable('qa_calibration_sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('centre_organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('relationship_id', 'text', (c) => c.notNull().references('relationships.id'))
      .addColumn('scorecard_id', 'text', (c) => c.notNull().references('qa_scorecards.id'))
      .addColumn('contact_source_id', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('held_on', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .execute();
    await db.schema
      .createIndex('qa_calibration_relationship')
      .on('qa_calibration_sessions')
      .columns(['relationship_id', 'held_on'])
      .execute();

    await db.schema
      .createTable('qa_evaluations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('centre_organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('relationship_id', 'text', (c) => c.notNull().references('relationships.id'))
      .addColumn('queue_id', 'text', (c) => c.references('queues.id'))
      .addColumn('contact_source_id', 'text', (c) => c.notNull())
      .addColumn('contact_at', 'text', (c) => c.notNull())
      .addColumn('agent', 'text', (c) => c.notNull())
      .addColumn('agent_user_id', 'text', (c) => c.references('users.id'))
      .addColumn('scorecard_id', 'text', (c) => c.notNull().references('qa_scorecards.id'))
      .addColumn('evaluator_user_id', 'text', (c) => c.references('users.id'))
      .addColumn('evaluator_name', 'text', (c) => c.notNull())
      .addColumn('answers_json', 'text', (c) => c.notNull())
      .addColumn('score', real)
      .addColumn('sections_json', 'text', (c) => c.notNull())
      .addColumn('critical_customer', 'integer', (c) => c.notNull())
      .addColumn('critical_business', 'integer', (c) => c.notNull())
      .addColumn('critical_compliance', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('submitted', 'acknowledged', 'disputed')`))
      .addColumn('agent_comment', 'text')
      .addColumn('coaching_notes', 'text')
      .addColumn('calibration_session_id', 'text', (c) => c.references('qa_calibration_sessions.id'))
      .addColumn('evaluated_at', 'text', (c) => c.notNull())
      .addColumn('responded_at', 'text')
      .execute();
    await db.schema.createIndex('qa_evaluations_relationship').on('qa_evaluations').columns(['relationship_id', 'contact_at']).execute();
    await db.schema.createIndex('qa_evaluations_session').on('qa_evaluations').column('calibration_session_id').execute();
  },
});
