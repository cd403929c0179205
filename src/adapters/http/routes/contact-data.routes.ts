// src/adapters/http/routes/contact-data.routes.ts — contact-data uploads and import history, the KPI dictionary and KPI queries

import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import fastifyMultipart, { type Multipart } from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importContacts } from '../../../app/import-contacts.js';
import { getImport, listImportRejects, listImports } from '../../../app/import-history.js';
import type { Deps, ImportRun } from '../../../app/ports.js';
import { type QueryKpisOptions, queryKpis } from '../../../app/query-kpis.js';
import { ZError, ZIdParams } from '../../../contracts/common.js';
import { ZImportFormat, ZImportReject, ZImportRun, ZKpiDefinition, ZKpiQuery, ZKpiResult } from '../../../contracts/contact-data.js';
import type { MappingProfile } from '../../../domain/imports/csv/mapping-profile.js';
import { kpiDictionary } from '../../../domain/kpi/dictionary.js';
import { AppError } from '../../../domain/shared/errors.js';
import { fileSource } from '../../imports/file-source.js';
import { loadMappingProfile, parseMappingProfile } from '../../imports/mapping-files.js';
import { parserFor } from '../../imports/parsers.js';
import { callerOf } from '../plugins/auth.js';

const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError, 413: ZError };

export const maxUploadBytes = 8 * 1024 ** 3;

/** A KPI query as the API takes it (query string or JSON) → the use-case's options. */
export const kpiQueryOptions = (q: z.output<typeof ZKpiQuery>): QueryKpisOptions => ({
  ...(q.queue ? { queues: q.queue } : {}),
  from: q.from,
  to: q.to,
  ...(q.by ? { by: q.by } : {}),
  ...(q.kpis ? { kpis: q.kpis } : {}),
  params: {
    ...(q.slThreshold !== undefined ? { thresholdSeconds: q.slThreshold } : {}),
    ...(q.shortAbandon !== undefined ? { shortAbandonSeconds: q.shortAbandon } : {}),
    ...(q.slVariant ? { slVariant: q.slVariant } : {}),
    ...(q.abandonVariant ? { abandonVariant: q.abandonVariant } : {}),
    ...(q.abandonOutcomes ? { abandonOutcomes: q.abandonOutcomes } : {}),
    ...(q.repeatWindowDays !== undefined ? { repeatWindowDays: q.repeatWindowDays } : {}),
  },
});

const ZUploadQuery = z.object({
  format: ZImportFormat,
  mapping: z
    .string()
    .optional()
    .describe('A shipped CSV mapping profile by name (default canonical); or send a `mapping` part before the file'),
  tz: z.string().optional().describe("The source's time zone where it writes local times (default: the centre's)"),
  force: z.enum(['true', 'false']).optional().describe('Import even if the same bytes were imported before'),
});

/** Receives the multipart body: an optional `mapping` part (YAML or JSON text) and one `file` part, streamed to a temporary file. */
const receiveUpload = async (parts: AsyncIterableIterator<Multipart>, dir: string) => {
  let mappingText: string | null = null;
  let file: { path: string; name: string } | null = null;
  for await (const part of parts) {
    if (part.type === 'field') {
      if (part.fieldname === 'mapping') mappingText = String(part.value);
      continue;
    }
    if (part.fieldname !== 'file' || file !== null) {
      part.file.resume();
      continue;
    }
    const path = join(dir, `ccq-upload-${randomBytes(8).toString('hex')}`);
    await pipeline(part.file, createWriteStream(path));
    if (part.file.truncated) {
      await rm(path, { force: true });
      throw new AppError('CCQ_ERR_PAYLOAD_TOO_LARGE', `The file is larger than ${maxUploadBytes / 1024 ** 3} GiB`);
    }
    file = { path, name: part.filename || 'upload' };
  }
  if (file === null)
    throw new AppError('CCQ_ERR_VALIDATION', 'Send the data as a multipart part named "file"', [{ path: 'file', message: 'missing' }]);
  return { file, mappingText };
};

