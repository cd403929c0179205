// src/app/import-contacts.ts — streams a contact-data file into records and 15-minute aggregates, batch by batch, each batch one transaction

import { requirePermission } from '../domain/access/can.js';
import type { AgentStateInterval, ContactRecord } from '../domain/contacts/contact.js';
import type { ImportSink, Parser, ParserStats, RowReject } from '../domain/imports/importer.js';
import { createAggregator } from '../domain/kpi/aggregator.js';
import type { Queue } from '../domain/organisations/model.js';
import { AppError } from '../domain/shared/errors.js';
import { type Caller, actingOrganisation, recordChange } from './caller.js';
import type { Deps, ImportCounts, ImportDetail, ImportRun, Store, StoredAgentState } from './ports.js';

/** The bytes to import: read once for the fingerprint, then streamed. */
export type ImportSource = {
  name: string;
  size: number;
  /** SHA-256 of the whole content: the same bytes imported twice are recognised before any parsing. */
  fingerprint: () => Promise<string>;
  open: () => AsyncIterable<Uint8Array>;
};

export type ImportProgress = ImportCounts & { totalBytes: number; elapsedMs: number };

export type ImportContactsOptions = {
  source: ImportSource;
  format: string;
  /** Builds the format's parser for the centre's time zone; the caller picks the format and mapping. */
  createParser: (timeZone: string, sink: ImportSink) => Parser;
  /** Import even if the same bytes were imported before (records still never duplicate). */
  force?: boolean;
  mappingName?: string;
  batchSize?: number;
  onProgress?: (p: ImportProgress) => void;
  /** Every rejected row, for a rejects file; the database keeps the first `storedRejectsLimit`. */
  onReject?: (r: RowReject) => void;
  /** The run's id is known as soon as it is recorded; a server hands it out before the import ends. */
  onStarted?: (run: ImportRun) => void;
};

export const storedRejectsLimit = 1000;

const zeroCounts = (): ImportCounts => ({
  bytesRead: 0,
  linesRead: 0,
  rowsRead: 0,
  imported: 0,
  duplicates: 0,
  rejected: 0,
  skipped: 0,
  warnings: 0,
  agentStates: 0,
});

/**
 * Imports into the caller's acting organisation, which must be a contact centre. Each batch of
 * records goes in one transaction together with its aggregates, the queues first seen in it and the
 * run's counters, so an import killed at any point leaves the database consistent, and a rerun skips
 * what is stored (natural keys) and finishes the rest.
 */
export const importContacts = async (deps: Deps, caller: Caller, o: ImportContactsOptions): Promise<ImportRun> => {
  const org = actingOrganisation(caller);
  // The acting organisation is already visible to the caller, so a role without the right is told so.
  requirePermission(caller.scope, 'contact_data:import', { type: 'contact_data', centreOrganisationId: org.id });
  const centre = await deps.store.organisations.findById(caller.scope, org.id);
  if (!centre || centre.kind === 'client')
    throw new AppError(
      'CCQ_ERR_VALIDATION',
      `${centre?.name ?? 'This organisation'} is not a contact centre; contact data belongs to a centre`,
    );
  const started = Date.now();
  const fingerprint = await o.source.fingerprint();
  const earlier = await deps.store.imports.withFingerprint(centre.id, fingerprint);
  const run: ImportRun = {
    ...zeroCounts(),
    id: deps.ids(),
    centreOrganisationId: centre.id,
    format: o.format,
    fileName: o.source.name,
    fingerprint,
    bytes: o.source.size,
    status: 'running',
    startedAt: deps.clock().toISOString(),
    finishedAt: null,
    startedBy: caller.label,
    detail: { queuesCreated: [], warningCodes: {}, ...(o.mappingName ? { mapping: o.mappingName } : {}) },
    error: null,
  };
  // A run still marked running with the same bytes was cut off (a crash, a kill): say so, then do the work again.
  for (const e of earlier.filter((x) => x.status === 'running')) await deps.store.imports.update(e.id, { status: 'interrupted' });
  const done = earlier.find((x) => x.status === 'completed');
  if (done && !o.force) {
    const skipped: ImportRun = {
      ...run,
      status: 'already_imported',
      finishedAt: run.startedAt,
      detail: { ...run.detail, alreadyImportedAs: done.id },
    };
    await deps.store.imports.insert(skipped);
    return skipped;
  }
  await deps.store.imports.insert(run);
  o.onStarted?.(run);
  try {
    await runImport(deps, caller, centre.timeZone, run, o, started);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await deps.store.imports.update(run.id, {
      status: 'failed',
      finishedAt: deps.clock().toISOString(),
      error: message,
      detail: run.detail,
    });
    throw e;
  }
  return run;
};

type Pending = { contacts: ContactRecord[]; states: AgentStateInterval[]; rejects: RowReject[] };

