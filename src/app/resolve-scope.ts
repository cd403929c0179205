// src/app/resolve-scope.ts — turns a signed-in user and a chosen organisation into the acting scope

import type { Role } from '../domain/access/roles.js';
import { type Scope, systemScope, visibleRelationships } from '../domain/access/scope.js';
import type { OrganisationKind } from '../domain/organisations/model.js';
import { AppError } from '../domain/shared/errors.js';
import type { Store, StoredUser } from './ports.js';

/** One organisation a user may act in, and how: a standing membership or a time-limited audit grant. */
export type AccessEntry = {
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  role: Role;
  via: 'membership' | 'audit_grant';
  until: string | null;
  grantRelationshipId: string | null;
  grantAssessmentId: string | null;
};

export const listAccess = async (store: Store, userId: string, at: Date): Promise<AccessEntry[]> => {
  const memberships = await store.memberships.ofUser(userId);
  const entries: AccessEntry[] = memberships.map((m) => ({
    organisationId: m.organisationId,
    organisationName: m.organisationName,
    organisationKind: m.organisationKind,
    role: m.role,
    via: 'membership',
    until: null,
    grantRelationshipId: null,
    grantAssessmentId: null,
  }));
  for (const g of await store.auditGrants.activeForUser(userId, at.toISOString())) {
    // A standing membership in the same organisation wins over a grant.
    if (entries.some((e) => e.organisationId === g.organisationId)) continue;
    const org = await store.organisations.findById(systemScope, g.organisationId);
    if (!org) continue;
    entries.push({
      organisationId: org.id,
      organisationName: org.name,
      organisationKind: org.kind,
      role: 'auditor',
      via: 'audit_grant',
      until: g.endsAt,
      grantRelationshipId: g.relationshipId,
      grantAssessmentId: g.assessmentId,
    });
  }
  return entries;
};

/**
 * Builds the scope for a user acting in `organisationId` (or in their first organisation when none is
 * asked for). Asking for an organisation the user has no access to answers "not found".
 */
export const resolveScope = async (
  store: Store,
  user: Pick<StoredUser, 'id' | 'platformAdmin'>,
  organisationId: string | null,
  at: Date,
  options: { strict: boolean } = { strict: true },
): Promise<{ scope: Scope; access: AccessEntry[] }> => {
  const access = await listAccess(store, user.id, at);
  let entry = organisationId ? access.find((a) => a.organisationId === organisationId) : access[0];
  if (!entry && organisationId) {
    if (options.strict) throw new AppError('CCQ_ERR_ORGANISATION_NOT_FOUND');
    entry = access[0];
  }
  if (!entry) return { scope: { userId: user.id, platformAdmin: user.platformAdmin, org: null }, access };
  const all = await store.relationships.ofOrganisation(entry.organisationId);
  const relationships = visibleRelationships(entry.organisationId, entry.organisationKind, entry.role, all, entry.grantRelationshipId).map(
    (r) => ({ id: r.id, clientOrganisationId: r.clientOrganisationId, centreOrganisationId: r.centreOrganisationId }),
  );
  return {
    scope: {
      userId: user.id,
      platformAdmin: user.platformAdmin,
      org: {
        id: entry.organisationId,
        kind: entry.organisationKind,
        role: entry.role,
        relationships,
        grantRelationshipId: entry.grantRelationshipId,
        grantAssessmentId: entry.grantAssessmentId,
      },
    },
    access,
  };
};

/**
 * The local operator (the CLI on the installation's own database) acting inside one organisation as
 * its administrator, so use-cases that work in an organisation's scope run for the operator too.
 */
export const operatorIn = async (store: Store, organisation: { id: string; kind: OrganisationKind }): Promise<Scope> => {
  const all = await store.relationships.ofOrganisation(organisation.id);
  const relationships = visibleRelationships(organisation.id, organisation.kind, 'admin', all, null).map((r) => ({
    id: r.id,
    clientOrganisationId: r.clientOrganisationId,
    centreOrganisationId: r.centreOrganisationId,
  }));
  return {
    userId: null,
    platformAdmin: true,
    org: { id: organisation.id, kind: organisation.kind, role: 'admin', relationships, grantRelationshipId: null },
  };
};
