// src/domain/audit-trail/chain.ts — the append-only, hash-chained record of changes (who, when, what, before/after)

export const auditEntities = [
  'organisation',
  'membership',
  'relationship',
  'site',
  'queue',
  'user',
  'audit_grant',
  'framework',
  'assessment',
  'requirement_answer',
  'evidence',
  'audit',
  'finding',
  'corrective_action',
  'mandate',
  'public_page',
  'review',
  'obligation_completion',
  'webhook',
  'survey',
  'survey_response',
  'complaint',
  'complaint_form',
  'people_records',
  'role_profile',
  'communication',
  'pulse_survey',
  'qa_scorecard',
  'qa_evaluation',
  'qa_calibration_session',
  'staffing_plan',
] as const;
export type AuditEntity = (typeof auditEntities)[number];

/** What an audit-trail entry says, before it is chained. */
export type AuditEvent = {
  /** The person who made the change; null for the local operator (CLI). */
  actorUserId: string | null;
  /** A readable label for the actor at the time (email, or `cli:<os user>`). */
  actorLabel: string;
  /** Organisations the change concerns; each of them may read the entry. */
  organisationIds: string[];
  entity: AuditEntity;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  before: unknown;
  after: unknown;
};

export type ChainedEntry = AuditEvent & { seq: number; id: string; at: string; prevHash: string; hash: string };

/** The hash of "nothing before": the first entry points at it. */
export const genesisHash = '0'.repeat(64);

/** A canonical JSON text with sorted keys, so the same content always hashes the same. */
export const canonicalJson = (value: unknown): string => {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
};

/** The text an entry's hash covers: its position, time, content and the previous entry's hash. */
export const entryPayload = (e: Omit<ChainedEntry, 'hash'>): string =>
  canonicalJson({
    seq: e.seq,
    id: e.id,
    at: e.at,
    prevHash: e.prevHash,
    actorUserId: e.actorUserId,
    actorLabel: e.actorLabel,
    organisationIds: e.organisationIds,
    entity: e.entity,
    entityId: e.entityId,
    action: e.action,
    before: e.before,
    after: e.after,
  });

export type ChainBreak = { seq: number; id: string; reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'sequence_gap' };

/**
 * Walks entries in sequence order and returns the first broken link: an entry whose stored hash does
 * not match its content, whose previous-hash does not match the entry before it, or a missing entry.
 * The hash function is passed in so the domain stays free of I/O and crypto bindings.
 */
export const findFirstBreak = (
  entries: Iterable<ChainedEntry>,
  hash: (text: string) => string,
  start: { seq: number; hash: string } = { seq: 0, hash: genesisHash },
): ChainBreak | null => {
  let prev = start;
  for (const e of entries) {
    if (e.seq !== prev.seq + 1) return { seq: e.seq, id: e.id, reason: 'sequence_gap' };
    if (e.prevHash !== prev.hash) return { seq: e.seq, id: e.id, reason: 'prev_hash_mismatch' };
    if (hash(entryPayload(e)) !== e.hash) return { seq: e.seq, id: e.id, reason: 'hash_mismatch' };
    prev = { seq: e.seq, hash: e.hash };
  }
  return null;
};
