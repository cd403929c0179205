// src/app/get-home.ts — what the home page shows for the acting organisation and role

import { can } from '../domain/access/can.js';
import type { Role } from '../domain/access/roles.js';
import type { Organisation, Queue, Relationship, Site } from '../domain/organisations/model.js';
import { type Caller, actingOrganisation } from './caller.js';
import { isNonconformity } from '../domain/conformity/finding.js';
import { obligationsToFlag, versionInForce } from '../domain/mandates/mandate.js';
import { listAssessments } from './manage-assessments.js';
import { expiringEvidence } from './manage-evidence.js';
import { listFindings, overdueActionsOf } from './manage-findings.js';
import { getOrganisation } from './manage-organisations.js';
import type { Deps } from './ports.js';

export type Home = {
  organisation: Organisation;
  role: Role;
  relationships: (Relationship & { clientName: string; centreName: string; queueCount: number })[];
  queues: (Queue & { relationshipName: string | null })[];
  sites: Site[];
  memberCount: number | null;
  /** Conformity at a glance: open findings, overdue corrective actions (flagged), evidence about to expire, recent assessments. */
  conformity: {
    openFindings: number;
    openNonconformities: number;
    overdueActions: {
      id: string;
      findingId: string;
      findingTitle: string;
      assessmentId: string;
      action: string;
      dueOn: string;
      status: string;
    }[];
    expiringEvidence: { id: string; title: string; validUntil: string | null; validity: string }[];
    assessments: { id: string; title: string; edition: string; status: string; readiness: number | null }[];
  };
  /** Obligations of mandates in force that are overdue or due within their lead time, for both parties. */
  obligations: {
    mandateId: string;
    mandateTitle: string;
    id: string;
    title: string;
    owner: 'client' | 'centre';
    dueOn: string;
    overdue: boolean;
  }[];
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
  const findings = await listFindings(deps, caller, { status: 'open' });
  const today = deps.clock().toISOString().slice(0, 10);
  const assessments = await listAssessments(deps, caller);
  const obligations: Home['obligations'] = [];
  for (const m of await deps.store.mandates.list(caller.scope)) {
    const inForce = versionInForce(await deps.store.mandates.versions(m.id));
    if (inForce)
      for (const o of obligationsToFlag(inForce.content, today, await deps.store.mandates.completions(m.id)))
        obligations.push({
          mandateId: m.id,
          mandateTitle: m.title,
          id: o.id,
          title: o.title,
          owner: o.owner,
          dueOn: o.dueOn,
          overdue: o.overdue,
        });
  }
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
    conformity: {
      openFindings: findings.length,
      openNonconformities: findings.filter((f) => isNonconformity(f.grade)).length,
      overdueActions: overdueActionsOf(findings).map((a) => ({
        id: a.id,
        findingId: a.findingId,
        findingTitle: a.findingTitle,
        assessmentId: a.assessmentId,
        action: a.action,
        dueOn: a.dueOn,
        status: a.status,
      })),
      expiringEvidence: (await expiringEvidence(deps, caller)).map((e) => ({
        id: e.id,
        title: e.title,
        validUntil: e.validUntil,
        validity: e.validity,
      })),
      assessments: assessments
        .slice(0, 5)
        .map((a) => ({ id: a.id, title: a.title, edition: a.edition, status: a.status, readiness: a.readiness.readiness })),
    },
    obligations,
  };
};
