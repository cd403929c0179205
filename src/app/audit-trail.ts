// src/app/audit-trail.ts — reading and verifying the hash-chained audit trail

import { authorize } from '../domain/access/can.js';
import type { ChainBreak, ChainedEntry } from '../domain/audit-trail/chain.js';
import { type Caller, actingOrganisationId } from './caller.js';
import type { Deps } from './ports.js';

/** Entries that concern the acting organisation (all entries for a platform administrator without one). */
export const listAuditTrail = async (
  deps: Deps,
  caller: Caller,
  options: { limit: number; before?: number | undefined },
): Promise<ChainedEntry[]> => {
  if (!(caller.scope.platformAdmin && !caller.scope.org)) {
    const organisationId = actingOrganisationId(caller);
    authorize(caller.scope, 'audit_trail:read', { type: 'audit_trail', organisationId }, 'CCQ_ERR_NOT_FOUND');
  }
  return deps.store.auditLog.list(caller.scope, { limit: options.limit, ...(options.before ? { before: options.before } : {}) });
};

/** Recomputes every link of the chain; reports the first broken one (platform administrators only). */
export const verifyAuditTrail = async (deps: Deps, caller: Caller): Promise<{ entries: number; firstBreak: ChainBreak | null }> => {
  authorize(caller.scope, 'user:manage', { type: 'platform' }, 'CCQ_ERR_NOT_FOUND');
  return deps.store.auditLog.verify();
};
