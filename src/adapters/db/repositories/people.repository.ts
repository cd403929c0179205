// src/adapters/db/repositories/people.repository.ts — users, memberships and audit grants

import { can } from '../../../domain/access/can.js';
import type { Store } from '../../../app/ports.js';
import type { Db } from '../schema.js';
import { toAuditGrant, toMemberView, toMembershipView, toUser } from './mappers.js';

export const usersRepository = (db: Db): Store['users'] => ({
  findById: async (id) => {
    const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toUser(row) : null;
  },
  findByEmail: async (email) => {
    const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    return row ? toUser(row) : null;
  },
  list: async (scope) => {
    let q = db.selectFrom('users').selectAll('users').orderBy('users.email');
    if (!(scope.platformAdmin && !scope.org)) {
      const org = scope.org;
      if (!org || !can(scope, 'member:read', { type: 'membership', organisationId: org.id })) return [];
      q = q.innerJoin('memberships', 'memberships.user_id', 'users.id').where('memberships.organisation_id', '=', org.id);
    }
    return (await q.execute()).map(toUser).map(({ passwordHash: _, ...u }) => u);
  },
  insert: async (u) => {
    await db
      .insertInto('users')
      .values({
        id: u.id,
        email: u.email,
        display_name: u.displayName,
        password_hash: u.passwordHash,
        locale: u.locale,
        platform_admin: u.platformAdmin ? 1 : 0,
        disabled: u.disabled ? 1 : 0,
        created_at: u.createdAt,
        updated_at: u.createdAt,
      })
      .execute();
  },
  update: async (id, patch, at) => {
    await db
      .updateTable('users')
      .set({
        ...(patch.displayName !== undefined ? { display_name: patch.displayName } : {}),
        ...(patch.locale !== undefined ? { locale: patch.locale } : {}),
        ...(patch.disabled !== undefined ? { disabled: patch.disabled ? 1 : 0 } : {}),
        ...(patch.platformAdmin !== undefined ? { platform_admin: patch.platformAdmin ? 1 : 0 } : {}),
        ...(patch.passwordHash !== undefined ? { password_hash: patch.passwordHash } : {}),
        updated_at: at,
      })
      .where('id', '=', id)
      .execute();
  },
});

const membershipSelect = (db: Db) =>
  db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select([
      'memberships.id',
      'memberships.user_id',
      'memberships.organisation_id',
      'memberships.role',
      'memberships.created_at',
      'organisations.name as organisation_name',
      'organisations.kind as organisation_kind',
    ]);

const memberSelect = (db: Db) =>
  membershipSelect(db)
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.email', 'users.display_name', 'users.disabled']);

export const membershipsRepository = (db: Db): Store['memberships'] => ({
  ofUser: async (userId) =>
    (await membershipSelect(db).where('memberships.user_id', '=', userId).orderBy('organisations.name').execute()).map(toMembershipView),
  list: async (scope, organisationId) => {
    if (!can(scope, 'member:read', { type: 'membership', organisationId })) return [];
    const rows = await memberSelect(db).where('memberships.organisation_id', '=', organisationId).orderBy('users.email').execute();
    return rows.map(toMemberView);
  },
  findById: async (scope, id) => {
    const row = await memberSelect(db).where('memberships.id', '=', id).executeTakeFirst();
    return row && can(scope, 'member:read', { type: 'membership', organisationId: row.organisation_id }) ? toMemberView(row) : null;
  },
  insert: async (m) => {
    await db
      .insertInto('memberships')
      .values({ id: m.id, user_id: m.userId, organisation_id: m.organisationId, role: m.role, created_at: m.createdAt })
      .execute();
  },
  updateRole: async (id, role) => {
    await db.updateTable('memberships').set({ role }).where('id', '=', id).execute();
  },
  delete: async (id) => {
    await db.deleteFrom('memberships').where('id', '=', id).execute();
  },
});

export const auditGrantsRepository = (db: Db): Store['auditGrants'] => ({
  activeForUser: async (userId, at) =>
    (
      await db
        .selectFrom('audit_grants')
        .selectAll()
        .where('auditor_user_id', '=', userId)
        .where('starts_at', '<=', at)
        .where('ends_at', '>', at)
        .where('revoked_at', 'is', null)
        .orderBy('created_at')
        .execute()
    ).map(toAuditGrant),
  list: async (scope, organisationId) => {
    if (!can(scope, 'audit_grant:manage', { type: 'audit_grant', organisationId })) return [];
    const rows = await db
      .selectFrom('audit_grants')
      .selectAll()
      .where('organisation_id', '=', organisationId)
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map(toAuditGrant);
  },
  findById: async (scope, id) => {
    const row = await db.selectFrom('audit_grants').selectAll().where('id', '=', id).executeTakeFirst();
    return row && can(scope, 'audit_grant:manage', { type: 'audit_grant', organisationId: row.organisation_id }) ? toAuditGrant(row) : null;
  },
  insert: async (g) => {
    await db
      .insertInto('audit_grants')
      .values({
        id: g.id,
        auditor_user_id: g.auditorUserId,
        organisation_id: g.organisationId,
        relationship_id: g.relationshipId,
        assessment_id: g.assessmentId,
        starts_at: g.startsAt,
        ends_at: g.endsAt,
        granted_by: g.grantedBy,
        created_at: g.createdAt,
        revoked_at: null,
      })
      .execute();
  },
  revoke: async (id, at) => {
    await db.updateTable('audit_grants').set({ revoked_at: at }).where('id', '=', id).execute();
  },
});
