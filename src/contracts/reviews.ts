// src/contracts/reviews.ts — API shapes of joint reviews (meeting records) and of a mandate's obligations

import { z } from 'zod';
import { parties } from '../domain/mandates/mandate.js';
import { obligationStates } from '../domain/mandates/obligations.js';
import { reviewStatuses } from '../domain/reviews/review.js';
import { ZDate, ZId, ZTimestamp } from './common.js';

export const ZReviewPeriod = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'use YYYY-MM');

export const ZReviewRecord = z.object({
  heldOn: ZDate.nullable(),
  attendees: z.array(z.object({ name: z.string().min(1).max(200), party: z.enum(parties), role: z.string().max(200).nullable() })).max(100),
  decisions: z.array(z.object({ id: z.string().min(1).max(60), text: z.string().max(4000) })).max(200),
  actions: z
    .array(
      z.object({
        id: z.string().min(1).max(60),
        title: z.string().max(1000),
        ownerParty: z.enum(parties),
        owner: z.string().max(200),
        dueOn: ZDate.nullable(),
      }),
    )
    .max(200),
  notes: z.string().max(20_000).nullable(),
});
export type TReviewRecord = z.infer<typeof ZReviewRecord>;

export const ZReview = z.object({
  id: ZId,
  relationshipId: ZId,
  mandateId: ZId,
  period: z.string(),
  record: ZReviewRecord,
  status: z.enum(reviewStatuses),
  packHash: z.string(),
  createdAt: ZTimestamp,
  createdBy: z.string().nullable(),
  closedAt: ZTimestamp.nullable(),
  closedBy: z.string().nullable(),
});
export type TReview = z.infer<typeof ZReview>;

export const ZObligationStatus = z.object({
  obligation: z.object({
    id: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    owner: z.enum(parties),
    dueOn: ZDate,
    recurrence: z.enum(['none', 'monthly', 'quarterly', 'yearly']),
    leadTimeDays: z.number(),
    doneOn: ZDate.nullable(),
  }),
  owner: z.enum(parties),
  dueOn: ZDate,
  state: z.enum(obligationStates),
  lastDone: z
    .object({
      mandateId: z.string(),
      obligationId: z.string(),
      dueOn: ZDate,
      doneOn: ZDate,
      note: z.string().nullable(),
      recordedBy: z.string().nullable(),
      recordedByName: z.string(),
      recordedAt: ZTimestamp,
    })
    .nullable(),
});
export type TObligationStatus = z.infer<typeof ZObligationStatus>;
