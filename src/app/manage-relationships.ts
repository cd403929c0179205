// src/app/manage-relationships.ts — the client–centre relationship, anchor of the mandate (ISO 18295-2)

import { authorize } from '../domain/access/can.js';
import { systemScope } from '../domain/access/scope.js';
import { type Relationship, type RelationshipStatus, isCentreSide, isClientSide } from '../domain/organisations/model.js';
import { AppError } from '../domain/shared/errors.js';
import { definedOnly } from '../domain/shared/patch.js';
import { type Caller, recordChange } from './caller.js';
import type { Deps } from './ports.js';

export type CreateRelationshipOptions = {
  clientOrganisationId: string;
  centreOrganisationId: string;
  name: string;
  startsOn?: string | null | undefined;
};

/**
 * Links a client to the centre that serves it (platform administrators set tenants up). The client
 * must be of kind client or both, the centre contact_centre or both; an in-house centre relates to
 * itself.
 */
export const createRelationship = async (deps: Deps, caller: Caller, o: CreateRelationshipOptions): Promise<Relationship> => {
  authorize(caller.scope, 'relationship:create', { type: 'platform' }, 'CCQ_ERR_NOT_FOUND');
  return deps.store.transaction(async (tx) => {
    const client = await tx.organisations.findById(systemScope, o.clientOrganisationId);
    const centre = await tx.organisations.findById(systemScope, o.centreOrganisationId);
    const issues = [
      ...(!client ? [{ path: 'clientOrganisationId', message: 'no such organisation' }] : []),
      ...(client && !isClientSide(client.kind) ? [{ path: 'clientOrganisationId', message: 'is not a client organisation' }] : []),
      ...(!centre ? [{ path: 'centreOrganisationId', message: 'no such organisation' }] : []),
      ...(centre && !isCentreSide(centre.kind) ? [{ path: 'centreOrganisationId', message: 'is not a contact centre' }] : []),
    ];
    if (issues.length || !client || !centre) throw new AppError('CCQ_ERR_VALIDATION', undefined, issues);
    const r: Relationship = {
      id: deps.ids(),
      clientOrganisationId: client.id,
      centreOrganisationId: centre.id,
      name: o.name.trim(),
      status: 'active',
      startsOn: o.startsOn ?? null,
      createdAt: deps.clock().toISOString(),
    };
    const existing = await tx.relationships.ofOrganisation(client.id);
    if (existing.some((e) => e.centreOrganisationId === centre.id && e.name === r.name))
      throw new AppError('CCQ_ERR_CONFLICT', 'These organisations already have a relationship with this name');
    await tx.relationships.insert(r);
    await recordChange(tx, deps, caller, {
      organisationIds: [client.id, centre.id],
      entity: 'relationship',
      entityId: r.id,
      action: 'create',
      before: null,
      after: r,
    });
    return r;
  });
};

export const listRelationships = (deps: Deps, caller: Caller): Promise<Relationship[]> => deps.store.relationships.list(caller.scope);

export const getRelationship = async (deps: Deps, caller: Caller, id: string): Promise<Relationship> => {
  const r = await deps.store.relationships.findById(caller.scope, id);
  if (!r) throw new AppError('CCQ_ERR_RELATIONSHIP_NOT_FOUND');
  return r;
};

export const updateRelationship = async (
  deps: Deps,
  caller: Caller,
  id: string,
  patch: { name?: string | undefined; status?: RelationshipStatus | undefined; startsOn?: string | null | undefined },
): Promise<Relationship> =>
  deps.store.transaction(async (tx) => {
    const before = await tx.relationships.findById(caller.scope, id);
    if (!before) throw new AppError('CCQ_ERR_RELATIONSHIP_NOT_FOUND');
    authorize(caller.scope, 'relationship:update', { type: 'relationship', ...before }, 'CCQ_ERR_RELATIONSHIP_NOT_FOUND');
    const clean = definedOnly(patch);
    await tx.relationships.update(id, clean, deps.clock().toISOString());
    const after: Relationship = { ...before, ...clean } as Relationship;
    await recordChange(tx, deps, caller, {
      organisationIds: [before.clientOrganisationId, before.centreOrganisationId],
      entity: 'relationship',
      entityId: id,
      action: 'update',
      before,
      after,
    });
    return after;
  });
