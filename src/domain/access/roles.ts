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
] as const;
export type Action = (typeof actions)[number];

const readAll: Action[] = ['organisation:read', 'site:read', 'queue:read', 'relationship:read'];

/** Writing and signing the mandate of a relationship (both parties edit the draft; each signs for its side). */
const mandateWork: Action[] = ['mandate:read', 'mandate:edit', 'mandate:sign'];

/** Reading the conformity work: frameworks, assessments, their evidence and findings (with their actions). */
const readConformity: Action[] = ['framework:read', 'assessment:read', 'evidence:read', 'finding:read'];
/** Running an assessment: answering, attaching evidence, fixing what was found. */
const doConformity: Action[] = [...readConformity, 'assessment:manage', 'evidence:manage', 'action:manage'];
/** Owning the conformity work: loading frameworks, approving, recording findings, checking that actions worked. */
const ownConformity: Action[] = [...doConformity, 'framework:manage', 'assessment:approve', 'finding:record', 'action:verify'];

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
    // Outgoing webhooks send the organisation's events elsewhere: only its administrators set them up.
    'webhook:manage',
  ],
  quality_manager: [
    ...readAll,
    'member:read',
    'site:manage',
    'queue:manage',
    'audit_trail:read',
    'contact_data:read',
    'contact_data:import',
    'kpi:read',
    ...ownConformity,
    ...mandateWork,
  ],
  team_lead: [...readAll, 'member:read', 'contact_data:read', 'kpi:read', ...doConformity, 'mandate:read'],
  agent: ['organisation:read', 'site:read', 'queue:read', 'kpi:read', 'framework:read'],
  client_manager: [...readAll, 'member:read', 'relationship:update', 'audit_trail:read', 'kpi:read', ...ownConformity, ...mandateWork],
  client_viewer: [...readAll, 'kpi:read', ...readConformity, 'mandate:read'],
  // An auditor reads, within the scope its grant allows; its only changes are the findings it records
  // and its check of whether a corrective action worked.
  auditor: [
    ...readAll,
    'audit_trail:read',
    'contact_data:read',
    'kpi:read',
    ...readConformity,
    'finding:record',
    'action:verify',
    'mandate:read',
  ],
};

export const platformActions: readonly Action[] = ['organisation:create', 'relationship:create', 'user:manage'];
