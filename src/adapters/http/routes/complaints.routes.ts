// src/adapters/http/routes/complaints.routes.ts — the complaints register under /api/v1/complaints, and the public filing endpoint

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { configureComplaintForm, filePublicComplaint, getComplaintForm } from '../../../app/complaint-form.js';
import { eraseComplainant, getComplaint, listComplaints, receiveComplaint, stepComplaint } from '../../../app/manage-complaints.js';
import type { Deps } from '../../../app/ports.js';
import { ZError, ZId, ZIdParams } from '../../../contracts/common.js';
import {
  ZComplaint,
  ZComplaintDetail,
  ZComplaintForm,
  ZComplaintStep,
  ZNewComplaint,
  ZPublicComplaint,
  type TPublicComplaint,
} from '../../../contracts/complaints.js';
import { complaintStatuses } from '../../../domain/complaints/complaint.js';
import { AppError } from '../../../domain/shared/errors.js';
import { complaintsCsv } from '../../reports/complaints-csv.js';
import { sendFile } from '../file-reply.js';
import { callerOf } from '../plugins/auth.js';

const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError };
const ZListQuery = z.object({
  relationship: ZId.optional(),
  status: z
    .string()
    .regex(new RegExp(`^(${complaintStatuses.join('|')})(,(${complaintStatuses.join('|')}))*$`), 'comma-separated statuses')
    .optional(),
  overdue: z.enum(['true', 'false']).optional(),
});
const ZToken = z.object({ token: z.string().min(20).max(100) });
/** The public endpoints: a handful of complaints a minute from one address is plenty for a person. */
export const publicComplaintRateLimit = { max: 10, timeWindow: '1 minute' };

const blank = (v: string | null | undefined): string | null => (v?.trim() ? v.trim() : null);

/** The public form's fields, empty ones as none. */
export const publicInput = (b: TPublicComplaint) => ({
  description: b.description,
  category: b.category ? b.category : null,
  name: blank(b.name),
  email: blank(b.email),
  phone: blank(b.phone),
});

export const complaintRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['complaints'];
    const listOf = (q: z.infer<typeof ZListQuery>) => ({
      relationshipId: q.relationship,
      statuses: q.status ? (q.status.split(',') as (typeof complaintStatuses)[number][]) : undefined,
      overdueOnly: q.overdue === 'true',
    });
    app.get(
      '/complaints',
      {
        schema: {
          tags,
          summary: 'The complaints board: complaints of the relationships you see, newest first, with deadlines and overdue flags',
          querystring: ZListQuery,
          response: { 200: z.array(ZComplaint), ...errors },
        },
      },
      async (request) => listComplaints(deps, callerOf(request), listOf(request.query)),
    );
    app.get(
      '/complaints/export',
      {
        schema: {
          tags,
          summary: 'The complaints as CSV (no names, contact details or free texts)',
          querystring: ZListQuery,
          response: errors,
        },
      },
      async (request, reply) => {
        const list = await listComplaints(deps, callerOf(request), listOf(request.query));
        return sendFile(reply, { format: 'csv', name: 'complaints.csv', body: complaintsCsv(list) });
      },
    );
    app.post(
      '/complaints',
      {
        schema: {
          tags,
          summary: 'Registers a complaint received by any channel (ISO 10002 receipt); the owner follows the mandate’s split',
          body: ZNewComplaint,
          response: { 201: ZComplaint, ...errors },
        },
      },
      async (request, reply) => {
        const caller = callerOf(request);
        const b = request.body;
        const c = await receiveComplaint(deps, caller, {
          relationshipId: b.relationshipId,
          channel: b.channel,
          receivedAt: b.receivedAt,
          description: b.description,
          contactSourceId: blank(b.contactSourceId),
          queueId: b.queueId ?? null,
          category: b.category ?? null,
          complainant: { name: blank(b.complainant?.name), email: blank(b.complainant?.email), phone: blank(b.complainant?.phone) },
        });
        const view = (await getComplaint(deps, caller, c.id)).complaint;
        return reply.code(201).send(view);
      },
    );
    app.get(
      '/complaints/:id',
      {
        schema: {
          tags,
          summary: 'A complaint with its steps; the complainant only for those who handle complaints',
          params: ZIdParams,
          response: { 200: ZComplaintDetail, ...errors },
        },
      },
      async (request) => getComplaint(deps, callerOf(request), request.params.id),
    );
    app.post(
      '/complaints/:id/steps',
      {
        schema: {
          tags,
          summary:
            'Takes a lifecycle step: acknowledge, assess, investigate, respond, close (with satisfaction), reopen, escalate to the client',
          params: ZIdParams,
          body: ZComplaintStep,
          response: { 200: ZComplaintDetail, ...errors },
        },
      },
      async (request) => {
        const b = request.body;
        return stepComplaint(deps, callerOf(request), request.params.id, {
          step: b.step,
          note: blank(b.note),
          category: b.category ?? null,
          rootCause: b.rootCause ?? null,
          response: blank(b.response),
          satisfaction: b.satisfaction ?? null,
        });
      },
    );
    app.post(
      '/complaints/:id/erasure',
      {
        schema: {
          tags,
          summary: 'Erases the complainant’s personal data on request; the complaint and its statistics stay',
          params: ZIdParams,
          response: { 200: ZComplaintDetail, ...errors },
        },
      },
      async (request) => eraseComplainant(deps, callerOf(request), request.params.id),
    );
    app.get(
      '/complaints/forms/:id',
      {
        schema: {
          tags,
          summary: 'The public complaint form of a relationship (id): whether it is on, and its link',
          params: ZIdParams,
          response: { 200: ZComplaintForm, ...errors },
        },
      },
      async (request) => getComplaintForm(deps, callerOf(request), request.params.id),
    );
    app.put(
      '/complaints/forms/:id',
      {
        schema: {
          tags,
          summary: 'Switches the relationship’s public complaint form on or off; the link stays the same',
          params: ZIdParams,
          body: z.object({ enabled: z.boolean() }),
          response: { 200: ZComplaintForm, ...errors },
        },
      },
      async (request) => configureComplaintForm(deps, callerOf(request), request.params.id, request.body.enabled),
    );
    app.post(
      '/public/complaints/:token',
      {
        config: { public: true, rateLimit: publicComplaintRateLimit },
        schema: {
          tags: ['public'],
          summary: 'Files a complaint through a public form (no sign-in; the token is the link); answers the reference number only',
          params: ZToken,
          body: ZPublicComplaint,
          response: { 201: z.object({ reference: z.string() }), 400: ZError, 404: ZError, 429: ZError },
        },
      },
      async (request, reply) => {
        const r = await filePublicComplaint(deps, request.params.token, publicInput(request.body));
        if (!r) throw new AppError('CCQ_ERR_NOT_FOUND');
        return reply.code(201).send(r);
      },
    );
  };
