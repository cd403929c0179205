// test/authz-matrix.test.ts — every route of the OpenAPI document, as every role of one tenant, against another tenant
//
// For each route the table below says how to aim it at the other tenant ("Beta"): with Beta's id in
// the path (must answer 404, never 403, so ids cannot be probed), with Beta's ids in the body, or —
// for lists — by checking that nothing of Beta's appears. After every request Beta's rows must be
// unchanged. A route added to the API without a case here fails the test.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { stampedReading } from '../src/adapters/frameworks/framework-files.js';
import { createApiToken } from '../src/app/manage-api-tokens.js';
import { createAssessment } from '../src/app/manage-assessments.js';
import { addEvidence } from '../src/app/manage-evidence.js';
import { addCorrectiveAction, recordFinding } from '../src/app/manage-findings.js';
import { loadFramework } from '../src/app/manage-frameworks.js';
import { createMandate, signMandate } from '../src/app/manage-mandates.js';
import { createWebhook } from '../src/app/manage-webhooks.js';
import { configureComplaintForm } from '../src/app/complaint-form.js';
import { receiveComplaint } from '../src/app/manage-complaints.js';
import { createSurvey } from '../src/app/manage-surveys.js';
import { recordAnswers } from '../src/app/survey-answers.js';
import { canonicalJson } from '../src/domain/mandates/canonical.js';
import { emptyContent } from '../src/domain/mandates/mandate.js';
import { mandateTemplate } from '../src/domain/mandates/template.js';
import type { ReviewRecord } from '../src/domain/reviews/review.js';
import { startReview, updateReviewRecord } from '../src/app/manage-reviews.js';
import { importPeople } from '../src/app/manage-people.js';
import { createPulseSurvey } from '../src/app/manage-pulse.js';
import { createEvaluation, loadScorecardVersion } from '../src/app/manage-qa.js';
import { createCalibrationSession } from '../src/app/manage-calibration.js';
import { planStaffing } from '../src/app/staffing/plan-staffing.js';
import { importText } from './support/imports.js';
import { callerFor } from './support/context.js';
import { insertUser } from '../src/app/manage-users.js';
import type { Context } from '../src/main/context.js';
import { createApp } from '../src/main/server.js';
import { openTestContext, operator } from './support/context.js';
import { dialects } from './support/databases.js';
import { type HttpClient, signInAs } from './support/http.js';
import { TEST_PASSWORD, type Tenant, seedTenant } from './support/tenants.js';

type Target = {
  /** The centre's QA work: a scorecard, an evaluation naming the centre's agent, a calibration session. */
  qaScorecardId: string;
  qaEvaluationId: string;
  qaCalibrationId: string;
  /** A complaint of the relationship (with a complainant), and the relationship's public complaint form switched on. */
  complaintId: string;
  /** The centre's anonymous pulse survey (its people records carry the agent code `<prefix>-agent-01`). */
  pulseSurveyId: string;
  /** A customer survey of the relationship with one answer. */
  surveyId: string;
  tenant: Tenant;
  tokenId: string;
  membershipId: string;
  importId: string;
  /** The tenant's conformity work: its own framework, two assessments (the second stays a draft), evidence, a finding with an action. */
  frameworkId: string;
  assessmentId: string;
  draftAssessmentId: string;
  evidenceId: string;
  findingId: string;
  /** A nonconformity that stays open (the observation above may be closed by the matrix). */
  openFindingId: string;
  actionId: string;
  adminUserId: string;
  mandateId: string;
  /** A second mandate whose version 1 both parties signed (so a new draft can be started). */
  signedMandateId: string;
  /** A review of the signed mandate (its record complete, so it can be closed). */
  reviewId: string;
  /** The centre's webhook (to a closed local port) and a notification the signing above left it. */
  webhookId: string;
  notificationId: string;
  /** A saved staffing plan of the tenant's queue. */
  staffingPlanId: string;
};
type Case = {
  /** The id to put in `{id}`; when set, the answer must be 404. */
  id?: (t: Target) => string;
  body?: (t: Target) => unknown;
  /** A query string for routes that need one. */
  query?: string | ((t: Target) => string);
  /** Body refers to the other tenant: the request must not succeed. */
  foreignBody?: boolean;
};

