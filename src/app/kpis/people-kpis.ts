// src/app/kpis/people-kpis.ts — the measurer of employee KPIs: pulse (eNPS, engagement; groups of five or more only) and people records (attrition, absence, training, competence, coaching)

import { authorize } from '../../domain/access/can.js';
import { PEOPLE_LOW_SAMPLE, annualisedRate, competenceCoverage, dayBefore, workforceOf } from '../../domain/people/people.js';
import { ANONYMITY_THRESHOLD, PULSE_LOW_SAMPLE, type PulseFigure, addSums, engagementOf, enpsOf } from '../../domain/people/pulse.js';
import { peopleKpis } from '../../domain/kpi/dictionary-people.js';
import { AppError } from '../../domain/shared/errors.js';
import type { Caller } from '../caller.js';
import type { Deps } from '../ports.js';
import type { KpiMeasurer, Measured, VoiceQuery } from './voice-kpis.js';

const none: Measured = { value: null, n: 0, ci: null, lowSample: true };

const fromFigure = (f: PulseFigure | null): Measured =>
  f === null ? none : { value: f.value, n: f.n, ci: f.ci, lowSample: f.n < PULSE_LOW_SAMPLE };

/** A figure over a whole group of agents (not a sample): no interval; flagged when the group is small. */
const census = (value: number | null, n: number): Measured => ({ value, n, ci: null, lowSample: n < PEOPLE_LOW_SAMPLE });

/** Pulse KPIs of the surveys of the relationship in the period: only groups of at least five answers are added up. */
const measurePulse = async (deps: Deps, relationshipId: string, q: VoiceQuery): Promise<Record<string, Measured>> => {
  const surveys = await deps.store.pulse.ofRelationship(relationshipId, { from: q.from, to: q.to });
  const total = addSums(
    await deps.store.pulse.groupSums(
      surveys.map((s) => s.id),
      ANONYMITY_THRESHOLD,
    ),
  );
  return { enps: fromFigure(enpsOf(total)), engagement_index: fromFigure(engagementOf(total)) };
};

/** People KPIs over the agents the centre records for the relationship. */
const measurePeople = async (deps: Deps, centreId: string, relationshipId: string, q: VoiceQuery): Promise<Record<string, Measured>> => {
  const agents = await deps.store.people.agents(centreId, { relationshipId });
  const codes = new Set(agents.map((a) => a.agentCode));
  const events = (await deps.store.people.events(centreId, { from: q.from, to: q.to })).filter((e) => codes.has(e.agentCode));
  const w = workforceOf(agents, q.from, q.to);
  const perHead = (x: number) => (w.averageHeadcount > 0 ? x / w.averageHeadcount : null);
  const absence = events.filter((e) => e.kind === 'absence');
  const scheduled = absence.reduce((t, e) => t + (e.scheduledHours ?? 0), 0);
  const absent = absence.reduce((t, e) => t + e.hours, 0);
  const training = events.filter((e) => e.kind === 'training').reduce((t, e) => t + e.hours, 0);
  const coaching = events.filter((e) => e.kind === 'coaching').length;
  const out: Record<string, Measured> = {
    attrition_rate: census(annualisedRate(w.leavers, w), w.agents),
    early_attrition_rate: census(annualisedRate(w.earlyLeavers, w), w.agents),
    absence_rate: census(scheduled > 0 ? absent / scheduled : null, new Set(absence.map((e) => e.agentCode)).size),
    training_hours_per_agent: census(perHead(training), w.agents),
    coaching_per_agent: census(perHead(coaching), w.agents),
  };
  if (q.kpis.includes('competence_coverage')) {
    const [held, profiles] = await Promise.all([deps.store.people.competences(centreId), deps.store.people.roleProfiles(centreId)]);
    const c = competenceCoverage(agents, held, profiles, dayBefore(q.to));
    out.competence_coverage = census(c.required > 0 ? c.held / c.required : null, c.agents);
  }
  return out;
};

/**
 * Who reads these: anyone who may read KPIs of the relationship — the centre, and also the client,
 * which sees the aggregated figures of the agents serving it (never a record, never a group under five).
 */
const measure = async (deps: Deps, caller: Caller, q: VoiceQuery): Promise<Record<string, Measured>> => {
  const rel = await deps.store.relationships.findById(caller.scope, q.relationshipId);
  if (!rel) throw new AppError('CCQ_ERR_RELATIONSHIP_NOT_FOUND');
  authorize(
    caller.scope,
    'kpi:read',
    { type: 'relationship', id: rel.id, clientOrganisationId: rel.clientOrganisationId, centreOrganisationId: rel.centreOrganisationId },
    'CCQ_ERR_RELATIONSHIP_NOT_FOUND',
  );
  const wantsPulse = q.kpis.some((k) => k === 'enps' || k === 'engagement_index');
  const wantsPeople = q.kpis.some((k) => k !== 'enps' && k !== 'engagement_index');
  const all = {
    ...(wantsPulse ? await measurePulse(deps, rel.id, q) : {}),
    ...(wantsPeople ? await measurePeople(deps, rel.centreOrganisationId, rel.id, q) : {}),
  };
  const out: Record<string, Measured> = {};
  for (const k of q.kpis) out[k] = all[k] ?? none;
  return out;
};

export const peopleMeasurer: KpiMeasurer = { sources: ['people', 'pulse'], measure };

/** Every people and pulse KPI of a relationship over [from, to), in dictionary order. */
export const measurePeopleKpis = async (
  deps: Deps,
  caller: Caller,
  o: { relationshipId: string; from: string; to: string },
): Promise<(Measured & { kpi: string })[]> => {
  if (o.to <= o.from) throw new AppError('CCQ_ERR_VALIDATION', 'The period is empty', [{ path: 'to', message: 'after from' }]);
  const kpis = peopleKpis.map((k) => k.id);
  const m = await measure(deps, caller, { relationshipId: o.relationshipId, queueIds: [], from: o.from, to: o.to, timeZone: 'UTC', kpis });
  return kpis.map((kpi) => ({ kpi, ...(m[kpi] ?? none) }));
};
