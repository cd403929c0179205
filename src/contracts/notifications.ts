// src/contracts/notifications.ts — API shapes of notifications (a kind with typed parameters, read per user) and outgoing webhooks with their delivery log

import { z } from 'zod';
import { parties } from '../domain/mandates/mandate.js';
import { targetStatuses } from '../domain/mandates/target-evaluation.js';
import { notificationKinds } from '../domain/notifications/notification.js';
import { deliveryStatuses, webhookEventKinds } from '../domain/notifications/webhook.js';
import { ZDate, ZId, ZTimestamp } from './common.js';

const ZMandateRef = { mandateId: ZId, mandateTitle: z.string() };

export const ZTargetParams = z.object({
  ...ZMandateRef,
  targetId: z.string(),
  kpi: z.string(),
  variant: z.string().nullable(),
  period: z.string().describe('YYYY-MM, YYYY-Www or YYYY-MM-DD'),
  status: z.enum(targetStatuses),
  measured: z.number().nullable(),
  target: z.number(),
  direction: z.enum(['at_least', 'at_most']),
  coverage: z.number(),
  provisional: z.boolean().describe('the period is still running'),
});
export const ZObligationParams = z.object({
  ...ZMandateRef,
  obligationId: z.string(),
  title: z.string(),
  owner: z.enum(parties),
  dueOn: ZDate,
});
const ZAwaitingParams = z.object({
  ...ZMandateRef,
  version: z.number(),
  contentHash: z.string(),
  signedBy: z.enum(parties),
  awaiting: z.enum(parties),
});
const ZSignedParams = z.object({ ...ZMandateRef, version: z.number() });
const ZFindingParams = z.object({
  findingId: ZId,
  assessmentId: ZId,
  seq: z.number(),
  grade: z.string(),
  mandateId: ZId,
  targetId: z.string(),
  period: z.string(),
});

const base = { id: ZId, organisationId: ZId, relationshipId: ZId, createdAt: ZTimestamp, readAt: ZTimestamp.nullable() };

export const ZNotification = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('target_missed'), params: ZTargetParams }),
  z.object({ ...base, kind: z.literal('target_at_risk'), params: ZTargetParams }),
  z.object({ ...base, kind: z.literal('obligation_overdue'), params: ZObligationParams }),
  z.object({ ...base, kind: z.literal('obligation_due_soon'), params: ZObligationParams }),
  z.object({ ...base, kind: z.literal('mandate_awaiting_signature'), params: ZAwaitingParams }),
  z.object({ ...base, kind: z.literal('mandate_signed'), params: ZSignedParams }),
  z.object({ ...base, kind: z.literal('finding_raised'), params: ZFindingParams }),
]);
export type TNotification = z.infer<typeof ZNotification>;

export const ZNotificationList = z.object({
  notifications: z.array(ZNotification),
  unread: z.number().int().describe('unread notifications in all, not only those listed'),
});
export type TNotificationList = z.infer<typeof ZNotificationList>;

export const ZWebhook = z.object({
  id: ZId,
  organisationId: ZId,
  url: z.string(),
  description: z.string().nullable(),
  events: z.array(z.enum(notificationKinds)).describe('the kinds sent; empty: every kind'),
  active: z.boolean(),
  createdAt: ZTimestamp,
  createdBy: z.string().nullable(),
});
export type TWebhook = z.infer<typeof ZWebhook>;

export const ZCreateWebhookBody = z.object({
  url: z.string().trim().min(1, 'must not be empty').max(2000),
  description: z.string().max(200).nullish(),
  events: z.array(z.enum(notificationKinds)).max(notificationKinds.length).optional(),
});

export const ZUpdateWebhookBody = z
  .object({
    url: z.string().trim().min(1, 'must not be empty').max(2000).optional(),
    description: z.string().max(200).nullish(),
    events: z.array(z.enum(notificationKinds)).max(notificationKinds.length).optional(),
    active: z.boolean().optional().describe('false pauses the webhook: nothing is sent, deliveries wait until it is resumed'),
  })
  .describe('only the fields given change; the signing secret stays');

export const ZCreatedWebhook = z.object({
  webhook: ZWebhook,
  secret: z.string().describe('the signing secret, shown this once'),
});
export type TCreatedWebhook = z.infer<typeof ZCreatedWebhook>;

export const ZWebhookDelivery = z.object({
  id: ZId,
  webhookId: ZId,
  eventId: ZId,
  eventKind: z.enum(webhookEventKinds),
  payload: z.string().describe('the JSON body sent'),
  status: z.enum(deliveryStatuses),
  attempts: z.number().int(),
  nextAttemptAt: ZTimestamp.nullable(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  lastDurationMs: z.number().nullable(),
  createdAt: ZTimestamp,
  lastAttemptAt: ZTimestamp.nullable(),
  finishedAt: ZTimestamp.nullable(),
});
export type TWebhookDelivery = z.infer<typeof ZWebhookDelivery>;
