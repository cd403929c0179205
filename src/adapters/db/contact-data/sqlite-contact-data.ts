// src/adapters/db/contact-data/sqlite-contact-data.ts — contact data on SQLite through prepared statements on the raw connection

import type SqliteDatabase from 'better-sqlite3';
import type { AgentAggregateRow, Store, StoredAgentState } from '../../../app/ports.js';
import type { ContactRecord } from '../../../domain/contacts/contact.js';
import { addToDay, contactsInDay, dayStartOf, decodeDay, groupByDay } from '../../../domain/kpi/aggregate-day.js';
import { addToAgentDay, decodeAgentDay } from '../../../domain/kpi/agent-day.js';
import { agentStateColumns, agentStateValues, contactColumns, contactValues, repeatCountsSql } from './columns.js';

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
  const selectDay = raw.prepare('SELECT data FROM interval_aggregate_days WHERE queue_id = ? AND day_start = ? AND channel = ?').pluck();
  const upsertDay = raw.prepare(
    `INSERT OR REPLACE INTO interval_aggregate_days (centre_organisation_id, queue_id, channel, day_start, contacts, data) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const selectAgentDay = raw
    .prepare('SELECT data FROM agent_aggregate_days WHERE centre_organisation_id = ? AND queue_id = ? AND day_start = ?')
    .pluck();
  const upsertAgentDay = raw.prepare(
    'INSERT OR REPLACE INTO agent_aggregate_days (centre_organisation_id, queue_id, day_start, data) VALUES (?, ?, ?, ?)',
  );
  return { insertContact, insertAgentState, selectDay, upsertDay, selectAgentDay, upsertAgentDay };
};

export const sqliteContactData = (raw: SqliteDatabase.Database): Store['contactData'] => {
  // Prepared on first use: the store exists before the migrations have created the tables.
  let prepared: ReturnType<typeof prepareStatements> | null = null;
  const statements = () => {
    prepared ??= prepareStatements(raw);
    return prepared;
  };
  const inList = (ids: string[]): string => placeholders(Math.max(ids.length, 1));
  const idsOrNone = (ids: string[]): string[] => (ids.length > 0 ? ids : ['(none)']);
  /** The day blocks of the queues from the day of `from` to before `to`, oldest first. */
  const readDays = (
    table: 'interval_aggregate_days' | 'agent_aggregate_days',
    queueIds: string[],
    from: number,
    to: number,
    each: (queueId: string, dayStart: number, data: Uint8Array) => void,
  ): void => {
    const statement = raw
      .prepare(
        `SELECT queue_id, day_start, data FROM ${table} WHERE queue_id IN (${inList(queueIds)}) AND day_start >= ? AND day_start < ? ORDER BY day_start`,
      )
      .raw();
    for (const [queueId, dayStart, data] of statement.iterate(...idsOrNone(queueIds), dayStartOf(from), to) as Iterable<
      [string, number, Uint8Array]
    >)
      each(queueId, Number(dayStart), data);
  };

  return {
    lockCentre: async () => {}, // SQLite has one writer at a time already
    insertContacts: async (centre, importId, rows, queueIds) => {
      const { insertContact } = statements();
      const inserted: ContactRecord[] = [];
      for (const c of rows)
        if (insertContact.run(contactValues(centre, importId, c, queueIds.get(c.queueCode) as string)).changes === 1) inserted.push(c);
      return inserted;
    },
    insertAgentStates: async (centre, importId, rows) => {
      const { insertAgentState } = statements();
      const inserted: StoredAgentState[] = [];
      for (const s of rows) if (insertAgentState.run(agentStateValues(centre, importId, s)).changes === 1) inserted.push(s);
      return inserted;
    },
    addIntervalAggregates: async (centre, rows) => {
      const { selectDay, upsertDay } = statements();
      for (const g of groupByDay(rows, (a) => `${a.queueCode}\u0000${a.channel}`)) {
        const { queueCode: queueId, channel } = g.first;
        const stored = (selectDay.get(queueId, g.dayStart, channel) as Uint8Array | undefined) ?? null;
        const data = addToDay(g.dayStart, stored, g.rows);
        upsertDay.run(centre, queueId, channel, g.dayStart, contactsInDay(decodeDay(g.dayStart, data)), data);
      }
    },
    addAgentAggregates: async (centre, rows: AgentAggregateRow[]) => {
      const { selectAgentDay, upsertAgentDay } = statements();
      for (const g of groupByDay(rows, (r) => r.queueId ?? '')) {
        const queueId = g.first.queueId ?? '';
        const stored = (selectAgentDay.get(centre, queueId, g.dayStart) as Uint8Array | undefined) ?? null;
        upsertAgentDay.run(centre, queueId, g.dayStart, addToAgentDay(g.dayStart, stored, g.rows));
      }
    },
    readAggregateDays: async (queueIds, from, to, each) =>
      readDays('interval_aggregate_days', queueIds, from, to, (queueId, dayStart, data) => each(queueId, decodeDay(dayStart, data))),
    readAgentDays: async (queueIds, from, to, each) =>
      readDays('agent_aggregate_days', queueIds, from, to, (queueId, dayStart, data) => each(queueId, decodeAgentDay(dayStart, data))),
    repeatCounts: async (queueIds, from, to, windowMs, each) => {
      const statement = raw.prepare(repeatCountsSql(`queue_id IN (${inList(queueIds)})`)).raw();
      const rows = statement.iterate(windowMs, windowMs, ...idsOrNone(queueIds), from - windowMs, to + windowMs, from, to) as Iterable<
        [string, number, number, number, number]
      >;
      for (const [queueId, slot, withKey, repeats, followed] of rows) each(queueId, slot, { withKey, repeats, followed });
    },
    countContacts: async (queueIds) =>
      (
        raw.prepare(`SELECT count(*) AS n FROM contacts WHERE queue_id IN (${inList(queueIds)})`).get(...idsOrNone(queueIds)) as {
          n: number;
        }
      ).n,
  };
};
