// src/domain/access/can.ts — the one place that decides whether an actor may do something to something

import { AppError, type ErrorCode } from '../shared/errors.js';
import { type Action, permissions, platformActions } from './roles.js';
import { type ActingOrg, type Scope, actsAsCentre, partnerOrganisationIds } from './scope.js';

/** The facts about a resource that access depends on; repositories supply them when they load it. */
export type Resource =
  | { type: 'platform' }
  | { type: 'organisation'; id: string }
  | { type: 'relationship'; id: string; clientOrganisationId: string; centreOrganisationId: string }
  | { type: 'site'; organisationId: string }
  | { type: 'queue'; centreOrganisationId: string; relationshipId: string | null }
  | { type: 'membership'; organisationId: string }
  | { type: 'audit_trail'; organisationId: string }
  | { type: 'audit_grant'; organisationId: string }
  /** A centre's imported contact data as a whole (imports, their history and rejects); KPIs are read per queue. */
  | { type: 'contact_data'; centreOrganisationId: string };

const seesRelationship = (org: ActingOrg, id: string | null): boolean => id !== null && org.relationships.some((r) => r.id === id);

/** Whether the resource lies inside the acting organisation's reach at all (before any role check). */
const withinReach = (org: ActingOrg, r: Resource): boolean => {
  switch (r.type) {
    case 'platform':
      return false;
    case 'organisation':
      return r.id === org.id || partnerOrganisationIds(org).includes(r.id);
    case 'relationship':
      return seesRelationship(org, r.id);
    case 'site':
    case 'membership':
    case 'audit_grant':
      return r.organisationId === org.id;
    case 'audit_trail':
      // The trail spans all of an organisation's relationships; a grant for one relationship does not open it.
      return r.organisationId === org.id && org.grantRelationshipId === null;
    case 'contact_data':
      return r.centreOrganisationId === org.id && actsAsCentre(org) && org.grantRelationshipId === null;
    case 'queue':
      // The centre sees its own queues (an auditor limited to one relationship only that one's);
      // a client sees the queues run for it, through a relationship it is party to.
      if (r.centreOrganisationId === org.id && actsAsCentre(org))
        return org.grantRelationshipId === null || r.relationshipId === org.grantRelationshipId;
      return seesRelationship(org, r.relationshipId);
  }
};

/** Changes are only ever made to what the acting organisation owns (or is party to). */
const owns = (org: ActingOrg, r: Resource): boolean => {
  switch (r.type) {
    case 'organisation':
      return r.id === org.id;
    case 'queue':
      return r.centreOrganisationId === org.id && actsAsCentre(org);
    default:
      return withinReach(org, r);
  }
};

/**
 * Pure access decision. Platform actions belong to platform administrators; everything else needs
 * an acting organisation whose role grants the action and whose reach includes the resource.
 */
export const can = (scope: Scope, action: Action, resource: Resource): boolean => {
  if (platformActions.includes(action)) return scope.platformAdmin;
  // A platform administrator sets tenants up: it may see every organisation and manage members.
  if (scope.platformAdmin && (action === 'organisation:read' || action === 'member:read' || action === 'member:manage'))
    return resource.type === 'organisation' || resource.type === 'membership';
  const org = scope.org;
  if (!org) return false;
  if (!permissions[org.role].includes(action)) return false;
  return action.endsWith(':read') ? withinReach(org, resource) : owns(org, resource);
};

const readActionOf = (action: Action): Action => {
  const area = action.split(':')[0];
  return area === 'audit_grant' || area === 'user' ? action : (`${area}:read` as Action);
};

/**
 * Throws the resource's not-found error when the actor may not even see it (so foreign ids cannot
 * be probed), and CCQ_ERR_FORBIDDEN when it may see it but not do this to it.
 */
export const authorize = (scope: Scope, action: Action, resource: Resource, notFound: ErrorCode): void => {
  if (can(scope, action, resource)) return;
  const read = readActionOf(action);
  const visible = read !== action && can(scope, read, resource);
  throw new AppError(visible ? 'CCQ_ERR_FORBIDDEN' : notFound);
};

/**
 * For actions inside a container the actor has already been shown to see (the members or sites of
 * a visible organisation): a refusal there is CCQ_ERR_FORBIDDEN, since hiding the container would
 * deny what the actor already knows.
 */
export const requirePermission = (scope: Scope, action: Action, resource: Resource): void => {
  if (!can(scope, action, resource)) throw new AppError('CCQ_ERR_FORBIDDEN');
};
