// src/adapters/http/routes/notifications.routes.ts — the caller's notifications (read marks) and the organisation's outgoing webhooks with their delivery log

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listNotifications, markAllNotificationsRead, markNotificationRead } from '../../../app/manage-notifications.js';
import { createWebhook, deleteWebhook, listDeliveries, listWebhooks, sendTestEvent, updateWebhook } from '../../../app/manage-webhooks.js';
import type { Deps } from '../../../app/ports.js';
import { ZError, ZIdParams, ZOk } from '../../../contracts/common.js';
import {
  ZCreateWebhookBody,
  ZCreatedWebhook,
  ZNotificationList,
  ZUpdateWebhookBody,
  ZWebhook,
  ZWebhookDelivery,
} from '../../../contracts/notifications.js';
import { SIGNATURE_HEADER } from '../../../domain/notifications/webhook.js';
import { callerOf } from '../plugins/auth.js';

const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError };
const ZLimit = z.object({ limit: z.coerce.number().int().min(1).max(500).optional() });

export const notificationRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['notifications'];
    app.get(
      '/notifications',
      {
        schema: {
          tags,
          summary: 'Notifications of the acting organisation about its mandates, newest first, with your read marks and unread count',
          querystring: ZLimit,
          response: { 200: ZNotificationList, ...errors },
        },
      },
      async (request) => listNotifications(deps, callerOf(request), request.query),
    );
    app.post(
      '/notifications/:id/read',
      {
        schema: {
          tags,
          summary: 'Mark one notification read (for you)',
          params: ZIdParams,
          response: { 200: z.object({ unread: z.number().int() }), ...errors },
        },
      },
      async (request) => markNotificationRead(deps, callerOf(request), request.params.id),
    );
    app.post(
      '/notifications/read-all',
      {
        schema: {
          tags,
          summary: 'Mark every notification of the acting organisation read (for you)',
          response: { 200: z.object({ marked: z.number().int(), unread: z.number().int() }), ...errors },
        },
      },
      async (request) => markAllNotificationsRead(deps, callerOf(request)),
    );
  };

export const webhookRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['webhooks'];
    app.get(
      '/webhooks',
      {
        schema: {
          tags,
          summary: 'The acting organisation’s outgoing webhooks (administrators)',
          response: { 200: z.array(ZWebhook), ...errors },
        },
      },
      async (request) => listWebhooks(deps, callerOf(request)),
    );
    app.post(
      '/webhooks',
      {
        schema: {
          tags,
          summary:
            `Add a webhook (http or https). Each event is POSTed as JSON with ${SIGNATURE_HEADER}: t=<unix>,v1=<hex HMAC-SHA-256(secret, "<t>.<body>")>, ` +
            'X-Ccq-Event and X-Ccq-Delivery; the secret is returned this once',
          body: ZCreateWebhookBody,
          response: { 201: ZCreatedWebhook, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await createWebhook(deps, callerOf(request), request.body)),
    );
    app.patch(
      '/webhooks/:id',
      {
        schema: {
          tags,
          summary: 'Change a webhook (address, description, kinds) or pause and resume it; the secret stays',
          params: ZIdParams,
          body: ZUpdateWebhookBody,
          response: { 200: ZWebhook, ...errors },
        },
      },
      async (request) => updateWebhook(deps, callerOf(request), request.params.id, request.body),
    );
    app.delete(
      '/webhooks/:id',
      {
        schema: { tags, summary: 'Delete a webhook and its delivery log', params: ZIdParams, response: { 200: ZOk, ...errors } },
      },
      async (request) => {
        await deleteWebhook(deps, callerOf(request), request.params.id);
        return { ok: true as const };
      },
    );
    app.post(
      '/webhooks/:id/test',
      {
        schema: {
          tags,
          summary: 'Send a signed test event now and return its delivery (retried like any other when it fails)',
          params: ZIdParams,
          response: { 200: ZWebhookDelivery, ...errors },
        },
      },
      async (request) => sendTestEvent(deps, callerOf(request), request.params.id),
    );
    app.get(
      '/webhooks/:id/deliveries',
      {
        schema: {
          tags,
          summary: 'The delivery log of a webhook, newest first: attempts, status, last answer or error, timings',
          params: ZIdParams,
          querystring: ZLimit,
          response: { 200: z.array(ZWebhookDelivery), ...errors },
        },
      },
      async (request) => listDeliveries(deps, callerOf(request), request.params.id, request.query),
    );
  };
