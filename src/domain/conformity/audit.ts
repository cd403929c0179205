// src/domain/conformity/audit.ts — an audit of one assessment: who audits, for whom, and the period of the auditor's read access

export const auditKinds = ['internal', 'certification', 'client'] as const;
export type AuditKind = (typeof auditKinds)[number];

/**
 * An auditor (internal, from a certification body, or the client's) is granted read access to one
 * assessment's scope for a period, through an audit grant; the findings recorded carry the audit's id.
 */
export type Audit = {
  id: string;
  assessmentId: string;
  auditGrantId: string;
  auditorUserId: string;
  kind: AuditKind;
  /** The certification body or department the auditor speaks for. */
  body: string | null;
  startsAt: string;
  endsAt: string;
  createdAt: string;
  createdBy: string | null;
};
