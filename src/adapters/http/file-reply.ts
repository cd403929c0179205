// src/adapters/http/file-reply.ts — how a report or export leaves the API: an inert download in the language asked for

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Locale } from '../../domain/organisations/model.js';
import { type ReportFile, contentTypes } from '../reports/report-files.js';
import { authOf } from './plugins/auth.js';

/**
 * Reports are downloads, never pages of the API's origin: `attachment`, no sniffing, and for HTML a
 * policy that forbids scripts and fetching, so a report is inert even if opened from the API.
 */
export const sendFile = (reply: FastifyReply, { format, name, body }: ReportFile) => {
  reply
    .header('content-type', contentTypes[format])
    .header('content-disposition', `attachment; filename="${name}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store');
  if (format === 'html') reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  return reply.send(body);
};

/** The language a document is asked for, else the signed-in user's, else Swedish. */
export const localeOf = (lang: Locale | undefined, request: FastifyRequest): Locale => lang ?? authOf(request).user.locale ?? 'sv';
