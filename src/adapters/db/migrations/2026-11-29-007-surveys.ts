// src/adapters/db/migrations/2026-11-29-007-surveys.ts — customer surveys: the survey, its one-time invitations and the answers

import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../schema.js';

/**
 * An answer copies the queue, agent and channel of the contact it is tied to when it arrives, so
 * results break down without joining the (large) contacts table. An invitation keeps only the
 * SHA-256 of its token; `used_at` marks it spent. Times are ISO text, questions and answers JSON.
 */
export const surveys = (_dialect: Dialect): Migration => ({
  up: async (db: Kysely<any>) => {
    await db.schema
      .createTable('surveys')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('relationship_id', 'text', (c) => c.notNull().references('relationships.id'))
      .addColumn('centre_organisation_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('questions_json', 'text', (c) => c.notNull())
      .addColumn('queue_ids_json', 'text', (c) => c.notNull())
      .addColumn('channels_json', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('surveys_relationship').on('surveys').column('relationship_id').execute();

    await db.schema
      .createTable('survey_invitations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id'))
      .addColumn('relationship_id', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('contact_source_id', 'text')
      .addColumn('queue_id', 'text')
      .addColumn('agent', 'text')
      .addColumn('channel', 'text')
      .addColumn('issued_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .execute();
    await db.schema.createIndex('survey_invitations_survey').on('survey_invitations').columns(['survey_id', 'issued_at']).execute();

    await db.schema
      .createTable('survey_responses')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id'))
      .addColumn('relationship_id', 'text', (c) => c.notNull())
      .addColumn('invitation_id', 'text', (c) => c.unique())
      .addColumn('via', 'text', (c) => c.notNull())
      .addColumn('answered_at', 'text', (c) => c.notNull())
      .addColumn('contact_source_id', 'text')
      .addColumn('queue_id', 'text')
      .addColumn('agent', 'text')
      .addColumn('channel', 'text')
      .addColumn('answers_json', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('survey_responses_survey').on('survey_responses').columns(['survey_id', 'answered_at']).execute();
  },
});
