// src/app/review-pack.ts — everything a joint review (ISO 18295-2) looks at for a relationship and a month, gathered once for the renderers

import type { FindingGrade } from '../domain/conformity/finding.js';
import { kpiById } from '../domain/kpi/dictionary.js';
import { type KpiTarget, type Party, versionInForce } from '../domain/mandates/mandate.js';
import { type ObligationState, obligationStatuses } from '../domain/mandates/obligations.js';
import type { TargetStatus } from '../domain/mandates/target-evaluation.js';
import { monthsEndingWith } from '../domain/reviews/review.js';
import { AppError } from '../domain/shared/errors.js';
import type { Caller } from './caller.js';
import { measureVoiceKpis } from './kpis/voice-kpis.js';
import { listAssessments } from './manage-assessments.js';
import { listFindings } from './manage-findings.js';
import { evaluateContent } from './manage-mandates.js';
import type { Deps } from './ports.js';
import { comparePlan } from './staffing/compare-plan.js';
import { listPlans } from './staffing/plan-staffing.js';

export const reviewPackFormat = 'ccq-review-pack/1';

/** How many months of trend a pack shows, the reviewed month last. */
export const trendMonths = 6;

export type PackEvaluation = { label: string; from: string; to: string; measured: number | null; coverage: number; status: TargetStatus };

export type PackTarget = {
  target: KpiTarget;
  name: { sv: string; en: string };
  unit: string;
  /** The queue codes the target is measured on. */
  queues: string[];
  /** The target's own periods (days, weeks or the month) within the reviewed month. */
  evaluations: PackEvaluation[];
  /** The KPI per month, the reviewed month last: judged against the same target over each whole month. */
  trend: (PackEvaluation & { month: string })[];
};

export type PackAction = { action: string; owner: string; dueOn: string; status: string; overdue: boolean };

export type PackMissed = {
  targetId: string;
  name: { sv: string; en: string };
  unit: string;
  period: string;
  measured: number | null;
  target: number;
  direction: KpiTarget['direction'];
  /** The finding ccq raised for it, when the caller may read it. */
  finding: { seq: number; title: string; status: 'open' | 'closed'; assessmentTitle: string; actions: PackAction[] } | null;
};

export type PackFinding = {
  seq: number;
  grade: FindingGrade;
  title: string;
  assessmentTitle: string;
  raisedAt: string;
  openActions: number;
  overdueActions: number;
};

export type PackVoiceFigure = {
  kpi: string;
  name: { sv: string; en: string };
  unit: string;
  value: number | null;
  n: number;
  ci: [number, number] | null;
  lowSample: boolean;
};

/**
 * A staffing plan of the month set against what happened (ISO 18295-1 resourcing; ISO 18295-2 asks the
 * client for the volume forecasts a plan rests on): forecast against actual contacts, planned against
 * available agent hours, expected against measured service level.
 */
export type PackStaffing = {
  queue: string;
  from: string;
  to: string;
  model: string;
  forecastOffered: number;
  actualOffered: number;
  forecastWape: number | null;
  expectedServiceLevel: number | null;
  actualServiceLevel: number | null;
  plannedAgentHours: number;
  availableAgentHours: number | null;
  intervalsBelowTarget: number;
  intervals: number;
};

/** The newest saved plans (at most this many) of the relationship's queues that start in the month. */
const staffingPlansShown = 10;

const staffingOf = async (deps: Deps, caller: Caller, relationshipId: string, period: string): Promise<PackStaffing[] | null> => {
  const from = `${period}-01`;
  const to = `${nextMonth(period)}-01`;
  const plans = (await listPlans(deps, caller, { limit: 200 }))
    .filter((p) => p.relationshipId === relationshipId && p.from >= from && p.from < to)
    .slice(0, staffingPlansShown);
  const out: PackStaffing[] = [];
  for (const plan of plans) {
    const c = await comparePlan(deps, caller, plan.id);
    out.push({
      queue: c.plan.queue.code,
      from: c.plan.from,
      to: c.plan.to,
      model: c.plan.model,
      forecastOffered: c.summary.forecastOffered,
      actualOffered: c.summary.actualOffered,
      forecastWape: c.summary.forecastWape,
      expectedServiceLevel: c.summary.expectedServiceLevel,
      actualServiceLevel: c.summary.actualServiceLevel,
      plannedAgentHours: c.summary.plannedAgentHours,
      availableAgentHours: c.summary.availableAgentHours,
      intervalsBelowTarget: c.summary.intervalsBelowTarget,
      intervals: c.summary.intervals,
    });
  }
  return out.length > 0 ? out : null;
};

