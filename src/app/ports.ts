// src/app/ports.ts — what the use-cases need from the outside world; adapters implement these

import type { Scope } from '../domain/access/scope.js';
import type { Role } from '../domain/access/roles.js';
import type { AuditEvent, ChainBreak, ChainedEntry } from '../domain/audit-trail/chain.js';
import type { Assessment, AssessmentEvent, RequirementAnswer } from '../domain/conformity/assessment.js';
import type { Audit } from '../domain/conformity/audit.js';
import type { Crosswalk } from '../domain/conformity/crosswalk.js';
import type { Evidence, EvidenceLink } from '../domain/conformity/evidence.js';
import type { CorrectiveAction, Finding } from '../domain/conformity/finding.js';
import type { Framework } from '../domain/conformity/framework.js';
import type { Mandate, MandateVersion } from '../domain/mandates/mandate.js';
import type { Notification } from '../domain/notifications/notification.js';
import type { Webhook, WebhookDelivery } from '../domain/notifications/webhook.js';
import type { ObligationCompletion } from '../domain/mandates/obligations.js';
import type { Review } from '../domain/reviews/review.js';
import type { SavedPlan } from '../domain/staffing/saved-plan.js';
import type { Communication, Competence, PeopleAgent, PeopleEvent, RoleProfile } from '../domain/people/people.js';
import type { PulseStatus, PulseSums, PulseSurvey } from '../domain/people/pulse.js';
import type { CalibrationSession, Evaluation } from '../domain/qa/evaluation.js';
import type { SampleCandidate } from '../domain/qa/sampling.js';
import type { Scorecard } from '../domain/qa/scorecard.js';
import type { Complaint, Complainant, ComplaintEvent, ComplaintStatus } from '../domain/complaints/complaint.js';
import type { ContactTie, Survey, SurveyInvitation, SurveyResponse } from '../domain/surveys/survey.js';
import type { PublicPageSettingsRow, PublishedPage } from '../domain/mandates/public-page.js';
import type { AgentStateInterval, ContactRecord } from '../domain/contacts/contact.js';
import type { RowReject } from '../domain/imports/importer.js';
import type { AggregateDay } from '../domain/kpi/aggregate-day.js';
import type { AgentDay } from '../domain/kpi/agent-day.js';
import type { RepeatCounts } from '../domain/kpi/compute.js';
import type { IntervalAggregate } from '../domain/kpi/interval-aggregate.js';
import type { Clock, IdGenerator } from '../domain/shared/clock.js';
import type {
  Locale,
  Organisation,
  OrganisationKind,
  Queue,
  Relationship,
  RelationshipStatus,
  Site,
  User,
} from '../domain/organisations/model.js';

/** A membership joined with the organisation facts that scope resolution needs. */
export type MembershipView = {
  id: string;
  userId: string;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  role: Role;
  createdAt: string;
};

export type MemberView = MembershipView & { email: string; displayName: string; disabled: boolean };

export type AuditGrant = {
  id: string;
  auditorUserId: string;
  organisationId: string;
  relationshipId: string | null;
  /** Set for the grant of an audit: the auditor then sees that one assessment. */
  assessmentId: string | null;
  startsAt: string;
  endsAt: string;
  grantedBy: string | null;
  createdAt: string;
  revokedAt: string | null;
};

export type StoredUser = User & { passwordHash: string | null };

export type Session = {
  id: string;
  userId: string;
  activeOrganisationId: string | null;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
};

export type ApiToken = {
  id: string;
  userId: string;
  name: string;
  tokenPrefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
};

/** A contact record tied to the queue it was stored under. */
/** An agent-state interval tied to a queue (null: the agent in every queue). */
export type StoredAgentState = AgentStateInterval & { queueId: string | null; source: string };
export type AgentAggregateRow = { queueId: string | null; intervalStart: number; staffedSeconds: number; pausedSeconds: number };

