// src/adapters/http/routes/evidence.routes.ts — the evidence library: file uploads (streamed, size- and type-checked), links, KPI snapshots, downloads

import fastifyMultipart, { type Multipart } from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addEvidence,
  downloadEvidence,
  evidenceOfAssessment,
  getEvidence,
  linkEvidence,
  listEvidence,
  unlinkEvidence,
} from '../../../app/manage-evidence.js';
import type { Deps } from '../../../app/ports.js';
import { ZError, ZIdParams, ZOk } from '../../../contracts/common.js';
import { ZAddEvidence, ZEvidence, ZEvidenceFileFields, ZLinkEvidence, ZUnlinkEvidence } from '../../../contracts/conformity.js';
import { evidenceLimits } from '../../../domain/conformity/evidence.js';
import { AppError } from '../../../domain/shared/errors.js';
import { callerOf } from '../plugins/auth.js';
import { kpiQueryOptions } from './contact-data.routes.js';

const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError, 413: ZError };

/** Reads the multipart body: text fields and one `file` part, held in memory up to the evidence limit. */
const receiveEvidence = async (parts: AsyncIterableIterator<Multipart>) => {
  const fields: Record<string, string> = {};
  let file: { name: string; mediaType: string; bytes: Buffer } | null = null;
  for await (const part of parts) {
    if (part.type === 'field') {
      fields[part.fieldname] = String(part.value);
      continue;
    }
    if (part.fieldname !== 'file' || file !== null) {
      part.file.resume();
      continue;
    }
    const chunks: Buffer[] = [];
    for await (const c of part.file) chunks.push(c as Buffer);
    if (part.file.truncated)
      throw new AppError('CCQ_ERR_PAYLOAD_TOO_LARGE', `Evidence files are at most ${evidenceLimits.maxBytes / 1024 / 1024} MB`);
    file = { name: part.filename || 'evidence', mediaType: part.mimetype, bytes: Buffer.concat(chunks) };
  }
  if (!file)
    throw new AppError('CCQ_ERR_VALIDATION', 'Send the file as a multipart part named "file"', [{ path: 'file', message: 'missing' }]);
  return { fields, file };
};

export const evidenceRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(fastifyMultipart, { limits: { fileSize: evidenceLimits.maxBytes, files: 1, fields: 10, fieldSize: 100_000 } });
    const tags = ['evidence'];
    app.get(
      '/evidence',
      {
        schema: {
          tags,
          summary: 'Your organisation’s evidence library, with validity and where each piece is used',
          response: { 200: z.array(ZEvidence), ...errors },
        },
      },
      async (request) => listEvidence(deps, callerOf(request)),
    );
    app.post(
      '/evidence',
      {
        schema: {
          tags,
          summary: 'Add a link or a KPI snapshot (a KPI query run now and frozen with its parameters and result)',
          body: ZAddEvidence,
          response: { 201: ZEvidence, ...errors },
        },
      },
      async (request, reply) => {
        const b = request.body;
        const common = {
          title: b.title,
          description: b.description ?? null,
          validFrom: b.validFrom ?? null,
          validUntil: b.validUntil ?? null,
          ...(b.attachTo ? { attachTo: b.attachTo } : {}),
        };
        const e =
          b.kind === 'link'
            ? await addEvidence(deps, callerOf(request), { kind: 'link', url: b.url, ...common })
            : await addEvidence(deps, callerOf(request), {
                kind: 'kpi_snapshot',
                query: kpiQueryOptions(b.query),
                relationshipId: b.relationship,
                ...common,
              });
        return reply.code(201).send(e);
      },
    );
    app.post(
      '/evidence/files',
      {
        schema: {
          tags,
          summary: 'Upload an evidence file (multipart: fields title, description, validFrom, validUntil, assessmentId, refs; part "file")',
          description: `At most ${evidenceLimits.maxBytes / 1024 / 1024} MB; documents, images, CSV/JSON/text, office files. Stored by SHA-256 and checked against it on every download.`,
          response: { 201: ZEvidence, ...errors },
        },
      },
      async (request, reply) => {
        const caller = callerOf(request);
        if (!request.isMultipart())
          throw new AppError('CCQ_ERR_VALIDATION', 'Send multipart/form-data with a part named "file"', [
            { path: 'file', message: 'missing' },
          ]);
        const { fields, file } = await receiveEvidence(request.parts());
        const parsed = ZEvidenceFileFields.safeParse(fields);
        if (!parsed.success)
          throw new AppError(
            'CCQ_ERR_VALIDATION',
            undefined,
            parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
          );
        const f = parsed.data;
        const refs = (f.refs ?? '')
          .split(',')
          .map((r) => r.trim())
          .filter(Boolean);
        const e = await addEvidence(deps, caller, {
          kind: 'file',
          title: f.title,
          description: f.description ?? null,
          validFrom: f.validFrom ?? null,
          validUntil: f.validUntil ?? null,
          fileName: file.name,
          mediaType: file.mediaType,
          bytes: file.bytes,
          ...(f.assessmentId && refs.length ? { attachTo: { assessmentId: f.assessmentId, refs } } : {}),
        });
        return reply.code(201).send(e);
      },
    );
    app.get(
      '/evidence/:id',
      { schema: { tags, summary: 'One piece of evidence', params: ZIdParams, response: { 200: ZEvidence, ...errors } } },
      async (request) => getEvidence(deps, callerOf(request), request.params.id),
    );
    app.get(
      '/evidence/:id/content',
      {
        schema: {
          tags,
          summary: 'Download an evidence file; refused (500 CCQ_ERR_INTEGRITY) if the stored bytes no longer match their SHA-256',
          params: ZIdParams,
        },
      },
      async (request, reply) => {
        const { evidence, bytes } = await downloadEvidence(deps, callerOf(request), request.params.id);
        const name = (evidence.fileName ?? 'evidence').replace(/[^\w.\- ]+/g, '_');
        return reply
          .header('content-type', evidence.mediaType ?? 'application/octet-stream')
          .header('content-disposition', `attachment; filename="${name}"`)
          .header('x-ccq-sha256', evidence.sha256 ?? '')
          .header('x-content-type-options', 'nosniff')
          .send(Buffer.from(bytes));
      },
    );
    app.post(
      '/evidence/:id/links',
      {
        schema: {
          tags,
          summary: 'Let the evidence support requirements of an assessment',
          params: ZIdParams,
          body: ZLinkEvidence,
          response: { 200: ZEvidence, ...errors },
        },
      },
      async (request) => linkEvidence(deps, callerOf(request), request.params.id, request.body.assessmentId, request.body.refs),
    );
    app.post(
      '/evidence/:id/unlink',
      {
        schema: {
          tags,
          summary: 'Remove the evidence from one requirement of an assessment',
          params: ZIdParams,
          body: ZUnlinkEvidence,
          response: { 200: ZOk, ...errors },
        },
      },
      async (request) => {
        await unlinkEvidence(deps, callerOf(request), request.params.id, request.body.assessmentId, request.body.ref);
        return { ok: true as const };
      },
    );
    app.get(
      '/assessments/:id/evidence',
      {
        schema: {
          tags,
          summary: 'The evidence supporting an assessment’s requirements (what its auditor and shared readers see)',
          params: ZIdParams,
          response: { 200: z.array(ZEvidence), ...errors },
        },
      },
      async (request) => evidenceOfAssessment(deps, callerOf(request), request.params.id),
    );
  };