export const contactDataRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(fastifyMultipart, { limits: { fileSize: maxUploadBytes, files: 1, fields: 4, fieldSize: 1_000_000 } });
    const tags = ['contact data'];

    app.post(
      '/imports',
      {
        schema: {
          tags,
          summary: 'Upload a contact-data file (multipart, part "file") into the acting centre; answers 202 while the import runs',
          description:
            'The import continues after the answer; poll GET /imports/{id} for progress (bytesRead of bytes) and the summary. ' +
            'A file whose exact bytes were imported before answers 200 with status already_imported.',
          querystring: ZUploadQuery,
          response: { 200: ZImportRun, 202: ZImportRun, ...errors },
        },
      },
      async (request, reply) => {
        const caller = callerOf(request);
        if (!request.isMultipart())
          throw new AppError('CCQ_ERR_VALIDATION', 'Send the file as multipart/form-data with a part named "file"', [
            { path: 'file', message: 'missing' },
          ]);
        const { file, mappingText } = await receiveUpload(request.parts(), tmpdir());
        const cleanup = () => rm(file.path, { force: true });
        try {
          const q = request.query;
          let profile: MappingProfile | undefined;
          if (q.format === 'csv')
            profile =
              mappingText !== null
                ? parseMappingProfile(mappingText, 'mapping', mappingText.trimStart().startsWith('{') ? 'json' : 'yaml')
                : loadMappingProfile(q.mapping ?? 'canonical').profile;
          const source = await fileSource(file.path, file.name);
          const first = new Promise<{ run: ImportRun; running: boolean }>((resolve, reject) => {
            importContacts(deps, caller, {
              source,
              format: q.format,
              createParser: parserFor(q.format, {
                pseudonymise: deps.pseudonymise,
                ...(profile ? { profile } : {}),
                timeZone: q.tz,
                fileLabel: file.name,
              }),
              ...(profile ? { mappingName: profile.name } : {}),
              ...(q.force === 'true' ? { force: true } : {}),
              onStarted: (run) => resolve({ run, running: true }),
            })
              .then((run) => resolve({ run, running: false }), reject)
              .finally(cleanup);
          });
          const { run, running } = await first;
          return reply.code(running ? 202 : 200).send(run);
        } catch (e) {
          await cleanup();
          throw e;
        }
      },
    );
    app.get(
      '/imports',
      { schema: { tags, summary: 'Imports into the acting centre, newest first', response: { 200: z.array(ZImportRun), ...errors } } },
      async (request) => listImports(deps, callerOf(request)),
    );
    app.get(
      '/imports/:id',
      {
        schema: {
          tags,
          summary: 'One import: progress while it runs, its summary after',
          params: ZIdParams,
          response: { 200: ZImportRun, ...errors },
        },
      },
      async (request) => getImport(deps, callerOf(request), request.params.id),
    );
    app.get(
      '/imports/:id/rejects',
      {
        schema: {
          tags,
          summary: 'Rejected rows of an import (the first 1,000): line, reason, raw text',
          params: ZIdParams,
          response: { 200: z.array(ZImportReject), ...errors },
        },
      },
      async (request) => listImportRejects(deps, callerOf(request), request.params.id),
    );

    const ktags = ['KPIs'];
    app.get(
      '/kpis/dictionary',
      {
        schema: {
          tags: ktags,
          summary: 'The KPI dictionary: ids, names, definitions, formulas, parameters, ISO 18295 tags',
          response: { 200: z.array(ZKpiDefinition), ...errors },
        },
      },
      async (request) => {
        callerOf(request);
        return kpiDictionary.map((d) => ({ ...d }));
      },
    );
    app.get(
      '/kpis',
      {
        schema: {
          tags: ktags,
          summary: 'KPIs of the visible queues over a period, grouped by queue and/or period',
          querystring: ZKpiQuery,
          response: { 200: ZKpiResult, ...errors },
        },
      },
      async (request) => {
        const result = await queryKpis(deps, callerOf(request), kpiQueryOptions(request.query));
        return { ...result, parameters: { ...result.parameters, abandonOutcomes: [...result.parameters.abandonOutcomes] } };
      },
    );
  };
