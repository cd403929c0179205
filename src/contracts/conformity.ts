// src/contracts/conformity.ts — API shapes of frameworks, assessments, evidence, audits, findings and corrective actions

import { z } from 'zod';
import {
  assessmentStatuses,
  requirementResults,
  requirementStatuses,
  scopeKinds,
  workflowActions,
} from '../domain/conformity/assessment.js';
import { auditKinds } from '../domain/conformity/audit.js';
import { evidenceKinds } from '../domain/conformity/evidence.js';
import { actionStatuses, actionSteps, findingGrades } from '../domain/conformity/finding.js';
import { frameworkSides, tagGroups } from '../domain/conformity/framework.js';
import { mappingRelations } from '../domain/conformity/edition-mapping.js';
import { ZDate, ZId, ZTimestamp } from './common.js';
import { ZKpiQuery } from './contact-data.js';

export const ZText = z.object({ sv: z.string().optional(), en: z.string().optional() }).describe('Swedish and/or English text');

export const ZFrameworkSummary = z.object({
  id: ZId,
  ownerOrganisationId: ZId.nullable().describe('null for the frameworks shipped with ccq'),
  sha256: z.string(),
  source: z.string(),
  loadedAt: ZTimestamp,
  loadedBy: z.string().nullable(),
  urn: z.string(),
  edition: z.string(),
  family: z.string(),
  revision: z.number(),
  name: ZText,
  side: z.enum(frameworkSides),
  paraphrase: z.boolean(),
  requirements: z.number().describe('Assessable requirements'),
  assessments: z.number().describe('Assessments that use this framework'),
});
export type TFrameworkSummary = z.infer<typeof ZFrameworkSummary>;

export const ZFrameworkNode = z.object({
  urn: z.string(),
  ref: z.string(),
  parentRef: z.string().nullable(),
  depth: z.number(),
  title: ZText,
  summary: ZText.nullable(),
  statement: ZText.nullable(),
  guidance: ZText.nullable(),
  typicalEvidence: z.array(ZText),
  questions: z.array(ZText),
  tags: z.array(z.string()),
  kpis: z.array(z.string()),
  informative: z.boolean(),
  assessable: z.boolean(),
});
export type TFrameworkNode = z.infer<typeof ZFrameworkNode>;

export const ZFramework = z.object({
  urn: z.string(),
  edition: z.string(),
  family: z.string(),
  revision: z.number(),
  name: ZText,
  description: ZText.nullable(),
  publisher: z.string(),
  side: z.enum(frameworkSides),
  paraphrase: z.boolean(),
  notice: ZText.nullable(),
  scale: z.array(z.object({ score: z.number(), label: ZText, description: ZText.nullable() })),
  tags: z.array(z.object({ id: z.string(), group: z.enum(tagGroups), label: ZText })),
  nodes: z.array(ZFrameworkNode),
});
export type TFramework = z.infer<typeof ZFramework>;

export const ZCrosswalkLink = z.object({
  ref: z.string().describe('A requirement of this framework'),
  edition: z.string().describe('The other framework'),
  refs: z.array(z.string()),
  relation: z.string(),
  note: ZText.nullable(),
});
export type TCrosswalkLink = z.infer<typeof ZCrosswalkLink>;
export const ZFrameworkDetail = z.object({
  summary: ZFrameworkSummary,
  framework: ZFramework,
  links: z.array(ZCrosswalkLink).describe('Requirements of other frameworks each requirement meets or depends on (shipped crosswalks)'),
});

export const ZFrameworkUpload = z.object({
  fileName: z.string().min(1).max(200).describe('Shown in the validation report, e.g. policy.yaml'),
  content: z.string().min(1).max(4_000_000).describe('The YAML or JSON text of the framework file'),
});

export const ZFrameworkProblem = z.object({
  file: z.string(),
  line: z.number(),
  column: z.number(),
  path: z.string(),
  message: z.string(),
});
export const ZValidationReport = z.object({
  valid: z.boolean(),
  edition: z.string().nullable(),
  requirements: z.number(),
  problems: z.array(ZFrameworkProblem),
});

export const ZMappingRule = z.object({ from: z.string().nullable(), to: z.string().nullable(), relation: z.enum(mappingRelations) });

export const ZLoadFrameworkResult = z.object({
  framework: ZFrameworkSummary,
  outcome: z.enum(['loaded', 'replaced', 'unchanged']),
  succeeds: z.array(z.object({ id: ZId, edition: z.string(), mapping: z.array(ZMappingRule) })),
});