export const importStatuses = ['running', 'completed', 'failed', 'interrupted', 'already_imported'] as const;
export type ImportStatus = (typeof importStatuses)[number];

/** What an import found besides counts: queues it created, warnings by code, what it assumed. */
export type ImportDetail = {
  queuesCreated: string[];
  warningCodes: Record<string, number>;
  centreCreated?: string;
  mapping?: string;
  alreadyImportedAs?: string;
  pendingAtEnd?: number;
};

export type ImportCounts = {
  bytesRead: number;
  linesRead: number;
  rowsRead: number;
  imported: number;
  duplicates: number;
  rejected: number;
  skipped: number;
  warnings: number;
  agentStates: number;
};

export type ImportRun = ImportCounts & {
  id: string;
  centreOrganisationId: string;
  format: string;
  fileName: string;
  fingerprint: string;
  bytes: number;
  status: ImportStatus;
  startedAt: string;
  finishedAt: string | null;
  startedBy: string;
  detail: ImportDetail;
  error: string | null;
};

/** A framework edition as stored: shipped (no owner) or an organisation's own. */
export type StoredFramework = {
  id: string;
  ownerOrganisationId: string | null;
  /** SHA-256 of the file it was loaded from, so a reload of the same file is recognised. */
  sha256: string;
  /** Where it came from: `shipped:<file>` or the uploaded file's name. */
  source: string;
  loadedAt: string;
  loadedBy: string | null;
  framework: Framework;
};

/**
 * Reads take the acting scope and return only what it may see. Writes are called by use-cases after
 * `authorize`, inside a transaction that also appends to the audit trail.
 */
