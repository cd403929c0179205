// src/app/manage-webhooks.ts — an organisation's outgoing webhooks: create (the secret shown once), list, delete, send a test event, read the delivery log

import { authorize, requirePermission } from '../domain/access/can.js';
import type { NotificationKind } from '../domain/notifications/notification.js';
import { SECRET_PREFIX, type Webhook, type WebhookDelivery, webhookUrlIssue } from '../domain/notifications/webhook.js';
import { AppError } from '../domain/shared/errors.js';
import { type Caller, actingOrganisation, recordChange } from './caller.js';
import { attemptDelivery } from './deliver-webhooks.js';
import { enqueueDelivery } from './notify.js';
import type { Deps, Store } from './ports.js';

export type CreateWebhookOptions = {
  url: string;
  description?: string | null | undefined;
  /** The kinds to send; empty or absent: every kind. */
  events?: NotificationKind[] | undefined;
};

const notFound = 'CCQ_ERR_WEBHOOK_NOT_FOUND' as const;

/** Only the organisation's administrators manage its webhooks: they send its events out of ccq. */
const requireManage = (caller: Caller): string => {
  const org = actingOrganisation(caller);
  requirePermission(caller.scope, 'webhook:manage', { type: 'organisation', id: org.id });
  return org.id;
};

const loadWebhook = async (store: Store, caller: Caller, id: string): Promise<Webhook> => {
  actingOrganisation(caller);
  const w = await store.webhooks.findById(caller.scope, id);
  if (!w) throw new AppError(notFound);
  authorize(caller.scope, 'webhook:manage', { type: 'organisation', id: w.organisationId }, notFound);
  return w;
};

/**
 * Adds a webhook and returns its signing secret this once (the API never shows it again). The
 * address must be http or https; every event of the chosen kinds is POSTed to it, signed.
 */
export const createWebhook = async (deps: Deps, caller: Caller, o: CreateWebhookOptions): Promise<{ webhook: Webhook; secret: string }> => {
  const organisationId = requireManage(caller);
  const url = o.url.trim();
  const issue = webhookUrlIssue(url);
  if (issue) throw new AppError('CCQ_ERR_VALIDATION', undefined, [{ path: 'url', message: issue }]);
  const secret = SECRET_PREFIX + deps.secrets.randomToken();
  const webhook: Webhook = {
    id: deps.ids(),
    organisationId,
    url,
    description: o.description?.trim() || null,
    events: [...new Set(o.events ?? [])],
    active: true,
    createdAt: deps.clock().toISOString(),
    createdBy: caller.scope.userId,
  };
  await deps.store.transaction(async (tx) => {
    await tx.webhooks.insert(webhook, secret);
    await recordChange(tx, deps, caller, {
      organisationIds: [organisationId],
      entity: 'webhook',
      entityId: webhook.id,
      action: 'create',
      before: null,
      after: webhook,
    });
  });
  return { webhook, secret };
};

export const listWebhooks = async (deps: Deps, caller: Caller): Promise<Webhook[]> => {
  requireManage(caller);
  return deps.store.webhooks.list(caller.scope);
};

export type UpdateWebhookOptions = {
  url?: string | undefined;
  description?: string | null | undefined;
  events?: NotificationKind[] | undefined;
  /** false pauses it: no new deliveries are made for it and waiting ones are held until it is resumed. */
  active?: boolean | undefined;
};

/**
 * Changes a webhook's address, description, kinds or pauses/resumes it; the secret stays, so the
 * receiver keeps verifying. Deliveries already waiting go out once it is active again (the worker
 * skips paused webhooks); events while paused are not queued for it.
 */
export const updateWebhook = async (deps: Deps, caller: Caller, id: string, o: UpdateWebhookOptions): Promise<Webhook> =>
  deps.store.transaction(async (tx) => {
    const w = await loadWebhook(tx, caller, id);
    const url = o.url?.trim();
    const issue = url === undefined ? null : webhookUrlIssue(url);
    if (issue) throw new AppError('CCQ_ERR_VALIDATION', undefined, [{ path: 'url', message: issue }]);
    const patch = {
      ...(url !== undefined ? { url } : {}),
      ...(o.description !== undefined ? { description: o.description?.trim() || null } : {}),
      ...(o.events !== undefined ? { events: [...new Set(o.events)] } : {}),
      ...(o.active !== undefined ? { active: o.active } : {}),
    };
    const next: Webhook = { ...w, ...patch };
    await tx.webhooks.update(w.id, patch);
    await recordChange(tx, deps, caller, {
      organisationIds: [w.organisationId],
      entity: 'webhook',
      entityId: w.id,
      action: 'update',
      before: { url: w.url, description: w.description, events: w.events, active: w.active },
      after: { url: next.url, description: next.description, events: next.events, active: next.active },
    });
    return next;
  });

/** Deletes a webhook and its delivery log; nothing more is sent to it. */
export const deleteWebhook = async (deps: Deps, caller: Caller, id: string): Promise<void> =>
  deps.store.transaction(async (tx) => {
    const w = await loadWebhook(tx, caller, id);
    await tx.webhooks.delete(w.id);
    await recordChange(tx, deps, caller, {
      organisationIds: [w.organisationId],
      entity: 'webhook',
      entityId: w.id,
      action: 'delete',
      before: w,
      after: null,
    });
  });

/**
 * Sends a `webhook_test` event to the webhook now (whatever kinds it subscribes to), so an admin can
 * check the receiver and its signature check; the delivery is logged and retried like any other.
 */
export const sendTestEvent = async (deps: Deps, caller: Caller, id: string): Promise<WebhookDelivery> => {
  const w = await loadWebhook(deps.store, caller, id);
  const queued = await deps.store.transaction((tx) =>
    enqueueDelivery(tx, deps, w, {
      id: deps.ids(),
      kind: 'webhook_test',
      createdAt: deps.clock().toISOString(),
      relationshipId: null,
      params: { webhookId: w.id, message: 'ccq test event' },
    }),
  );
  const due = await deps.store.webhooks.findDelivery(queued.id);
  const lease = new Date(deps.clock().getTime() + 120_000).toISOString();
  // A worker may have taken it in the meantime; then its attempt is the one logged.
  if (!due || queued.nextAttemptAt === null || !(await deps.store.webhooks.claim(due.id, queued.nextAttemptAt, lease))) return queued;
  return attemptDelivery(deps, due);
};

/** A webhook's delivery log, newest first. */
export const listDeliveries = async (deps: Deps, caller: Caller, id: string, o: { limit?: number | undefined } = {}) => {
  const w = await loadWebhook(deps.store, caller, id);
  return deps.store.webhooks.deliveries(w.id, { limit: Math.min(Math.max(o.limit ?? 100, 1), 500) });
};
