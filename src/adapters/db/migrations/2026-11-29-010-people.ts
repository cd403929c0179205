// src/adapters/db/migrations/2026-11-29-010-people.ts — people records of a centre (pseudonymised agents, absence, training, coaching, competences, role profiles, communications) and anonymous pulse surveys

import type { Kysely, Migration } from 'kysely';
import { sql } from 'kysely';
import type { Dialect } from '../schema.js';

/**
 * Agents are known by code only. Pulse answers carry a group and scores, never a person or a time,
 * and the invitation a token came from keeps only a used flag, so no query can join them.
 * Event categories are '' rather than null so the uniqueness that makes re-imports idempotent holds.
 */
export const people = (dialect: Dialect): Migration => ({
  up: async (db: Kysely<any>) => {
    const real = dialect === 'postgres' ? 'double precision' : 'real';
    await db.schema
      .createTable('people_agents')
      .addColumn('centre_organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('agent_code', 'text', (c) => c.notNull())
      .addColumn('relationship_id', 'text', (c) => c.references('relationships.id'))
      .addColumn('team', 'text')
      .addColumn('role_profile', 'text')
      .addColumn('started_on', 'text', (c) => c.notNull())
      .addColumn('left_on', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('people_agents_pk', ['centre_organisation_id', 'agent_code'])
      .execute();
    await db.schema
      .createTable('people_events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('centre_organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('agent_code', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('absence', 'training', 'coaching')`))
      .addColumn('on_date', 'text', (c) => c.notNull())
      .addColumn('hours', real, (c) => c.notNull())
      .addColumn('scheduled_hours', real)
      .addColumn('category', 'text', (c) => c.notNull().defaultTo(''))
      .addUniqueConstraint('people_events_natural', ['centre_organisation_id', 'kind', 'agent_code', 'on_date', 'category'])
      .execute();
    await db.schema
      .createTable('people_competences')
      .addColumn('centre_organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('agent_code', 'text', (c) => c.notNull())
      .addColumn('competence', 'text', (c) => c.notNull())
      .addColumn('achieved_on', 'text', (c) => c.notNull())
      .addColumn('expires_on', 'text')
      .addPrimaryKeyConstraint('people_competences_pk', ['centre_organisation_id', 'agent_code', 'competence'])
      .execute();
    await db.schema
      .createTable('people_role_profiles')
      .addColumn('centre_organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('competences_json', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('people_role_profiles_pk', ['centre_organisation_id', 'name'])
      .execute();
    await db.schema
      .createTable('people_communications')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('centre_organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('sent_on', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('audience', 'text', (c) => c.notNull())
      .addColumn('told', 'integer', (c) => c.notNull())
      .addColumn('acknowledged', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .execute();
    await db.schema
      .createTable('pulse_surveys')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('centre_organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('relationship_id', 'text', (c) => c.references('relationships.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('groups_json', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'closed')`))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .execute();
    await db.schema
      .createTable('pulse_invitations')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('survey_id', 'text', (c) => c.notNull().references('pulse_surveys.id'))
      .addColumn('grp', 'text', (c) => c.notNull())
      .addColumn('used', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createTable('pulse_answers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('survey_id', 'text', (c) => c.notNull().references('pulse_surveys.id'))
      .addColumn('grp', 'text', (c) => c.notNull())
      .addColumn('enps', 'integer', (c) => c.notNull())
      .addColumn('engagement', real, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('pulse_answers_survey').on('pulse_answers').columns(['survey_id', 'grp']).execute();
    await db.schema.createIndex('people_events_period').on('people_events').columns(['centre_organisation_id', 'on_date']).execute();
  },
});
