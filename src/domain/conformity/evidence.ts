// src/domain/conformity/evidence.ts — evidence: files (content-addressed), links and frozen KPI snapshots, with validity and expiry

export const evidenceKinds = ['file', 'link', 'kpi_snapshot'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

/** A KPI query frozen with its parameters and its result, so the evidence stays what it was when taken. */
export type KpiSnapshot = { takenAt: string; query: Record<string, unknown>; result: unknown };

export type Evidence = {
  id: string;
  /** The organisation that owns the evidence (its library); it may support requirements of many assessments. */
  organisationId: string;
  kind: EvidenceKind;
  title: string;
  description: string | null;
  /** Files: the SHA-256 of the content (its address), the name it was uploaded with, its type and size. */
  sha256: string | null;
  fileName: string | null;
  mediaType: string | null;
  size: number | null;
  url: string | null;
  snapshot: KpiSnapshot | null;
  /** The period the evidence speaks for; after `validUntil` it no longer counts as current. */
  validFrom: string | null;
  validUntil: string | null;
  createdAt: string;
  createdBy: string | null;
};

/** Where a piece of evidence is used: one requirement of one assessment. */
export type EvidenceLink = { evidenceId: string; assessmentId: string; ref: string; linkedAt: string; linkedBy: string | null };

/** The largest file accepted as evidence, and the kinds of file accepted (documents, images, data exports, recordings' transcripts). */
export const evidenceLimits = {
  maxBytes: 25 * 1024 * 1024,
  mediaTypes: [
    'application/pdf',
    'image/png',
    'image/jpeg',
    'image/gif',
    'image/webp',
    'text/plain',
    'text/csv',
    'text/markdown',
    'application/json',
    'application/zip',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    'application/vnd.oasis.opendocument.text',
    'application/vnd.oasis.opendocument.spreadsheet',
    'message/rfc822',
  ],
  /** Days before `validUntil` from which the evidence is shown as expiring. */
  expiryWarningDays: 30,
} as const;

/** By file name when the client sends a generic type (browsers often send application/octet-stream). */
const byExtension: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  txt: 'text/plain',
  log: 'text/plain',
  csv: 'text/csv',
  md: 'text/markdown',
  json: 'application/json',
  zip: 'application/zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  eml: 'message/rfc822',
};

/** The accepted media type of an upload, or null when neither its declared type nor its name is one we accept. */
export const acceptedMediaType = (declared: string | null | undefined, fileName: string): string | null => {
  const d = (declared ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if ((evidenceLimits.mediaTypes as readonly string[]).includes(d)) return d;
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  return byExtension[ext] ?? null;
};

export type Validity = 'current' | 'expiring' | 'expired' | 'not_yet_valid';

/** Whether evidence is current on `today` (YYYY-MM-DD), about to expire, or expired. */
export const validityOf = (e: Pick<Evidence, 'validFrom' | 'validUntil'>, today: string): Validity => {
  if (e.validFrom && today < e.validFrom.slice(0, 10)) return 'not_yet_valid';
  if (!e.validUntil) return 'current';
  const until = e.validUntil.slice(0, 10);
  if (until < today) return 'expired';
  const warnFrom = new Date(`${until}T00:00:00Z`);
  warnFrom.setUTCDate(warnFrom.getUTCDate() - evidenceLimits.expiryWarningDays);
  return today >= warnFrom.toISOString().slice(0, 10) ? 'expiring' : 'current';
};