/** The customer, quality and employee KPIs a pack shows when ccq measures them (and the reader may see them). */
const voiceKpis = [
  'csat',
  'nps',
  'ces',
  'response_rate',
  'complaint_rate',
  'complaint_ack_within',
  'complaint_resolved_within',
  'complaint_reopen_rate',
  'qa_score',
  'critical_error_rate',
  'enps',
  'engagement_index',
  'attrition_rate',
  'absence_rate',
];

/** Each voice KPI the caller may see, measured for the month; one the caller may not read is left out, not failed. */
const voiceOf = async (
  deps: Deps,
  caller: Caller,
  relationshipId: string,
  period: string,
  timeZone: string,
): Promise<PackVoiceFigure[] | null> => {
  const [from, to] = [`${period}-01`, `${nextMonth(period)}-01`];
  const out: PackVoiceFigure[] = [];
  for (const kpi of voiceKpis.filter((id) => kpiById.has(id))) {
    try {
      const m = (await measureVoiceKpis(deps, caller, { relationshipId, queueIds: [], from, to, timeZone, kpis: [kpi] }))[kpi];
      if (m) out.push({ kpi, name: nameOf(kpi), unit: unitOf(kpi), value: m.value, n: m.n, ci: m.ci, lowSample: m.lowSample });
    } catch (e) {
      if (!(e instanceof AppError) || e.status >= 500) throw e;
    }
  }
  // Figures without a sample say nothing; the pack names only what was measured (and says so when nothing was).
  const measured = out.filter((x) => x.n > 0);
  return measured.length ? measured : null;
};