export const ZReadinessCounts = z.object({
  applicable: z.number(),
  conformant: z.number(),
  partiallyConformant: z.number(),
  nonconformant: z.number(),
  open: z.number(),
  notApplicable: z.number(),
  readiness: z.number().nullable().describe('conformant ÷ applicable, 0–1'),
});
export const ZReadiness = z.object({ total: ZReadinessCounts, byClause: z.array(ZReadinessCounts.extend({ ref: z.string() })) });

export const ZAssessment = z.object({
  id: ZId,
  frameworkId: ZId,
  edition: z.string(),
  title: z.string(),
  scopeKind: z.enum(scopeKinds),
  organisationId: ZId,
  relationshipId: ZId.nullable(),
  scopeTags: z.array(z.string()),
  status: z.enum(assessmentStatuses),
  sharedWith: z.array(ZId),
  carriedOverFrom: ZId.nullable(),
  dueOn: z.string().nullable(),
  createdAt: ZTimestamp,
  createdBy: z.string().nullable(),
  updatedAt: ZTimestamp,
});
export type TAssessment = z.infer<typeof ZAssessment>;

export const ZAssessmentListItem = ZAssessment.extend({ readiness: ZReadinessCounts });
export type TAssessmentListItem = z.infer<typeof ZAssessmentListItem>;

export const ZAnswer = z.object({
  ref: z.string(),
  status: z.enum(requirementStatuses),
  result: z.enum(requirementResults).nullable(),
  justification: z.string().nullable(),
  score: z.number().nullable(),
  comment: z.string().nullable(),
  assigneeUserId: z.string().nullable(),
  dueOn: z.string().nullable(),
  updatedAt: ZTimestamp,
  updatedBy: z.string().nullable(),
});
export type TAnswer = z.infer<typeof ZAnswer>;

export const ZAssessmentEvent = z.object({
  id: ZId,
  assessmentId: ZId,
  at: ZTimestamp,
  userId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  comment: z.string().nullable(),
});

export const ZAssessmentView = z.object({
  assessment: ZAssessment,
  framework: ZFramework,
  frameworkId: ZId,
  answers: z.array(ZAnswer),
  readiness: ZReadiness,
  events: z.array(ZAssessmentEvent),
  actions: z.array(z.enum(workflowActions)),
});
export type TAssessmentView = z.infer<typeof ZAssessmentView>;

export const ZCreateAssessment = z.object({
  frameworkId: z.string().min(1).describe('Framework id or edition, e.g. iso-18295-1:2017'),
  scopeKind: z.enum(scopeKinds).optional(),
  relationshipId: ZId.nullable().optional(),
  title: z.string().max(200).optional(),
  scopeTags: z.array(z.string()).optional(),
  dueOn: ZDate.nullable().optional(),
});

export const ZAnswerPatch = z.object({
  ref: z.string().min(1),
  status: z.enum(requirementStatuses).optional(),
  result: z.enum(requirementResults).nullable().optional(),
  justification: z.string().max(4000).nullable().optional(),
  score: z.number().nullable().optional(),
  comment: z.string().max(20_000).nullable().optional(),
  assigneeUserId: ZId.nullable().optional(),
  dueOn: ZDate.nullable().optional(),
});

export const ZTransition = z.object({ action: z.enum(workflowActions), comment: z.string().max(4000).nullable().optional() });
export const ZShares = z.object({ relationshipIds: z.array(ZId) });
export const ZCarryOver = z.object({ frameworkId: z.string().optional(), title: z.string().max(200).optional() });

export const ZAnswerChange = z.object({
  ref: z.string(),
  before: z.object({ result: z.string().nullable(), score: z.number().nullable() }).nullable(),
  after: z.object({ result: z.string().nullable(), score: z.number().nullable() }).nullable(),
  direction: z.enum(['better', 'worse', 'changed', 'added', 'removed']),
});
export const ZComparison = z.object({
  base: ZAssessment,
  current: ZAssessment,
  changes: z.array(ZAnswerChange),
  readiness: z.object({ base: ZReadiness, current: ZReadiness }),
});
export const ZTrendPoint = z.object({
  id: ZId,
  title: z.string(),
  edition: z.string(),
  createdAt: ZTimestamp,
  status: z.enum(assessmentStatuses),
  readiness: z.number().nullable(),
});

export const ZEvidenceLink = z.object({
  evidenceId: ZId,
  assessmentId: ZId,
  ref: z.string(),
  linkedAt: ZTimestamp,
  linkedBy: z.string().nullable(),
});
export const ZEvidence = z.object({
  id: ZId,
  organisationId: ZId,
  kind: z.enum(evidenceKinds),
  title: z.string(),
  description: z.string().nullable(),
  sha256: z.string().nullable(),
  fileName: z.string().nullable(),
  mediaType: z.string().nullable(),
  size: z.number().nullable(),
  url: z.string().nullable(),
  snapshot: z.object({ takenAt: ZTimestamp, query: z.record(z.string(), z.unknown()), result: z.unknown() }).nullable(),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  createdAt: ZTimestamp,
  createdBy: z.string().nullable(),
  validity: z.enum(['current', 'expiring', 'expired', 'not_yet_valid']),
  links: z.array(ZEvidenceLink),
});
export type TEvidence = z.infer<typeof ZEvidence>;

