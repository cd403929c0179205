// src/adapters/db/repositories/audit-log.repository.ts — appends to and verifies the hash-chained audit trail

import { createHash } from 'node:crypto';
import { type Selectable, sql } from 'kysely';
import type { Store } from '../../../app/ports.js';
import { can } from '../../../domain/access/can.js';
import { type ChainedEntry, entryPayload, findFirstBreak, genesisHash } from '../../../domain/audit-trail/chain.js';
import type { AuditLogTable, Db, Dialect } from '../schema.js';

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

type LogRow = Selectable<AuditLogTable>;

const toEntry = (r: LogRow, organisationIds: string[]): ChainedEntry => ({
  seq: Number(r.seq),
  id: r.id,
  at: r.at,
  actorUserId: r.actor_user_id,
  actorLabel: r.actor_label,
  organisationIds,
  entity: r.entity as ChainedEntry['entity'],
  entityId: r.entity_id,
  action: r.action as ChainedEntry['action'],
  before: r.before_json === null ? null : JSON.parse(r.before_json),
  after: r.after_json === null ? null : JSON.parse(r.after_json),
  prevHash: r.prev_hash,
  hash: r.hash,
});

const withOrganisations = async (db: Db, rows: LogRow[]): Promise<ChainedEntry[]> => {
  if (!rows.length) return [];
  const links = await db
    .selectFrom('audit_log_organisations')
    .select(['seq', 'organisation_id'])
    .where(
      'seq',
      'in',
      rows.map((r) => Number(r.seq)),
    )
    .execute();
  const bySeq = new Map<number, string[]>();
  for (const l of links) bySeq.set(Number(l.seq), [...(bySeq.get(Number(l.seq)) ?? []), l.organisation_id]);
  return rows.map((r) => toEntry(r, (bySeq.get(Number(r.seq)) ?? []).sort()));
};

export const auditLogRepository = (db: Db, dialect: Dialect): Store['auditLog'] => ({
  /**
   * Must run inside a transaction. On PostgreSQL an advisory lock serialises appenders; on SQLite the
   * single writer does, and the sequence primary key turns any race into an error, never a fork.
   */
  append: async (event, at, id) => {
    if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(18295)`.execute(db);
    const last = await db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
    const organisationIds = [...new Set(event.organisationIds)].sort();
    const base = {
      ...event,
      organisationIds,
      before: event.before ?? null,
      after: event.after ?? null,
      seq: last ? Number(last.seq) + 1 : 1,
      id,
      at,
      prevHash: last ? last.hash : genesisHash,
    };
    const entry: ChainedEntry = { ...base, hash: sha256Hex(entryPayload(base)) };
    await db
      .insertInto('audit_log')
      .values({
        seq: entry.seq,
        id: entry.id,
        at: entry.at,
        actor_user_id: entry.actorUserId,
        actor_label: entry.actorLabel,
        entity: entry.entity,
        entity_id: entry.entityId,
        action: entry.action,
        before_json: entry.before === null ? null : JSON.stringify(entry.before),
        after_json: entry.after === null ? null : JSON.stringify(entry.after),
        prev_hash: entry.prevHash,
        hash: entry.hash,
      })
      .execute();
    if (organisationIds.length)
      await db
        .insertInto('audit_log_organisations')
        .values(organisationIds.map((o) => ({ seq: entry.seq, organisation_id: o })))
        .execute();
    return entry;
  },
  list: async (scope, { limit, before }) => {
    let q = db.selectFrom('audit_log').selectAll('audit_log').orderBy('audit_log.seq', 'desc').limit(limit);
    if (before !== undefined) q = q.where('audit_log.seq', '<', before);
    if (!(scope.platformAdmin && !scope.org)) {
      const org = scope.org;
      if (!org || !can(scope, 'audit_trail:read', { type: 'audit_trail', organisationId: org.id })) return [];
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('audit_log_organisations as l')
            .select('l.seq')
            .whereRef('l.seq', '=', 'audit_log.seq')
            .where('l.organisation_id', '=', org.id),
        ),
      );
    }
    return withOrganisations(db, (await q.execute()) as LogRow[]);
  },
  verify: async () => {
    let entries = 0;
    let cursor = { seq: 0, hash: genesisHash };
    for (;;) {
      const rows = (await db
        .selectFrom('audit_log')
        .selectAll()
        .where('seq', '>', cursor.seq)
        .orderBy('seq')
        .limit(1000)
        .execute()) as LogRow[];
      if (!rows.length) return { entries, firstBreak: null };
      const batch = await withOrganisations(db, rows);
      const broken = findFirstBreak(batch, sha256Hex, cursor);
      if (broken) return { entries: entries + batch.filter((e) => e.seq < broken.seq).length, firstBreak: broken };
      entries += batch.length;
      const tail = batch[batch.length - 1] as ChainedEntry;
      cursor = { seq: tail.seq, hash: tail.hash };
    }
  },
});
