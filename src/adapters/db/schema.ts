// src/adapters/db/schema.ts — the Kysely table types; rows stay inside adapters/db and are mapped at the edge

import type { Kysely, Transaction } from 'kysely';

/** Timestamps are ISO-8601 UTC text, booleans 0/1, ids application-generated text: the portable subset. */
export type OrganisationsTable = {
  id: string;
  name: string;
  kind: string;
  time_zone: string;
  created_at: string;
  updated_at: string;
};

export type SitesTable = { id: string; organisation_id: string; name: string; city: string | null; created_at: string };

export type RelationshipsTable = {
  id: string;
  client_organisation_id: string;
  centre_organisation_id: string;
  name: string;
  status: string;
  starts_on: string | null;
  created_at: string;
  updated_at: string;
};

export type QueuesTable = {
  id: string;
  centre_organisation_id: string;
  relationship_id: string | null;
  site_id: string | null;
  code: string;
  name: string;
  channel: string;
  created_at: string;
};

export type UsersTable = {
  id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  locale: string;
  platform_admin: number;
  disabled: number;
  created_at: string;
  updated_at: string;
};

export type MembershipsTable = { id: string; user_id: string; organisation_id: string; role: string; created_at: string };

export type AuditGrantsTable = {
  id: string;
  assessment_id: string | null;
  auditor_user_id: string;
  organisation_id: string;
  relationship_id: string | null;
  starts_at: string;
  ends_at: string;
  granted_by: string | null;
  created_at: string;
  revoked_at: string | null;
};

export type SessionsTable = {
  id: string;
  token_hash: string;
  user_id: string;
  active_organisation_id: string | null;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
};

export type ApiTokensTable = {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  token_prefix: string;
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
  revoked_at: string | null;
};

export type AuditLogTable = {
  seq: number;
  id: string;
  at: string;
  actor_user_id: string | null;
  actor_label: string;
  entity: string;
  entity_id: string;
  action: string;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
};

export type AuditLogOrganisationsTable = { seq: number; organisation_id: string };

export type ImportsTable = {
  id: string;
  centre_organisation_id: string;
  format: string;
  file_name: string;
  fingerprint: string;
  bytes: number;
  status: string;
  started_at: string;
  finished_at: string | null;
  started_by: string;
  bytes_read: number;
  lines_read: number;
  rows_read: number;
  imported: number;
  duplicates: number;
  rejected: number;
  skipped: number;
  warnings: number;
  agent_states: number;
  detail_json: string;
  error: string | null;
};

export type ImportRejectsTable = { import_id: string; seq: number; line: number; reason: string; raw: string };

/** Contact data keeps epoch milliseconds (bigint) for times; see the contact-data migration. */
export type ContactsTable = {
  centre_organisation_id: string;
  source: string;
  source_id: string;
  queue_id: string;
  channel: string;
  direction: string;
  entered_at: number;
  answered_at: number | null;
  ended_at: number | null;
  outcome: string;
  wait_seconds: number;
  talk_seconds: number | null;
  hold_seconds: number | null;
  wrap_seconds: number | null;
  agent: string | null;
  transferred: number;
  disposition: string | null;
  customer_key: string | null;
  import_id: string;
};

export type AgentStatesTable = {
  centre_organisation_id: string;
  source: string;
  agent: string;
  queue_id: string;
  start_at: number;
  end_at: number;
  state: string;
  reason: string | null;
  import_id: string;
};

export type IntervalAggregateDaysTable = {
  centre_organisation_id: string;
  queue_id: string;
  channel: string;
  day_start: number;
  contacts: number;
  data: Uint8Array;
};

export type AgentAggregateDaysTable = {
  centre_organisation_id: string;
  queue_id: string;
  day_start: number;
  data: Uint8Array;
};

export type FrameworksTable = {
  id: string;
  urn: string;
  edition: string;
  family: string;
  revision: number;
  owner_organisation_id: string | null;
  side: string;
  name_json: string;
  content_json: string;
  sha256: string;
  source: string;
  loaded_at: string;
  loaded_by: string | null;
};

