// src/app/caller.ts — who is calling a use-case: the acting scope plus a label for the audit trail

import type { ActingOrg, Scope } from '../domain/access/scope.js';
import type { AuditEvent } from '../domain/audit-trail/chain.js';
import { AppError } from '../domain/shared/errors.js';
import type { Deps, Store } from './ports.js';

export type Caller = { scope: Scope; label: string };

/** Appends one change to the audit trail; call it inside the same transaction as the change. */
export const recordChange = async (
  tx: Store,
  deps: Pick<Deps, 'clock' | 'ids'>,
  caller: Caller,
  change: Omit<AuditEvent, 'actorUserId' | 'actorLabel'>,
): Promise<void> => {
  await tx.auditLog.append(
    { ...change, actorUserId: caller.scope.userId, actorLabel: caller.label },
    deps.clock().toISOString(),
    deps.ids(),
  );
};

/** The acting organisation, or the error a route without one should give. */
/** The organisation the caller acts in, with its role; routes that need one answer "not found" without it. */
export const actingOrganisation = (caller: Caller): ActingOrg => {
  if (!caller.scope.org) throw new AppError('CCQ_ERR_ORGANISATION_NOT_FOUND', 'Choose an organisation to act in first');
  return caller.scope.org;
};

export const actingOrganisationId = (caller: Caller): string => actingOrganisation(caller).id;
