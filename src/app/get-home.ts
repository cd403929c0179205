// src/app/get-home.ts — what the home page shows for the acting organisation and role

import { can } from '../domain/access/can.js';
import type { Role } from '../domain/access/roles.js';
import type { Organisation, Queue, Relationship, Site } from '../domain/organisations/model.js';
import { type Caller, actingOrganisation } from './caller.js';
import { getOrganisation } from './manage-organisations.js';
import type { Deps } from './ports.js';

export type Home = {
  organisation: Organisation;
  role: Role;
  relationships: (Relationship & { clientName: string; centreName: string; queueCount: number })[];
  queues: (Queue & { relationshipName: string | null })[];
  sites: Site[];
  memberCount: number | null;
};

export const getHome = async (deps: Deps, caller: Caller): Promise<Home> => {
  const { id: orgId, role } = actingOrganisation(caller);
  const organisation = await getOrganisation(deps, caller, orgId);
  const [relationships, queues, sites, visibleOrgs] = await Promise.all([
    deps.store.relationships.list(caller.scope),
    deps.store.queues.list(caller.scope),
    deps.store.sites.list(caller.scope, orgId),
    deps.store.organisations.list(caller.scope),
  ]);
  const nameOf = new Map(visibleOrgs.map((o) => [o.id, o.name]));
  const relName = new Map(relationships.map((r) => [r.id, r.name]));
  const canSeeMembers = can(caller.scope, 'member:read', { type: 'membership', organisationId: orgId });
  const memberCount = canSeeMembers ? (await deps.store.memberships.list(caller.scope, orgId)).length : null;
  return {
    organisation,
    role,
    relationships: relationships.map((r) => ({
      ...r,
      clientName: nameOf.get(r.clientOrganisationId) ?? '',
      centreName: nameOf.get(r.centreOrganisationId) ?? '',
      queueCount: queues.filter((q) => q.relationshipId === r.id).length,
    })),
    queues: queues.map((q) => ({ ...q, relationshipName: q.relationshipId ? (relName.get(q.relationshipId) ?? null) : null })),
    sites,
    memberCount,
  };
};