export type AssessmentsTable = {
  id: string;
  framework_id: string;
  title: string;
  scope_kind: string;
  organisation_id: string;
  relationship_id: string | null;
  scope_tags_json: string;
  status: string;
  carried_over_from: string | null;
  due_on: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string;
};

export type AssessmentSharesTable = { assessment_id: string; relationship_id: string; shared_at: string };

export type RequirementAnswersTable = {
  assessment_id: string;
  ref: string;
  status: string;
  result: string | null;
  justification: string | null;
  score: number | null;
  comment: string | null;
  assignee_user_id: string | null;
  due_on: string | null;
  updated_at: string;
  updated_by: string | null;
};

export type AssessmentEventsTable = {
  id: string;
  assessment_id: string;
  at: string;
  user_id: string | null;
  actor_label: string;
  action: string;
  from_status: string | null;
  to_status: string;
  comment: string | null;
};

export type BlobsTable = { sha256: string; size: number; content: Uint8Array; created_at: string };

export type EvidenceTable = {
  id: string;
  organisation_id: string;
  kind: string;
  title: string;
  description: string | null;
  sha256: string | null;
  file_name: string | null;
  media_type: string | null;
  size: number | null;
  url: string | null;
  snapshot_json: string | null;
  valid_from: string | null;
  valid_until: string | null;
  created_at: string;
  created_by: string | null;
};

export type EvidenceLinksTable = { evidence_id: string; assessment_id: string; ref: string; linked_at: string; linked_by: string | null };

export type AuditsTable = {
  id: string;
  assessment_id: string;
  audit_grant_id: string;
  auditor_user_id: string;
  kind: string;
  body: string | null;
  starts_at: string;
  ends_at: string;
  created_at: string;
  created_by: string | null;
};

export type FindingsTable = {
  id: string;
  assessment_id: string;
  audit_id: string | null;
  seq: number;
  grade: string;
  title: string;
  description: string | null;
  refs_json: string;
  evidence_ids_json: string;
  origin: string | null;
  status: string;
  raised_at: string;
  raised_by: string | null;
  closed_at: string | null;
};

export type CorrectiveActionsTable = {
  id: string;
  finding_id: string;
  correction: string | null;
  root_cause: string | null;
  action: string;
  owner_user_id: string;
  due_on: string;
  status: string;
  verified_by: string | null;
  verified_at: string | null;
  verification_note: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string;
};

export type MandatesTable = { id: string; relationship_id: string; title: string; created_at: string; created_by: string | null };

export type MandateVersionsTable = {
  id: string;
  mandate_id: string;
  number: number;
  content_json: string;
  hash: string;
  status: string;
  based_on: string | null;
  created_at: string;
  created_by: string | null;
};

export type MandateSignaturesTable = {
  version_id: string;
  party: string;
  user_id: string | null;
  name: string;
  at: string;
  version_hash: string;
};

export type PublicPagesTable = {
  relationship_id: string;
  token: string;
  settings_json: string;
  updated_at: string;
  updated_by: string | null;
};

export type StaffingPlansTable = {
  id: string;
  queue_id: string;
  centre_organisation_id: string;
  relationship_id: string | null;
  from_day: string;
  to_day: string;
  interval_minutes: number;
  model: string;
  scheduled_hours: number;
  expected_service_level: number | null;
  plan_json: string;
  created_at: string;
  created_by: string | null;
};

export type ReviewsTable = {
  id: string;
  relationship_id: string;
  mandate_id: string;
  period: string;
  record_json: string;
  status: string;
  pack_json: string;
  pack_hash: string;
  created_at: string;
  created_by: string | null;
  closed_at: string | null;
  closed_by: string | null;
};

export type ObligationCompletionsTable = {
  mandate_id: string;
  obligation_id: string;
  due_on: string;
  done_on: string;
  note: string | null;
  recorded_by: string | null;
  recorded_by_name: string;
  recorded_at: string;
};

