// src/domain/shared/errors.ts — the one error catalogue (CCQ_ERR_*) shared by the API and the CLI

/**
 * Every expected failure has a stable code. The HTTP status and the CLI exit code live next to it,
 * so a script or an integration can branch on the code and never on the wording.
 * Exit codes follow sysexits(3) where one fits: 64 usage, 65 data, 66 no input, 69 unavailable,
 * 70 software, 77 permission.
 */
export const errorCatalogue = {
  CCQ_ERR_VALIDATION: { status: 400, exit: 65, message: 'The request is not valid' },
  CCQ_ERR_BAD_REQUEST: { status: 400, exit: 64, message: 'The request cannot be understood' },
  CCQ_ERR_UNAUTHENTICATED: { status: 401, exit: 77, message: 'Sign in to continue' },
  CCQ_ERR_INVALID_CREDENTIALS: { status: 401, exit: 77, message: 'Wrong email or password' },
  CCQ_ERR_SESSION_EXPIRED: { status: 401, exit: 77, message: 'Your session has ended; sign in again' },
  CCQ_ERR_CSRF: { status: 403, exit: 77, message: 'The request did not come from the ccq web app' },
  CCQ_ERR_FORBIDDEN: { status: 403, exit: 77, message: 'Your role does not allow this' },
  CCQ_ERR_NOT_FOUND: { status: 404, exit: 66, message: 'Not found' },
  CCQ_ERR_ORGANISATION_NOT_FOUND: { status: 404, exit: 66, message: 'Organisation not found' },
  CCQ_ERR_RELATIONSHIP_NOT_FOUND: { status: 404, exit: 66, message: 'Relationship not found' },
  CCQ_ERR_SITE_NOT_FOUND: { status: 404, exit: 66, message: 'Site not found' },
  CCQ_ERR_QUEUE_NOT_FOUND: { status: 404, exit: 66, message: 'Queue not found' },
  CCQ_ERR_USER_NOT_FOUND: { status: 404, exit: 66, message: 'User not found' },
  CCQ_ERR_MEMBERSHIP_NOT_FOUND: { status: 404, exit: 66, message: 'Membership not found' },
  CCQ_ERR_TOKEN_NOT_FOUND: { status: 404, exit: 66, message: 'API token not found' },
  CCQ_ERR_GRANT_NOT_FOUND: { status: 404, exit: 66, message: 'Audit grant not found' },
  CCQ_ERR_FRAMEWORK_NOT_FOUND: { status: 404, exit: 66, message: 'Framework not found' },
  CCQ_ERR_ASSESSMENT_NOT_FOUND: { status: 404, exit: 66, message: 'Assessment not found' },
  CCQ_ERR_REQUIREMENT_NOT_FOUND: { status: 404, exit: 66, message: 'No such requirement in this assessment' },
  CCQ_ERR_EVIDENCE_NOT_FOUND: { status: 404, exit: 66, message: 'Evidence not found' },
  CCQ_ERR_FINDING_NOT_FOUND: { status: 404, exit: 66, message: 'Finding not found' },
  CCQ_ERR_ACTION_NOT_FOUND: { status: 404, exit: 66, message: 'Corrective action not found' },
  CCQ_ERR_MANDATE_NOT_FOUND: { status: 404, exit: 66, message: 'Mandate not found' },
  CCQ_ERR_REVIEW_NOT_FOUND: { status: 404, exit: 66, message: 'Review not found' },
  CCQ_ERR_AUDIT_NOT_FOUND: { status: 404, exit: 66, message: 'Audit not found' },
  CCQ_ERR_NOTIFICATION_NOT_FOUND: { status: 404, exit: 66, message: 'Notification not found' },
  CCQ_ERR_WEBHOOK_NOT_FOUND: { status: 404, exit: 66, message: 'Webhook not found' },
  CCQ_ERR_SURVEY_NOT_FOUND: { status: 404, exit: 66, message: 'Survey not found' },
  CCQ_ERR_COMPLAINT_NOT_FOUND: { status: 404, exit: 66, message: 'Complaint not found' },
  CCQ_ERR_PULSE_SURVEY_NOT_FOUND: { status: 404, exit: 66, message: 'Pulse survey not found' },
  CCQ_ERR_SCORECARD_NOT_FOUND: { status: 404, exit: 66, message: 'Scorecard not found' },
  CCQ_ERR_EVALUATION_NOT_FOUND: { status: 404, exit: 66, message: 'Evaluation not found' },
  CCQ_ERR_CALIBRATION_NOT_FOUND: { status: 404, exit: 66, message: 'Calibration session not found' },
  CCQ_ERR_PLAN_NOT_FOUND: { status: 404, exit: 66, message: 'Staffing plan not found' },
  CCQ_ERR_ROUTE_NOT_FOUND: { status: 404, exit: 64, message: 'No such API route' },
  CCQ_ERR_CONFLICT: { status: 409, exit: 65, message: 'The change conflicts with existing data' },
  CCQ_ERR_INVALID_STATE: { status: 409, exit: 65, message: 'Not possible in the current state' },
  CCQ_ERR_FRAMEWORK_INVALID: { status: 422, exit: 65, message: 'The framework file is not valid' },
  CCQ_ERR_SCORECARD_INVALID: { status: 422, exit: 65, message: 'The scorecard file is not valid' },
  CCQ_ERR_TOO_LITTLE_HISTORY: { status: 422, exit: 65, message: 'There is too little contact history to forecast from' },
  CCQ_ERR_INTEGRITY: { status: 500, exit: 70, message: 'Stored content does not match its recorded hash' },
  CCQ_ERR_EMAIL_TAKEN: { status: 409, exit: 65, message: 'A user with this email already exists' },
  CCQ_ERR_RATE_LIMITED: { status: 429, exit: 75, message: 'Too many attempts; wait a moment and try again' },
  CCQ_ERR_PAYLOAD_TOO_LARGE: { status: 413, exit: 65, message: 'The request body is too large' },
  CCQ_ERR_CONFIG: { status: 500, exit: 78, message: 'The configuration is not valid' },
  CCQ_ERR_DATABASE_UNAVAILABLE: { status: 503, exit: 69, message: 'The database cannot be reached' },
  CCQ_ERR_PDF_UNAVAILABLE: { status: 503, exit: 69, message: 'PDF printing is not available on this server' },
  CCQ_ERR_INTERNAL: { status: 500, exit: 70, message: 'Something went wrong on our side' },
} as const satisfies Record<string, { status: number; exit: number; message: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

/** One problem with one input field, named by its path (`email`, `members.0.role`). */
export type FieldIssue = { path: string; message: string };

/** An expected failure, thrown across layers and turned into a response or an exit code at the edge. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly exit: number;
  readonly issues: FieldIssue[];

  constructor(code: ErrorCode, message?: string, issues: FieldIssue[] = []) {
    const entry = errorCatalogue[code];
    super(message ?? entry.message);
    this.name = 'AppError';
    this.code = code;
    this.status = entry.status;
    this.exit = entry.exit;
    this.issues = issues;
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
