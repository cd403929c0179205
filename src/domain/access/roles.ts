// src/domain/access/roles.ts — the roles a person holds in an organisation and what each may do

import type { OrganisationKind } from '../organisations/model.js';

export const roles = ['admin', 'quality_manager', 'team_lead', 'agent', 'client_manager', 'client_viewer', 'auditor'] as const;
export type Role = (typeof roles)[number];

/** Roles that make sense on the centre side, the client side, or either. */
export const centreRoles: readonly Role[] = ['admin', 'quality_manager', 'team_lead', 'agent', 'auditor'];
export const clientRoles: readonly Role[] = ['admin', 'client_manager', 'client_viewer', 'auditor'];

/** Whether a role may be held in an organisation of the given kind (an in-house centre takes every role). */
export const roleFitsKind = (role: Role, kind: OrganisationKind): boolean =>
  kind === 'both' || (kind === 'client' ? clientRoles : centreRoles).includes(role);

/** What a role may do, by area. `read` is implied by every other action in the same area. */
export const actions = [
  'organisation:read',
  'organisation:update',
  'organisation:create',
  'member:read',
  'member:manage',
  'site:read',
  'site:manage',
  'queue:read',
  'queue:manage',
  'relationship:read',
  'relationship:create',
  'relationship:update',
  'audit_trail:read',
  'audit_grant:manage',
  'user:manage',
  'contact_data:read',
  'contact_data:import',
  'kpi:read',
  'framework:read',
  'framework:manage',
  'assessment:read',
  'assessment:manage',
  'assessment:approve',
  'evidence:read',
  'evidence:manage',
  'finding:read',
  'finding:record',
  'action:manage',
  'action:verify',
  'mandate:read',
  'mandate:edit',
  'mandate:sign',
  'webhook:manage',
  'survey:read',
  'survey:manage',
  'complaint:read',
  'complaint:handle',
  'qa:read',
  'qa:evaluate',
  'qa:manage',
  'qa:acknowledge',
  'people:read',
  'people:manage',
  'staffing:read',
  'staffing:plan',
] as const;
export type Action = (typeof actions)[number];

/** Keeping the centre's people records and running its anonymous pulse surveys (ISO 18295-1 clause 6). */
const peopleWork: Action[] = ['people:read', 'people:manage'];

const readAll: Action[] = ['organisation:read', 'site:read', 'queue:read', 'relationship:read'];

/**
 * Quality monitoring (ISO 18295-1 clause 7) is the centre's own work: evaluators score, quality managers
 * own the scorecards and calibration, the agent acknowledges or disputes their own evaluations
 * (can.ts: only the one named; an evaluator may record the answer an agent gave in coaching). The client has no QA action: it reads the aggregated QA KPIs of its
 * relationship through `kpi:read`, never single evaluations.
 */
const ownQa: Action[] = ['qa:read', 'qa:evaluate', 'qa:manage', 'qa:acknowledge'];

/**
 * Complaints (ISO 10002 via ISO 18295-1 4.4) are handled by both parties as the mandate splits them: the
 * centre's first line and the client's final response. Agents get none (complainants' personal data is
 * kept to those who handle it); viewers and auditors read without the personal fields.
 */
const handleComplaints: Action[] = ['complaint:read', 'complaint:handle'];

/** Writing and signing the mandate of a relationship (both parties edit the draft; each signs for its side). */
const mandateWork: Action[] = ['mandate:read', 'mandate:edit', 'mandate:sign'];

/** Reading the conformity work: frameworks, assessments, their evidence and findings (with their actions). */
const readConformity: Action[] = ['framework:read', 'assessment:read', 'evidence:read', 'finding:read'];
/** Running an assessment: answering, attaching evidence, fixing what was found. */
const doConformity: Action[] = [...readConformity, 'assessment:manage', 'evidence:manage', 'action:manage'];
/** Owning the conformity work: loading frameworks, approving, recording findings, checking that actions worked. */
const ownConformity: Action[] = [...doConformity, 'framework:manage', 'assessment:approve', 'finding:record', 'action:verify'];

/**
 * Resource planning (ISO 18295-1, operations): the centre forecasts and plans its own staffing; the
 * client reads the plans and forecasts of the queues run for it (its mandate sets the targets they
 * are planned for), as does an auditor.
 */
const planStaffing: Action[] = ['staffing:read', 'staffing:plan'];

/**
 * The permission matrix. Platform-wide actions (`organisation:create`, `relationship:create`,
 * `user:manage`) belong to platform administrators, not to any organisation role.
 */
export const permissions: Record<Role, readonly Action[]> = {
  admin: [
    ...readAll,
    'organisation:update',
    'member:read',
    'member:manage',
    'site:manage',
    'queue:manage',
    'relationship:update',
    'audit_trail:read',
    'audit_grant:manage',
    'contact_data:read',
    'contact_data:import',
    'kpi:read',
    ...ownConformity,
    ...mandateWork,
    ...handleComplaints,
    ...ownQa,
    // Customer surveys: the centre runs them (can.ts lets only the centre side manage); the client reads the results.
    'survey:read',
    'survey:manage',
    // Outgoing webhooks send the organisation's events elsewhere: only its administrators set them up.
    'webhook:manage',
    // People records and pulse results belong to the centre alone (can.ts keeps them from the client side).
    ...peopleWork,
    ...planStaffing,
  ],
  quality_manager: [
    ...readAll,
    ...peopleWork,
    ...ownQa,
    'survey:read',
    'survey:manage',
    'member:read',
    'site:manage',
    'queue:manage',
    'audit_trail:read',
    'contact_data:read',
    'contact_data:import',
    'kpi:read',
    ...ownConformity,
    ...mandateWork,
    ...handleComplaints,
    ...planStaffing,
  ],
  team_lead: [
    ...readAll,
    'people:read',
    'qa:read',
    'qa:evaluate',
    'qa:acknowledge',
    'survey:read',
    'member:read',
    'contact_data:read',
    'kpi:read',
    ...doConformity,
    'mandate:read',
    ...handleComplaints,
    ...planStaffing,
  ],
  agent: ['organisation:read', 'site:read', 'queue:read', 'kpi:read', 'framework:read', 'qa:acknowledge'],
  client_manager: [
    ...readAll,
    'survey:read',
    'member:read',
    'relationship:update',
    'audit_trail:read',
    'kpi:read',
    ...ownConformity,
    ...mandateWork,
    ...handleComplaints,
    'staffing:read',
  ],
  client_viewer: [...readAll, 'survey:read', 'kpi:read', ...readConformity, 'mandate:read', 'complaint:read', 'staffing:read'],
  // An auditor reads, within the scope its grant allows; its only changes are the findings it records
  // and its check of whether a corrective action worked.
  auditor: [
    ...readAll,
    'people:read',
    'qa:read',
    'survey:read',
    'audit_trail:read',
    'contact_data:read',
    'kpi:read',
    ...readConformity,
    'finding:record',
    'action:verify',
    'mandate:read',
    'complaint:read',
    'staffing:read',
  ],
};

export const platformActions: readonly Action[] = ['organisation:create', 'relationship:create', 'user:manage'];