export type Store = {
  transaction: <T>(work: (tx: Store) => Promise<T>) => Promise<T>;
  organisations: {
    list: (scope: Scope) => Promise<Organisation[]>;
    findById: (scope: Scope, id: string) => Promise<Organisation | null>;
    findByName: (scope: Scope, name: string) => Promise<Organisation | null>;
    insert: (o: Organisation) => Promise<void>;
    update: (id: string, patch: Partial<Pick<Organisation, 'name' | 'timeZone'>>, at: string) => Promise<void>;
  };
  relationships: {
    /** Every relationship the organisation is party to, unfiltered: input to scope resolution only. */
    ofOrganisation: (organisationId: string) => Promise<Relationship[]>;
    list: (scope: Scope) => Promise<Relationship[]>;
    findById: (scope: Scope, id: string) => Promise<Relationship | null>;
    insert: (r: Relationship) => Promise<void>;
    update: (
      id: string,
      patch: Partial<{ name: string; status: RelationshipStatus; startsOn: string | null }>,
      at: string,
    ) => Promise<void>;
  };
  sites: {
    list: (scope: Scope, organisationId: string) => Promise<Site[]>;
    findById: (scope: Scope, id: string) => Promise<Site | null>;
    insert: (s: Site) => Promise<void>;
    update: (id: string, patch: Partial<Pick<Site, 'name' | 'city'>>) => Promise<void>;
  };
  queues: {
    list: (scope: Scope) => Promise<Queue[]>;
    /** Unscoped: the queues run for a relationship, for use-cases that have already authorised the relationship. */
    ofRelationship: (relationshipId: string) => Promise<Queue[]>;
    findById: (scope: Scope, id: string) => Promise<Queue | null>;
    insert: (q: Queue) => Promise<void>;
    update: (id: string, patch: Partial<Pick<Queue, 'name' | 'channel' | 'siteId' | 'relationshipId'>>) => Promise<void>;
  };
  users: {
    findById: (id: string) => Promise<StoredUser | null>;
    findByEmail: (email: string) => Promise<StoredUser | null>;
    /** Platform administrators see every user; others see the members of their acting organisation. */
    list: (scope: Scope) => Promise<User[]>;
    insert: (u: StoredUser) => Promise<void>;
    update: (
      id: string,
      patch: Partial<{ displayName: string; locale: Locale; disabled: boolean; platformAdmin: boolean; passwordHash: string }>,
      at: string,
    ) => Promise<void>;
  };
  memberships: {
    ofUser: (userId: string) => Promise<MembershipView[]>;
    list: (scope: Scope, organisationId: string) => Promise<MemberView[]>;
    findById: (scope: Scope, id: string) => Promise<MemberView | null>;
    insert: (m: { id: string; userId: string; organisationId: string; role: Role; createdAt: string }) => Promise<void>;
    updateRole: (id: string, role: Role) => Promise<void>;
    delete: (id: string) => Promise<void>;
  };
  auditGrants: {
    activeForUser: (userId: string, at: string) => Promise<AuditGrant[]>;
    list: (scope: Scope, organisationId: string) => Promise<AuditGrant[]>;
    findById: (scope: Scope, id: string) => Promise<AuditGrant | null>;
    insert: (g: AuditGrant) => Promise<void>;
    revoke: (id: string, at: string) => Promise<void>;
  };
  sessions: {
    insert: (s: Session & { tokenHash: string; ip: string | null; userAgent: string | null }) => Promise<void>;
    findByTokenHash: (tokenHash: string) => Promise<Session | null>;
    touch: (id: string, at: string) => Promise<void>;
    setActiveOrganisation: (id: string, organisationId: string) => Promise<void>;
    delete: (id: string) => Promise<void>;
    deleteForUser: (userId: string) => Promise<number>;
    deleteExpired: (at: string) => Promise<number>;
  };
  apiTokens: {
    insert: (t: ApiToken & { tokenHash: string }) => Promise<void>;
    listForUser: (userId: string) => Promise<ApiToken[]>;
    findByHash: (tokenHash: string) => Promise<ApiToken | null>;
    touch: (id: string, at: string) => Promise<void>;
    revoke: (userId: string, id: string, at: string) => Promise<boolean>;
  };
  imports: {
    insert: (run: ImportRun) => Promise<void>;
    update: (
      id: string,
      patch: Partial<ImportCounts & { status: ImportStatus; finishedAt: string; detail: ImportDetail; error: string | null }>,
    ) => Promise<void>;
    /** The imports of the scope's centre, newest first. */
    list: (scope: Scope, options: { limit: number }) => Promise<ImportRun[]>;
    findById: (scope: Scope, id: string) => Promise<ImportRun | null>;
    /** Imports of the same bytes into the same centre, newest first (to skip a repeat and to mark runs a crash left behind). */
    withFingerprint: (centreOrganisationId: string, fingerprint: string) => Promise<ImportRun[]>;
    addRejects: (importId: string, firstSeq: number, rejects: RowReject[]) => Promise<void>;
    rejects: (importId: string, options: { limit: number }) => Promise<RowReject[]>;
  };
  contactData: {
    /** Serialises imports into one centre (its aggregates are read, added to and written back). */
    lockCentre: (centreOrganisationId: string) => Promise<void>;
    /** Stores the contacts not stored before and returns exactly those (a re-import returns none). */
    /** `queueIds` maps each row's queue code to the queue's id (every code of the rows is in it). */
    insertContacts: (
      centreOrganisationId: string,
      importId: string,
      rows: ContactRecord[],
      queueIds: ReadonlyMap<string, string>,
    ) => Promise<ContactRecord[]>;
    insertAgentStates: (centreOrganisationId: string, importId: string, rows: StoredAgentState[]) => Promise<StoredAgentState[]>;
    /**
     * Adds to the stored aggregates with the same queue, channel and interval, creating the missing
     * ones; here an aggregate's `queueCode` holds the queue's id.
     */
    addIntervalAggregates: (centreOrganisationId: string, rows: IntervalAggregate[]) => Promise<void>;
    addAgentAggregates: (centreOrganisationId: string, rows: AgentAggregateRow[]) => Promise<void>;
    /** Calls `each` for every stored day of aggregates of the queues that may hold intervals in [from, to); the caller picks the intervals. */
    readAggregateDays: (queueIds: string[], from: number, to: number, each: (queueId: string, day: AggregateDay) => void) => Promise<void>;
    /** The same for agent time: staffed and paused seconds per quarter-hour. */
    readAgentDays: (queueIds: string[], from: number, to: number, each: (queueId: string, day: AgentDay) => void) => Promise<void>;
    /**
     * Per queue and quarter-hour in [from, to): the contacts with a customer key, those the same
     * customer preceded within the window, and those the same customer followed within it (among the
     * same queues). Counted by the database, so a month of contacts is never held in memory.
     */
    repeatCounts: (
      queueIds: string[],
      from: number,
      to: number,
      windowMs: number,
      each: (queueId: string, intervalStart: number, counts: RepeatCounts) => void,
    ) => Promise<void>;
    /** How many contacts are stored for the queues. */
    countContacts: (queueIds: string[]) => Promise<number>;
  };
  frameworks: {
    /** The frameworks the scope may read: shipped ones, its own and its partners'. */
    list: (scope: Scope) => Promise<StoredFramework[]>;
    findById: (scope: Scope, id: string) => Promise<StoredFramework | null>;
    /** Unscoped: the stored edition of an owner (null: shipped), to decide between insert and update. */
    findByEdition: (ownerOrganisationId: string | null, edition: string) => Promise<StoredFramework | null>;
    insert: (f: StoredFramework) => Promise<void>;
    replace: (id: string, f: StoredFramework) => Promise<void>;
    /** How many assessments use each framework id. */
    usage: (ids: string[]) => Promise<Map<string, number>>;
  };
  assessments: {
    /** The assessments the scope may read, newest first. */
    list: (scope: Scope) => Promise<Assessment[]>;
    findById: (scope: Scope, id: string) => Promise<Assessment | null>;
    insert: (a: Assessment) => Promise<void>;
    update: (id: string, patch: Partial<Pick<Assessment, 'status' | 'title' | 'dueOn' | 'sharedWith'>>, at: string) => Promise<void>;
    answers: (assessmentId: string) => Promise<RequirementAnswer[]>;
    /** The answers of several assessments in one query, by assessment id. */
    answersOf: (assessmentIds: string[]) => Promise<Map<string, RequirementAnswer[]>>;
    insertAnswers: (assessmentId: string, answers: RequirementAnswer[]) => Promise<void>;
    updateAnswer: (assessmentId: string, answer: RequirementAnswer) => Promise<void>;
    events: (assessmentId: string) => Promise<AssessmentEvent[]>;
    addEvent: (e: AssessmentEvent) => Promise<void>;
  };
  /** Content-addressed file store: a blob is named by the SHA-256 of its bytes. */
  blobs: {
    /** Stores the bytes under their hash unless already there. */
    put: (sha256: string, bytes: Uint8Array, at: string) => Promise<void>;
    get: (sha256: string) => Promise<Uint8Array | null>;
  };
  /** Evidence is read through the use-cases, which decide access by the owner or by a linked assessment. */
  evidence: {
    insert: (e: Evidence) => Promise<void>;
    update: (id: string, patch: Partial<Pick<Evidence, 'title' | 'description' | 'validFrom' | 'validUntil'>>) => Promise<void>;
    findById: (id: string) => Promise<Evidence | null>;
    ofOrganisation: (organisationId: string) => Promise<Evidence[]>;
    byIds: (ids: string[]) => Promise<Evidence[]>;
    links: (filter: { assessmentId?: string; evidenceId?: string }) => Promise<EvidenceLink[]>;
    link: (l: EvidenceLink) => Promise<void>;
    unlink: (evidenceId: string, assessmentId: string, ref: string) => Promise<void>;
  };
  audits: {
    insert: (a: Audit) => Promise<void>;
    ofAssessment: (assessmentId: string) => Promise<Audit[]>;
    findById: (id: string) => Promise<Audit | null>;
  };
  /** Findings and actions are read through their assessment, which the use-cases load with the scope first. */
  findings: {
    ofAssessments: (assessmentIds: string[]) => Promise<Finding[]>;
    findById: (id: string) => Promise<Finding | null>;
    nextSeq: (assessmentId: string) => Promise<number>;
    insert: (f: Finding) => Promise<void>;
    update: (
      id: string,
      patch: Partial<Pick<Finding, 'grade' | 'title' | 'description' | 'refs' | 'evidenceIds' | 'status' | 'closedAt'>>,
    ) => Promise<void>;
  };
  actions: {
    ofFindings: (findingIds: string[]) => Promise<CorrectiveAction[]>;
    findById: (id: string) => Promise<CorrectiveAction | null>;
    insert: (a: CorrectiveAction) => Promise<void>;
    update: (id: string, a: CorrectiveAction) => Promise<void>;
  };
  mandates: {
    /** Mandates of the relationships the scope sees. */
    list: (scope: Scope) => Promise<Mandate[]>;
    findById: (scope: Scope, id: string) => Promise<Mandate | null>;
    insert: (m: Mandate) => Promise<void>;
    /** Every version with its signatures, oldest first. */
    versions: (mandateId: string) => Promise<MandateVersion[]>;
    insertVersion: (v: MandateVersion) => Promise<void>;
    /** Writes a version's content, hash, status and signatures. */
    saveVersion: (v: MandateVersion) => Promise<void>;
    /** Deliveries recorded for the mandate's obligations, oldest occurrence first. */
    completions: (mandateId: string) => Promise<ObligationCompletion[]>;
    /** Records a delivery; false when that occurrence was already recorded (nothing changes). */
    insertCompletion: (c: ObligationCompletion) => Promise<boolean>;
  };
  /** Unscoped: the use-cases authorise the review's relationship (through its mandate) first. */
  reviews: {
    ofMandate: (mandateId: string) => Promise<Review[]>;
    findById: (id: string) => Promise<Review | null>;
    /** The review pack as it was frozen when the review started. */
    pack: (id: string) => Promise<string | null>;
    insert: (r: Review, packJson: string) => Promise<void>;
    save: (r: Review) => Promise<void>;
  };
  /** Unscoped: the use-cases authorise the plan's queue first. */
  staffingPlans: {
    /** The newest plans of the queues, at most `limit`. */
    ofQueues: (queueIds: string[], limit: number) => Promise<SavedPlan[]>;
    findById: (id: string) => Promise<SavedPlan | null>;
    /** The plan as it was saved (JSON). */
    body: (id: string) => Promise<string | null>;
    insert: (p: SavedPlan, planJson: string) => Promise<void>;
  };
  /** Unscoped: the use-cases authorise the relationship before reading or writing its page. */
  publicPages: {
    ofRelationship: (relationshipId: string) => Promise<PublicPageSettingsRow | null>;
    byToken: (token: string) => Promise<PublishedPage | null>;
    save: (row: PublicPageSettingsRow) => Promise<void>;
  };
  /** One row per organisation and event; read marks per user. */
  notifications: {
    /** Records the notification unless its organisation already has one with the same dedupe key; true when it is new. */
    insert: (n: Notification) => Promise<boolean>;
    /** The scope organisation's notifications about the relationships whose mandates it may read, newest first, with the user's read marks. */
    list: (scope: Scope, o: { userId: string; limit: number }) => Promise<NotificationView[]>;
    unreadCount: (scope: Scope, userId: string) => Promise<number>;
    findById: (scope: Scope, id: string) => Promise<Notification | null>;
    /** Marks notifications read for one user; marking one again changes nothing. */
    markRead: (userId: string, ids: string[], at: string) => Promise<void>;
  };
  /** An organisation's outgoing webhooks and their delivery log. */
  webhooks: {
    list: (scope: Scope) => Promise<Webhook[]>;
    findById: (scope: Scope, id: string) => Promise<Webhook | null>;
    /** Unscoped: the active webhooks of an organisation, to fan its events out to. */
    activeOf: (organisationId: string) => Promise<Webhook[]>;
    insert: (w: Webhook, secret: string) => Promise<void>;
    update: (id: string, patch: Partial<Pick<Webhook, 'url' | 'description' | 'events' | 'active'>>) => Promise<void>;
    /** Deletes the webhook and its delivery log. */
    delete: (id: string) => Promise<void>;
    insertDelivery: (d: WebhookDelivery) => Promise<void>;
    /** A webhook's deliveries, newest first. */
    deliveries: (webhookId: string, o: { limit: number }) => Promise<WebhookDelivery[]>;
    /** Unscoped, for housekeeping: deletes finished deliveries (succeeded or given up) that finished before `before`; how many. */
    pruneDeliveries: (before: string) => Promise<number>;
    /** Unscoped, for the worker: one delivery with its receiver's address and secret. */
    findDelivery: (id: string) => Promise<DueDelivery | null>;
    /** Unscoped, for the worker: pending or failed deliveries whose next attempt is due at `at`, oldest first. */
    due: (at: string, limit: number) => Promise<DueDelivery[]>;
    /** Takes a due delivery for one attempt by moving its next attempt to `leaseUntil`; false when another worker took it first. */
    claim: (id: string, expectedNextAttemptAt: string, leaseUntil: string) => Promise<boolean>;
    /** Records an attempt: status, attempts, next attempt, last answer or error, timings. */
    saveAttempt: (d: WebhookDelivery) => Promise<void>;
  };
  /** Customer surveys: read through the scope (the relationship's two parties); invitations and answers through their survey. */
  /** Quality monitoring; unscoped: the use-cases authorise (centre side, or a relationship's aggregated KPIs) first. */
  qa: {
    scorecards: (centreOrganisationId: string) => Promise<Scorecard[]>;
    scorecardById: (id: string) => Promise<Scorecard | null>;
    insertScorecard: (s: Scorecard) => Promise<void>;
    evaluations: (f: QaEvaluationFilter) => Promise<Evaluation[]>;
    evaluationById: (id: string) => Promise<Evaluation | null>;
    insertEvaluation: (e: Evaluation) => Promise<void>;
    saveEvaluation: (e: Evaluation) => Promise<void>;
    sessions: (centreOrganisationId: string, relationshipIds: string[]) => Promise<CalibrationSession[]>;
    sessionById: (id: string) => Promise<CalibrationSession | null>;
    insertSession: (s: CalibrationSession) => Promise<void>;
    /** Answered contacts with an agent in the queues during [fromMs, toMs): what sampling draws from. */
    sampleCandidates: (queueIds: string[], fromMs: number, toMs: number) => Promise<SampleCandidate[]>;
  };
  surveys: {
    list: (scope: Scope, relationshipId?: string) => Promise<Survey[]>;
    findById: (scope: Scope, id: string) => Promise<Survey | null>;
    /** Unscoped: the survey of a public one-time link. */
    findUnscoped: (id: string) => Promise<Survey | null>;
    insert: (s: Survey) => Promise<void>;
    update: (s: Survey) => Promise<void>;
    insertInvitations: (rows: SurveyInvitation[]) => Promise<void>;
    /** Unscoped: the invitation a public token names (by the token's SHA-256). */
    invitationByTokenHash: (tokenHash: string) => Promise<SurveyInvitation | null>;
    /** Marks an invitation used; false when it was already used (a token answers once). */
    useInvitation: (id: string, at: string) => Promise<boolean>;
    insertResponses: (rows: SurveyResponse[]) => Promise<void>;
    /** Answers of the surveys given with `from` ≤ answered_at < `to` (ISO instants). */
    responses: (surveyIds: string[], from: string, to: string) => Promise<SurveyResponse[]>;
    /** Invitations issued with `from` ≤ issued_at < `to`: whether each was used, and its queue. */
    invitationCounts: (surveyIds: string[], from: string, to: string) => Promise<{ used: boolean; queueId: string | null }[]>;
    /** The queue, agent and channel of a centre's contact by its source id (any source). */
    contactTie: (centreOrganisationId: string, sourceId: string) => Promise<ContactTie | null>;
    /** Answered contacts of the queues in [from, to) (epoch ms), oldest first, at most `limit`: whom the demo invites. */
    answeredContacts: (
      queueIds: string[],
      from: number,
      to: number,
      limit: number,
    ) => Promise<(ContactTie & { contactSourceId: string; endedAt: number; waitSeconds: number })[]>;
  };
  /** The complaints register; reads filter by the scope's relationships, personal data and the public form are unscoped (authorised first). */
  complaints: ComplaintsStore;
  /** A centre's pseudonymised people records; the use-cases authorise (`people:*`) before calling. */
  people: {
    agents: (centreOrganisationId: string, o?: { relationshipId?: string }) => Promise<PeopleAgent[]>;
    upsertAgent: (a: PeopleAgent, at: string) => Promise<void>;
    /** Events on days in [from, to). */
    events: (centreOrganisationId: string, o: { from: string; to: string }) => Promise<PeopleEvent[]>;
    /** False when the same agent already has this kind of event on that day (re-imports change nothing). */
    insertEvent: (e: PeopleEvent) => Promise<boolean>;
    competences: (centreOrganisationId: string) => Promise<Competence[]>;
    upsertCompetence: (centreOrganisationId: string, c: Competence) => Promise<void>;
    roleProfiles: (centreOrganisationId: string) => Promise<RoleProfile[]>;
    saveRoleProfile: (centreOrganisationId: string, p: RoleProfile, at: string) => Promise<void>;
    communications: (centreOrganisationId: string) => Promise<Communication[]>;
    insertCommunication: (c: Communication, createdBy: string | null) => Promise<void>;
  };
  /** Anonymous employee pulse surveys: answers are only ever read back as sums of groups at or above the anonymity threshold. */
  pulse: {
    list: (centreOrganisationId: string) => Promise<PulseSurvey[]>;
    /** Surveys of a relationship whose month starts in [from, to). */
    ofRelationship: (relationshipId: string, o: { from: string; to: string }) => Promise<PulseSurvey[]>;
    findById: (id: string) => Promise<PulseSurvey | null>;
    insert: (s: PulseSurvey) => Promise<void>;
    setStatus: (id: string, status: PulseStatus) => Promise<void>;
    insertInvitations: (surveyId: string, invitations: { tokenHash: string; group: string }[]) => Promise<void>;
    invitation: (tokenHash: string) => Promise<{ surveyId: string; group: string; used: boolean } | null>;
    /** Marks the invitation used; false when it already was (one answer per token). */
    useInvitation: (tokenHash: string) => Promise<boolean>;
    insertAnswer: (a: { id: string; surveyId: string; group: string; enps: number; engagement: number }) => Promise<void>;
    invited: (surveyIds: string[]) => Promise<{ group: string; invited: number }[]>;
    /** Sums per group over the surveys, only for groups with at least `threshold` answers (never fewer than the domain's threshold). */
    groupSums: (surveyIds: string[], threshold: number) => Promise<PulseSums[]>;
  };
  auditLog: {
    append: (event: AuditEvent, at: string, id: string) => Promise<ChainedEntry>;
    list: (scope: Scope, options: { limit: number; before?: number }) => Promise<ChainedEntry[]>;
    /** Walks the whole chain and returns its length and the first broken link, if any. */
    verify: () => Promise<{ entries: number; firstBreak: ChainBreak | null }>;
  };
};

