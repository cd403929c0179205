// src/adapters/db/repositories/mandates.repository.ts — mandates, their versions and signatures, read through the scope

import type { Store } from '../../../app/ports.js';
import { can } from '../../../domain/access/can.js';
import type { MandateContent, MandateVersion, Party, VersionStatus } from '../../../domain/mandates/mandate.js';
import type { PublicPageSettings } from '../../../domain/mandates/public-page.js';
import type { Db } from '../schema.js';
import { nonEmpty } from './in-list.js';

export const mandatesRepository = (db: Db): Store['mandates'] => {
  const toMandate = (r: { id: string; relationship_id: string; title: string; created_at: string; created_by: string | null }) => ({
    id: r.id,
    relationshipId: r.relationship_id,
    title: r.title,
    createdAt: r.created_at,
    createdBy: r.created_by,
  });
  return {
    list: async (scope) => {
      const rels = scope.org ? scope.org.relationships.map((r) => r.id) : [];
      const rows = await db
        .selectFrom('mandates')
        .selectAll()
        .where('relationship_id', 'in', nonEmpty(rels))
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map(toMandate).filter((m) => can(scope, 'mandate:read', { type: 'mandate', relationshipId: m.relationshipId }));
    },
    findById: async (scope, id) => {
      const row = await db.selectFrom('mandates').selectAll().where('id', '=', id).executeTakeFirst();
      return row && can(scope, 'mandate:read', { type: 'mandate', relationshipId: row.relationship_id }) ? toMandate(row) : null;
    },
    insert: async (m) => {
      await db
        .insertInto('mandates')
        .values({ id: m.id, relationship_id: m.relationshipId, title: m.title, created_at: m.createdAt, created_by: m.createdBy })
        .execute();
    },
    versions: async (mandateId) => {
      const rows = await db.selectFrom('mandate_versions').selectAll().where('mandate_id', '=', mandateId).orderBy('number').execute();
      const sigs = await db
        .selectFrom('mandate_signatures')
        .selectAll()
        .where('version_id', 'in', nonEmpty(rows.map((r) => r.id)))
        .orderBy('at')
        .execute();
      return rows.map(
        (r): MandateVersion => ({
          id: r.id,
          mandateId: r.mandate_id,
          number: Number(r.number),
          content: JSON.parse(r.content_json) as MandateContent,
          hash: r.hash,
          status: r.status as VersionStatus,
          signatures: sigs
            .filter((s) => s.version_id === r.id)
            .map((s) => ({ party: s.party as Party, userId: s.user_id, name: s.name, at: s.at, versionHash: s.version_hash })),
          basedOn: r.based_on,
          createdAt: r.created_at,
          createdBy: r.created_by,
        }),
      );
    },
    insertVersion: async (v) => {
      await db
        .insertInto('mandate_versions')
        .values({
          id: v.id,
          mandate_id: v.mandateId,
          number: v.number,
          content_json: JSON.stringify(v.content),
          hash: v.hash,
          status: v.status,
          based_on: v.basedOn,
          created_at: v.createdAt,
          created_by: v.createdBy,
        })
        .execute();
    },
    saveVersion: async (v) => {
      await db
        .updateTable('mandate_versions')
        .set({ content_json: JSON.stringify(v.content), hash: v.hash, status: v.status })
        .where('id', '=', v.id)
        .execute();
      await db.deleteFrom('mandate_signatures').where('version_id', '=', v.id).execute();
      for (const s of v.signatures)
        await db
          .insertInto('mandate_signatures')
          .values({ version_id: v.id, party: s.party, user_id: s.userId, name: s.name, at: s.at, version_hash: s.versionHash })
          .execute();
    },
    completions: async (mandateId) => {
      const rows = await db
        .selectFrom('obligation_completions')
        .selectAll()
        .where('mandate_id', '=', mandateId)
        .orderBy('due_on')
        .orderBy('obligation_id')
        .execute();
      return rows.map((r) => ({
        mandateId: r.mandate_id,
        obligationId: r.obligation_id,
        dueOn: r.due_on,
        doneOn: r.done_on,
        note: r.note,
        recordedBy: r.recorded_by,
        recordedByName: r.recorded_by_name,
        recordedAt: r.recorded_at,
      }));
    },
    insertCompletion: async (c) => {
      const result = await db
        .insertInto('obligation_completions')
        .values({
          mandate_id: c.mandateId,
          obligation_id: c.obligationId,
          due_on: c.dueOn,
          done_on: c.doneOn,
          note: c.note,
          recorded_by: c.recordedBy,
          recorded_by_name: c.recordedByName,
          recorded_at: c.recordedAt,
        })
        .onConflict((oc) => oc.columns(['mandate_id', 'obligation_id', 'due_on']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
  };
};

export const publicPagesRepository = (db: Db): Store['publicPages'] => {
  const toRow = (r: { relationship_id: string; token: string; settings_json: string; updated_at: string; updated_by: string | null }) => ({
    relationshipId: r.relationship_id,
    token: r.token,
    settings: JSON.parse(r.settings_json) as PublicPageSettings,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  });
  return {
    ofRelationship: async (id) => {
      const r = await db.selectFrom('public_pages').selectAll().where('relationship_id', '=', id).executeTakeFirst();
      return r ? toRow(r) : null;
    },
    byToken: async (token) => {
      const r = await db
        .selectFrom('public_pages')
        .innerJoin('relationships', 'relationships.id', 'public_pages.relationship_id')
        .selectAll('public_pages')
        .select(['relationships.client_organisation_id', 'relationships.centre_organisation_id'])
        .where('public_pages.token', '=', token)
        .executeTakeFirst();
      return r ? { ...toRow(r), clientOrganisationId: r.client_organisation_id, centreOrganisationId: r.centre_organisation_id } : null;
    },
    save: async (p) => {
      const values = {
        relationship_id: p.relationshipId,
        token: p.token,
        settings_json: JSON.stringify(p.settings),
        updated_at: p.updatedAt,
        updated_by: p.updatedBy,
      };
      await db
        .insertInto('public_pages')
        .values(values)
        .onConflict((oc) =>
          oc
            .column('relationship_id')
            .doUpdateSet({ settings_json: values.settings_json, updated_at: values.updated_at, updated_by: values.updated_by }),
        )
        .execute();
    },
  };
};