export type NotificationsTable = {
  id: string;
  organisation_id: string;
  relationship_id: string;
  kind: string;
  params_json: string;
  dedupe_key: string;
  created_at: string;
};

export type NotificationReadsTable = { notification_id: string; user_id: string; read_at: string };

export type WebhooksTable = {
  id: string;
  organisation_id: string;
  url: string;
  description: string | null;
  secret: string;
  events_json: string;
  active: number;
  created_at: string;
  created_by: string | null;
};

export type WebhookDeliveriesTable = {
  id: string;
  webhook_id: string;
  organisation_id: string;
  event_id: string;
  event_kind: string;
  payload_json: string;
  status: string;
  attempts: number;
  next_attempt_at: string | null;
  last_status_code: number | null;
  last_error: string | null;
  last_duration_ms: number | null;
  created_at: string;
  last_attempt_at: string | null;
  finished_at: string | null;
};

export type SurveysTable = {
  id: string;
  relationship_id: string;
  centre_organisation_id: string;
  name: string;
  status: string;
  questions_json: string;
  queue_ids_json: string;
  channels_json: string;
  created_at: string;
  created_by: string | null;
  updated_at: string;
};

export type SurveyInvitationsTable = {
  id: string;
  survey_id: string;
  relationship_id: string;
  token_hash: string;
  contact_source_id: string | null;
  queue_id: string | null;
  agent: string | null;
  channel: string | null;
  issued_at: string;
  expires_at: string;
  used_at: string | null;
};

export type SurveyResponsesTable = {
  id: string;
  survey_id: string;
  relationship_id: string;
  invitation_id: string | null;
  via: string;
  answered_at: string;
  contact_source_id: string | null;
  queue_id: string | null;
  agent: string | null;
  channel: string | null;
  answers_json: string;
};

export type ComplaintsTable = {
  id: string;
  relationship_id: string;
  reference: string;
  channel: string;
  received_at: string;
  received_via: string;
  contact_source_id: string | null;
  queue_id: string | null;
  description: string | null;
  category: string | null;
  root_cause: string | null;
  status: string;
  owner: string;
  first_line_owner: string;
  final_response_owner: string;
  escalated_at: string | null;
  ack_due_at: string;
  resolve_due_at: string;
  acknowledged_at: string | null;
  responded_at: string | null;
  closed_at: string | null;
  reopen_count: number;
  response: string | null;
  satisfaction: number | null;
  erased_at: string | null;
  created_at: string;
  created_by: string | null;
};

export type ComplaintComplainantsTable = { complaint_id: string; name: string | null; email: string | null; phone: string | null };

export type ComplaintEventsTable = {
  id: string;
  complaint_id: string;
  step: string;
  from_status: string | null;
  to_status: string;
  at: string;
  by_user_id: string | null;
  by_label: string;
  note: string | null;
};

export type ComplaintFormsTable = {
  relationship_id: string;
  token: string;
  enabled: number;
  updated_at: string;
  updated_by: string | null;
};

/** Quality monitoring (area "qa"): scorecard versions, evaluations (calibration scores among them), calibration sessions. */
export type QaScorecardsTable = {
  id: string;
  centre_organisation_id: string;
  key: string;
  version: number;
  name: string;
  content_json: string;
  content_hash: string;
  created_at: string;
  created_by: string | null;
};

export type QaCalibrationSessionsTable = {
  id: string;
  centre_organisation_id: string;
  relationship_id: string;
  scorecard_id: string;
  contact_source_id: string;
  title: string;
  held_on: string;
  created_at: string;
  created_by: string | null;
};

export type QaEvaluationsTable = {
  id: string;
  centre_organisation_id: string;
  relationship_id: string;
  queue_id: string | null;
  contact_source_id: string;
  contact_at: string;
  agent: string;
  agent_user_id: string | null;
  scorecard_id: string;
  evaluator_user_id: string | null;
  evaluator_name: string;
  answers_json: string;
  score: number | null;
  sections_json: string;
  critical_customer: number;
  critical_business: number;
  critical_compliance: number;
  status: string;
  agent_comment: string | null;
  coaching_notes: string | null;
  calibration_session_id: string | null;
  evaluated_at: string;
  responded_at: string | null;
};

