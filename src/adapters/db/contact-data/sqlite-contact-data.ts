// src/adapters/db/contact-data/sqlite-contact-data.ts — contact data on SQLite through prepared statements on the raw connection

import type SqliteDatabase from 'better-sqlite3';
import type { AgentAggregateRow, RepeatProbe, Store, StoredAgentState, StoredContact } from '../../../app/ports.js';
import { type StoredAggregate, mergeStored } from '../../../domain/kpi/interval-aggregate.js';
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

const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/**
 * Kysely's SQLite driver runs on this same connection, so these statements join the transaction
 * the use-case opened through the store; better-sqlite3 is synchronous, so nothing interleaves.
 * Prepared once per connection: the import hot path is one `run` per contact.
 */
const prepareStatements = (raw: SqliteDatabase.Database) => {
  const insertContact = raw.prepare(
    `INSERT INTO contacts (${contactColumns.join(', ')}) VALUES (${placeholders(contactColumns.length)}) ON CONFLICT DO NOTHING`,
  );
  const insertAgentState = raw.prepare(
    `INSERT INTO agent_states (${agentStateColumns.join(', ')}) VALUES (${placeholders(agentStateColumns.length)}) ON CONFLICT DO NOTHING`,
  );
  const allAggregateColumns = [...aggregateKeyColumns, ...aggregateValueColumns];
  const selectAggregate = raw
    .prepare(`SELECT ${allAggregateColumns.join(', ')} FROM interval_aggregates WHERE queue_id = ? AND channel = ? AND interval_start = ?`)
    .raw();
  const upsertAggregate = raw.prepare(
    `INSERT OR REPLACE INTO interval_aggregates (centre_organisation_id, ${allAggregateColumns.join(', ')}) VALUES (${placeholders(allAggregateColumns.length + 1)})`,
  );
  const addAgentAggregate = raw.prepare(
    `INSERT INTO agent_aggregates (centre_organisation_id, queue_id, interval_start, staffed_seconds, paused_seconds) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (centre_organisation_id, queue_id, interval_start) DO UPDATE SET
       staffed_seconds = staffed_seconds + excluded.staffed_seconds, paused_seconds = paused_seconds + excluded.paused_seconds`,
  );
  return { insertContact, insertAgentState, selectAggregate, upsertAggregate, addAgentAggregate };
};

export const sqliteContactData = (raw: SqliteDatabase.Database): Store['contactData'] => {
  // Prepared on first use: the store exists before the migrations have created the tables.
  let prepared: ReturnType<typeof prepareStatements> | null = null;
  const statements = () => {
    prepared ??= prepareStatements(raw);
    return prepared;
  };
  const allAggregateColumns = [...aggregateKeyColumns, ...aggregateValueColumns];

  const inList = (ids: string[]): string => placeholders(Math.max(ids.length, 1));
  const idsOrNone = (ids: string[]): string[] => (ids.length > 0 ? ids : ['(none)']);

  return {
    lockCentre: async () => {}, // SQLite has one writer at a time already
    insertContacts: async (centre, importId, rows) => {
      const { insertContact } = statements();
      const inserted: StoredContact[] = [];
      for (const c of rows) if (insertContact.run(...contactValues(centre, importId, c)).changes === 1) inserted.push(c);
      return inserted;
    },
    insertAgentStates: async (centre, importId, rows) => {
      const { insertAgentState } = statements();
      const inserted: StoredAgentState[] = [];
      for (const s of rows) if (insertAgentState.run(...agentStateValues(centre, importId, s)).changes === 1) inserted.push(s);
      return inserted;
    },
    addIntervalAggregates: async (centre, rows) => {
      const { selectAggregate, upsertAggregate } = statements();
      for (const a of rows) {
        const existing = selectAggregate.get(a.queueId, a.channel, a.intervalStart) as unknown[] | undefined;
        const sum = existing === undefined ? a : mergeStored(aggregateFromValues(existing), a);
        upsertAggregate.run(centre, sum.queueId, sum.channel, sum.intervalStart, ...aggregateValues(sum));
      }
    },
    addAgentAggregates: async (centre, rows: AgentAggregateRow[]) => {
      const { addAgentAggregate } = statements();
      for (const r of rows) addAgentAggregate.run(centre, r.queueId ?? '', r.intervalStart, r.staffedSeconds, r.pausedSeconds);
    },
    readAggregates: async (queueIds, from, to, each) => {
      const statement = raw
        .prepare(
          `SELECT ${allAggregateColumns.join(', ')} FROM interval_aggregates
           WHERE queue_id IN (${inList(queueIds)}) AND interval_start >= ? AND interval_start < ? ORDER BY interval_start`,
        )
        .raw();
      for (const row of statement.iterate(...idsOrNone(queueIds), from, to)) each(aggregateFromValues(row as unknown[]) as StoredAggregate);
    },
    readAgentAggregates: async (queueIds, from, to, each) => {
      const statement = raw.prepare(
        `SELECT queue_id, interval_start, staffed_seconds, paused_seconds FROM agent_aggregates
         WHERE queue_id IN (${inList(queueIds)}) AND interval_start >= ? AND interval_start < ? ORDER BY interval_start`,
      );
      for (const r of statement.iterate(...idsOrNone(queueIds), from, to) as Iterable<Record<string, number | string>>)
        each({
          queueId: r.queue_id as string,
          intervalStart: Number(r.interval_start),
          staffedSeconds: Number(r.staffed_seconds),
          pausedSeconds: Number(r.paused_seconds),
        });
    },
    repeatProbes: async (queueIds, from, to, windowMs) => {
      const rows = raw
        .prepare(
          `SELECT queue_id, entered_at,
                  LAG(entered_at) OVER w AS previous_at, LEAD(entered_at) OVER w AS next_at
           FROM contacts
           WHERE queue_id IN (${inList(queueIds)}) AND customer_key IS NOT NULL AND entered_at >= ? AND entered_at < ?
           WINDOW w AS (PARTITION BY customer_key ORDER BY entered_at)`,
        )
        .all(...idsOrNone(queueIds), from - windowMs, to + windowMs) as {
        queue_id: string;
        entered_at: number;
        previous_at: number | null;
        next_at: number | null;
      }[];
      const probes: RepeatProbe[] = [];
      for (const r of rows)
        if (r.entered_at >= from && r.entered_at < to)
          probes.push({ queueId: r.queue_id, enteredAt: r.entered_at, previousAt: r.previous_at, nextAt: r.next_at });
      return probes;
    },
    countContacts: async (queueIds) =>
      (
        raw.prepare(`SELECT count(*) AS n FROM contacts WHERE queue_id IN (${inList(queueIds)})`).get(...idsOrNone(queueIds)) as {
          n: number;
        }
      ).n,
  };
};