export type ComplaintFilter = { relationshipId?: string | undefined; statuses?: readonly ComplaintStatus[] | undefined };
export type ComplaintForm = { relationshipId: string; token: string; enabled: boolean; updatedAt: string; updatedBy: string | null };

export type ComplaintsStore = {
  list: (scope: Scope, o: ComplaintFilter) => Promise<Complaint[]>;
  findById: (scope: Scope, id: string) => Promise<Complaint | null>;
  /** Unscoped: the complaints of a relationship received in [fromIso, toIso), for its KPIs. */
  receivedBetween: (relationshipId: string, fromIso: string, toIso: string) => Promise<Complaint[]>;
  insert: (c: Complaint, who: Complainant) => Promise<void>;
  save: (c: Complaint) => Promise<void>;
  complainant: (id: string) => Promise<Complainant | null>;
  /** Blanks the complainant's personal fields and the notes of the complaint's steps. */
  erasePersonalData: (id: string) => Promise<void>;
  events: (id: string) => Promise<ComplaintEvent[]>;
  insertEvent: (e: ComplaintEvent) => Promise<void>;
  form: (relationshipId: string) => Promise<ComplaintForm | null>;
  /** Unscoped: the form behind a public link, with the relationship's parties. */
  formByToken: (token: string) => Promise<(ComplaintForm & { clientOrganisationId: string; centreOrganisationId: string }) | null>;
  saveForm: (f: ComplaintForm) => Promise<void>;
};

