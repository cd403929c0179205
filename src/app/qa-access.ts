// src/app/qa-access.ts — loading what QA use-cases act on, with the access decision made before anything is shown or changed

import { authorize, can, requirePermission } from '../domain/access/can.js';
import type { Action } from '../domain/access/roles.js';
import type { Relationship } from '../domain/organisations/model.js';
import type { Evaluation } from '../domain/qa/evaluation.js';
import type { Scorecard } from '../domain/qa/scorecard.js';
import { AppError } from '../domain/shared/errors.js';
import { type Caller, actingOrganisation } from './caller.js';
import type { Store } from './ports.js';

type QaAction = Extract<Action, `qa:${string}`>;

/** The QA resource of a centre (scorecards: no relationship) or of one relationship's evaluations. */
export const qaResource = (centreOrganisationId: string, relationshipId: string | null, agentUserId: string | null = null) =>
  ({ type: 'qa', centreOrganisationId, relationshipId, agentUserId }) as const;

/**
 * The acting organisation's own QA work as a whole (its scorecards, its lists): the organisation is
 * already known to the caller, so a refusal (a client, a role without the action) is CCQ_ERR_FORBIDDEN.
 */
export const authorizeCentre = (caller: Caller, action: QaAction): string => {
  const org = actingOrganisation(caller);
  requirePermission(caller.scope, action, qaResource(org.id, null));
  return org.id;
};

/** A relationship the caller acts on as its centre; not found for anyone who may not do this there. */
export const loadQaRelationship = async (store: Store, caller: Caller, id: string, action: QaAction): Promise<Relationship> => {
  const rel = await store.relationships.findById(caller.scope, id);
  if (!rel) throw new AppError('CCQ_ERR_RELATIONSHIP_NOT_FOUND');
  authorize(caller.scope, action, qaResource(rel.centreOrganisationId, rel.id), 'CCQ_ERR_RELATIONSHIP_NOT_FOUND');
  return rel;
};

/** A scorecard version of the given centre (another centre's is "not found", never "forbidden"). */
export const loadScorecard = async (store: Store, caller: Caller, id: string, centreId?: string): Promise<Scorecard> => {
  const s = await store.qa.scorecardById(id);
  if (!s || (centreId !== undefined && s.centreOrganisationId !== centreId)) throw new AppError('CCQ_ERR_SCORECARD_NOT_FOUND');
  authorize(caller.scope, 'qa:read', qaResource(s.centreOrganisationId, null), 'CCQ_ERR_SCORECARD_NOT_FOUND');
  return s;
};

/** An evaluation, for an action on it; the agent it names may read it too (to acknowledge or dispute it). */
export const loadEvaluation = async (store: Store, caller: Caller, id: string, action: QaAction): Promise<Evaluation> => {
  const e = await store.qa.evaluationById(id);
  if (!e) throw new AppError('CCQ_ERR_EVALUATION_NOT_FOUND');
  const r = qaResource(e.centreOrganisationId, e.relationshipId, e.agentUserId);
  if (action === 'qa:read' && can(caller.scope, 'qa:acknowledge', r)) return e;
  authorize(caller.scope, action, r, 'CCQ_ERR_EVALUATION_NOT_FOUND');
  return e;
};

/** The relationships the caller sees as a centre with the action (the lists' filter). */
export const qaRelationshipIds = (caller: Caller, action: QaAction): string[] => {
  const org = caller.scope.org;
  if (!org) return [];
  return org.relationships.filter((r) => can(caller.scope, action, qaResource(org.id, r.id))).map((r) => r.id);
};
