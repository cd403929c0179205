// src/app/kpis/survey-kpis.ts — measures csat, nps, ces and response_rate for a relationship and period from its survey answers

import type { Estimate } from '../../domain/surveys/statistics.js';
import { responseRateOf } from '../../domain/surveys/statistics.js';
import { scoresOf } from '../../domain/surveys/results.js';
import { instantsOf, surveyData } from '../survey-results.js';
import type { KpiMeasurer, Measured } from './voice-kpis.js';

/**
 * The surveys of the relationship the caller may read; answers in the period (local dates in the
 * query's zone) and, when queues are named, only answers tied to contacts in those queues. CSAT is a
 * share 0–1 (Wilson CI), NPS −100…100 (multinomial CI), CES a mean 1–7 (t CI), response rate a share.
 */
export const surveyMeasurer: KpiMeasurer = {
  sources: ['surveys'],
  measure: async (deps, caller, q) => {
    const surveys = await deps.store.surveys.list(caller.scope, q.relationshipId);
    const { responses, invitations, byId } = await surveyData(deps, surveys, instantsOf(q.timeZone, q.from, q.to), q.queueIds);
    const scores = scoresOf(byId, responses);
    const all: Record<string, Estimate> = {
      csat: scores.csat,
      nps: scores.nps,
      ces: scores.ces,
      response_rate: responseRateOf(invitations.filter((i) => i.used).length, invitations.length),
    };
    const out: Record<string, Measured> = {};
    for (const id of q.kpis) {
      const m = all[id];
      if (m) out[id] = m;
    }
    return out;
  },
};