const cases: Record<string, Case> = {
  'GET /api/v1/me': {},
  'PATCH /api/v1/me': { body: () => ({ locale: 'en' }) },
  'PUT /api/v1/me/organisation': { body: (t) => ({ organisationId: t.tenant.centreId }), foreignBody: true },
  'GET /api/v1/me/api-tokens': {},
  'POST /api/v1/me/api-tokens': { body: () => ({ name: 'matrix' }) },
  'DELETE /api/v1/me/api-tokens/{id}': { id: (t) => t.tokenId },
  'GET /api/v1/home': {},
  'GET /api/v1/organisations': {},
  'GET /api/v1/organisations/{id}': { id: (t) => t.tenant.clientId },
  'PATCH /api/v1/organisations/{id}': { id: (t) => t.tenant.centreId, body: () => ({ name: 'Hijacked AB' }) },
  'GET /api/v1/organisations/{id}/members': { id: (t) => t.tenant.centreId },
  'POST /api/v1/organisations/{id}/members': {
    id: (t) => t.tenant.clientId,
    body: () => ({ email: 'intruder@alpha.example', role: 'client_viewer' }),
  },
  'PATCH /api/v1/members/{id}': { id: (t) => t.membershipId, body: () => ({ role: 'admin' }) },
  'DELETE /api/v1/members/{id}': { id: (t) => t.membershipId },
  'GET /api/v1/organisations/{id}/sites': { id: (t) => t.tenant.centreId },
  'POST /api/v1/organisations/{id}/sites': { id: (t) => t.tenant.centreId, body: () => ({ name: 'Intruder site' }) },
  'PATCH /api/v1/sites/{id}': { id: (t) => t.tenant.siteId, body: () => ({ name: 'Hijacked site' }) },
  'GET /api/v1/organisations/{id}/audit-grants': { id: (t) => t.tenant.centreId },
  'POST /api/v1/organisations/{id}/audit-grants': {
    id: (t) => t.tenant.centreId,
    body: () => ({ auditorEmail: 'grant-auditor@alpha.example', endsAt: '2030-01-01T00:00:00Z' }),
  },
  'DELETE /api/v1/audit-grants/{id}': { id: (t) => t.tenant.grantId },
  'GET /api/v1/relationships': {},
  'GET /api/v1/relationships/{id}': { id: (t) => t.tenant.relationshipId },
  'PATCH /api/v1/relationships/{id}': { id: (t) => t.tenant.relationshipId, body: () => ({ status: 'ended' }) },
  'GET /api/v1/queues': {},
  'POST /api/v1/queues': {
    body: (t) => ({ code: 'intruder-q', name: 'Intruder', relationshipId: t.tenant.relationshipId }),
    foreignBody: true,
  },
  'GET /api/v1/queues/{id}': { id: (t) => t.tenant.queueId },
  'PATCH /api/v1/queues/{id}': { id: (t) => t.tenant.queueId, body: () => ({ name: 'Hijacked queue' }) },
  'GET /api/v1/audit-trail': {},
  'GET /api/v1/admin/organisations': {},
  'POST /api/v1/admin/organisations': { body: () => ({ name: 'Matrix AB', kind: 'client' }), foreignBody: true },
  'POST /api/v1/admin/relationships': {
    body: (t) => ({ clientOrganisationId: t.tenant.clientId, centreOrganisationId: t.tenant.centreId, name: 'x' }),
    foreignBody: true,
  },
  'GET /api/v1/admin/users': {},
  'POST /api/v1/admin/users': { body: () => ({ email: 'matrix-user@alpha.example' }), foreignBody: true },
  'PATCH /api/v1/admin/users/{id}': { id: (t) => t.tenant.users[0]?.email ?? '', body: () => ({ disabled: true }) },
  'GET /api/v1/admin/audit-trail/verify': {},
  'POST /api/v1/imports': { query: 'format=queue_log' },
  'GET /api/v1/imports': {},
  'GET /api/v1/imports/{id}': { id: (t) => t.importId },
  'GET /api/v1/imports/{id}/rejects': { id: (t) => t.importId },
  'GET /api/v1/kpis/dictionary': {},
  'GET /api/v1/kpis': { query: 'from=2026-03-01&to=2026-03-31&by=queue,day' },
  'GET /api/v1/frameworks': {},
  'GET /api/v1/frameworks/schema': {},
  'GET /api/v1/frameworks/{id}': { id: (t) => t.frameworkId },
  'POST /api/v1/frameworks/validate': { body: () => ({ fileName: 'x.yaml', content: 'format: nope' }) },
  'POST /api/v1/frameworks': { body: () => ({ fileName: 'x.yaml', content: frameworkText('Matrix') }) },
  'GET /api/v1/assessments': {},
  'POST /api/v1/assessments': { body: (t) => ({ frameworkId: t.frameworkId }), foreignBody: true },
  'GET /api/v1/assessments/{id}': { id: (t) => t.assessmentId },
  'PATCH /api/v1/assessments/{id}/answers': { id: (t) => t.assessmentId, body: () => ({ ref: '1.1', comment: 'matrix' }) },
  'POST /api/v1/assessments/{id}/transitions': { id: (t) => t.draftAssessmentId, body: () => ({ action: 'start' }) },
  'PUT /api/v1/assessments/{id}/shares': { id: (t) => t.assessmentId, body: (t) => ({ relationshipIds: [t.tenant.relationshipId] }) },
  'POST /api/v1/assessments/{id}/carry-over': { id: (t) => t.assessmentId, body: () => ({}) },
  'GET /api/v1/assessments/{id}/compare': { id: (t) => t.assessmentId, query: (t) => `base=${t.draftAssessmentId}` },
  'GET /api/v1/assessments/{id}/trend': { id: (t) => t.assessmentId },
  'GET /api/v1/assessments/{id}/audits': { id: (t) => t.assessmentId },
  'POST /api/v1/assessments/{id}/audits': {
    id: (t) => t.assessmentId,
    body: (t) => ({
      auditorEmail: `grant-auditor@${t.tenant.prefix.toLowerCase()}.example`,
      kind: 'internal',
      endsAt: '2030-01-01T00:00:00Z',
    }),
  },
  'POST /api/v1/assessments/{id}/findings': {
    id: (t) => t.assessmentId,
    body: () => ({ grade: 'observation', title: 'matrix finding', refs: ['1.1'] }),
  },
  'GET /api/v1/assessments/{id}/evidence': { id: (t) => t.assessmentId },
  'GET /api/v1/assessments/{id}/report': { id: (t) => t.assessmentId, query: 'format=html' },
  'GET /api/v1/assessments/{id}/export': { id: (t) => t.assessmentId, query: 'format=csv' },
  'GET /api/v1/findings': {},
  'GET /api/v1/findings/{id}': { id: (t) => t.findingId },
  'POST /api/v1/findings/{id}/close': { id: (t) => t.findingId },
  'POST /api/v1/findings/{id}/actions': {
    id: (t) => t.openFindingId,
    body: (t) => ({ action: 'matrix', ownerUserId: t.adminUserId, dueOn: '2030-01-01' }),
  },
  'PATCH /api/v1/actions/{id}': { id: (t) => t.actionId, body: () => ({ correction: 'matrix' }) },
  'POST /api/v1/actions/{id}/steps': { id: (t) => t.actionId, body: () => ({ step: 'start' }) },
  'GET /api/v1/mandates': {},
  'POST /api/v1/mandates': { body: (t) => ({ relationshipId: t.tenant.relationshipId, title: 'intruder mandate' }), foreignBody: true },
  'GET /api/v1/mandates/{id}': { id: (t) => t.mandateId },
  'PUT /api/v1/mandates/{id}/draft': { id: (t) => t.mandateId, body: () => ({ content: emptyMandate }) },
  'POST /api/v1/mandates/{id}/drafts': { id: (t) => t.signedMandateId },
  // The PUT above leaves the draft holding `emptyMandate`, so this is the hash a signer would have seen.
  'POST /api/v1/mandates/{id}/signatures': {
    id: (t) => t.mandateId,
    body: () => ({ versionHash: createHash('sha256').update(canonicalJson(emptyMandate)).digest('hex') }),
  },
  'GET /api/v1/mandates/{id}/diff': { id: (t) => t.mandateId, query: 'from=1&to=1' },
  'GET /api/v1/mandates/{id}/evaluation': { id: (t) => t.mandateId, query: 'period=2026-03' },
  'POST /api/v1/mandates/{id}/findings': { id: (t) => t.mandateId, query: 'period=2026-03' },
  'GET /api/v1/relationships/{id}/public-page': { id: (t) => t.tenant.relationshipId },
  'PUT /api/v1/relationships/{id}/public-page': {
    id: (t) => t.tenant.relationshipId,
    body: () => ({
      enabled: true,
      title: { sv: 'Matrix', en: 'Matrix' },
      showChannels: true,
      showOpeningHours: true,
      cost: null,
      showExpectedWait: true,
    }),
  },
  'GET /api/v1/mandates/{id}/obligations': { id: (t) => t.signedMandateId },
  'POST /api/v1/mandates/{id}/obligations/{obligationId}/completions': {
    id: (t) => t.signedMandateId,
    body: () => ({ dueOn: '2026-01-15' }),
  },
  'GET /api/v1/reviews/pack': { query: (t) => `relationship=${t.tenant.relationshipId}&period=2026-03&format=html` },
  'GET /api/v1/reviews': { query: (t) => `relationship=${t.tenant.relationshipId}` },
  'POST /api/v1/reviews': { body: (t) => ({ relationshipId: t.tenant.relationshipId, period: '2026-04' }), foreignBody: true },
  'GET /api/v1/reviews/{id}': { id: (t) => t.reviewId },
  'PUT /api/v1/reviews/{id}/record': { id: (t) => t.reviewId, body: () => ({ record: completeRecord }) },
  'POST /api/v1/reviews/{id}/close': { id: (t) => t.reviewId },
  'GET /api/v1/reviews/{id}/pack': { id: (t) => t.reviewId, query: 'format=html' },
  'GET /api/v1/targets': { query: (t) => `relationship=${t.tenant.relationshipId}&period=2026-03` },
  'GET /api/v1/notifications': {},
  'POST /api/v1/notifications/{id}/read': { id: (t) => t.notificationId },
  'POST /api/v1/notifications/read-all': {},
  'GET /api/v1/webhooks': {},
  'POST /api/v1/webhooks': { body: () => ({ url: 'http://127.0.0.1:9/matrix' }) },
  'DELETE /api/v1/webhooks/{id}': { id: (t) => t.webhookId },
  'PATCH /api/v1/webhooks/{id}': { id: (t) => t.webhookId, body: () => ({ active: false, url: 'http://127.0.0.1:9/hijacked' }) },
  'POST /api/v1/webhooks/{id}/test': { id: (t) => t.webhookId },
  'GET /api/v1/webhooks/{id}/deliveries': { id: (t) => t.webhookId },
  'GET /api/v1/surveys': {},
  'POST /api/v1/surveys': {
    body: (t) => ({ relationshipId: t.tenant.relationshipId, name: 'intruder survey', questions: [matrixQuestion] }),
    foreignBody: true,
  },
  'GET /api/v1/surveys/results': { query: (t) => `relationship=${t.tenant.relationshipId}&from=2026-10-01&to=2026-11-01` },
  'GET /api/v1/surveys/{id}': { id: (t) => t.surveyId },
  'PATCH /api/v1/surveys/{id}': { id: (t) => t.surveyId, body: () => ({ name: 'Hijacked survey' }) },
  'POST /api/v1/surveys/{id}/invitations': { id: (t) => t.surveyId, body: () => ({ count: 1 }) },
  'POST /api/v1/surveys/{id}/answers': { id: (t) => t.surveyId, body: () => ({ answers: [{ answers: { csat: 5 } }] }) },
  'POST /api/v1/surveys/{id}/imports': {
    id: (t) => t.surveyId,
    body: () => ({ content: 'at,score\n2026-10-01,5\n', mapping: { answeredAt: 'at', answers: { csat: 'score' } } }),
  },
  'GET /api/v1/evidence': {},
  'POST /api/v1/evidence': { body: () => ({ kind: 'link', title: 'matrix link', url: 'https://example.com' }) },
  'POST /api/v1/evidence/files': {},
  'GET /api/v1/evidence/{id}': { id: (t) => t.evidenceId },
  'GET /api/v1/evidence/{id}/content': { id: (t) => t.evidenceId },
  'POST /api/v1/evidence/{id}/links': { id: (t) => t.evidenceId, body: (t) => ({ assessmentId: t.assessmentId, refs: ['1.1'] }) },
  'POST /api/v1/evidence/{id}/unlink': { id: (t) => t.evidenceId, body: (t) => ({ assessmentId: t.assessmentId, ref: '1.1' }) },
  'GET /api/v1/people/kpis': { query: (t) => `relationship=${t.tenant.relationshipId}&from=2026-10-01&to=2026-11-01` },
  'GET /api/v1/people/agents': {},
  'POST /api/v1/people/imports': {
    body: (t) => ({ kind: 'headcount', content: 'agent_code,started_on\nintruder,2026-01-01\n', relationshipId: t.tenant.relationshipId }),
    foreignBody: true,
  },
  'GET /api/v1/people/role-profiles': {},
  'PUT /api/v1/people/role-profiles': { body: () => ({ name: 'matrix', competences: ['gdpr'] }) },
  'GET /api/v1/people/competence-matrix': { query: 'date=2026-10-31' },
  'GET /api/v1/people/communications': {},
  'POST /api/v1/people/communications': {
    body: () => ({ sentOn: '2026-10-01', subject: 'matrix', audience: 'all', told: 1, acknowledged: 0 }),
  },
  'GET /api/v1/people/pulse': {},
  'POST /api/v1/people/pulse': {
    body: (t) => ({ title: 'matrix', period: '2026-10', relationshipId: t.tenant.relationshipId, groups: [{ name: 'g', invitations: 1 }] }),
    foreignBody: true,
  },
  'GET /api/v1/people/pulse/{id}/results': { id: (t) => t.pulseSurveyId },
  'POST /api/v1/people/pulse/{id}/close': { id: (t) => t.pulseSurveyId },
  'GET /api/v1/complaints': { query: (t) => `relationship=${t.tenant.relationshipId}` },
  'GET /api/v1/complaints/export': { query: (t) => `relationship=${t.tenant.relationshipId}` },
  'POST /api/v1/complaints': {
    body: (t) => ({ relationshipId: t.tenant.relationshipId, channel: 'voice', description: 'intruder complaint' }),
    foreignBody: true,
  },
  'GET /api/v1/complaints/{id}': { id: (t) => t.complaintId },
  'POST /api/v1/complaints/{id}/steps': { id: (t) => t.complaintId, body: () => ({ step: 'acknowledge' }) },
  'POST /api/v1/complaints/{id}/erasure': { id: (t) => t.complaintId },
  'GET /api/v1/complaints/forms/{id}': { id: (t) => t.tenant.relationshipId },
  'PUT /api/v1/complaints/forms/{id}': { id: (t) => t.tenant.relationshipId, body: () => ({ enabled: false }) },
  'GET /api/v1/qa/scorecards': {},
  'POST /api/v1/qa/scorecards': {
    body: () => ({
      text: 'key: intruder\nname: Intruder\nsections:\n  - id: s\n    title: S\n    criteria:\n      - id: ok\n        title: OK\n',
    }),
  },
  'GET /api/v1/qa/scorecards/{id}': { id: (t) => t.qaScorecardId },
  'GET /api/v1/qa/evaluations': { query: (t) => `relationship=${t.tenant.relationshipId}` },
  'POST /api/v1/qa/evaluations': {
    body: (t) => ({
      relationshipId: t.tenant.relationshipId,
      scorecardId: t.qaScorecardId,
      contactSourceId: 'intruder',
      contactAt: '2026-10-05T10:00:00Z',
      agent: 'intruder',
      answers: { ok: 1 },
    }),
    foreignBody: true,
  },
  'POST /api/v1/qa/evaluations/import': {
    body: (t) => ({
      relationshipId: t.tenant.relationshipId,
      scorecardId: t.qaScorecardId,
      text: 'contact,contact_at,agent,ok\nx,2026-10-05T10:00:00Z,x,1\n',
    }),
    foreignBody: true,
  },
  'GET /api/v1/qa/evaluations/mine': {},
  'GET /api/v1/qa/evaluations/{id}': { id: (t) => t.qaEvaluationId },
  'POST /api/v1/qa/evaluations/{id}/response': { id: (t) => t.qaEvaluationId, body: () => ({ response: 'acknowledged' }) },
  'PUT /api/v1/qa/evaluations/{id}/coaching': { id: (t) => t.qaEvaluationId, body: () => ({ notes: 'hijacked' }) },
  'POST /api/v1/qa/sample': {
    body: (t) => ({ relationshipId: t.tenant.relationshipId, month: '2026-10', perAgent: 2 }),
    foreignBody: true,
  },
  'GET /api/v1/qa/calibrations': {},
  'POST /api/v1/qa/calibrations': {
    body: (t) => ({
      relationshipId: t.tenant.relationshipId,
      scorecardId: t.qaScorecardId,
      contactSourceId: 'x',
      title: 'x',
      heldOn: '2026-10-05',
    }),
    foreignBody: true,
  },
  'GET /api/v1/qa/calibrations/{id}': { id: (t) => t.qaCalibrationId },
  'POST /api/v1/qa/calibrations/{id}/scores': { id: (t) => t.qaCalibrationId, body: () => ({ answers: { ok: 1 } }) },
  'GET /api/v1/qa/kpis': { query: (t) => `relationship=${t.tenant.relationshipId}&from=2026-10-01&to=2026-11-01` },
  // The calculator and simulation read no stored data: any signed-in user, nothing to leak.
  'POST /api/v1/staffing/erlang': { body: () => ({ calls: 100, ahtSeconds: 180, targetServiceLevel: 0.8 }) },
  'POST /api/v1/staffing/simulate': { body: () => ({ calls: 10, ahtSeconds: 180, agents: 2, intervals: 2, replications: 2 }) },
  'GET /api/v1/staffing/patience': { query: (t) => `queue=${t.tenant.queueId}&from=2026-03-01&to=2026-03-09` },
  'GET /api/v1/forecasts': { query: (t) => `queue=${t.tenant.queueId}&from=2026-03-09&historyWeeks=1&horizonDays=1` },
  'POST /api/v1/staffing/plans': {
    body: (t) => ({ queue: t.tenant.queueId, from: '2026-03-09', to: '2026-03-10', historyWeeks: 1, model: 'erlang-c', save: true }),
    foreignBody: true,
  },
  'GET /api/v1/staffing/plans': {},
  'GET /api/v1/staffing/plans/{id}': { id: (t) => t.staffingPlanId },
  'GET /api/v1/staffing/plans/{id}/export': { id: (t) => t.staffingPlanId, query: 'format=csv' },
  'GET /api/v1/staffing/plans/{id}/actual': { id: (t) => t.staffingPlanId },
};

