// src/app/manage-members.ts — who belongs to an organisation, in which role

import { authorize, requirePermission } from '../domain/access/can.js';
import { type Role, roleFitsKind } from '../domain/access/roles.js';
import { normaliseEmail } from '../domain/organisations/model.js';
import { AppError } from '../domain/shared/errors.js';
import { type Caller, recordChange } from './caller.js';
import { getOrganisation } from './manage-organisations.js';
import { insertUser } from './manage-users.js';
import type { Deps, MemberView, Store } from './ports.js';

const memberSnapshot = (m: MemberView) => ({ id: m.id, userId: m.userId, email: m.email, organisationId: m.organisationId, role: m.role });

export const listMembers = async (deps: Deps, caller: Caller, organisationId: string): Promise<MemberView[]> => {
  await getOrganisation(deps, caller, organisationId);
  requirePermission(caller.scope, 'member:read', { type: 'membership', organisationId });
  return deps.store.memberships.list(caller.scope, organisationId);
};

const assertRoleFits = async (tx: Store, caller: Caller, organisationId: string, role: Role) => {
  const org = await tx.organisations.findById(caller.scope, organisationId);
  if (!org) throw new AppError('CCQ_ERR_ORGANISATION_NOT_FOUND');
  if (!roleFitsKind(role, org.kind))
    throw new AppError('CCQ_ERR_VALIDATION', `The role ${role} does not fit an organisation of kind ${org.kind}`, [
      { path: 'role', message: `not available in a ${org.kind} organisation` },
    ]);
};

/** An organisation must keep at least one admin, or nobody could manage its members. */
const assertAdminRemains = async (tx: Store, caller: Caller, m: MemberView, newRole: Role | null) => {
  if (m.role !== 'admin' || newRole === 'admin') return;
  const admins = (await tx.memberships.list(caller.scope, m.organisationId)).filter((x) => x.role === 'admin');
  if (admins.length <= 1) throw new AppError('CCQ_ERR_CONFLICT', 'The organisation must keep at least one admin');
};

export type AddMemberOptions = { email: string; role: Role; displayName?: string | undefined };

/** Adds a person to an organisation; an unknown email gets an account without a password. */
export const addMember = async (deps: Deps, caller: Caller, organisationId: string, o: AddMemberOptions): Promise<MemberView> => {
  await getOrganisation(deps, caller, organisationId);
  requirePermission(caller.scope, 'member:manage', { type: 'membership', organisationId });
  return deps.store.transaction(async (tx) => {
    await assertRoleFits(tx, caller, organisationId, o.role);
    const email = normaliseEmail(o.email);
    const user =
      (await tx.users.findByEmail(email)) ?? (await insertUser({ ...deps, store: tx }, caller, { email, displayName: o.displayName }));
    if ((await tx.memberships.ofUser(user.id)).some((m) => m.organisationId === organisationId))
      throw new AppError('CCQ_ERR_CONFLICT', 'This person is already a member', [{ path: 'email', message: 'already a member' }]);
    const id = deps.ids();
    await tx.memberships.insert({ id, userId: user.id, organisationId, role: o.role, createdAt: deps.clock().toISOString() });
    const m = await tx.memberships.findById(caller.scope, id);
    if (!m) throw new AppError('CCQ_ERR_INTERNAL');
    await recordChange(tx, deps, caller, {
      organisationIds: [organisationId],
      entity: 'membership',
      entityId: id,
      action: 'create',
      before: null,
      after: memberSnapshot(m),
    });
    return m;
  });
};

export const updateMemberRole = async (deps: Deps, caller: Caller, id: string, role: Role): Promise<MemberView> =>
  deps.store.transaction(async (tx) => {
    const before = await tx.memberships.findById(caller.scope, id);
    if (!before) throw new AppError('CCQ_ERR_MEMBERSHIP_NOT_FOUND');
    authorize(caller.scope, 'member:manage', { type: 'membership', organisationId: before.organisationId }, 'CCQ_ERR_MEMBERSHIP_NOT_FOUND');
    await assertRoleFits(tx, caller, before.organisationId, role);
    await assertAdminRemains(tx, caller, before, role);
    await tx.memberships.updateRole(id, role);
    const after = { ...before, role };
    await recordChange(tx, deps, caller, {
      organisationIds: [before.organisationId],
      entity: 'membership',
      entityId: id,
      action: 'update',
      before: memberSnapshot(before),
      after: memberSnapshot(after),
    });
    return after;
  });

export const removeMember = async (deps: Deps, caller: Caller, id: string): Promise<void> =>
  deps.store.transaction(async (tx) => {
    const before = await tx.memberships.findById(caller.scope, id);
    if (!before) throw new AppError('CCQ_ERR_MEMBERSHIP_NOT_FOUND');
    authorize(caller.scope, 'member:manage', { type: 'membership', organisationId: before.organisationId }, 'CCQ_ERR_MEMBERSHIP_NOT_FOUND');
    await assertAdminRemains(tx, caller, before, null);
    await tx.memberships.delete(id);
    await recordChange(tx, deps, caller, {
      organisationIds: [before.organisationId],
      entity: 'membership',
      entityId: id,
      action: 'delete',
      before: memberSnapshot(before),
      after: null,
    });
  });
