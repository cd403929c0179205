// src/adapters/db/contact-data/columns.ts — the column lists and row ↔ record mapping both contact-data stores share

import type { StoredAgentState } from '../../../app/ports.js';
import type { ContactRecord } from '../../../domain/contacts/contact.js';

export const contactColumns = [
  'centre_organisation_id',
  'source',
  'source_id',
  'queue_id',
  'channel',
  'direction',
  'entered_at',
  'answered_at',
  'ended_at',
  'outcome',
  'wait_seconds',
  'talk_seconds',
  'hold_seconds',
  'wrap_seconds',
  'agent',
  'transferred',
  'disposition',
  'customer_key',
  'import_id',
] as const;

export const contactValues = (centre: string, importId: string, c: ContactRecord, queueId: string): unknown[] => [
  centre,
  c.source,
  c.sourceId,
  queueId,
  c.channel,
  c.direction,
  c.enteredAt,
  c.answeredAt,
  c.endedAt,
  c.outcome,
  c.waitSeconds,
  c.talkSeconds,
  c.holdSeconds,
  c.wrapSeconds,
  c.agent,
  c.transferred ? 1 : 0,
  c.disposition,
  c.customerKey,
  importId,
];

export const agentStateColumns = [
  'centre_organisation_id',
  'source',
  'agent',
  'queue_id',
  'start_at',
  'end_at',
  'state',
  'reason',
  'import_id',
] as const;

export const agentStateValues = (centre: string, importId: string, s: StoredAgentState): unknown[] => [
  centre,
  s.source,
  s.agent,
  s.queueId ?? '',
  s.startAt,
  s.endAt,
  s.state,
  s.reason,
  importId,
];
