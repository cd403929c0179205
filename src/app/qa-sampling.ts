// src/app/qa-sampling.ts — which contacts of a month to evaluate: n answered contacts per agent (and queue), drawn reproducibly

import { type SampleCandidate, sampleContacts } from '../domain/qa/sampling.js';
import { zonedToEpoch } from '../domain/shared/time-zone.js';
import type { Caller } from './caller.js';
import type { Deps } from './ports.js';
import { loadQaRelationship } from './qa-access.js';

export type DrawSampleOptions = { relationshipId: string; month: string; perAgent: number; perQueue: boolean; seed: number };
export type SampledContact = { sourceId: string; agent: string; queueId: string; enteredAt: string };

/**
 * Draws the month's sample (the month in the centre's time zone) from the answered contacts of the
 * relationship's queues. Contacts already evaluated are left out, so drawing again with the same seed
 * after some evaluations tops the sample up instead of repeating it. Nothing is stored: the sample is
 * a work list for evaluators.
 */
export const drawSample = async (deps: Deps, caller: Caller, o: DrawSampleOptions): Promise<SampledContact[]> => {
  const rel = await loadQaRelationship(deps.store, caller, o.relationshipId, 'qa:evaluate');
  const centre = await deps.store.organisations.findById(caller.scope, rel.centreOrganisationId);
  const zone = centre?.timeZone ?? 'UTC';
  const [y, m] = o.month.split('-').map(Number) as [number, number];
  const from = zonedToEpoch(zone, y, m, 1, 0, 0, 0);
  const to = zonedToEpoch(zone, y, m + 1, 1, 0, 0, 0);
  const queueIds = (await deps.store.queues.ofRelationship(rel.id))
    .filter((q) => q.centreOrganisationId === rel.centreOrganisationId)
    .map((q) => q.id);
  const candidates: SampleCandidate[] = await deps.store.qa.sampleCandidates(queueIds, from, to);
  const done = new Set((await deps.store.qa.evaluations({ relationshipIds: [rel.id] })).map((e) => e.contactSourceId));
  return sampleContacts(candidates, { perAgent: o.perAgent, perQueue: o.perQueue, seed: o.seed }, done).map((c) => ({
    sourceId: c.sourceId,
    agent: c.agent,
    queueId: c.queueId,
    enteredAt: new Date(c.enteredAt).toISOString(),
  }));
};