/** The one question of the matrix's surveys. */
const matrixQuestion = { id: 'csat', kind: 'csat' as const, label: { sv: 'Nöjd?', en: 'Satisfied?' }, required: true };

/** A meeting record that may be closed: held, with someone of each party. */
const completeRecord = {
  heldOn: '2026-04-02',
  attendees: [
    { name: 'Matrix client', party: 'client', role: null },
    { name: 'Matrix centre', party: 'centre', role: null },
  ],
  decisions: [{ id: 'd1', text: 'matrix' }],
  actions: [],
  notes: null,
};

/** Every path parameter but `{id}` gets a value of the tenant's own data (the obligation of the signed mandate). */
const otherParams = (path: string): string => path.replace('{obligationId}', 'forecast');

/** A draft's content as the matrix writes it: the empty mandate with a purpose. */
const emptyMandate = { ...emptyContent(), purpose: 'matrix' };

/** A tenant's own small framework (its name carries the tenant's prefix, so a leak would show). */
const frameworkText = (prefix: string, revision = 1) => `
format: ccq-framework/1
urn: urn:${prefix.toLowerCase()}:policy
edition: ${prefix.toLowerCase()}-policy:2026
revision: ${revision}
name: ${prefix} service policy
publisher: ${prefix} Centre
side: centre
requirements:
  - ref: "1"
    title: Customers
    children:
      - {ref: "1.1", title: Hours, statement: Opening hours are published}
      - {ref: "1.2", title: Complaints, statement: Complaints are answered}
`;
/** Routes anyone may call; they carry no tenant data. */
const publicRoutes = new Set([
  'GET /api/health',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  // A customer's one-time survey link: reveals only the questions (tested in test/surveys/public-survey.test.ts).
  'GET /api/v1/public/surveys/{token}',
  'POST /api/v1/public/surveys/{token}',
  // The published customer-information page: reached by its unguessable link alone (tested in test/mandates/public-page.test.ts).
  'GET /api/v1/public/contact/{token}',
  // A relationship's public complaint form: answers a reference number only (tested in test/complaints/complaints-flow.test.ts).
  'POST /api/v1/public/complaints/{token}',
  // An employee's one-time pulse link: answers carry no person (tested in test/people/people-kpis.test.ts).
  'GET /api/v1/public/pulse/{token}',
  'POST /api/v1/public/pulse/{token}',
]);

