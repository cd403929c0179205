// src/app/readiness-pack.ts — everything a readiness report or a certification-readiness pack shows, gathered once for the renderers

import { can } from '../domain/access/can.js';
import { assessmentResource } from '../domain/conformity/assessment.js';
import type { Assessment, AssessmentEvent, RequirementAnswer } from '../domain/conformity/assessment.js';
import type { Audit } from '../domain/conformity/audit.js';
import { linkedRequirements } from '../domain/conformity/crosswalk.js';
import type { Validity } from '../domain/conformity/evidence.js';
import { type Framework, type FrameworkNode, clausesOf } from '../domain/conformity/framework.js';
import type { Readiness } from '../domain/conformity/readiness.js';
import type { Organisation } from '../domain/organisations/model.js';
import { AppError } from '../domain/shared/errors.js';
import type { Caller } from './caller.js';
import { evidenceOfAssessment } from './manage-evidence.js';
import { type FindingView, listAudits, listFindings } from './manage-findings.js';
import { getAssessment } from './manage-assessments.js';
import type { Deps } from './ports.js';

/** One row of the requirement table (the statement of conformity, and the CSV/XLSX export). */
export type RequirementRow = {
  ref: string;
  clause: string;
  node: FrameworkNode;
  answer: RequirementAnswer | null;
  evidence: { id: string; title: string; sha256: string | null; validity: Validity }[];
  findings: { id: string; seq: number; grade: FindingView['grade']; status: FindingView['status'] }[];
  /** Requirements of other frameworks this one meets or depends on (from the shipped crosswalks). */
  related: { edition: string; refs: string[] }[];
};

export type EvidenceIndexEntry = {
  id: string;
  title: string;
  kind: string;
  fileName: string | null;
  mediaType: string | null;
  size: number | null;
  sha256: string | null;
  url: string | null;
  validUntil: string | null;
  validity: Validity;
  refs: string[];
};

export type ReadinessPack = {
  generatedAt: string;
  organisation: Organisation;
  assessment: Assessment;
  framework: Framework;
  readiness: Readiness;
  rows: RequirementRow[];
  findings: FindingView[];
  audits: Audit[];
  evidence: EvidenceIndexEntry[];
  events: AssessmentEvent[];
  /** Display names of the people the pack mentions (action owners and verifiers, auditors, assignees), by user id. */
  people: Record<string, string>;
};

/**
 * Gathers an assessment for reporting, with the caller's own access: what the caller may not read
 * (evidence, findings) is simply absent, so an auditor's pack shows what the audit opened and no more.
 */
export const readinessPack = async (deps: Deps, caller: Caller, assessmentId: string): Promise<ReadinessPack> => {
  const view = await getAssessment(deps, caller, assessmentId);
  const a = view.assessment;
  const organisation = await deps.store.organisations.findById(caller.scope, a.organisationId);
  if (!organisation) throw new AppError('CCQ_ERR_ASSESSMENT_NOT_FOUND');
  const res = assessmentResource(a);
  const evidence = can(caller.scope, 'evidence:read', res) ? await evidenceOfAssessment(deps, caller, a.id) : [];
  const findings = can(caller.scope, 'finding:read', res) ? await listFindings(deps, caller, { assessmentId: a.id }) : [];
  const audits = await listAudits(deps, caller, a.id);
  const answers = new Map(view.answers.map((x) => [x.ref, x]));
  const clauseOfRef = clausesOf(view.framework);
  const rows: RequirementRow[] = view.framework.nodes
    .filter((n) => n.assessable)
    .map((n) => ({
      ref: n.ref,
      clause: clauseOfRef.get(n.ref) ?? n.ref,
      node: n,
      answer: answers.get(n.ref) ?? null,
      evidence: evidence
        .filter((e) => e.links.some((l) => l.ref === n.ref))
        .map((e) => ({ id: e.id, title: e.title, sha256: e.sha256, validity: e.validity })),
      findings: findings.filter((f) => f.refs.includes(n.ref)).map((f) => ({ id: f.id, seq: f.seq, grade: f.grade, status: f.status })),
      related: linkedRequirements(deps.crosswalks, view.framework.edition, n.ref).map((l) => ({ edition: l.edition, refs: l.refs })),
    }));
  const mentioned = new Set<string>();
  for (const f of findings) for (const x of f.actions) for (const id of [x.ownerUserId, x.verifiedBy]) if (id) mentioned.add(id);
  for (const x of audits) mentioned.add(x.auditorUserId);
  for (const x of view.answers) if (x.assigneeUserId) mentioned.add(x.assigneeUserId);
  const people: Record<string, string> = {};
  for (const id of mentioned) {
    const u = await deps.store.users.findById(id);
    if (u) people[id] = u.displayName || u.email;
  }
  return {
    people,
    generatedAt: deps.clock().toISOString(),
    organisation,
    assessment: a,
    framework: view.framework,
    readiness: view.readiness,
    rows,
    findings,
    audits,
    evidence: evidence.map((e) => ({
      id: e.id,
      title: e.title,
      kind: e.kind,
      fileName: e.fileName,
      mediaType: e.mediaType,
      size: e.size,
      sha256: e.sha256,
      url: e.url,
      validUntil: e.validUntil,
      validity: e.validity,
      refs: [...new Set(e.links.map((l) => l.ref))],
    })),
    events: view.events,
  };
};
