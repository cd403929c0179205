// src/adapters/db/migrations/2026-11-29-003-conformity.ts — frameworks, assessments, evidence, audits, findings and corrective actions

import { type Kysely, type Migration, sql } from 'kysely';
import type { Dialect } from '../schema.js';

const inList = (column: string, values: readonly string[]) => sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

/**
 * A framework edition is stored whole as JSON (it is read whole and never queried node by node);
 * answers, evidence links and findings name requirements by their ref. Evidence files are stored
 * once per SHA-256 in `blobs`, so the same file attached twice (or by two tenants) is one blob, and
 * a download is checked against the hash it is named by.
 */
export const conformity = (dialect: Dialect): Migration => ({
  up: async (db: Kysely<any>) => {
    const blob = dialect === 'postgres' ? 'bytea' : 'blob';
    const real = dialect === 'postgres' ? 'double precision' : 'real';

    await db.schema
      .createTable('frameworks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('urn', 'text', (c) => c.notNull())
      .addColumn('edition', 'text', (c) => c.notNull())
      .addColumn('family', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('owner_organisation_id', 'text', (c) => c.references('organisations.id').onDelete('cascade'))
      .addColumn('side', 'text', (c) => c.notNull().check(inList('side', ['centre', 'client', 'any'])))
      .addColumn('name_json', 'text', (c) => c.notNull())
      .addColumn('content_json', 'text', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('loaded_at', 'text', (c) => c.notNull())
      .addColumn('loaded_by', 'text')
      .execute();
    // Shipped frameworks have no owner; an edition is unique per owner.
    await sql`create unique index frameworks_owner_edition on frameworks (coalesce(owner_organisation_id, ''), edition)`.execute(db);

    await db.schema
      .createTable('assessments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('framework_id', 'text', (c) => c.notNull().references('frameworks.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('scope_kind', 'text', (c) => c.notNull().check(inList('scope_kind', ['centre', 'client', 'relationship'])))
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('relationship_id', 'text', (c) => c.references('relationships.id'))
      .addColumn('scope_tags_json', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('status', 'text', (c) =>
        c.notNull().check(inList('status', ['draft', 'in_progress', 'submitted', 'returned', 'approved', 'closed'])),
      )
      .addColumn('carried_over_from', 'text')
      .addColumn('due_on', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('assessments_organisation').on('assessments').columns(['organisation_id', 'created_at']).execute();

    await db.schema
      .createTable('assessment_shares')
      .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
      .addColumn('relationship_id', 'text', (c) => c.notNull().references('relationships.id'))
      .addColumn('shared_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('assessment_shares_pk', ['assessment_id', 'relationship_id'])
      .execute();

    await db.schema
      .createTable('requirement_answers')
      .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
      .addColumn('ref', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(inList('status', ['todo', 'in_progress', 'done'])))
      .addColumn('result', 'text', (c) =>
        c.check(sql`result is null or ${inList('result', ['conformant', 'partially_conformant', 'nonconformant', 'not_applicable'])}`),
      )
      .addColumn('justification', 'text')
      .addColumn('score', real)
      .addColumn('comment', 'text')
      .addColumn('assignee_user_id', 'text')
      .addColumn('due_on', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text')
      .addPrimaryKeyConstraint('requirement_answers_pk', ['assessment_id', 'ref'])
      .execute();

    await db.schema
      .createTable('assessment_events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text')
      .addColumn('actor_label', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('from_status', 'text')
      .addColumn('to_status', 'text', (c) => c.notNull())
      .addColumn('comment', 'text')
      .execute();
    await db.schema.createIndex('assessment_events_assessment').on('assessment_events').columns(['assessment_id', 'at']).execute();

    await db.schema
      .createTable('blobs')
      .addColumn('sha256', 'text', (c) => c.primaryKey())
      .addColumn('size', 'bigint', (c) => c.notNull())
      .addColumn('content', blob, (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('evidence')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('kind', 'text', (c) => c.notNull().check(inList('kind', ['file', 'link', 'kpi_snapshot'])))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('sha256', 'text', (c) => c.references('blobs.sha256'))
      .addColumn('file_name', 'text')
      .addColumn('media_type', 'text')
      .addColumn('size', 'bigint')
      .addColumn('url', 'text')
      .addColumn('snapshot_json', 'text')
      .addColumn('valid_from', 'text')
      .addColumn('valid_until', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .execute();
    await db.schema.createIndex('evidence_organisation').on('evidence').column('organisation_id').execute();

    await db.schema
      .createTable('evidence_links')
      .addColumn('evidence_id', 'text', (c) => c.notNull().references('evidence.id').onDelete('cascade'))
      .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
      .addColumn('ref', 'text', (c) => c.notNull())
      .addColumn('linked_at', 'text', (c) => c.notNull())
      .addColumn('linked_by', 'text')
      .addPrimaryKeyConstraint('evidence_links_pk', ['evidence_id', 'assessment_id', 'ref'])
      .execute();
    await db.schema.createIndex('evidence_links_assessment').on('evidence_links').columns(['assessment_id', 'ref']).execute();

    // An audit grant may be limited to one assessment: the auditor then reads that assessment and nothing else.
    await db.schema.alterTable('audit_grants').addColumn('assessment_id', 'text').execute();

    await db.schema
      .createTable('audits')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
      .addColumn('audit_grant_id', 'text', (c) => c.notNull().references('audit_grants.id'))
      .addColumn('auditor_user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('kind', 'text', (c) => c.notNull().check(inList('kind', ['internal', 'certification', 'client'])))
      .addColumn('body', 'text')
      .addColumn('starts_at', 'text', (c) => c.notNull())
      .addColumn('ends_at', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .execute();

    await db.schema
      .createTable('findings')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
      .addColumn('audit_id', 'text', (c) => c.references('audits.id'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('grade', 'text', (c) =>
        c.notNull().check(inList('grade', ['major_nonconformity', 'minor_nonconformity', 'observation', 'opportunity_for_improvement'])),
      )
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('refs_json', 'text', (c) => c.notNull())
      .addColumn('evidence_ids_json', 'text', (c) => c.notNull().defaultTo('[]'))
      // Where a finding came from when not from a person: `target:<mandate>:<target>:<period>` for a missed KPI target.
      .addColumn('origin', 'text')
      .addColumn('status', 'text', (c) => c.notNull().check(inList('status', ['open', 'closed'])))
      .addColumn('raised_at', 'text', (c) => c.notNull())
      .addColumn('raised_by', 'text')
      .addColumn('closed_at', 'text')
      .addUniqueConstraint('findings_assessment_seq', ['assessment_id', 'seq'])
      .execute();
    await sql`create unique index findings_origin on findings (assessment_id, origin) where origin is not null`.execute(db);

    await db.schema
      .createTable('corrective_actions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('finding_id', 'text', (c) => c.notNull().references('findings.id').onDelete('cascade'))
      .addColumn('correction', 'text')
      .addColumn('root_cause', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('owner_user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('due_on', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) =>
        c.notNull().check(inList('status', ['open', 'in_progress', 'implemented', 'verified_effective', 'not_effective', 'closed'])),
      )
      .addColumn('verified_by', 'text')
      .addColumn('verified_at', 'text')
      .addColumn('verification_note', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('corrective_actions_finding').on('corrective_actions').column('finding_id').execute();
  },
});
