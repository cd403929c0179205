// src/app/manage-organisations.ts — create, read and rename organisations

import { authorize } from '../domain/access/can.js';
import { systemScope } from '../domain/access/scope.js';
import type { Organisation, OrganisationKind } from '../domain/organisations/model.js';
import { AppError } from '../domain/shared/errors.js';
import { definedOnly } from '../domain/shared/patch.js';
import { type Caller, recordChange } from './caller.js';
import type { Deps } from './ports.js';

export type CreateOrganisationOptions = { name: string; kind: OrganisationKind; timeZone?: string | undefined };

/** Creates an organisation (a platform administrator's act); names are unique across the installation. */
export const createOrganisation = async (deps: Deps, caller: Caller, o: CreateOrganisationOptions): Promise<Organisation> => {
  authorize(caller.scope, 'organisation:create', { type: 'platform' }, 'CCQ_ERR_NOT_FOUND');
  const org: Organisation = {
    id: deps.ids(),
    name: o.name.trim(),
    kind: o.kind,
    timeZone: o.timeZone ?? 'Europe/Stockholm',
    createdAt: deps.clock().toISOString(),
  };
  return deps.store.transaction(async (tx) => {
    if (await tx.organisations.findByName(caller.scope, org.name))
      throw new AppError('CCQ_ERR_CONFLICT', `An organisation named "${org.name}" already exists`, [
        { path: 'name', message: 'already in use' },
      ]);
    await tx.organisations.insert(org);
    await recordChange(tx, deps, caller, {
      organisationIds: [org.id],
      entity: 'organisation',
      entityId: org.id,
      action: 'create',
      before: null,
      after: org,
    });
    return org;
  });
};

export const listOrganisations = (deps: Deps, caller: Caller): Promise<Organisation[]> => deps.store.organisations.list(caller.scope);

export const getOrganisation = async (deps: Deps, caller: Caller, id: string): Promise<Organisation> => {
  const org = await deps.store.organisations.findById(caller.scope, id);
  if (!org) throw new AppError('CCQ_ERR_ORGANISATION_NOT_FOUND');
  return org;
};

export const updateOrganisation = async (
  deps: Deps,
  caller: Caller,
  id: string,
  patch: { name?: string | undefined; timeZone?: string | undefined },
): Promise<Organisation> =>
  deps.store.transaction(async (tx) => {
    const before = await tx.organisations.findById(caller.scope, id);
    if (!before) throw new AppError('CCQ_ERR_ORGANISATION_NOT_FOUND');
    authorize(caller.scope, 'organisation:update', { type: 'organisation', id }, 'CCQ_ERR_ORGANISATION_NOT_FOUND');
    if (patch.name && patch.name !== before.name) {
      const clash = await tx.organisations.findByName(systemScope, patch.name);
      if (clash)
        throw new AppError('CCQ_ERR_CONFLICT', 'Another organisation has this name', [{ path: 'name', message: 'already in use' }]);
    }
    await tx.organisations.update(id, patch, deps.clock().toISOString());
    const after = { ...before, ...definedOnly(patch) };
    await recordChange(tx, deps, caller, { organisationIds: [id], entity: 'organisation', entityId: id, action: 'update', before, after });
    return after;
  });
