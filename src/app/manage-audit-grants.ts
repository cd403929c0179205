// src/app/manage-audit-grants.ts — time-limited, read-only access for an auditor (ISO 18295 certification audits)

import { requirePermission } from '../domain/access/can.js';
import { normaliseEmail } from '../domain/organisations/model.js';
import { AppError } from '../domain/shared/errors.js';
import { type Caller, recordChange } from './caller.js';
import { getOrganisation } from './manage-organisations.js';
import type { AuditGrant, Deps } from './ports.js';

export type GrantAuditOptions = {
  auditorEmail: string;
  relationshipId?: string | null | undefined;
  startsAt?: string | undefined;
  endsAt: string;
};

/**
 * Grants an existing account read access to the organisation (or to one of its relationships) between
 * two instants. The auditor then sees that scope with the role `auditor` and can change nothing.
 */
export const grantAuditAccess = async (deps: Deps, caller: Caller, organisationId: string, o: GrantAuditOptions): Promise<AuditGrant> => {
  await getOrganisation(deps, caller, organisationId);
  requirePermission(caller.scope, 'audit_grant:manage', { type: 'audit_grant', organisationId });
  const now = deps.clock().toISOString();
  const startsAt = o.startsAt ? new Date(o.startsAt).toISOString() : now;
  const endsAt = new Date(o.endsAt).toISOString();
  if (endsAt <= startsAt) throw new AppError('CCQ_ERR_VALIDATION', undefined, [{ path: 'endsAt', message: 'must be after the start' }]);
  return deps.store.transaction(async (tx) => {
    const auditor = await tx.users.findByEmail(normaliseEmail(o.auditorEmail));
    if (!auditor) throw new AppError('CCQ_ERR_VALIDATION', undefined, [{ path: 'auditorEmail', message: 'no account with this email' }]);
    if (o.relationshipId) {
      const r = await tx.relationships.findById(caller.scope, o.relationshipId);
      if (!r || (r.clientOrganisationId !== organisationId && r.centreOrganisationId !== organisationId))
        throw new AppError('CCQ_ERR_VALIDATION', undefined, [
          { path: 'relationshipId', message: 'not a relationship of this organisation' },
        ]);
    }
    const g: AuditGrant = {
      id: deps.ids(),
      auditorUserId: auditor.id,
      organisationId,
      relationshipId: o.relationshipId ?? null,
      assessmentId: null,
      startsAt,
      endsAt,
      grantedBy: caller.scope.userId,
      createdAt: now,
      revokedAt: null,
    };
    await tx.auditGrants.insert(g);
    await recordChange(tx, deps, caller, {
      organisationIds: [organisationId],
      entity: 'audit_grant',
      entityId: g.id,
      action: 'create',
      before: null,
      after: g,
    });
    return g;
  });
};

export const listAuditGrants = async (deps: Deps, caller: Caller, organisationId: string): Promise<AuditGrant[]> => {
  await getOrganisation(deps, caller, organisationId);
  requirePermission(caller.scope, 'audit_grant:manage', { type: 'audit_grant', organisationId });
  return deps.store.auditGrants.list(caller.scope, organisationId);
};

export const revokeAuditGrant = async (deps: Deps, caller: Caller, id: string): Promise<void> =>
  deps.store.transaction(async (tx) => {
    const g = await tx.auditGrants.findById(caller.scope, id);
    if (!g) throw new AppError('CCQ_ERR_GRANT_NOT_FOUND');
    const at = deps.clock().toISOString();
    await tx.auditGrants.revoke(id, at);
    await recordChange(tx, deps, caller, {
      organisationIds: [g.organisationId],
      entity: 'audit_grant',
      entityId: id,
      action: 'update',
      before: g,
      after: { ...g, revokedAt: at },
    });
  });
