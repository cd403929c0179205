// src/app/staffing/staffing-targets.ts — the targets a queue is staffed for: its relationship's mandate when one exists, else a stated default

import { type KpiTarget, versionInForce } from '../../domain/mandates/mandate.js';
import type { Queue } from '../../domain/organisations/model.js';
import type { StaffingTargets } from '../../domain/staffing/measures.js';
import type { Caller } from '../caller.js';
import type { Deps } from '../ports.js';

export type TargetSource =
  | { kind: 'mandate'; mandateId: string; title: string; version: number; signed: boolean; targetIds: string[] }
  | { kind: 'default' }
  | { kind: 'given' };

/** 80 % answered within 20 seconds: the customary default when no mandate says otherwise. */
export const defaultTargets: StaffingTargets = { serviceLevel: { fraction: 0.8, thresholdSeconds: 20 } };

const appliesTo = (t: KpiTarget, queueId: string): boolean => t.queueIds.length === 0 || t.queueIds.includes(queueId);

/**
 * The mandate's targets that staffing can plan for: service level (with its threshold), ASA,
 * abandon rate and occupancy, on this queue. Where a mandate names the same KPI twice the stricter
 * target wins. Other KPIs (surveys, repeat contacts…) do not depend on the number of agents.
 */
export const staffingTargetsOf = (targets: readonly KpiTarget[], queueId: string): { targets: StaffingTargets; used: string[] } => {
  const out: StaffingTargets = {};
  const used: string[] = [];
  for (const t of targets.filter((x) => appliesTo(x, queueId))) {
    if (t.kpi === 'service_level' && t.direction === 'at_least') {
      const thresholdSeconds = t.params.thresholdSeconds ?? 20;
      if (out.serviceLevel === undefined || t.target > out.serviceLevel.fraction)
        out.serviceLevel = { fraction: t.target, thresholdSeconds };
    } else if (t.kpi === 'asa' && t.direction === 'at_most')
      out.maxAsaSeconds = Math.min(out.maxAsaSeconds ?? Number.POSITIVE_INFINITY, t.target);
    else if (t.kpi === 'abandon_rate' && t.direction === 'at_most')
      out.maxAbandonRate = Math.min(out.maxAbandonRate ?? Number.POSITIVE_INFINITY, t.target);
    else if (t.kpi === 'occupancy' && t.direction === 'at_most')
      out.maxOccupancy = Math.min(out.maxOccupancy ?? Number.POSITIVE_INFINITY, t.target);
    else continue;
    used.push(t.id);
  }
  return { targets: out, used };
};

/**
 * The queue's targets from the mandate in force for its relationship (else its newest draft, marked
 * unsigned); the default when the queue has no relationship, no mandate or no staffing target in it.
 */
export const targetsForQueue = async (
  deps: Deps,
  caller: Caller,
  queue: Queue,
): Promise<{ targets: StaffingTargets; source: TargetSource }> => {
  if (queue.relationshipId === null) return { targets: defaultTargets, source: { kind: 'default' } };
  const mandates = (await deps.store.mandates.list(caller.scope)).filter((m) => m.relationshipId === queue.relationshipId);
  for (const m of mandates) {
    const versions = await deps.store.mandates.versions(m.id);
    const version = versionInForce(versions) ?? versions.at(-1);
    if (!version) continue;
    const { targets, used } = staffingTargetsOf(version.content.targets, queue.id);
    if (used.length === 0) continue;
    return {
      targets,
      source: {
        kind: 'mandate',
        mandateId: m.id,
        title: m.title,
        version: version.number,
        signed: version.status === 'signed',
        targetIds: used,
      },
    };
  }
  return { targets: defaultTargets, source: { kind: 'default' } };
};
