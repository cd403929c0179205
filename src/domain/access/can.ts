// src/domain/access/can.ts — the one place that decides whether an actor may do something to something

import { AppError, type ErrorCode } from '../shared/errors.js';
import { type Action, permissions, platformActions } from './roles.js';
import { type ActingOrg, type Scope, actsAsCentre, actsAsClient, limitedByGrant, partnerOrganisationIds } from './scope.js';

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
  | { type: 'contact_data'; centreOrganisationId: string }
  /** A framework: shipped ones (no owner) are read by everyone signed in; an organisation's own by it and its partners. */
  | { type: 'framework'; ownerOrganisationId: string | null }
  /**
   * An assessment and everything under it (answers, evidence links, findings, corrective actions).
   * The assessed organisation owns it; the other party of a relationship it is shared with reads it.
   */
  | AssessmentResource
  /** An organisation's evidence library as a whole; a piece linked to an assessment is also read through that assessment. */
  | { type: 'evidence'; organisationId: string }
  /** A relationship's mandate: read and drafted by both parties of the relationship (ISO 18295-2 puts duties on both). */
  | { type: 'mandate'; relationshipId: string }
  /** A relationship's customer survey (with its invitations and answers): both parties read it; only its centre runs it. */
  | { type: 'survey'; relationshipId: string; centreOrganisationId: string }
  /** A complaint of a relationship: both parties read and handle it (who may take which step is the complaint's own rule). */
  | { type: 'complaint'; relationshipId: string }
  /**
   * Quality monitoring of a centre: its scorecards (no relationship) and its evaluations of a
   * relationship's contacts. Only the centre's side sees them; `agentUserId` names the agent who alone
   * acknowledges or disputes an evaluation. The client reads aggregated QA KPIs through `kpi:read`.
   */
  | { type: 'qa'; centreOrganisationId: string; relationshipId: string | null; agentUserId?: string | null }
  /** A centre's people records and pulse surveys as a whole: its own centre side only; the client sees aggregated KPIs, never records. */
  | { type: 'people'; centreOrganisationId: string };

export type AssessmentResource = {
  type: 'assessment';
  id: string;
  scopeKind: 'centre' | 'client' | 'relationship';
  organisationId: string;
  relationshipId: string | null;
  sharedWith: readonly string[];
};

/** The assessed organisation's own side may see an assessment: the centre's people a centre assessment, the client's a client one. */
const ownSide = (org: ActingOrg, r: AssessmentResource): boolean =>
  r.organisationId === org.id &&
  (r.scopeKind === 'centre'
    ? actsAsCentre(org)
    : r.scopeKind === 'client'
      ? actsAsClient(org)
      : r.relationshipId !== null && seesRelationship(org, r.relationshipId));

const assessmentInReach = (org: ActingOrg, r: AssessmentResource): boolean => {
  const grantAssessment = org.grantAssessmentId ?? null;
  if (grantAssessment !== null) return r.id === grantAssessment && r.organisationId === org.id;
  if (org.grantRelationshipId !== null)
    return r.organisationId === org.id && (r.relationshipId === org.grantRelationshipId || r.sharedWith.includes(org.grantRelationshipId));
  return ownSide(org, r) || r.sharedWith.some((id) => seesRelationship(org, id));
};

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
      return r.organisationId === org.id && !limitedByGrant(org);
    case 'people':
      return r.centreOrganisationId === org.id && actsAsCentre(org) && !limitedByGrant(org);
    case 'contact_data':
      return r.centreOrganisationId === org.id && actsAsCentre(org) && !limitedByGrant(org);
    case 'evidence':
      return r.organisationId === org.id && !limitedByGrant(org);
    case 'mandate':
    case 'complaint':
      return seesRelationship(org, r.relationshipId) && (org.grantAssessmentId ?? null) === null;
    case 'survey':
      return seesRelationship(org, r.relationshipId) && (org.grantAssessmentId ?? null) === null;
    case 'qa':
      return (
        r.centreOrganisationId === org.id &&
        actsAsCentre(org) &&
        (org.grantAssessmentId ?? null) === null &&
        (r.relationshipId === null || seesRelationship(org, r.relationshipId))
      );
    case 'framework':
      return (
        r.ownerOrganisationId === null || r.ownerOrganisationId === org.id || partnerOrganisationIds(org).includes(r.ownerOrganisationId)
      );
    case 'assessment':
      return assessmentInReach(org, r);
    case 'queue':
      // The centre sees its own queues (an auditor limited to one relationship only that one's);
      // a client sees the queues run for it, through a relationship it is party to.
      if (r.centreOrganisationId === org.id && actsAsCentre(org))
        return org.grantRelationshipId === null || r.relationshipId === org.grantRelationshipId;
      return seesRelationship(org, r.relationshipId);
  }
};

/**
 * Actions done to what one may see without owning it: whoever audits an assessment (an auditor, or
 * the client reading its centre's shared assessment) records findings on it and checks whether the
 * actions taken worked; the role matrix says who may.
 */
const reachSuffices: readonly Action[] = ['finding:record', 'action:verify'];

/** Changes are only ever made to what the acting organisation owns (or is party to). */
const owns = (org: ActingOrg, r: Resource): boolean => {
  switch (r.type) {
    case 'organisation':
      return r.id === org.id;
    case 'queue':
      return r.centreOrganisationId === org.id && actsAsCentre(org);
    case 'framework':
      return r.ownerOrganisationId === org.id;
    case 'assessment':
      return ownSide(org, r) && !limitedByGrant(org);
    case 'survey':
      return r.centreOrganisationId === org.id && actsAsCentre(org) && seesRelationship(org, r.relationshipId) && !limitedByGrant(org);
    case 'qa':
      return withinReach(org, r) && !limitedByGrant(org);
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
  // The agent named answers their own evaluation; an evaluator may record the answer the agent gave in a
  // coaching session (agents without a ccq account could never answer otherwise). The audit trail keeps who did.
  if (action === 'qa:acknowledge')
    return (
      resource.type === 'qa' &&
      withinReach(org, resource) &&
      !limitedByGrant(org) &&
      (permissions[org.role].includes('qa:evaluate') || (!!resource.agentUserId && resource.agentUserId === scope.userId))
    );
  if (action.endsWith(':read')) return withinReach(org, resource);
  if (reachSuffices.includes(action)) return resource.type === 'assessment' && withinReach(org, resource);
  return owns(org, resource);
};

const readActionOf = (action: Action): Action => {
  const area = action.split(':')[0];
  if (area === 'audit_grant' || area === 'user') return action;
  // Corrective actions are read with the findings they answer.
  return area === 'action' ? 'finding:read' : (`${area}:read` as Action);
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
