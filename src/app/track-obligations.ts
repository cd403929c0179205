// src/app/track-obligations.ts — where a mandate's obligations stand, and recording that a party delivered one

import { authorize } from '../domain/access/can.js';
import { versionInForce } from '../domain/mandates/mandate.js';
import { type ObligationCompletion, type ObligationStatus, completionIssues, obligationStatuses } from '../domain/mandates/obligations.js';
import { AppError } from '../domain/shared/errors.js';
import { type Caller, recordChange } from './caller.js';
import type { Deps } from './ports.js';

const notFound = 'CCQ_ERR_MANDATE_NOT_FOUND' as const;

const todayOf = (deps: Deps): string => deps.clock().toISOString().slice(0, 10);

/** The obligations of the version in force (else the draft) and where each stands today. */
export const obligationsOf = async (deps: Deps, caller: Caller, mandateId: string): Promise<ObligationStatus[]> => {
  const m = await deps.store.mandates.findById(caller.scope, mandateId);
  if (!m) throw new AppError(notFound);
  const versions = await deps.store.mandates.versions(m.id);
  const version = versionInForce(versions) ?? versions.at(-1);
  if (!version) return [];
  return obligationStatuses(version.content, await deps.store.mandates.completions(m.id), todayOf(deps));
};

/**
 * Records that one occurrence of an obligation was delivered (either party may: the client sends
 * its forecast, the centre confirms it arrived). The agreement does not change, so no new version.
 * Recording the same occurrence again changes nothing.
 */
export const recordObligationDone = async (
  deps: Deps,
  caller: Caller,
  mandateId: string,
  obligationId: string,
  o: { dueOn: string; doneOn?: string | undefined; note?: string | null | undefined },
): Promise<{ recorded: boolean; obligations: ObligationStatus[] }> => {
  const recorded = await deps.store.transaction(async (tx) => {
    const m = await tx.mandates.findById(caller.scope, mandateId);
    if (!m) throw new AppError(notFound);
    authorize(caller.scope, 'mandate:edit', { type: 'mandate', relationshipId: m.relationshipId }, notFound);
    const versions = await tx.mandates.versions(m.id);
    const version = versionInForce(versions) ?? versions.at(-1);
    const obligation = version?.content.obligations.find((x) => x.id === obligationId);
    if (!obligation)
      throw new AppError('CCQ_ERR_VALIDATION', 'The mandate has no such obligation', [
        { path: 'obligationId', message: 'the mandate has no such obligation' },
      ]);
    const doneOn = o.doneOn ?? todayOf(deps);
    const issues = completionIssues(obligation, { dueOn: o.dueOn, doneOn }, todayOf(deps));
    if (issues.length)
      throw new AppError(
        'CCQ_ERR_VALIDATION',
        issues.join('; '),
        issues.map((message) => ({ path: 'dueOn', message })),
      );
    const user = caller.scope.userId ? await tx.users.findById(caller.scope.userId) : null;
    const c: ObligationCompletion = {
      mandateId: m.id,
      obligationId,
      dueOn: o.dueOn,
      doneOn,
      note: o.note?.trim() || null,
      recordedBy: caller.scope.userId,
      recordedByName: user?.displayName || user?.email || caller.label,
      recordedAt: deps.clock().toISOString(),
    };
    const inserted = await tx.mandates.insertCompletion(c);
    if (inserted) {
      const rel = await tx.relationships.findById(caller.scope, m.relationshipId);
      await recordChange(tx, deps, caller, {
        organisationIds: rel ? [...new Set([rel.clientOrganisationId, rel.centreOrganisationId])] : [],
        entity: 'obligation_completion',
        entityId: `${m.id}:${obligationId}:${o.dueOn}`,
        action: 'create',
        before: null,
        after: { obligationId, dueOn: c.dueOn, doneOn: c.doneOn, note: c.note },
      });
    }
    return inserted;
  });
  return { recorded, obligations: await obligationsOf(deps, caller, mandateId) };
};
