// src/adapters/db/contact-data/columns.ts — the column lists and row ↔ record mapping both contact-data stores share

import type { StoredAgentState, StoredContact } from '../../../app/ports.js';
import { outcomes } from '../../../domain/contacts/contact.js';
import type { StoredAggregate } from '../../../domain/kpi/interval-aggregate.js';

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

export const contactValues = (centre: string, importId: string, c: StoredContact): unknown[] => [
  centre,
  c.source,
  c.sourceId,
  c.queueId,
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

const outcomeNames = outcomes as readonly string[];
/** The stored aggregate's columns after its key, in the order `aggregateValues` produces and `aggregateFromValues` reads. */
export const aggregateValueColumns = [
  ...outcomeNames.map((o) => `n_${o}`),
  ...outcomeNames.map((o) => `w_${o}`),
  ...outcomeNames.map((o) => `m_${o}`),
  'talk_seconds',
  'hold_seconds',
  'wrap_seconds',
  'handled_with_time',
  'transferred',
  'histogram',
];
export const aggregateKeyColumns = ['queue_id', 'channel', 'interval_start'] as const;

export const aggregateValues = (a: StoredAggregate): unknown[] => [
  ...a.counts,
  ...a.waitSums,
  ...a.maxWaits,
  a.talkSeconds,
  a.holdSeconds,
  a.wrapSeconds,
  a.handledWithTime,
  a.transferred,
  a.histogram,
];

const k = outcomeNames.length;

/** Reads `[queue_id, channel, interval_start, ...aggregateValueColumns]` back into an aggregate. */
export const aggregateFromValues = (v: unknown[]): StoredAggregate => ({
  queueId: v[0] as string,
  channel: v[1] as StoredAggregate['channel'],
  intervalStart: Number(v[2]),
  counts: v.slice(3, 3 + k).map(Number),
  waitSums: v.slice(3 + k, 3 + 2 * k).map(Number),
  maxWaits: v.slice(3 + 2 * k, 3 + 3 * k).map(Number),
  talkSeconds: Number(v[3 + 3 * k]),
  holdSeconds: Number(v[4 + 3 * k]),
  wrapSeconds: Number(v[5 + 3 * k]),
  handledWithTime: Number(v[6 + 3 * k]),
  transferred: Number(v[7 + 3 * k]),
  histogram: v[8 + 3 * k] as Uint8Array,
});
