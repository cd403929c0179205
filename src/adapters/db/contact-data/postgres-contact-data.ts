// src/adapters/db/contact-data/postgres-contact-data.ts — contact data on PostgreSQL: one statement per batch through unnest() arrays

import { type RawBuilder, sql } from 'kysely';
import type { RepeatProbe, Store, StoredAgentState, StoredContact } from '../../../app/ports.js';
import { type StoredAggregate, mergeStored } from '../../../domain/kpi/interval-aggregate.js';
import type { Db } from '../schema.js';
import {
  agentStateColumns,
  agentStateValues,
  aggregateFromValues,
  aggregateKeyColumns,
  aggregateValueColumns,
  aggregateValues,
  contactColumns,
  contactValues,
} from './columns.js';

const contactTypes = [
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'int8',
  'int8',
  'int8',
  'text',
  'float8',
  'float8',
  'float8',
  'float8',
  'text',
  'int4',
  'text',
  'text',
  'text',
];
const agentStateTypes = ['text', 'text', 'text', 'text', 'int8', 'int8', 'text', 'text', 'text'];
const allAggregateColumns = [...aggregateKeyColumns, ...aggregateValueColumns];
const aggregateTypes = [
  'text',
  'text',
  'int8',
  ...aggregateValueColumns.map((c) =>
    c === 'histogram' ? 'bytea' : c.startsWith('n_') || c === 'handled_with_time' || c === 'transferred' ? 'int4' : 'float8',
  ),
];

/** `unnest($1::text[], $2::int8[], …)`: rows become one array per column, so a batch is one round trip. */
const unnest = (rows: unknown[][], types: string[]): RawBuilder<unknown> => {
  const columns = types.map((_, i) => rows.map((r) => r[i]));
  return sql`unnest(${sql.join(columns.map((col, i) => sql`${col}::${sql.raw(types[i] as string)}[]`))})`;
};

const chunks = <T>(rows: T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
};

