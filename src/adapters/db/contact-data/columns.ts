// src/adapters/db/contact-data/columns.ts — the column lists and row ↔ record mapping both contact-data stores share

import type { StoredAgentState } from '../../../app/ports.js';
import type { ContactRecord } from '../../../domain/contacts/contact.js';
import { intervalMs } from '../../../domain/kpi/interval-aggregate.js';

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

/**
 * Repeat contacts per queue and quarter-hour, counted by the database. Parameters in order: the
 * window twice, then whatever `queueFilter` takes, then the widened range (from − window, to +
 * window) that finds each contact's neighbours, then the range [from, to) that is counted.
 */
export const repeatCountsSql = (queueFilter: string, p: (n: number) => string = () => '?'): string => `
  SELECT queue_id, slot, count(*) AS with_key, sum(repeated) AS repeats, sum(followed) AS followed
  FROM (
    SELECT queue_id, entered_at, (entered_at / ${intervalMs}) * ${intervalMs} AS slot,
           CASE WHEN entered_at - LAG(entered_at) OVER w <= ${p(1)} THEN 1 ELSE 0 END AS repeated,
           CASE WHEN LEAD(entered_at) OVER w - entered_at <= ${p(2)} THEN 1 ELSE 0 END AS followed
    FROM contacts
    WHERE ${queueFilter} AND customer_key IS NOT NULL AND entered_at >= ${p(4)} AND entered_at < ${p(5)}
    WINDOW w AS (PARTITION BY customer_key ORDER BY entered_at)
  ) t
  WHERE entered_at >= ${p(6)} AND entered_at < ${p(7)}
  GROUP BY queue_id, slot`;