export type PasswordHasher = {
  hash: (password: string) => Promise<string>;
  /** `needsRehash` is true when the stored hash used other parameters than the current ones. */
  verify: (password: string, stored: string) => Promise<{ ok: boolean; needsRehash: boolean }>;
};

export type Secrets = {
  /** A new random token of 32 bytes, base64url. */
  randomToken: () => string;
  /** Hex SHA-256, for storing tokens so a leaked database does not leak live credentials. */
  sha256: (text: string) => string;
  /** Hex SHA-256 of bytes: the address of an evidence file, checked again on every download. */
  digest: (bytes: Uint8Array) => string;
  /** Hex HMAC-SHA-256 of a message under a key: the signature of a webhook delivery. */
  hmacSha256: (key: string, message: string) => string;
};

/** Session lifetimes; idle expiry is renewed on use, absolute expiry never. */
export type SessionPolicy = { idleMinutes: number; absoluteHours: number };

/** Keyed hash of a caller number or account id; null when the identifier names no one. */
export type Pseudonymise = (raw: string) => string | null;

/** A notification as one user sees it: read or not. */
export type NotificationView = Notification & { readAt: string | null };

/** A delivery as the worker sends it: with its receiver's address and the secret to sign with. */
export type DueDelivery = WebhookDelivery & { url: string; secret: string };