export const postgresContactData = (db: Db): Store['contactData'] => ({
  // Imports into one centre read, add to and write back its aggregates; a transaction-scoped lock keeps two from interleaving.
  lockCentre: async (centre) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`ccq:contact-data:${centre}`}))`.execute(db);
  },
  insertContacts: async (centre, importId, rows) => {
    const inserted: StoredContact[] = [];
    for (const batch of chunks(rows, 5000)) {
      const result = await sql<{ source_id: string; source: string }>`
        INSERT INTO contacts (${sql.raw(contactColumns.join(', '))})
        SELECT * FROM ${unnest(
          batch.map((c) => contactValues(centre, importId, c)),
          contactTypes,
        )}
        ON CONFLICT DO NOTHING RETURNING source, source_id`.execute(db);
      const fresh = new Set(result.rows.map((r) => `${r.source}\u0000${r.source_id}`));
      for (const c of batch) {
        const key = `${c.source}\u0000${c.sourceId}`;
        if (fresh.delete(key)) inserted.push(c); // delete: a duplicate inside the batch counts once
      }
    }
    return inserted;
  },
  insertAgentStates: async (centre, importId, rows) => {
    const inserted: StoredAgentState[] = [];
    for (const batch of chunks(rows, 5000)) {
      const result = await sql<{ agent: string; queue_id: string; start_at: number }>`
        INSERT INTO agent_states (${sql.raw(agentStateColumns.join(', '))})
        SELECT * FROM ${unnest(
          batch.map((s) => agentStateValues(centre, importId, s)),
          agentStateTypes,
        )}
        ON CONFLICT DO NOTHING RETURNING agent, queue_id, start_at`.execute(db);
      const fresh = new Set(result.rows.map((r) => `${r.agent}\u0000${r.queue_id}\u0000${Number(r.start_at)}`));
      for (const s of batch) if (fresh.delete(`${s.agent}\u0000${s.queueId ?? ''}\u0000${s.startAt}`)) inserted.push(s);
    }
    return inserted;
  },
  addIntervalAggregates: async (centre, rows) => {
    for (const batch of chunks(rows, 2000)) {
      const keys = batch.map((a) => [a.queueId, a.channel, a.intervalStart]);
      const existing = await sql<Record<string, unknown>>`
        SELECT ${sql.raw(allAggregateColumns.map((c) => `a.${c}`).join(', '))} FROM interval_aggregates a
        JOIN ${unnest(keys, ['text', 'text', 'int8'])} AS k(queue_id, channel, interval_start)
          ON a.queue_id = k.queue_id AND a.channel = k.channel AND a.interval_start = k.interval_start`.execute(db);
      const stored = new Map<string, StoredAggregate>();
      for (const r of existing.rows) {
        const a = aggregateFromValues(allAggregateColumns.map((c) => r[c]));
        stored.set(`${a.queueId}\u0000${a.channel}\u0000${a.intervalStart}`, a);
      }
      const sums = batch.map((a) => {
        const old = stored.get(`${a.queueId}\u0000${a.channel}\u0000${a.intervalStart}`);
        return old === undefined ? a : mergeStored(old, a);
      });
      await sql`
        INSERT INTO interval_aggregates (centre_organisation_id, ${sql.raw(allAggregateColumns.join(', '))})
        SELECT * FROM ${unnest(
          sums.map((a) => [centre, a.queueId, a.channel, a.intervalStart, ...aggregateValues(a)]),
          ['text', ...aggregateTypes],
        )}
        ON CONFLICT (queue_id, interval_start, channel) DO UPDATE SET
        ${sql.raw(aggregateValueColumns.map((c) => `${c} = excluded.${c}`).join(', '))}`.execute(db);
    }
  },
  addAgentAggregates: async (centre, rows) => {
    for (const batch of chunks(rows, 5000))
      await sql`
        INSERT INTO agent_aggregates (centre_organisation_id, queue_id, interval_start, staffed_seconds, paused_seconds)
        SELECT * FROM ${unnest(
          batch.map((r) => [centre, r.queueId ?? '', r.intervalStart, r.staffedSeconds, r.pausedSeconds]),
          ['text', 'text', 'int8', 'float8', 'float8'],
        )}
        ON CONFLICT (centre_organisation_id, queue_id, interval_start) DO UPDATE SET
          staffed_seconds = agent_aggregates.staffed_seconds + excluded.staffed_seconds,
          paused_seconds = agent_aggregates.paused_seconds + excluded.paused_seconds`.execute(db);
  },
  readAggregates: async (queueIds, from, to, each) => {
    if (queueIds.length === 0) return;
    const result = await sql<Record<string, unknown>>`
      SELECT ${sql.raw(allAggregateColumns.join(', '))} FROM interval_aggregates
      WHERE queue_id = ANY(${queueIds}::text[]) AND interval_start >= ${from} AND interval_start < ${to} ORDER BY interval_start`.execute(
      db,
    );
    for (const r of result.rows) each(aggregateFromValues(allAggregateColumns.map((c) => r[c])));
  },
  readAgentAggregates: async (queueIds, from, to, each) => {
    if (queueIds.length === 0) return;
    const result = await sql<{ queue_id: string; interval_start: number; staffed_seconds: number; paused_seconds: number }>`
      SELECT queue_id, interval_start, staffed_seconds, paused_seconds FROM agent_aggregates
      WHERE queue_id = ANY(${queueIds}::text[]) AND interval_start >= ${from} AND interval_start < ${to} ORDER BY interval_start`.execute(
      db,
    );
    for (const r of result.rows)
      each({
        queueId: r.queue_id,
        intervalStart: Number(r.interval_start),
        staffedSeconds: r.staffed_seconds,
        pausedSeconds: r.paused_seconds,
      });
  },
  repeatProbes: async (queueIds, from, to, windowMs) => {
    if (queueIds.length === 0) return [];
    const result = await sql<{ queue_id: string; entered_at: number; previous_at: number | null; next_at: number | null }>`
      SELECT queue_id, entered_at, LAG(entered_at) OVER w AS previous_at, LEAD(entered_at) OVER w AS next_at
      FROM contacts
      WHERE queue_id = ANY(${queueIds}::text[]) AND customer_key IS NOT NULL AND entered_at >= ${from - windowMs} AND entered_at < ${to + windowMs}
      WINDOW w AS (PARTITION BY customer_key ORDER BY entered_at)`.execute(db);
    const probes: RepeatProbe[] = [];
    for (const r of result.rows) {
      const at = Number(r.entered_at);
      if (at >= from && at < to)
        probes.push({
          queueId: r.queue_id,
          enteredAt: at,
          previousAt: r.previous_at === null ? null : Number(r.previous_at),
          nextAt: r.next_at === null ? null : Number(r.next_at),
        });
    }
    return probes;
  },
  countContacts: async (queueIds) => {
    if (queueIds.length === 0) return 0;
    const result = await sql<{ n: number }>`SELECT count(*)::int8 AS n FROM contacts WHERE queue_id = ANY(${queueIds}::text[])`.execute(db);
    return Number(result.rows[0]?.n ?? 0);
  },
});