/** People records and anonymous pulse surveys (2026-11-29-010-people). */
export type PeopleAgentsTable = {
  centre_organisation_id: string;
  agent_code: string;
  relationship_id: string | null;
  team: string | null;
  role_profile: string | null;
  started_on: string;
  left_on: string | null;
  updated_at: string;
};
export type PeopleEventsTable = {
  id: string;
  centre_organisation_id: string;
  agent_code: string;
  kind: string;
  on_date: string;
  hours: number;
  scheduled_hours: number | null;
  category: string;
};
export type PeopleCompetencesTable = {
  centre_organisation_id: string;
  agent_code: string;
  competence: string;
  achieved_on: string;
  expires_on: string | null;
};
export type PeopleRoleProfilesTable = { centre_organisation_id: string; name: string; competences_json: string; updated_at: string };
export type PeopleCommunicationsTable = {
  id: string;
  centre_organisation_id: string;
  sent_on: string;
  subject: string;
  audience: string;
  told: number;
  acknowledged: number;
  created_at: string;
  created_by: string | null;
};
export type PulseSurveysTable = {
  id: string;
  centre_organisation_id: string;
  relationship_id: string | null;
  title: string;
  period: string;
  groups_json: string;
  status: string;
  created_at: string;
  created_by: string | null;
};
export type PulseInvitationsTable = { token_hash: string; survey_id: string; grp: string; used: number };
export type PulseAnswersTable = { id: string; survey_id: string; grp: string; enps: number; engagement: number };

export type Database = {
  organisations: OrganisationsTable;
  sites: SitesTable;
  relationships: RelationshipsTable;
  queues: QueuesTable;
  users: UsersTable;
  memberships: MembershipsTable;
  audit_grants: AuditGrantsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  audit_log_organisations: AuditLogOrganisationsTable;
  imports: ImportsTable;
  import_rejects: ImportRejectsTable;
  contacts: ContactsTable;
  agent_states: AgentStatesTable;
  interval_aggregate_days: IntervalAggregateDaysTable;
  agent_aggregate_days: AgentAggregateDaysTable;
  frameworks: FrameworksTable;
  assessments: AssessmentsTable;
  assessment_shares: AssessmentSharesTable;
  requirement_answers: RequirementAnswersTable;
  assessment_events: AssessmentEventsTable;
  blobs: BlobsTable;
  evidence: EvidenceTable;
  evidence_links: EvidenceLinksTable;
  audits: AuditsTable;
  findings: FindingsTable;
  corrective_actions: CorrectiveActionsTable;
  mandates: MandatesTable;
  mandate_versions: MandateVersionsTable;
  mandate_signatures: MandateSignaturesTable;
  public_pages: PublicPagesTable;
  reviews: ReviewsTable;
  staffing_plans: StaffingPlansTable;
  obligation_completions: ObligationCompletionsTable;
  notifications: NotificationsTable;
  notification_reads: NotificationReadsTable;
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
  complaints: ComplaintsTable;
  complaint_complainants: ComplaintComplainantsTable;
  complaint_events: ComplaintEventsTable;
  complaint_forms: ComplaintFormsTable;
  surveys: SurveysTable;
  survey_invitations: SurveyInvitationsTable;
  survey_responses: SurveyResponsesTable;
  qa_scorecards: QaScorecardsTable;
  qa_calibration_sessions: QaCalibrationSessionsTable;
  qa_evaluations: QaEvaluationsTable;
  people_agents: PeopleAgentsTable;
  people_events: PeopleEventsTable;
  people_competences: PeopleCompetencesTable;
  people_role_profiles: PeopleRoleProfilesTable;
  people_communications: PeopleCommunicationsTable;
  pulse_surveys: PulseSurveysTable;
  pulse_invitations: PulseInvitationsTable;
  pulse_answers: PulseAnswersTable;
};

export type Db = Kysely<Database> | Transaction<Database>;
export type Dialect = 'sqlite' | 'postgres';