const nextMonth = (period: string): string => {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

const nameOf = (kpi: string) => kpiById.get(kpi)?.name ?? { sv: kpi, en: kpi };
const unitOf = (kpi: string) => kpiById.get(kpi)?.unit ?? '';

export type PackObligation = {
  id: string;
  title: string;
  owner: Party;
  recurrence: string;
  dueOn: string;
  state: ObligationState;
  lastDoneOn: string | null;
};

export type ReviewPack = {
  format: typeof reviewPackFormat;
  generatedAt: string;
  /** The reviewed month, `2026-10`. */
  period: string;
  months: string[];
  relationship: { id: string; name: string };
  client: { id: string; name: string };
  centre: { id: string; name: string; timeZone: string };
  mandate: { id: string; title: string };
  version: { number: number; hash: string; status: string; signatures: { party: Party; name: string; at: string }[] };
  targets: PackTarget[];
  missed: PackMissed[];
  /**
   * Customer-feedback and complaint figures of the month, each with its sample; null when the reader
   * may see none of them or none has a sample (the pack says so rather than showing zeros).
   */
  voice: PackVoiceFigure[] | null;
  /** Saved staffing plans of the month against what happened; null without any. Absent in packs frozen before staffing plans existed. */
  staffing?: PackStaffing[] | null;
  conformity: {
    assessments: { title: string; edition: string; side: Party; status: string; readiness: number | null }[];
    openFindings: PackFinding[];
  };
  obligations: PackObligation[];
};

const pick = (e: {
  period: { label: string; from: string; to: string };
  measured: number | null;
  coverage: number;
  status: TargetStatus;
}) => ({
  label: e.period.label,
  from: e.period.from,
  to: e.period.to,
  measured: e.measured,
  coverage: e.coverage,
  status: e.status,
});

/**
 * Gathers a relationship's review pack for a month with the caller's own access: the mandate in force
 * (a draft when nothing is signed yet), its targets judged per period and as a monthly trend, the
 * missed targets with the findings and actions ccq raised for them, conformity status and open
 * findings of both parties' assessments the caller may read, and where the obligations stand.
 */
export const gatherReviewPack = async (deps: Deps, caller: Caller, o: { relationshipId: string; period: string }): Promise<ReviewPack> => {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(o.period))
    throw new AppError('CCQ_ERR_VALIDATION', undefined, [{ path: 'period', message: 'use YYYY-MM' }]);
  const rel = await deps.store.relationships.findById(caller.scope, o.relationshipId);
  if (!rel) throw new AppError('CCQ_ERR_RELATIONSHIP_NOT_FOUND');
  const mandate = (await deps.store.mandates.list(caller.scope)).find((m) => m.relationshipId === rel.id);
  if (!mandate) throw new AppError('CCQ_ERR_MANDATE_NOT_FOUND', 'This relationship has no mandate you can see');
  const versions = await deps.store.mandates.versions(mandate.id);
  const version = versionInForce(versions) ?? versions.at(-1);
  if (!version) throw new AppError('CCQ_ERR_MANDATE_NOT_FOUND');
  const [client, centre] = await Promise.all([
    deps.store.organisations.findById(caller.scope, rel.clientOrganisationId),
    deps.store.organisations.findById(caller.scope, rel.centreOrganisationId),
  ]);
  const queueCode = new Map((await deps.store.queues.ofRelationship(rel.id)).map((q) => [q.id, q.code]));
  const content = version.content;

  // The reviewed month per the targets' own periods, and each month of the trend as a whole month.
  const months = monthsEndingWith(o.period, trendMonths);
  const current = await evaluateContent(deps, caller, mandate, content, o.period);
  const monthly = content.targets.map((t) => ({ ...t, period: 'month' as const }));
  const trend = new Map<string, (PackEvaluation & { month: string })[]>();
  for (const month of months)
    for (const e of await evaluateContent(deps, caller, mandate, { ...content, targets: monthly }, month))
      trend.set(e.targetId, [...(trend.get(e.targetId) ?? []), { month, ...pick(e) }]);

  const targets: PackTarget[] = content.targets.map((t) => ({
    target: t,
    name: nameOf(t.kpi),
    unit: unitOf(t.kpi),
    queues: t.queueIds.map((q) => queueCode.get(q) ?? q),
    evaluations: current.filter((e) => e.targetId === t.id).map(pick),
    trend: trend.get(t.id) ?? [],
  }));

  // Both parties' assessments that concern this relationship and the caller may read.
  const parties = new Map<string, Party>([
    [rel.clientOrganisationId, 'client'],
    [rel.centreOrganisationId, 'centre'],
  ]);
  const assessments = (await listAssessments(deps, caller)).filter(
    (a) => parties.has(a.organisationId) && (a.relationshipId === null || a.relationshipId === rel.id),
  );
  const assessmentIds = new Set(assessments.map((a) => a.id));
  const findings = (await listFindings(deps, caller)).filter((f) => assessmentIds.has(f.assessmentId));
  const people = new Map<string, string>();
  for (const id of new Set(findings.flatMap((f) => f.actions.map((x) => x.ownerUserId)))) {
    const u = await deps.store.users.findById(id);
    people.set(id, u ? u.displayName || u.email : id);
  }

  const missed: PackMissed[] = current
    .filter((e) => e.status === 'missed')
    .map((e) => {
      const f = findings.find((x) => x.origin === `target:${mandate.id}:${e.targetId}:${e.period.label}`);
      return {
        targetId: e.targetId,
        name: nameOf(e.kpi),
        unit: unitOf(e.kpi),
        period: e.period.label,
        measured: e.measured,
        target: e.target,
        direction: e.direction,
        finding: f
          ? {
              seq: f.seq,
              title: f.title,
              status: f.status,
              assessmentTitle: f.assessmentTitle,
              actions: f.actions.map((x) => ({
                action: x.action,
                owner: people.get(x.ownerUserId) ?? x.ownerUserId,
                dueOn: x.dueOn,
                status: x.status,
                overdue: x.overdue,
              })),
            }
          : null,
      };
    });

  const today = deps.clock().toISOString().slice(0, 10);
  const completions = await deps.store.mandates.completions(mandate.id);
  return {
    format: reviewPackFormat,
    generatedAt: deps.clock().toISOString(),
    period: o.period,
    months,
    relationship: { id: rel.id, name: rel.name },
    client: { id: rel.clientOrganisationId, name: client?.name ?? '' },
    centre: { id: rel.centreOrganisationId, name: centre?.name ?? '', timeZone: centre?.timeZone ?? 'UTC' },
    mandate: { id: mandate.id, title: mandate.title },
    version: {
      number: version.number,
      hash: version.hash,
      status: version.status,
      signatures: version.signatures.map((s) => ({ party: s.party, name: s.name, at: s.at })),
    },
    targets,
    missed,
    voice: await voiceOf(deps, caller, rel.id, o.period, centre?.timeZone ?? 'UTC'),
    staffing: await staffingOf(deps, caller, rel.id, o.period),
    conformity: {
      assessments: assessments.map((a) => ({
        title: a.title,
        edition: a.edition,
        side: parties.get(a.organisationId) as Party,
        status: a.status,
        readiness: a.readiness.readiness,
      })),
      openFindings: findings
        .filter((f) => f.status === 'open')
        .map((f) => ({
          seq: f.seq,
          grade: f.grade,
          title: f.title,
          assessmentTitle: f.assessmentTitle,
          raisedAt: f.raisedAt,
          openActions: f.actions.filter((x) => !['verified_effective', 'closed'].includes(x.status)).length,
          overdueActions: f.actions.filter((x) => x.overdue).length,
        })),
    },
    obligations: obligationStatuses(content, completions, today).map((s) => ({
      id: s.obligation.id,
      title: s.obligation.title,
      owner: s.owner,
      recurrence: s.obligation.recurrence,
      dueOn: s.dueOn,
      state: s.state,
      lastDoneOn: s.lastDone?.doneOn ?? null,
    })),
  };
};
