// src/app/kpis/complaint-kpis.ts — measures the complaint KPIs of a relationship over a local period (ISO 18295-1 4.4)

import { authorize } from '../../domain/access/can.js';
import { ackWithin, complaintRate, reopenRate, resolvedWithin } from '../../domain/complaints/measures.js';
import { AppError } from '../../domain/shared/errors.js';
import { parseLocalDateTime } from '../../domain/shared/local-time.js';
import type { Caller } from '../caller.js';
import type { Deps } from '../ports.js';
import { queryKpis } from '../query-kpis.js';
import type { KpiMeasurer, Measured, VoiceQuery } from './voice-kpis.js';

const instant = (zone: string, text: string, path: string): string => {
  const t = parseLocalDateTime(zone, text);
  if (t === null) throw new AppError('CCQ_ERR_VALIDATION', 'The period is not valid', [{ path, message: 'must be a local date' }]);
  return new Date(t).toISOString();
};

/** Contacts offered to the relationship's queues in the period, from the contact data (the `offered` KPI). */
const offeredOf = async (deps: Deps, caller: Caller, q: VoiceQuery): Promise<number> => {
  const queues = (await deps.store.queues.ofRelationship(q.relationshipId)).map((x) => x.id);
  if (queues.length === 0) return 0;
  const visible = new Set((await deps.store.queues.list(caller.scope)).map((x) => x.id));
  const mine = queues.filter((id) => visible.has(id));
  if (mine.length === 0) return 0;
  const r = await queryKpis(deps, caller, { queues: mine, from: q.from, to: q.to, kpis: ['offered'], timeZone: q.timeZone });
  return r.groups.reduce((sum, g) => sum + (g.kpis.offered ?? 0), 0);
};

/**
 * Complaints belong to the relationship (a web-form complaint has no queue), so every KPI here is
 * over the whole relationship: the query's queue list does not narrow them. Complaints count in the
 * period they were received; deadlines are judged as they stand now.
 */
export const complaintMeasurer: KpiMeasurer = {
  sources: ['complaints'],
  measure: async (deps, caller, q) => {
    authorize(caller.scope, 'complaint:read', { type: 'complaint', relationshipId: q.relationshipId }, 'CCQ_ERR_RELATIONSHIP_NOT_FOUND');
    const from = instant(q.timeZone, q.from, 'from');
    const to = instant(q.timeZone, q.to, 'to');
    const cs = await deps.store.complaints.receivedBetween(q.relationshipId, from, to);
    const now = deps.clock().toISOString();
    const out: Record<string, Measured> = {};
    for (const id of q.kpis) {
      if (id === 'complaint_rate') out[id] = complaintRate(cs.length, await offeredOf(deps, caller, q));
      else if (id === 'complaint_ack_within') out[id] = ackWithin(cs, now);
      else if (id === 'complaint_resolved_within') out[id] = resolvedWithin(cs, now);
      else if (id === 'complaint_reopen_rate') out[id] = reopenRate(cs);
    }
    return out;
  },
};
