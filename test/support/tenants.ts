// test/support/tenants.ts — two unrelated tenants with a user in every role, for isolation tests

import type { Role } from '../../src/domain/access/roles.js';
import type { Deps } from '../../src/app/ports.js';
import { grantAuditAccess } from '../../src/app/manage-audit-grants.js';
import { addMember } from '../../src/app/manage-members.js';
import { createOrganisation } from '../../src/app/manage-organisations.js';
import { createRelationship } from '../../src/app/manage-relationships.js';
import { createQueue, createSite } from '../../src/app/manage-sites-and-queues.js';
import { insertUser } from '../../src/app/manage-users.js';
import { callerFor, operator } from './context.js';

export const TEST_PASSWORD = 'correct-horse-battery';

export type TenantUser = { email: string; role: Role; organisationId: string };

export type Tenant = {
  prefix: string;
  clientId: string;
  centreId: string;
  relationshipId: string;
  siteId: string;
  queueId: string;
  grantId: string;
  users: TenantUser[];
  /** Every id that belongs to the tenant, to search responses for leaks. */
  ids: string[];
};

/**
 * Builds one tenant: a client, the centre that serves it, their relationship, a site, a queue, one
 * user per role on the side where the role belongs, and an auditor with a grant on the centre.
 */
export const seedTenant = async (deps: Deps, prefix: string): Promise<Tenant> => {
  const client = await createOrganisation(deps, operator, { name: `${prefix} Bank`, kind: 'client' });
  const centre = await createOrganisation(deps, operator, { name: `${prefix} Centre`, kind: 'contact_centre' });
  const rel = await createRelationship(deps, operator, {
    clientOrganisationId: client.id,
    centreOrganisationId: centre.id,
    name: `${prefix} service`,
  });
  const lower = prefix.toLowerCase();
  const plan: { role: Role; org: string }[] = [
    { role: 'admin', org: centre.id },
    { role: 'quality_manager', org: centre.id },
    { role: 'team_lead', org: centre.id },
    { role: 'agent', org: centre.id },
    { role: 'admin', org: client.id },
    { role: 'client_manager', org: client.id },
    { role: 'client_viewer', org: client.id },
    { role: 'auditor', org: client.id },
  ];
  const users: TenantUser[] = [];
  const ids = [client.id, centre.id, rel.id];
  for (const [i, p] of plan.entries()) {
    const email = `${p.role}${i}@${lower}.example`;
    const u = await insertUser(deps, operator, { email, displayName: `${prefix} ${p.role}`, password: TEST_PASSWORD });
    const m = await addMember(deps, operator, p.org, { email, role: p.role });
    users.push({ email, role: p.role, organisationId: p.org });
    ids.push(u.id, m.id);
  }
  const grantee = `grant-auditor@${lower}.example`;
  const g = await insertUser(deps, operator, { email: grantee, displayName: `${prefix} external auditor`, password: TEST_PASSWORD });
  ids.push(g.id);
  const centreAdmin = await callerFor(deps, `admin0@${lower}.example`, centre.id);
  const site = await createSite(deps, centreAdmin, centre.id, { name: `${prefix} site`, city: 'Umeå' });
  const queue = await createQueue(deps, centreAdmin, {
    code: `${lower}-q1`,
    name: `${prefix} queue`,
    channel: 'voice',
    relationshipId: rel.id,
    siteId: site.id,
  });
  const grant = await grantAuditAccess(deps, centreAdmin, centre.id, {
    auditorEmail: grantee,
    endsAt: new Date(deps.clock().getTime() + 30 * 86_400_000).toISOString(),
  });
  users.push({ email: grantee, role: 'auditor', organisationId: centre.id });
  ids.push(site.id, queue.id, grant.id);
  return {
    prefix,
    clientId: client.id,
    centreId: centre.id,
    relationshipId: rel.id,
    siteId: site.id,
    queueId: queue.id,
    grantId: grant.id,
    users,
    ids,
  };
};
