// src/app/kpis/qa-kpis.ts — measures qa_score, critical_error_rate (any kind and per kind) and calibration_agreement (ISO 18295-1 clause 7)

import { authorize } from '../../domain/access/can.js';
import { calibrationAgreement } from '../../domain/qa/calibration.js';
import type { CriticalKind } from '../../domain/qa/scorecard.js';
import { allCriteria } from '../../domain/qa/scorecard.js';
import { meanWithCi, qaLowSample, shareWithCi } from '../../domain/qa/stats.js';
import { AppError } from '../../domain/shared/errors.js';
import { parseLocalDateTime } from '../../domain/shared/local-time.js';
import type { Caller } from '../caller.js';
import type { Deps } from '../ports.js';
import type { KpiMeasurer, Measured, VoiceQuery } from './voice-kpis.js';

/** Calibration sessions are few; below this many in a period the agreement figure is flagged. */
const calibrationLowSample = 5;

const instant = (zone: string, text: string, path: string): string => {
  const t = parseLocalDateTime(zone, text);
  if (t === null) throw new AppError('CCQ_ERR_VALIDATION', 'The period is not valid', [{ path, message: 'must be a local date' }]);
  return new Date(t).toISOString();
};

const measured = (m: { value: number | null; n: number; ci: [number, number] | null }, low: number): Measured => ({
  ...m,
  lowSample: m.n < low,
});

/**
 * Whoever reads the relationship's KPIs (both parties: the client reads these aggregates, never the
 * evaluations) gets the figures over the evaluations of contacts in the period: qa_score the mean
 * score with a normal 95 % interval, critical error rates shares with Wilson intervals, calibration
 * agreement the mean Fleiss' kappa of the sessions held in the period. Calibration scores never count
 * as evaluations of agents. Named queues narrow the evaluations to those tied to them.
 */
const measureQa = async (deps: Deps, caller: Caller, q: VoiceQuery): Promise<Record<string, Measured>> => {
  const rel = await deps.store.relationships.findById(caller.scope, q.relationshipId);
  if (!rel) throw new AppError('CCQ_ERR_RELATIONSHIP_NOT_FOUND');
  authorize(
    caller.scope,
    'kpi:read',
    { type: 'relationship', id: rel.id, clientOrganisationId: rel.clientOrganisationId, centreOrganisationId: rel.centreOrganisationId },
    'CCQ_ERR_RELATIONSHIP_NOT_FOUND',
  );
  const from = instant(q.timeZone, q.from, 'from');
  const to = instant(q.timeZone, q.to, 'to');
  const evaluations = await deps.store.qa.evaluations({
    centreOrganisationId: rel.centreOrganisationId,
    relationshipIds: [rel.id],
    queueIds: q.queueIds,
    from,
    to,
  });
  const withKind = (kind: CriticalKind | null) =>
    evaluations.filter((e) => (kind === null ? e.criticalErrors.length > 0 : e.criticalErrors.includes(kind))).length;
  const out: Record<string, Measured> = {};
  for (const id of q.kpis) {
    if (id === 'qa_score') out[id] = measured(meanWithCi(evaluations.flatMap((e) => (e.score === null ? [] : [e.score]))), qaLowSample);
    else if (id === 'critical_error_rate') out[id] = measured(shareWithCi(withKind(null), evaluations.length), qaLowSample);
    else if (id.startsWith('critical_error_rate_')) {
      const kind = id.slice('critical_error_rate_'.length) as CriticalKind;
      out[id] = measured(shareWithCi(withKind(kind), evaluations.length), qaLowSample);
    } else if (id === 'calibration_agreement') out[id] = await agreementOf(deps, rel.centreOrganisationId, rel.id, q);
  }
  return out;
};

const agreementOf = async (deps: Deps, centreId: string, relationshipId: string, q: VoiceQuery): Promise<Measured> => {
  const sessions = (await deps.store.qa.sessions(centreId, [relationshipId])).filter((s) => s.heldOn >= q.from && s.heldOn < q.to);
  const kappas: number[] = [];
  for (const s of sessions) {
    const card = await deps.store.qa.scorecardById(s.scorecardId);
    const scores = await deps.store.qa.evaluations({ calibrationSessionIds: [s.id], calibration: true });
    const k = card
      ? calibrationAgreement(
          allCriteria(card.content),
          scores.map((e) => e.answers),
        ).kappa
      : null;
    if (k !== null) kappas.push(k);
  }
  return measured(meanWithCi(kappas), calibrationLowSample);
};

export const qaMeasurer: KpiMeasurer = { sources: ['qa'], measure: measureQa };
