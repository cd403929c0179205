// src/adapters/db/repositories/imports.repository.ts — import runs, their counters and their rejected rows

import type { Selectable } from 'kysely';
import type { ImportDetail, ImportRun, ImportStatus, Store } from '../../../app/ports.js';
import { type Scope, actsAsCentre } from '../../../domain/access/scope.js';
import type { Db, ImportsTable } from '../schema.js';

const toImportRun = (r: Selectable<ImportsTable>): ImportRun => ({
  id: r.id,
  centreOrganisationId: r.centre_organisation_id,
  format: r.format,
  fileName: r.file_name,
  fingerprint: r.fingerprint,
  bytes: Number(r.bytes),
  status: r.status as ImportStatus,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  startedBy: r.started_by,
  bytesRead: Number(r.bytes_read),
  linesRead: Number(r.lines_read),
  rowsRead: Number(r.rows_read),
  imported: Number(r.imported),
  duplicates: Number(r.duplicates),
  rejected: Number(r.rejected),
  skipped: Number(r.skipped),
  warnings: Number(r.warnings),
  agentStates: Number(r.agent_states),
  detail: JSON.parse(r.detail_json) as ImportDetail,
  error: r.error,
});

/** Imports belong to the centre whose data they load: its centre-side people see them; platform administrators see all. */
const centreOf = (scope: Scope): string | 'all' | null => {
  if (!scope.org) return scope.platformAdmin ? 'all' : null;
  return actsAsCentre(scope.org) ? scope.org.id : null;
};

export const importsRepository = (db: Db): Store['imports'] => ({
  insert: async (run) => {
    await db
      .insertInto('imports')
      .values({
        id: run.id,
        centre_organisation_id: run.centreOrganisationId,
        format: run.format,
        file_name: run.fileName,
        fingerprint: run.fingerprint,
        bytes: run.bytes,
        status: run.status,
        started_at: run.startedAt,
        finished_at: run.finishedAt,
        started_by: run.startedBy,
        bytes_read: run.bytesRead,
        lines_read: run.linesRead,
        rows_read: run.rowsRead,
        imported: run.imported,
        duplicates: run.duplicates,
        rejected: run.rejected,
        skipped: run.skipped,
        warnings: run.warnings,
        agent_states: run.agentStates,
        detail_json: JSON.stringify(run.detail),
        error: run.error,
      })
      .execute();
  },
  update: async (id, p) => {
    await db
      .updateTable('imports')
      .set({
        ...(p.status !== undefined ? { status: p.status } : {}),
        ...(p.finishedAt !== undefined ? { finished_at: p.finishedAt } : {}),
        ...(p.bytesRead !== undefined ? { bytes_read: p.bytesRead } : {}),
        ...(p.linesRead !== undefined ? { lines_read: p.linesRead } : {}),
        ...(p.rowsRead !== undefined ? { rows_read: p.rowsRead } : {}),
        ...(p.imported !== undefined ? { imported: p.imported } : {}),
        ...(p.duplicates !== undefined ? { duplicates: p.duplicates } : {}),
        ...(p.rejected !== undefined ? { rejected: p.rejected } : {}),
        ...(p.skipped !== undefined ? { skipped: p.skipped } : {}),
        ...(p.warnings !== undefined ? { warnings: p.warnings } : {}),
        ...(p.agentStates !== undefined ? { agent_states: p.agentStates } : {}),
        ...(p.detail !== undefined ? { detail_json: JSON.stringify(p.detail) } : {}),
        ...(p.error !== undefined ? { error: p.error } : {}),
      })
      .where('id', '=', id)
      .execute();
  },
  list: async (scope, { limit }) => {
    const centre = centreOf(scope);
    if (centre === null) return [];
    let q = db.selectFrom('imports').selectAll().orderBy('started_at', 'desc').orderBy('id', 'desc').limit(limit);
    if (centre !== 'all') q = q.where('centre_organisation_id', '=', centre);
    return (await q.execute()).map(toImportRun);
  },
  findById: async (scope, id) => {
    const centre = centreOf(scope);
    if (centre === null) return null;
    const row = await db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst();
    return row && (centre === 'all' || row.centre_organisation_id === centre) ? toImportRun(row) : null;
  },
  withFingerprint: async (centre, fingerprint) =>
    (
      await db
        .selectFrom('imports')
        .selectAll()
        .where('centre_organisation_id', '=', centre)
        .where('fingerprint', '=', fingerprint)
        .orderBy('started_at', 'desc')
        .execute()
    ).map(toImportRun),
  addRejects: async (importId, firstSeq, rejects) => {
    if (rejects.length === 0) return;
    await db
      .insertInto('import_rejects')
      .values(rejects.map((r, i) => ({ import_id: importId, seq: firstSeq + i, line: r.line, reason: r.reason, raw: r.raw })))
      .execute();
  },
  rejects: async (importId, { limit }) =>
    (
      await db
        .selectFrom('import_rejects')
        .select(['line', 'reason', 'raw'])
        .where('import_id', '=', importId)
        .orderBy('seq')
        .limit(limit)
        .execute()
    ).map((r) => ({ line: Number(r.line), reason: r.reason, raw: r.raw })),
});
