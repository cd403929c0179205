// src/adapters/db/contact-data/postgres-contact-data.ts — contact data on PostgreSQL: one statement per batch through unnest() arrays

import { CompiledQuery, type RawBuilder, sql } from 'kysely';
import type { Store, StoredAgentState } from '../../../app/ports.js';
import type { ContactRecord } from '../../../domain/contacts/contact.js';
import { addToDay, contactsInDay, dayStartOf, decodeDay, groupByDay } from '../../../domain/kpi/aggregate-day.js';
import { addToAgentDay, decodeAgentDay } from '../../../domain/kpi/agent-day.js';
import type { Db } from '../schema.js';
import { agentStateColumns, agentStateValues, contactColumns, contactValues, repeatCountsSql } from './columns.js';

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

/** The day blocks of the queues from the day of `from` to before `to`, oldest first. */
const readDays = async (
  db: Db,
  table: 'interval_aggregate_days' | 'agent_aggregate_days',
  queueIds: string[],
  from: number,
  to: number,
) => {
  if (queueIds.length === 0) return [];
  const result = await sql<{ queue_id: string; day_start: number; data: Uint8Array }>`
    SELECT queue_id, day_start, data FROM ${sql.table(table)}
    WHERE queue_id = ANY(${queueIds}::text[]) AND day_start >= ${dayStartOf(from)} AND day_start < ${to} ORDER BY day_start`.execute(db);
  return result.rows;
};

export const postgresContactData = (db: Db): Store['contactData'] => ({
  // Imports into one centre read, add to and write back its aggregates; a transaction-scoped lock keeps two from interleaving.
  lockCentre: async (centre) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`ccq:contact-data:${centre}`}))`.execute(db);
  },
  insertContacts: async (centre, importId, rows, queueIds) => {
    const inserted: ContactRecord[] = [];
    for (const batch of chunks(rows, 5000)) {
      const result = await sql<{ source_id: string; source: string }>`
        INSERT INTO contacts (${sql.raw(contactColumns.join(', '))})
        SELECT * FROM ${unnest(
          batch.map((c) => contactValues(centre, importId, c, queueIds.get(c.queueCode) as string)),
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
    for (const groups of chunks(
      groupByDay(rows, (a) => `${a.queueCode}\u0000${a.channel}`),
      1000,
    )) {
      const keys = groups.map((g) => [g.first.queueCode, g.first.channel, g.dayStart]);
      const existing = await sql<{ queue_id: string; channel: string; day_start: number; data: Uint8Array }>`
        SELECT a.queue_id, a.channel, a.day_start, a.data FROM interval_aggregate_days a
        JOIN ${unnest(keys, ['text', 'text', 'int8'])} AS k(queue_id, channel, day_start)
          ON a.queue_id = k.queue_id AND a.channel = k.channel AND a.day_start = k.day_start`.execute(db);
      const stored = new Map(existing.rows.map((r) => [`${r.queue_id}\u0000${r.channel}\u0000${Number(r.day_start)}`, r.data]));
      const values = groups.map((g) => {
        const data = addToDay(g.dayStart, stored.get(`${g.first.queueCode}\u0000${g.first.channel}\u0000${g.dayStart}`) ?? null, g.rows);
        return [centre, g.first.queueCode, g.first.channel, g.dayStart, contactsInDay(decodeDay(g.dayStart, data)), data];
      });
      await sql`
        INSERT INTO interval_aggregate_days (centre_organisation_id, queue_id, channel, day_start, contacts, data)
        SELECT * FROM ${unnest(values, ['text', 'text', 'text', 'int8', 'int4', 'bytea'])}
        ON CONFLICT (queue_id, day_start, channel) DO UPDATE SET contacts = excluded.contacts, data = excluded.data`.execute(db);
    }
  },
  addAgentAggregates: async (centre, rows) => {
    for (const groups of chunks(
      groupByDay(rows, (r) => r.queueId ?? ''),
      1000,
    )) {
      const keys = groups.map((g) => [g.first.queueId ?? '', g.dayStart]);
      const existing = await sql<{ queue_id: string; day_start: number; data: Uint8Array }>`
        SELECT a.queue_id, a.day_start, a.data FROM agent_aggregate_days a
        JOIN ${unnest(keys, ['text', 'int8'])} AS k(queue_id, day_start)
          ON a.centre_organisation_id = ${centre} AND a.queue_id = k.queue_id AND a.day_start = k.day_start`.execute(db);
      const stored = new Map(existing.rows.map((r) => [`${r.queue_id}\u0000${Number(r.day_start)}`, r.data]));
      const values = groups.map((g) => {
        const queueId = g.first.queueId ?? '';
        return [centre, queueId, g.dayStart, addToAgentDay(g.dayStart, stored.get(`${queueId}\u0000${g.dayStart}`) ?? null, g.rows)];
      });
      await sql`
        INSERT INTO agent_aggregate_days (centre_organisation_id, queue_id, day_start, data)
        SELECT * FROM ${unnest(values, ['text', 'text', 'int8', 'bytea'])}
        ON CONFLICT (centre_organisation_id, queue_id, day_start) DO UPDATE SET data = excluded.data`.execute(db);
    }
  },
  readAggregateDays: async (queueIds, from, to, each) => {
    for (const r of await readDays(db, 'interval_aggregate_days', queueIds, from, to))
      each(r.queue_id, decodeDay(Number(r.day_start), r.data));
  },
  readAgentDays: async (queueIds, from, to, each) => {
    for (const r of await readDays(db, 'agent_aggregate_days', queueIds, from, to))
      each(r.queue_id, decodeAgentDay(Number(r.day_start), r.data));
  },
  repeatCounts: async (queueIds, from, to, windowMs, each) => {
    if (queueIds.length === 0) return;
    const result = await db.executeQuery<{ queue_id: string; slot: number; with_key: number; repeats: number; followed: number }>(
      CompiledQuery.raw(
        repeatCountsSql('queue_id = ANY($3::text[])', (n) => `$${n}`),
        [windowMs, windowMs, queueIds, from - windowMs, to + windowMs, from, to],
      ),
    );
    for (const r of result.rows)
      each(r.queue_id, Number(r.slot), { withKey: Number(r.with_key), repeats: Number(r.repeats), followed: Number(r.followed) });
  },
  countContacts: async (queueIds) => {
    if (queueIds.length === 0) return 0;
    const result = await sql<{ n: number }>`SELECT count(*)::int8 AS n FROM contacts WHERE queue_id = ANY(${queueIds}::text[])`.execute(db);
    return Number(result.rows[0]?.n ?? 0);
  },
});
