// src/adapters/http/routes/reports.routes.ts — an assessment as a report (HTML or PDF, report or certification-readiness pack) and as a table export (CSV or XLSX)

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/ports.js';
import { readinessPack } from '../../../app/readiness-pack.js';
import { ZError, ZIdParams, ZLocale } from '../../../contracts/common.js';
import { exportFile, exportFormats, reportFile, reportFormats } from '../../reports/report-files.js';
import { localeOf, sendFile } from '../file-reply.js';
import { callerOf } from '../plugins/auth.js';

const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 503: ZError };

const ZReportQuery = z.object({
  format: z.enum(reportFormats).default('html'),
  kind: z.enum(['assessment', 'pack']).default('assessment'),
  lang: ZLocale.optional().describe('sv or en; the signed-in user’s language when left out'),
});

const ZExportQuery = z.object({
  format: z.enum(exportFormats).default('csv'),
  lang: ZLocale.optional().describe('sv or en; the signed-in user’s language when left out'),
});

export const reportRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['reports'];
    app.get(
      '/assessments/:id/report',
      {
        schema: {
          tags,
          summary: 'The assessment report or the certification-readiness pack (with the evidence index and SHA-256 hashes), as HTML or PDF',
          description:
            'kind=assessment: status, history, readiness by clause and the requirement table. kind=pack: cover, statement of conformity, open findings with corrective actions, audits, evidence index. PDF needs Chromium on the server (503 CCQ_ERR_PDF_UNAVAILABLE otherwise).',
          params: ZIdParams,
          querystring: ZReportQuery,
          response: errors,
        },
      },
      async (request, reply) => {
        const { format, kind, lang } = request.query;
        const pack = await readinessPack(deps, callerOf(request), request.params.id);
        return sendFile(reply, await reportFile(pack, { format, kind, locale: localeOf(lang, request) }));
      },
    );
    app.get(
      '/assessments/:id/export',
      {
        schema: {
          tags,
          summary: 'The requirement table as CSV (UTF-8 with BOM) or XLSX (with readiness by clause)',
          params: ZIdParams,
          querystring: ZExportQuery,
          response: errors,
        },
      },
      async (request, reply) => {
        const { format, lang } = request.query;
        const pack = await readinessPack(deps, callerOf(request), request.params.id);
        return sendFile(reply, await exportFile(pack, { format, locale: localeOf(lang, request) }));
      },
    );
  };