const runImport = async (deps: Deps, caller: Caller, timeZone: string, run: ImportRun, o: ImportContactsOptions, started: number) => {
  const batchSize = o.batchSize ?? 20_000;
  const pending: Pending = { contacts: [], states: [], rejects: [] };
  const queues = new Map(
    (await deps.store.queues.list(caller.scope)).filter((q) => q.centreOrganisationId === run.centreOrganisationId).map((q) => [q.code, q]),
  );
  let storedRejects = 0;
  const sink: ImportSink = {
    contact: (c) => pending.contacts.push(c),
    agentState: (s) => pending.states.push(s),
    reject: (r) => {
      pending.rejects.push(r);
      o.onReject?.(r);
    },
    warn: (w) => {
      run.detail.warningCodes[w.code] = (run.detail.warningCodes[w.code] ?? 0) + 1;
    },
  };
  const parser = o.createParser(timeZone, sink);
  const progress = (stats: ParserStats) => {
    Object.assign(run, {
      linesRead: stats.linesRead,
      rowsRead: stats.rowsRead,
      rejected: stats.rejected,
      skipped: stats.skipped,
      warnings: stats.warnings,
    });
    o.onProgress?.({ ...pickCounts(run), totalBytes: run.bytes, elapsedMs: Date.now() - started });
  };
  const flush = async () => {
    const batch = { contacts: pending.contacts.splice(0), states: pending.states.splice(0), rejects: pending.rejects.splice(0) };
    progress(parser.stats());
    await deps.store.transaction(async (tx) => {
      await tx.contactData.lockCentre(run.centreOrganisationId);
      await ensureQueues(deps, caller, tx, run, queues, batch);
      await storeBatch(tx, run, queues, batch);
      const keep = batch.rejects.slice(0, Math.max(0, storedRejectsLimit - storedRejects));
      await tx.imports.addRejects(run.id, storedRejects, keep);
      storedRejects += keep.length;
      await tx.imports.update(run.id, { ...pickCounts(run), detail: run.detail });
    });
  };
  for await (const chunk of o.source.open()) {
    parser.push(chunk);
    run.bytesRead += chunk.byteLength;
    if (pending.contacts.length >= batchSize || pending.states.length >= batchSize) await flush();
  }
  parser.end();
  await flush();
  run.status = 'completed';
  run.finishedAt = deps.clock().toISOString();
  progress(parser.stats());
  await deps.store.imports.update(run.id, { ...pickCounts(run), status: run.status, finishedAt: run.finishedAt, detail: run.detail });
};

const pickCounts = (r: ImportCounts): ImportCounts => ({
  bytesRead: r.bytesRead,
  linesRead: r.linesRead,
  rowsRead: r.rowsRead,
  imported: r.imported,
  duplicates: r.duplicates,
  rejected: r.rejected,
  skipped: r.skipped,
  warnings: r.warnings,
  agentStates: r.agentStates,
});

/** Creates, in the batch's transaction, the queues whose codes the centre has not seen before (each on the audit trail). */
const ensureQueues = async (deps: Deps, caller: Caller, tx: Store, run: ImportRun, queues: Map<string, Queue>, batch: Pending) => {
  const codes = new Set<string>();
  for (const c of batch.contacts) if (!queues.has(c.queueCode)) codes.add(c.queueCode);
  for (const s of batch.states) if (s.queueCode !== null && !queues.has(s.queueCode)) codes.add(s.queueCode);
  for (const code of codes) {
    const channel = batch.contacts.find((c) => c.queueCode === code)?.channel ?? 'voice';
    const q: Queue = {
      id: deps.ids(),
      centreOrganisationId: run.centreOrganisationId,
      relationshipId: null,
      siteId: null,
      code,
      name: code,
      channel,
      createdAt: deps.clock().toISOString(),
    };
    await tx.queues.insert(q);
    await recordChange(tx, deps, caller, {
      organisationIds: [run.centreOrganisationId],
      entity: 'queue',
      entityId: q.id,
      action: 'create',
      before: null,
      after: q,
    });
    queues.set(code, q);
    run.detail.queuesCreated.push(code);
  }
};

const storeBatch = async (tx: Store, run: ImportRun, queues: Map<string, Queue>, batch: Pending) => {
  const queueIdOf = (code: string): string => (queues.get(code) as Queue).id;
  const queueIds = new Map([...queues.values()].map((q) => [q.code, q.id]));
  const inserted = await tx.contactData.insertContacts(run.centreOrganisationId, run.id, batch.contacts, queueIds);
  run.imported += inserted.length;
  run.duplicates += batch.contacts.length - inserted.length;
  // Only what was not stored before is added to the aggregates (a re-import adds nothing), keyed by queue id as the store expects.
  const aggregator = createAggregator();
  for (const c of inserted) aggregator.contact(c, queueIdOf(c.queueCode));
  await tx.contactData.addIntervalAggregates(run.centreOrganisationId, aggregator.drainIntervals());
  const states: StoredAgentState[] = batch.states.map((s) => ({
    ...s,
    queueId: s.queueCode === null ? null : queueIdOf(s.queueCode),
    source: run.format,
  }));
  const insertedStates = await tx.contactData.insertAgentStates(run.centreOrganisationId, run.id, states);
  run.agentStates += insertedStates.length;
  for (const s of insertedStates) aggregator.agentState(s, s.queueId);
  await tx.contactData.addAgentAggregates(
    run.centreOrganisationId,
    aggregator.drainAgents().map((a) => ({
      queueId: a.queueCode,
      intervalStart: a.intervalStart,
      staffedSeconds: a.staffedSeconds,
      pausedSeconds: a.pausedSeconds,
    })),
  );
};

export type { ImportDetail };