const evidenceCommon = {
  title: z.string().min(1).max(300),
  description: z.string().max(4000).nullable().optional(),
  validFrom: ZDate.nullable().optional(),
  validUntil: ZDate.nullable().optional(),
  attachTo: z.object({ assessmentId: ZId, refs: z.array(z.string()).min(1) }).optional(),
};
export const ZAddEvidence = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('link'), url: z.string().max(2000), ...evidenceCommon }),
  z.object({
    kind: z.literal('kpi_snapshot'),
    query: ZKpiQuery,
    relationship: ZId.optional().describe('For survey, complaint, quality and people KPIs: the relationship they are measured for'),
    ...evidenceCommon,
  }),
]);
export const ZEvidenceFileFields = z.object({
  title: z.string().min(1).max(300),
  description: z.string().max(4000).optional(),
  validFrom: ZDate.optional(),
  validUntil: ZDate.optional(),
  assessmentId: ZId.optional(),
  refs: z.string().optional().describe('Comma-separated requirement refs to link the file to'),
});
export const ZLinkEvidence = z.object({ assessmentId: ZId, refs: z.array(z.string()).min(1) });
export const ZUnlinkEvidence = z.object({ assessmentId: ZId, ref: z.string() });

export const ZAudit = z.object({
  id: ZId,
  assessmentId: ZId,
  auditGrantId: ZId,
  auditorUserId: ZId,
  kind: z.enum(auditKinds),
  body: z.string().nullable(),
  startsAt: ZTimestamp,
  endsAt: ZTimestamp,
  createdAt: ZTimestamp,
  createdBy: z.string().nullable(),
});
export const ZStartAudit = z.object({
  auditorEmail: z.string().min(3),
  kind: z.enum(auditKinds),
  body: z.string().max(200).nullable().optional(),
  startsAt: z.iso.datetime().optional(),
  endsAt: z.iso.datetime({ message: 'use an ISO-8601 instant' }),
});

export const ZAction = z.object({
  id: ZId,
  findingId: ZId,
  correction: z.string().nullable(),
  rootCause: z.string().nullable(),
  action: z.string(),
  ownerUserId: ZId,
  dueOn: z.string(),
  status: z.enum(actionStatuses),
  verifiedBy: z.string().nullable(),
  verifiedAt: ZTimestamp.nullable(),
  verificationNote: z.string().nullable(),
  createdAt: ZTimestamp,
  createdBy: z.string().nullable(),
  updatedAt: ZTimestamp,
  overdue: z.boolean(),
  steps: z.array(z.enum(actionSteps)),
});
export type TAction = z.infer<typeof ZAction>;

export const ZFinding = z.object({
  id: ZId,
  assessmentId: ZId,
  auditId: ZId.nullable(),
  seq: z.number(),
  grade: z.enum(findingGrades),
  title: z.string(),
  description: z.string().nullable(),
  refs: z.array(z.string()),
  evidenceIds: z.array(ZId),
  origin: z
    .string()
    .nullable()
    .describe('Set when ccq raised the finding itself, e.g. target:<mandate>:<target>:<period> for a missed KPI target'),
  status: z.enum(['open', 'closed']),
  raisedAt: ZTimestamp,
  raisedBy: z.string().nullable(),
  closedAt: ZTimestamp.nullable(),
  assessmentTitle: z.string(),
  organisationId: ZId,
  actions: z.array(ZAction),
  closeBlockers: z.array(z.string()),
});
export type TFinding = z.infer<typeof ZFinding>;

export const ZRecordFinding = z.object({
  grade: z.enum(findingGrades),
  title: z.string().min(1).max(300),
  description: z.string().max(20_000).nullable().optional(),
  refs: z.array(z.string()).min(1),
  evidenceIds: z.array(ZId).optional(),
});
export const ZActionInput = z.object({
  correction: z.string().max(4000).nullable().optional(),
  rootCause: z.string().max(4000).nullable().optional(),
  action: z.string().max(4000).optional(),
  ownerUserId: ZId.optional(),
  dueOn: ZDate.optional(),
});
export const ZActionStep = z.object({ step: z.enum(actionSteps), note: z.string().max(4000).nullable().optional() });
export const ZFindingsQuery = z.object({ assessmentId: ZId.optional(), status: z.enum(['open', 'closed']).optional() });