/** Sends one webhook request. Never throws: a refused connection or a timeout comes back as `error`. */
export type WebhookTransport = {
  post: (o: { url: string; headers: Record<string, string>; body: string }) => Promise<{
    statusCode: number | null;
    error: string | null;
    durationMs: number;
  }>;
};

/** Which evaluations to read: a centre's, of some relationships, contacts in [from, to) (ISO), with or without calibration scores. */
export type QaEvaluationFilter = {
  centreOrganisationId?: string;
  relationshipIds?: string[];
  queueIds?: string[];
  from?: string;
  to?: string;
  agentUserId?: string;
  calibrationSessionIds?: string[];
  /** false (default): only evaluations of agents; true: only calibration scores. */
  calibration?: boolean;
};

export type Deps = {
  store: Store;
  /** Links between the requirements of shipped frameworks (e.g. ISO 18295-1 ↔ ISO 18295-2), read from data files at start. */
  crosswalks: readonly Crosswalk[];
  pseudonymise: Pseudonymise;
  clock: Clock;
  ids: IdGenerator;
  hasher: PasswordHasher;
  secrets: Secrets;
  sessionPolicy: SessionPolicy;
  /** Outgoing webhook requests (HTTP POST with a timeout). */
  webhookTransport: WebhookTransport;
};