/** Everything that would show the other tenant's data in a response: its ids, names and email domain. */
const markersOf = (t: Tenant): string[] => {
  const lower = t.prefix.toLowerCase();
  return [
    ...t.ids,
    `${t.prefix} Bank`,
    `${t.prefix} Centre`,
    `${t.prefix} service`,
    `${t.prefix} site`,
    `${t.prefix} queue`,
    `${lower}-q1`,
    `@${lower}.example`,
  ];
};

const tenantTables = [
  'organisations',
  'relationships',
  'sites',
  'queues',
  'memberships',
  'users',
  'audit_grants',
  'api_tokens',
  'audit_log_organisations',
  'imports',
  'contacts',
  'interval_aggregate_days',
  'frameworks',
  'assessments',
  'assessment_shares',
  'requirement_answers',
  'evidence',
  'evidence_links',
  'audits',
  'findings',
  'corrective_actions',
  'mandates',
  'mandate_versions',
  'mandate_signatures',
  'reviews',
  'obligation_completions',
  'notifications',
  'notification_reads',
  'webhooks',
  'webhook_deliveries',
  'surveys',
  'survey_invitations',
  'survey_responses',
  'people_agents',
  'people_events',
  'people_competences',
  'people_role_profiles',
  'people_communications',
  'pulse_surveys',
  'pulse_invitations',
  'pulse_answers',
  'staffing_plans',
  'complaints',
  'complaint_complainants',
  'complaint_events',
  'complaint_forms',
  'qa_scorecards',
  'qa_evaluations',
  'qa_calibration_sessions',
];

