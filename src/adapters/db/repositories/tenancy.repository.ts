// src/adapters/db/repositories/tenancy.repository.ts — organisations, relationships, sites and queues, read through the scope

import { can } from '../../../domain/access/can.js';
import { type Scope, actsAsCentre, partnerOrganisationIds } from '../../../domain/access/scope.js';
import type { Store } from '../../../app/ports.js';
import type { Db } from '../schema.js';
import { toOrganisation, toQueue, toRelationship, toSite } from './mappers.js';
import { nonEmpty } from './in-list.js';

/** Organisation ids an actor may see: its own and the partners of its visible relationships. */
const visibleOrganisationIds = (scope: Scope): string[] | 'all' => {
  if (!scope.org) return scope.platformAdmin ? 'all' : [];
  return [scope.org.id, ...partnerOrganisationIds(scope.org)];
};

export const organisationsRepository = (db: Db): Store['organisations'] => ({
  list: async (scope) => {
    const ids = visibleOrganisationIds(scope);
    let q = db.selectFrom('organisations').selectAll().orderBy('name');
    if (ids !== 'all') q = q.where('id', 'in', nonEmpty(ids));
    const rows = await q.execute();
    return rows.map(toOrganisation).filter((o) => can(scope, 'organisation:read', { type: 'organisation', id: o.id }));
  },
  findById: async (scope, id) => {
    const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
    return row && can(scope, 'organisation:read', { type: 'organisation', id }) ? toOrganisation(row) : null;
  },
  findByName: async (scope, name) => {
    const row = await db.selectFrom('organisations').selectAll().where('name', '=', name).executeTakeFirst();
    return row && can(scope, 'organisation:read', { type: 'organisation', id: row.id }) ? toOrganisation(row) : null;
  },
  insert: async (o) => {
    await db
      .insertInto('organisations')
      .values({ id: o.id, name: o.name, kind: o.kind, time_zone: o.timeZone, created_at: o.createdAt, updated_at: o.createdAt })
      .execute();
  },
  update: async (id, patch, at) => {
    await db
      .updateTable('organisations')
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.timeZone !== undefined ? { time_zone: patch.timeZone } : {}),
        updated_at: at,
      })
      .where('id', '=', id)
      .execute();
  },
});

export const relationshipsRepository = (db: Db): Store['relationships'] => {
  const readable = (scope: Scope) => (r: ReturnType<typeof toRelationship>) =>
    can(scope, 'relationship:read', { type: 'relationship', ...r });
  return {
    ofOrganisation: async (organisationId) =>
      (
        await db
          .selectFrom('relationships')
          .selectAll()
          .where((eb) => eb.or([eb('client_organisation_id', '=', organisationId), eb('centre_organisation_id', '=', organisationId)]))
          .orderBy('name')
          .execute()
      ).map(toRelationship),
    list: async (scope) => {
      const ids = scope.org ? scope.org.relationships.map((r) => r.id) : [];
      const rows = await db.selectFrom('relationships').selectAll().where('id', 'in', nonEmpty(ids)).orderBy('name').execute();
      return rows.map(toRelationship).filter(readable(scope));
    },
    findById: async (scope, id) => {
      const row = await db.selectFrom('relationships').selectAll().where('id', '=', id).executeTakeFirst();
      const r = row ? toRelationship(row) : null;
      return r && readable(scope)(r) ? r : null;
    },
    insert: async (r) => {
      await db
        .insertInto('relationships')
        .values({
          id: r.id,
          client_organisation_id: r.clientOrganisationId,
          centre_organisation_id: r.centreOrganisationId,
          name: r.name,
          status: r.status,
          starts_on: r.startsOn,
          created_at: r.createdAt,
          updated_at: r.createdAt,
        })
        .execute();
    },
    update: async (id, patch, at) => {
      await db
        .updateTable('relationships')
        .set({
          ...(patch.name !== undefined ? { name: patch.name } : {}),
          ...(patch.status !== undefined ? { status: patch.status } : {}),
          ...(patch.startsOn !== undefined ? { starts_on: patch.startsOn } : {}),
          updated_at: at,
        })
        .where('id', '=', id)
        .execute();
    },
  };
};

export const sitesRepository = (db: Db): Store['sites'] => ({
  list: async (scope, organisationId) => {
    if (!can(scope, 'site:read', { type: 'site', organisationId })) return [];
    const rows = await db.selectFrom('sites').selectAll().where('organisation_id', '=', organisationId).orderBy('name').execute();
    return rows.map(toSite);
  },
  findById: async (scope, id) => {
    const row = await db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirst();
    return row && can(scope, 'site:read', { type: 'site', organisationId: row.organisation_id }) ? toSite(row) : null;
  },
  insert: async (s) => {
    await db
      .insertInto('sites')
      .values({ id: s.id, organisation_id: s.organisationId, name: s.name, city: s.city, created_at: s.createdAt })
      .execute();
  },
  update: async (id, patch) => {
    if (patch.name === undefined && patch.city === undefined) return;
    await db
      .updateTable('sites')
      .set({ ...(patch.name !== undefined ? { name: patch.name } : {}), ...(patch.city !== undefined ? { city: patch.city } : {}) })
      .where('id', '=', id)
      .execute();
  },
});

export const queuesRepository = (db: Db): Store['queues'] => {
  const readable = (scope: Scope) => (q: ReturnType<typeof toQueue>) =>
    can(scope, 'queue:read', { type: 'queue', centreOrganisationId: q.centreOrganisationId, relationshipId: q.relationshipId });
  return {
    ofRelationship: async (relationshipId) =>
      (await db.selectFrom('queues').selectAll().where('relationship_id', '=', relationshipId).orderBy('name').execute()).map(toQueue),
    list: async (scope) => {
      const org = scope.org;
      if (!org) return [];
      const relIds = org.relationships.map((r) => r.id);
      const rows = await db
        .selectFrom('queues')
        .selectAll()
        .where((eb) =>
          eb.or([...(actsAsCentre(org) ? [eb('centre_organisation_id', '=', org.id)] : []), eb('relationship_id', 'in', nonEmpty(relIds))]),
        )
        .orderBy('name')
        .execute();
      return rows.map(toQueue).filter(readable(scope));
    },
    findById: async (scope, id) => {
      const row = await db.selectFrom('queues').selectAll().where('id', '=', id).executeTakeFirst();
      const q = row ? toQueue(row) : null;
      return q && readable(scope)(q) ? q : null;
    },
    insert: async (q) => {
      await db
        .insertInto('queues')
        .values({
          id: q.id,
          centre_organisation_id: q.centreOrganisationId,
          relationship_id: q.relationshipId,
          site_id: q.siteId,
          code: q.code,
          name: q.name,
          channel: q.channel,
          created_at: q.createdAt,
        })
        .execute();
    },
    update: async (id, patch) => {
      const set = {
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.channel !== undefined ? { channel: patch.channel } : {}),
        ...(patch.siteId !== undefined ? { site_id: patch.siteId } : {}),
        ...(patch.relationshipId !== undefined ? { relationship_id: patch.relationshipId } : {}),
      };
      if (Object.keys(set).length) await db.updateTable('queues').set(set).where('id', '=', id).execute();
    },
  };
};
