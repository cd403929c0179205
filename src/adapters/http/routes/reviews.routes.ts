// src/adapters/http/routes/reviews.routes.ts — joint reviews of a mandate: the pack (HTML, PDF, XLSX), the meeting record, closing it

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { closeReview, getReview, listReviews, reviewDocument, startReview, updateReviewRecord } from '../../../app/manage-reviews.js';
import type { Deps } from '../../../app/ports.js';
import { gatherReviewPack } from '../../../app/review-pack.js';
import { ZError, ZId, ZIdParams, ZLocale } from '../../../contracts/common.js';
import { ZReview, ZReviewPeriod, ZReviewRecord } from '../../../contracts/reviews.js';
import { reviewPackFile, reviewPackFormats } from '../../reports/report-files.js';
import { localeOf, sendFile } from '../file-reply.js';
import { callerOf } from '../plugins/auth.js';

const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError };
const fileErrors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 503: ZError };

const ZPackQuery = z.object({
  format: z.enum(reviewPackFormats).default('html'),
  lang: ZLocale.optional().describe('sv or en; the signed-in user’s language when left out'),
});

export const reviewRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['reviews'];
    app.get(
      '/reviews/pack',
      {
        schema: {
          tags,
          summary: 'The review pack of a relationship for a month, as it stands now (HTML, PDF or XLSX)',
          description:
            'KPIs against the mandate’s targets with a six-month trend, missed targets with their findings and actions, complaints and feedback where ccq holds them, conformity status and open findings, obligations, and a page for the decisions. PDF needs Chromium on the server (503 otherwise).',
          querystring: ZPackQuery.extend({ relationship: ZId, period: ZReviewPeriod }),
          response: fileErrors,
        },
      },
      async (request, reply) => {
        const { relationship, period, format, lang } = request.query;
        const pack = await gatherReviewPack(deps, callerOf(request), { relationshipId: relationship, period });
        return sendFile(reply, await reviewPackFile(pack, null, { format, locale: localeOf(lang, request) }));
      },
    );
    app.get(
      '/reviews',
      {
        schema: {
          tags,
          summary: 'Reviews of the mandates you see (of one relationship when given), newest month first',
          querystring: z.object({ relationship: ZId.optional() }),
          response: { 200: z.array(ZReview), ...errors },
        },
      },
      async (request) => listReviews(deps, callerOf(request), { relationshipId: request.query.relationship }),
    );
    app.post(
      '/reviews',
      {
        schema: {
          tags,
          summary:
            'Start the review of a month: the pack is frozen with its SHA-256; the same month again returns the review already started',
          body: z.object({ relationshipId: ZId, period: ZReviewPeriod }),
          response: { 200: ZReview, 201: ZReview, ...errors },
        },
      },
      async (request, reply) => {
        const { review, created } = await startReview(deps, callerOf(request), request.body);
        return reply.code(created ? 201 : 200).send(review);
      },
    );
    app.get(
      '/reviews/:id',
      { schema: { tags, summary: 'A review and its meeting record', params: ZIdParams, response: { 200: ZReview, ...errors } } },
      async (request) => getReview(deps, callerOf(request), request.params.id),
    );
    app.put(
      '/reviews/:id/record',
      {
        schema: {
          tags,
          summary: 'Replace the meeting record (held on, attendees, decisions, actions with owners, notes) while the review is open',
          params: ZIdParams,
          body: z.object({ record: ZReviewRecord }),
          response: { 200: ZReview, ...errors },
        },
      },
      async (request) => updateReviewRecord(deps, callerOf(request), request.params.id, request.body.record),
    );
    app.post(
      '/reviews/:id/close',
      {
        schema: {
          tags,
          summary:
            'Approve the minutes: needs the date held, an attendee of each party and an owner for every action; then the record is final',
          params: ZIdParams,
          response: { 200: ZReview, ...errors },
        },
      },
      async (request) => closeReview(deps, callerOf(request), request.params.id),
    );
    app.get(
      '/reviews/:id/pack',
      {
        schema: {
          tags,
          summary: 'The pack as frozen when the review started, with its meeting record on the decisions page (HTML, PDF or XLSX)',
          params: ZIdParams,
          querystring: ZPackQuery,
          response: fileErrors,
        },
      },
      async (request, reply) => {
        const { pack, review } = await reviewDocument(deps, callerOf(request), request.params.id);
        const { format, lang } = request.query;
        return sendFile(reply, await reviewPackFile(pack, review, { format, locale: localeOf(lang, request) }));
      },
    );
  };
