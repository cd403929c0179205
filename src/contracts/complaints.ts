// src/contracts/complaints.ts — API shapes of the complaints register, its lifecycle steps, the public complaint form

import { z } from 'zod';
import { complaintCategories, complaintChannels, complaintStatuses, complaintSteps, rootCauses } from '../domain/complaints/complaint.js';
import { parties } from '../domain/mandates/mandate.js';
import { ZId, ZTimestamp } from './common.js';

const ZOwner = z.enum([...parties, 'shared']);
const ZText = (max: number) => z.string().trim().max(max);
/** Empty text counts as none; the use-case reads `''` and null alike. */
const ZOptionalText = (max: number) => z.string().trim().max(max).nullish();

export const ZComplaint = z.object({
  id: ZId,
  relationshipId: ZId,
  reference: z.string(),
  channel: z.enum(complaintChannels),
  receivedAt: ZTimestamp,
  receivedVia: z.enum(['public_form', 'staff']),
  contactSourceId: z.string().nullable(),
  queueId: z.string().nullable(),
  description: z.string().nullable(),
  category: z.enum(complaintCategories).nullable(),
  rootCause: z.enum(rootCauses).nullable(),
  status: z.enum(complaintStatuses),
  owner: z.enum(parties),
  firstLineOwner: ZOwner,
  finalResponseOwner: ZOwner,
  escalatedAt: ZTimestamp.nullable(),
  ackDueAt: ZTimestamp,
  resolveDueAt: ZTimestamp,
  acknowledgedAt: ZTimestamp.nullable(),
  respondedAt: ZTimestamp.nullable(),
  closedAt: ZTimestamp.nullable(),
  reopenCount: z.number().int(),
  response: z.string().nullable(),
  satisfaction: z.number().int().nullable(),
  erasedAt: ZTimestamp.nullable(),
  createdAt: ZTimestamp,
  createdBy: z.string().nullable(),
  overdue: z.object({ ack: z.boolean(), resolution: z.boolean() }),
  steps: z.array(z.enum(complaintSteps)).describe('The lifecycle steps you may take now'),
});
export type TComplaint = z.infer<typeof ZComplaint>;

export const ZComplainant = z.object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() });

export const ZComplaintEvent = z.object({
  id: ZId,
  complaintId: ZId,
  step: z.enum([...complaintSteps, 'receive', 'erase']),
  fromStatus: z.enum(complaintStatuses).nullable(),
  toStatus: z.enum(complaintStatuses),
  at: ZTimestamp,
  byUserId: z.string().nullable(),
  byLabel: z.string(),
  note: z.string().nullable(),
});

export const ZComplaintDetail = z.object({
  complaint: ZComplaint,
  complainant: ZComplainant.nullable().describe('Shown only to those who handle complaints'),
  events: z.array(ZComplaintEvent),
});
export type TComplaintDetail = z.infer<typeof ZComplaintDetail>;

export const ZComplainantInput = z.object({
  name: ZOptionalText(200),
  email: z.union([z.literal(''), z.string().trim().max(254).email()]).nullish(),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[+0-9 ()-]*$/, 'digits, spaces, + ( ) - only')
    .nullish(),
});

export const ZNewComplaint = z.object({
  relationshipId: ZId,
  channel: z.enum(complaintChannels),
  receivedAt: ZTimestamp.optional(),
  description: ZText(8000).min(1),
  contactSourceId: ZOptionalText(200).optional(),
  queueId: ZId.nullish(),
  category: z.enum(complaintCategories).nullish(),
  complainant: ZComplainantInput.optional(),
});
export type TNewComplaint = z.input<typeof ZNewComplaint>;

export const ZComplaintStep = z.object({
  step: z.enum(complaintSteps),
  note: ZOptionalText(4000).optional(),
  category: z.enum(complaintCategories).nullish(),
  rootCause: z.enum(rootCauses).nullish(),
  response: ZOptionalText(8000).optional(),
  satisfaction: z.number().int().min(1).max(5).nullish(),
});
export type TComplaintStep = z.input<typeof ZComplaintStep>;

export const ZComplaintForm = z.object({
  relationshipId: ZId,
  enabled: z.boolean(),
  path: z.string().nullable().describe('The public link, `/complaint/<token>`; null until first switched on'),
  updatedAt: ZTimestamp.nullable(),
});
export type TComplaintForm = z.infer<typeof ZComplaintForm>;

/** What the public form takes: the complaint, optionally a category, and how to reach the complainant (all optional). */
export const ZPublicComplaint = z
  .object({
    description: ZText(4000).min(5, 'tell us a little more'),
    category: z.union([z.literal(''), z.enum(complaintCategories)]).nullish(),
    ...ZComplainantInput.shape,
  })
  .strict();
export type TPublicComplaint = z.infer<typeof ZPublicComplaint>;