for (const { name, skip } of await dialects()) {
  describe(`authorisation matrix on ${name}`, { skip }, () => {
    let ctx: Context;
    let app: FastifyInstance;
    let alpha: Tenant;
    let targets: Target[];
    let routes: string[];
    const clientsOf = new Map<string, HttpClient[]>();

    /** A tenant's rows in every tenant table, as text, to prove nothing of theirs changed. */
    const snapshotOf = async (target: Target): Promise<string> => {
      const markers = markersOf(target.tenant);
      const parts: string[] = [];
      for (const table of tenantTables) {
        const rows = (await sql.raw(`select * from ${table}`).execute(ctx.conn.db)).rows.map((r) => JSON.stringify(r));
        parts.push(...rows.filter((r) => markers.some((m) => r.includes(m))).sort());
      }
      return parts.join('\n');
    };

    before(async () => {
      ctx = await openTestContext(name);
      alpha = await seedTenant(ctx.deps, 'Alpha');
      const target = async (tenant: Tenant): Promise<Target> => {
        const admin = await ctx.deps.store.users.findByEmail(`admin0@${tenant.prefix.toLowerCase()}.example`);
        const token = await createApiToken(ctx.deps, { userId: admin!.id, name: `${tenant.prefix} token` });
        const members = await ctx.deps.store.memberships.ofUser(admin!.id);
        // Contact data in the tenant's queue, so KPI and import routes have something to leak.
        const code = `${tenant.prefix.toLowerCase()}-q1`;
        const log = [
          `1772438410|c1|${code}|NONE|ENTERQUEUE||+46701|1`,
          `1772438425|c1|${code}|Agent/1|CONNECT|15|x|1`,
          `1772438545|c1|${code}|Agent/1|COMPLETECALLER|15|120|1`,
          'broken line',
        ];
        const centreAdmin = await callerFor(ctx.deps, admin!.email, tenant.centreId);
        const { run } = await importText(ctx.deps, centreAdmin, 'queue_log', `${tenant.prefix} queue_log`, log.join('\n'));
        tenant.ids.push(run.id);
        // Conformity work of the centre, so every conformity route has something to leak or change.
        const text = frameworkText(tenant.prefix);
        const fw = await loadFramework(
          ctx.deps,
          centreAdmin,
          stampedReading(Buffer.from(text), 'policy.yaml', `${tenant.prefix} policy.yaml`),
        );
        const assessment = await createAssessment(ctx.deps, centreAdmin, {
          frameworkId: fw.framework.id,
          title: `${tenant.prefix} self-assessment`,
        });
        const draft = await createAssessment(ctx.deps, centreAdmin, { frameworkId: fw.framework.id, title: `${tenant.prefix} draft` });
        const evidence = await addEvidence(ctx.deps, centreAdmin, {
          kind: 'file',
          title: `${tenant.prefix} complaint log`,
          fileName: 'log.csv',
          bytes: Buffer.from(`${tenant.prefix},complaint,answered\n`),
          attachTo: { assessmentId: assessment.assessment.id, refs: ['1.1', '1.2'] },
        });
        const finding = await recordFinding(ctx.deps, centreAdmin, assessment.assessment.id, {
          grade: 'observation',
          title: `${tenant.prefix} observation`,
          refs: ['1.2'],
        });
        const adminUser = await ctx.deps.store.users.findByEmail(admin!.email);
        const nonconformity = await recordFinding(ctx.deps, centreAdmin, assessment.assessment.id, {
          grade: 'minor_nonconformity',
          title: `${tenant.prefix} nonconformity`,
          refs: ['1.1'],
        });
        const withAction = await addCorrectiveAction(ctx.deps, centreAdmin, finding.id, {
          action: `${tenant.prefix} improve`,
          ownerUserId: adminUser!.id,
          dueOn: '2030-01-01',
        });
        const mandate = await createMandate(ctx.deps, centreAdmin, {
          relationshipId: tenant.relationshipId,
          title: `${tenant.prefix} mandate`,
        });
        const second = await createMandate(ctx.deps, centreAdmin, {
          relationshipId: tenant.relationshipId,
          title: `${tenant.prefix} signed mandate`,
          content: {
            ...mandateTemplate(),
            obligations: [
              {
                id: 'forecast',
                title: 'Volume forecast',
                description: null,
                owner: 'client',
                dueOn: '2026-01-15',
                recurrence: 'none',
                leadTimeDays: 10,
                doneOn: null,
              },
            ],
          },
        });
        const clientAdmin = await callerFor(ctx.deps, `admin4@${tenant.prefix.toLowerCase()}.example`, tenant.clientId);
        await signMandate(ctx.deps, centreAdmin, second.mandate.id, { versionHash: second.current.hash });
        await signMandate(ctx.deps, clientAdmin, second.mandate.id, { versionHash: second.current.hash });
        const review = await startReview(ctx.deps, clientAdmin, { relationshipId: tenant.relationshipId, period: '2026-03' });
        await updateReviewRecord(ctx.deps, clientAdmin, review.review.id, completeRecord as ReviewRecord);
        // Port 9 (discard) is closed: a test event fails at once and is only logged.
        const webhook = await createWebhook(ctx.deps, centreAdmin, { url: 'http://127.0.0.1:9/matrix' });
        const notification = (await ctx.deps.store.notifications.list(centreAdmin.scope, { userId: adminUser!.id, limit: 1 }))[0]!;
        // People records and a pulse survey of the centre, so the people routes have something to leak or change.
        const pulse = await createPulseSurvey(ctx.deps, centreAdmin, {
          title: `${tenant.prefix} pulse`,
          period: '2026-10',
          relationshipId: tenant.relationshipId,
          groups: [{ name: `${tenant.prefix} team`, invitations: 1 }],
        });
        await importPeople(ctx.deps, centreAdmin, {
          kind: 'headcount',
          text: `agent_code,started_on,team\n${tenant.prefix}-agent-01,2026-01-01,${tenant.prefix} team\n`,
          relationshipId: tenant.relationshipId,
        });
        tenant.ids.push(`${tenant.prefix}-agent-01`);
        const survey = await createSurvey(ctx.deps, centreAdmin, {
          relationshipId: tenant.relationshipId,
          name: `${tenant.prefix} survey`,
          questions: [matrixQuestion],
        });
        await recordAnswers(ctx.deps, centreAdmin, survey.id, [{ answers: { csat: 4 } }]);
        await configureComplaintForm(ctx.deps, centreAdmin, tenant.relationshipId, true);
        const complaint = await receiveComplaint(ctx.deps, centreAdmin, {
          relationshipId: tenant.relationshipId,
          channel: 'voice',
          description: `${tenant.prefix} complaint`,
          complainant: { name: `${tenant.prefix} complainant`, email: null, phone: null },
        });
        // The centre's QA work: a scorecard, an evaluation of its agent's contact, a calibration session.
        const qaCard = await loadScorecardVersion(ctx.deps, centreAdmin, {
          key: 'matrix',
          name: `${tenant.prefix} scorecard`,
          sections: [{ id: 's', title: 'S', criteria: [{ id: 'ok', title: 'OK', weight: 1, max: 1, allowNa: false, critical: null }] }],
        });
        const qaAgent = await ctx.deps.store.users.findByEmail(`agent3@${tenant.prefix.toLowerCase()}.example`);
        const qaEvaluation = await createEvaluation(ctx.deps, centreAdmin, {
          relationshipId: tenant.relationshipId,
          queueId: tenant.queueId,
          contactSourceId: `${tenant.prefix}-qa-contact`,
          contactAt: '2026-10-05T10:00:00Z',
          agent: `${tenant.prefix}-agent-01`,
          agentUserId: qaAgent!.id,
          scorecardId: qaCard.scorecard.id,
          answers: { ok: 1 },
          coachingNotes: null,
        });
        const qaSession = await createCalibrationSession(ctx.deps, centreAdmin, {
          relationshipId: tenant.relationshipId,
          scorecardId: qaCard.scorecard.id,
          contactSourceId: `${tenant.prefix}-qa-contact`,
          title: `${tenant.prefix} calibration`,
          heldOn: '2026-10-06',
        });
        // A saved staffing plan, forecast from the week holding the tenant's one call.
        const plan = await planStaffing(ctx.deps, centreAdmin, {
          queue: code,
          from: '2026-03-09',
          to: '2026-03-10',
          historyWeeks: 1,
          model: 'erlang-c',
          save: true,
        });
        const ids = {
          staffingPlanId: plan.id as string,
          qaScorecardId: qaCard.scorecard.id,
          qaEvaluationId: qaEvaluation.id,
          qaCalibrationId: qaSession.id,
          complaintId: complaint.id,
          surveyId: survey.id,
          pulseSurveyId: pulse.survey.id,
          webhookId: webhook.webhook.id,
          notificationId: notification.id,
          mandateId: mandate.mandate.id,
          signedMandateId: second.mandate.id,
          reviewId: review.review.id,
          frameworkId: fw.framework.id,
          assessmentId: assessment.assessment.id,
          draftAssessmentId: draft.assessment.id,
          evidenceId: evidence.id,
          findingId: finding.id,
          openFindingId: nonconformity.id,
          actionId: withAction.actions[0]!.id,
          adminUserId: adminUser!.id,
        };
        tenant.ids.push(...Object.values(ids));
        return { tenant, tokenId: token.apiToken.id, membershipId: members[0]!.id, importId: run.id, ...ids };
      };
      targets = [await target(alpha), await target(await seedTenant(ctx.deps, 'Beta'))];
      await insertUser(ctx.deps, operator, { email: 'root@platform.example', password: TEST_PASSWORD, platformAdmin: true });
      app = await createApp(ctx, { webRoot: null, throttle: { windowMs: 60_000, perAccount: 100, perAddress: 10_000 } });
      const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
        paths: Record<string, Record<string, unknown>>;
      };
      routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
      for (const t of targets) {
        const signedIn: HttpClient[] = [];
        for (const u of t.tenant.users) signedIn.push(await signInAs(app, u.email, TEST_PASSWORD));
        clientsOf.set(t.tenant.prefix, signedIn);
      }
    });
    after(async () => {
      await app?.close();
      await ctx?.conn.close();
    });

    test('every route in the OpenAPI document has an authorisation case', () => {
      assert.ok(routes.length >= 30, `found only ${routes.length} routes`);
      const missing = routes.filter((r) => !publicRoutes.has(r) && !cases[r]);
      assert.deepEqual(missing, [], 'routes without an authorisation case');
    });

    for (const [from, to] of [
      [0, 1],
      [1, 0],
    ] as const)
      test(`no role of tenant ${from ? 'Beta' : 'Alpha'} can read or change tenant ${to ? 'Beta' : 'Alpha'}’s data`, async () => {
        const other = targets[to]!;
        const clients = clientsOf.get(targets[from]!.tenant.prefix) ?? [];
        assert.equal(clients.length, 9, 'a signed-in user for every role');
        const before = await snapshotOf(other);
        const markers = markersOf(other.tenant);
        const failures: string[] = [];
        for (const client of clients) {
          for (const route of routes) {
            const c = cases[route];
            if (!c) continue;
            const [method, path] = route.split(' ') as [string, string];
            const query = typeof c.query === 'function' ? c.query(other) : c.query;
            const url = `${otherParams(path).replace('{id}', c.id ? encodeURIComponent(c.id(other)) : 'unused')}${query ? `?${query}` : ''}`;
            const res = await client.request(
              method,
              url,
              c.body ? c.body(other) : method === 'GET' || method === 'DELETE' ? undefined : {},
            );
            const who = `${client.email} ${route}`;
            if (c.id && res.statusCode !== 404) failures.push(`${who}: expected 404, got ${res.statusCode}`);
            if (c.foreignBody && res.statusCode < 400) failures.push(`${who}: succeeded with the other tenant's ids (${res.statusCode})`);
            const leaked = markers.find((m) => res.body.includes(m));
            if (leaked) failures.push(`${who}: response contains "${leaked}" ${res.statusCode} ${res.body.slice(0, 300)}`);
            // Acting in the other tenant's organisation by header is refused outright.
            const asOther = await client.request(method, url, c.body ? c.body(other) : undefined, { 'x-ccq-org': other.tenant.centreId });
            if (asOther.statusCode !== 404)
              failures.push(`${who} with x-ccq-org of the other tenant: expected 404, got ${asOther.statusCode}`);
          }
          if ((await snapshotOf(other)) !== before) failures.push(`${client.email}: the other tenant's rows changed`);
        }
        assert.deepEqual(failures, []);
      });

    test('the same routes do reach the caller’s own data (the 404s above are not a broken route)', async () => {
      const own: Target = {
        ...targets[0]!,
        tenant: alpha,
        tokenId: '',
        importId: targets[0]!.importId,
        membershipId: (await ctx.deps.store.memberships.ofUser((await ctx.deps.store.users.findByEmail('agent3@alpha.example'))!.id))[0]!
          .id,
      };
      const root = await signInAs(app, 'root@platform.example', TEST_PASSWORD);
      const unreachable: string[] = [];
      for (const route of routes) {
        const c = cases[route];
        if (!c?.id || route.startsWith('DELETE')) continue;
        const [method, path] = route.split(' ') as [string, string];
        const id = route.includes('/admin/users/') ? (await ctx.deps.store.users.findByEmail('agent3@alpha.example'))!.id : c.id(own);
        const body = route.startsWith('PATCH /api/v1/organisations/')
          ? { timeZone: 'Europe/Stockholm' }
          : route.startsWith('PATCH /api/v1/members/')
            ? { role: 'team_lead' }
            : c.body?.(own);
        const statuses: number[] = [];
        for (const client of [...(clientsOf.get('Alpha') ?? []), root]) {
          const query = typeof c.query === 'function' ? c.query(own) : c.query;
          const res = await client.request(
            method,
            `${otherParams(path).replace('{id}', id)}${query ? `?${query}` : ''}`,
            body ?? (method === 'GET' ? undefined : {}),
          );
          statuses.push(res.statusCode);
        }
        if (!statuses.some((s) => s < 300)) unreachable.push(`${route}: ${statuses.join(',')}`);
      }
      assert.deepEqual(unreachable, [], 'routes no role of the tenant (or the platform admin) could use on its own data');
    });
  });
}
