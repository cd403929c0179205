// src/app/raise-target-findings.ts — a missed KPI target becomes a finding on the centre's ISO 18295-1 assessment, once per target and period

import { can } from '../domain/access/can.js';
import { systemScope } from '../domain/access/scope.js';
import { type Assessment, assessmentResource } from '../domain/conformity/assessment.js';
import type { Framework } from '../domain/conformity/framework.js';
import { kpiById } from '../domain/kpi/dictionary.js';
import type { KpiTarget } from '../domain/mandates/mandate.js';
import type { Caller } from './caller.js';
import type { TargetEvaluation } from './evaluate-targets.js';
import { getMandate, evaluateMandate } from './manage-mandates.js';
import { type FindingView, recordFinding } from './manage-findings.js';
import { notify } from './notify.js';
import type { Deps } from './ports.js';

export type RaisedFindings = {
  raised: FindingView[];
  /** Missed targets already raised for the period (nothing new). */
  alreadyRaised: string[];
  /** Why some missed targets could not be raised (no open assessment of the centre to put them on). */
  skipped: { targetId: string; reason: string }[];
};

/**
 * The requirements a missed target concerns: the ones the target names, else the agreed-KPIs
 * requirement of clause 9 and the operational ones of clause 7 that link the KPI.
 */
const refsFor = (f: Framework, t: KpiTarget): string[] => {
  const known = new Set(f.nodes.filter((n) => n.assessable).map((n) => n.ref));
  const named = t.isoRefs.filter((r) => known.has(r));
  if (named.length) return named;
  const linked = f.nodes.filter((n) => n.assessable && n.ref.startsWith('7') && n.kpis.includes(t.kpi)).map((n) => n.ref);
  return [...(known.has('9.b') ? ['9.b'] : []), ...linked.slice(0, 2)];
};

const percent = (v: number, unit: string | undefined) =>
  unit === 'share' ? `${(v * 100).toFixed(1)} %` : unit === 'seconds' ? `${v.toFixed(1)} s` : String(v);

/** The finding's text: what was agreed, what was measured, and a proposed corrective action. */
const describe = (e: TargetEvaluation, queues: string): { title: string; description: string } => {
  const unit = kpiById.get(e.kpi)?.unit;
  const name = kpiById.get(e.kpi)?.name.sv ?? e.kpi;
  const goal = `${e.direction === 'at_least' ? 'minst' : 'högst'} ${percent(e.target, unit)}`;
  return {
    title: `Mål missat: ${name} ${e.period.label} (${percent(e.measured ?? 0, unit)}, mål ${goal})`,
    description:
      `Uppdragets mål "${e.targetId}" för ${name}${e.variant ? ` (${e.variant})` : ''} på ${queues} var ${goal} för ${e.period.label}; ` +
      `uppmätt ${percent(e.measured ?? 0, unit)} med data för ${Math.round(e.coverage * 100)} % av öppetdagarna.\n` +
      'Föreslagen korrigerande åtgärd: analysera intervallen där målet missades (prognos mot utfall, bemanning, handläggningstid), ' +
      'åtgärda orsaken i planeringen och följ upp målet nästa period.',
  };
};

/**
 * Evaluates a mandate for a month and raises a minor nonconformity for each missed target on the
 * centre's newest open ISO 18295-1 assessment (of the centre, or of this relationship). Runs again
 * without duplicates: a target and period is raised once (the finding's origin). `endedBy` (a local
 * date) limits it to periods that ended by then, so a month still running is not judged early.
 * Both parties are notified of each finding raised.
 */
export const raiseTargetFindings = async (
  deps: Deps,
  caller: Caller,
  mandateId: string,
  month: string,
  o: { endedBy?: string } = {},
): Promise<RaisedFindings> => {
  const view = await getMandate(deps, caller, mandateId);
  const { evaluations } = await evaluateMandate(deps, caller, mandateId, month);
  const missed = evaluations.filter((e) => e.status === 'missed' && (o.endedBy === undefined || e.period.to <= o.endedBy));
  const out: RaisedFindings = { raised: [], alreadyRaised: [], skipped: [] };
  if (missed.length === 0) return out;
  const rel = await deps.store.relationships.findById(caller.scope, view.mandate.relationshipId);
  const candidates = (await deps.store.assessments.list(caller.scope)).filter(
    (a: Assessment) =>
      a.organisationId === rel?.centreOrganisationId &&
      a.edition.startsWith('iso-18295-1:') &&
      a.status !== 'closed' &&
      (a.scopeKind === 'centre' || a.relationshipId === view.mandate.relationshipId) &&
      can(caller.scope, 'finding:record', assessmentResource(a)),
  );
  const assessment = candidates[0];
  const targets = new Map((view.inForce ?? view.current).content.targets.map((t) => [t.id, t]));
  const queues = new Map((await deps.store.queues.ofRelationship(view.mandate.relationshipId)).map((q) => [q.id, q.code]));
  for (const e of missed) {
    const t = targets.get(e.targetId);
    if (!assessment || !t) {
      out.skipped.push({ targetId: e.targetId, reason: 'no open ISO 18295-1 assessment of the centre that you may record findings on' });
      continue;
    }
    const origin = `target:${mandateId}:${e.targetId}:${e.period.label}`;
    const existing = (await deps.store.findings.ofAssessments([assessment.id])).find((f) => f.origin === origin);
    if (existing) {
      out.alreadyRaised.push(e.targetId);
      continue;
    }
    const framework = (await deps.store.frameworks.findById(systemScope, assessment.frameworkId))?.framework;
    if (!framework) continue;
    const text = describe(e, t.queueIds.map((q) => queues.get(q) ?? q).join(', '));
    const finding = await deps.store.transaction(async (tx) => {
      const f = await recordFinding({ ...deps, store: tx }, caller, assessment.id, {
        grade: 'minor_nonconformity',
        ...text,
        refs: refsFor(framework, t),
        origin,
      });
      if (rel) {
        const params = { findingId: f.id, assessmentId: f.assessmentId, seq: f.seq, grade: f.grade, mandateId, targetId: t.id };
        await notify(tx, deps, rel, { kind: 'finding_raised', params: { ...params, period: e.period.label } });
      }
      return f;
    });
    out.raised.push(finding);
  }
  return out;
};
