// src/domain/access/scope.ts — who is acting, in which organisation, and which relationships that lets them see

import { type OrganisationKind, isCentreSide, isClientSide } from '../organisations/model.js';
import type { Role } from './roles.js';

/** A relationship reduced to the facts access decisions need. */
export type RelationshipRef = { id: string; clientOrganisationId: string; centreOrganisationId: string };

/** The organisation an actor acts in, the role held there, and what that opens up. */
export type ActingOrg = {
  id: string;
  kind: OrganisationKind;
  role: Role;
  /** Relationships visible from this organisation in this role (already narrowed by side and grant). */
  relationships: readonly RelationshipRef[];
  /** Set when access comes from an audit grant limited to one relationship. */
  grantRelationshipId: string | null;
  /** Set when access comes from an audit of one assessment: the auditor then sees that assessment and nothing else of the organisation's work. */
  grantAssessmentId?: string | null;
};

/**
 * The acting scope every repository call takes. `userId` is null for the local operator (the CLI on
 * the embedded database), who is a platform administrator by definition.
 */
export type Scope = { userId: string | null; platformAdmin: boolean; org: ActingOrg | null };

export const systemScope: Scope = { userId: null, platformAdmin: true, org: null };

export type Side = 'client' | 'centre';

/** Which sides of the organisation a role speaks for. Admins and auditors see the whole organisation. */
export const roleSides = (role: Role): readonly Side[] => {
  switch (role) {
    case 'client_manager':
    case 'client_viewer':
      return ['client'];
    case 'quality_manager':
    case 'team_lead':
    case 'agent':
      return ['centre'];
    case 'admin':
    case 'auditor':
      return ['client', 'centre'];
  }
};

/** The sides an actor really has: those of the role that the organisation's kind also has. */
export const effectiveSides = (kind: OrganisationKind, role: Role): Side[] =>
  roleSides(role).filter((s) => (s === 'client' ? isClientSide(kind) : isCentreSide(kind)));

/**
 * Narrows an organisation's relationships to those the actor may see: a client-side role sees the
 * relationships where its organisation is the client, a centre-side role those where it is the centre,
 * and an auditor whose grant names one relationship sees only that one.
 */
export const visibleRelationships = (
  orgId: string,
  kind: OrganisationKind,
  role: Role,
  all: readonly RelationshipRef[],
  grantRelationshipId: string | null,
): RelationshipRef[] => {
  const sides = effectiveSides(kind, role);
  return all.filter(
    (r) =>
      ((sides.includes('client') && r.clientOrganisationId === orgId) || (sides.includes('centre') && r.centreOrganisationId === orgId)) &&
      (grantRelationshipId === null || r.id === grantRelationshipId),
  );
};

/** Organisations on the other end of the visible relationships (their names may be shown). */
export const partnerOrganisationIds = (org: ActingOrg): string[] => [
  ...new Set(org.relationships.flatMap((r) => [r.clientOrganisationId, r.centreOrganisationId]).filter((id) => id !== org.id)),
];

/** True when the actor acts on the centre side of its own organisation. */
export const actsAsCentre = (org: ActingOrg): boolean => effectiveSides(org.kind, org.role).includes('centre');

/** True when the actor acts on the client side of its own organisation. */
export const actsAsClient = (org: ActingOrg): boolean => effectiveSides(org.kind, org.role).includes('client');

/** True when the actor's access is limited (to one relationship or one assessment) by an audit grant. */
export const limitedByGrant = (org: ActingOrg): boolean => org.grantRelationshipId !== null || (org.grantAssessmentId ?? null) !== null;
