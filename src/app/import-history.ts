// src/app/import-history.ts — the imports of the acting centre: their summaries, progress and rejected rows

import { requirePermission } from '../domain/access/can.js';
import type { RowReject } from '../domain/imports/importer.js';
import { AppError } from '../domain/shared/errors.js';
import { type Caller, actingOrganisation } from './caller.js';
import type { Deps, ImportRun } from './ports.js';

const readable = (caller: Caller): void => {
  const org = actingOrganisation(caller);
  requirePermission(caller.scope, 'contact_data:read', { type: 'contact_data', centreOrganisationId: org.id });
};

export const listImports = async (deps: Deps, caller: Caller, limit = 100): Promise<ImportRun[]> => {
  readable(caller);
  return deps.store.imports.list(caller.scope, { limit });
};

/** An id outside the caller's centre is "not found" before any role check, so ids cannot be probed. */
export const getImport = async (deps: Deps, caller: Caller, id: string): Promise<ImportRun> => {
  const run = await deps.store.imports.findById(caller.scope, id);
  if (!run) throw new AppError('CCQ_ERR_NOT_FOUND', 'Import not found');
  readable(caller);
  return run;
};

export const listImportRejects = async (deps: Deps, caller: Caller, id: string, limit = 1000): Promise<RowReject[]> => {
  const run = await getImport(deps, caller, id);
  return deps.store.imports.rejects(run.id, { limit });
};
