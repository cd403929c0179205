// src/adapters/db/repositories/notifications.repository.ts — notifications read through the scope, per-user read marks, webhooks and their deliveries

import type { DueDelivery, Store } from '../../../app/ports.js';
import { can } from '../../../domain/access/can.js';
import type { Scope } from '../../../domain/access/scope.js';
import type { Notification, NotificationKind } from '../../../domain/notifications/notification.js';
import type { DeliveryStatus, Webhook, WebhookDelivery, WebhookEventKind } from '../../../domain/notifications/webhook.js';
import type { Db, NotificationsTable, WebhookDeliveriesTable, WebhooksTable } from '../schema.js';
import { nonEmpty } from './in-list.js';

/** The relationships whose notifications the scope reads: those it sees whose mandate it may read (every kind concerns a mandate). */
const readableRelationships = (scope: Scope): string[] =>
  (scope.org?.relationships ?? []).map((r) => r.id).filter((id) => can(scope, 'mandate:read', { type: 'mandate', relationshipId: id }));

const toNotification = (r: NotificationsTable): Notification =>
  ({
    id: r.id,
    organisationId: r.organisation_id,
    relationshipId: r.relationship_id,
    kind: r.kind as NotificationKind,
    params: JSON.parse(r.params_json),
    dedupeKey: r.dedupe_key,
    createdAt: r.created_at,
  }) as Notification;

export const notificationsRepository = (db: Db): Store['notifications'] => {
  /** The scope's notifications in SQL: its own organisation's copies, on the relationships it may read. */
  const visible = (scope: Scope) =>
    db
      .selectFrom('notifications')
      .where('notifications.organisation_id', '=', scope.org?.id ?? '(none)')
      .where('notifications.relationship_id', 'in', nonEmpty(readableRelationships(scope)));
  const secondLine = (scope: Scope) => (n: { organisationId: string; relationshipId: string }) =>
    n.organisationId === scope.org?.id && can(scope, 'mandate:read', { type: 'mandate', relationshipId: n.relationshipId });
  return {
    insert: async (n) => {
      const result = await db
        .insertInto('notifications')
        .values({
          id: n.id,
          organisation_id: n.organisationId,
          relationship_id: n.relationshipId,
          kind: n.kind,
          params_json: JSON.stringify(n.params),
          dedupe_key: n.dedupeKey,
          created_at: n.createdAt,
        })
        .onConflict((oc) => oc.columns(['organisation_id', 'dedupe_key']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    list: async (scope, o) => {
      const rows = await visible(scope)
        .leftJoin('notification_reads', (j) =>
          j.onRef('notification_reads.notification_id', '=', 'notifications.id').on('notification_reads.user_id', '=', o.userId),
        )
        .selectAll('notifications')
        .select('notification_reads.read_at')
        .orderBy('notifications.created_at', 'desc')
        .orderBy('notifications.id', 'desc')
        .limit(o.limit)
        .execute();
      return rows.map((r) => ({ ...toNotification(r), readAt: r.read_at ?? null })).filter(secondLine(scope));
    },
    unreadCount: async (scope, userId) => {
      const row = await visible(scope)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('notification_reads')
                .select('notification_reads.notification_id')
                .whereRef('notification_reads.notification_id', '=', 'notifications.id')
                .where('notification_reads.user_id', '=', userId),
            ),
          ),
        )
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    findById: async (scope, id) => {
      const row = await db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirst();
      const n = row ? toNotification(row) : null;
      return n && secondLine(scope)(n) ? n : null;
    },
    markRead: async (userId, ids, at) => {
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        if (chunk.length === 0) continue;
        await db
          .insertInto('notification_reads')
          .values(chunk.map((id) => ({ notification_id: id, user_id: userId, read_at: at })))
          .onConflict((oc) => oc.columns(['notification_id', 'user_id']).doNothing())
          .execute();
      }
    },
  };
};

const toWebhook = (r: Omit<WebhooksTable, 'secret'>): Webhook => ({
  id: r.id,
  organisationId: r.organisation_id,
  url: r.url,
  description: r.description,
  events: JSON.parse(r.events_json) as NotificationKind[],
  active: Number(r.active) === 1,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

const toDelivery = (r: WebhookDeliveriesTable): WebhookDelivery => ({
  id: r.id,
  webhookId: r.webhook_id,
  organisationId: r.organisation_id,
  eventId: r.event_id,
  eventKind: r.event_kind as WebhookEventKind,
  payload: r.payload_json,
  status: r.status as DeliveryStatus,
  attempts: Number(r.attempts),
  nextAttemptAt: r.next_attempt_at,
  lastStatusCode: r.last_status_code === null ? null : Number(r.last_status_code),
  lastError: r.last_error,
  lastDurationMs: r.last_duration_ms === null ? null : Number(r.last_duration_ms),
  createdAt: r.created_at,
  lastAttemptAt: r.last_attempt_at,
  finishedAt: r.finished_at,
});

/** Every webhook column but the secret, which only the worker reads. */
const webhookColumns = ['id', 'organisation_id', 'url', 'description', 'events_json', 'active', 'created_at', 'created_by'] as const;

export const webhooksRepository = (db: Db): Store['webhooks'] => {
  const manages = (scope: Scope) => (w: Webhook) => can(scope, 'webhook:manage', { type: 'organisation', id: w.organisationId });
  const withReceiver = db
    .selectFrom('webhook_deliveries')
    .innerJoin('webhooks', 'webhooks.id', 'webhook_deliveries.webhook_id')
    .selectAll('webhook_deliveries')
    .select(['webhooks.url', 'webhooks.secret']);
  const toDue = (r: WebhookDeliveriesTable & { url: string; secret: string }): DueDelivery => ({
    ...toDelivery(r),
    url: r.url,
    secret: r.secret,
  });
  return {
    list: async (scope) => {
      if (!scope.org) return [];
      const rows = await db
        .selectFrom('webhooks')
        .select(webhookColumns)
        .where('organisation_id', '=', scope.org.id)
        .orderBy('created_at')
        .execute();
      return rows.map(toWebhook).filter(manages(scope));
    },
    findById: async (scope, id) => {
      const row = await db.selectFrom('webhooks').select(webhookColumns).where('id', '=', id).executeTakeFirst();
      const w = row ? toWebhook(row) : null;
      return w && w.organisationId === scope.org?.id && manages(scope)(w) ? w : null;
    },
    activeOf: async (organisationId) =>
      (
        await db
          .selectFrom('webhooks')
          .select(webhookColumns)
          .where('organisation_id', '=', organisationId)
          .where('active', '=', 1)
          .orderBy('created_at')
          .execute()
      ).map(toWebhook),
    insert: async (w, secret) => {
      await db
        .insertInto('webhooks')
        .values({
          id: w.id,
          organisation_id: w.organisationId,
          url: w.url,
          description: w.description,
          secret,
          events_json: JSON.stringify(w.events),
          active: w.active ? 1 : 0,
          created_at: w.createdAt,
          created_by: w.createdBy,
        })
        .execute();
    },
    update: async (id, patch) => {
      await db
        .updateTable('webhooks')
        .set({
          ...(patch.url !== undefined ? { url: patch.url } : {}),
          ...(patch.description !== undefined ? { description: patch.description } : {}),
          ...(patch.events !== undefined ? { events_json: JSON.stringify(patch.events) } : {}),
          ...(patch.active !== undefined ? { active: patch.active ? 1 : 0 } : {}),
        })
        .where('id', '=', id)
        .execute();
    },
    delete: async (id) => {
      await db.deleteFrom('webhook_deliveries').where('webhook_id', '=', id).execute();
      await db.deleteFrom('webhooks').where('id', '=', id).execute();
    },
    insertDelivery: async (d) => {
      await db
        .insertInto('webhook_deliveries')
        .values({
          id: d.id,
          webhook_id: d.webhookId,
          organisation_id: d.organisationId,
          event_id: d.eventId,
          event_kind: d.eventKind,
          payload_json: d.payload,
          status: d.status,
          attempts: d.attempts,
          next_attempt_at: d.nextAttemptAt,
          last_status_code: d.lastStatusCode,
          last_error: d.lastError,
          last_duration_ms: d.lastDurationMs,
          created_at: d.createdAt,
          last_attempt_at: d.lastAttemptAt,
          finished_at: d.finishedAt,
        })
        .onConflict((oc) => oc.columns(['webhook_id', 'event_id']).doNothing())
        .execute();
    },
    pruneDeliveries: async (before) => {
      const r = await db
        .deleteFrom('webhook_deliveries')
        .where('status', 'in', ['succeeded', 'gave_up'])
        .where('finished_at', '<', before)
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },
    deliveries: async (webhookId, o) =>
      (
        await db
          .selectFrom('webhook_deliveries')
          .selectAll()
          .where('webhook_id', '=', webhookId)
          .orderBy('created_at', 'desc')
          .orderBy('id', 'desc')
          .limit(o.limit)
          .execute()
      ).map(toDelivery),
    findDelivery: async (id) => {
      const row = await withReceiver.where('webhook_deliveries.id', '=', id).executeTakeFirst();
      return row ? toDue(row) : null;
    },
    due: async (at, limit) =>
      (
        await withReceiver
          .where('webhook_deliveries.status', 'in', ['pending', 'failed'])
          .where('webhook_deliveries.next_attempt_at', '<=', at)
          .where('webhooks.active', '=', 1)
          .orderBy('webhook_deliveries.next_attempt_at')
          .orderBy('webhook_deliveries.id')
          .limit(limit)
          .execute()
      ).map(toDue),
    claim: async (id, expected, leaseUntil) => {
      const r = await db
        .updateTable('webhook_deliveries')
        .set({ next_attempt_at: leaseUntil })
        .where('id', '=', id)
        .where('next_attempt_at', '=', expected)
        .where('status', 'in', ['pending', 'failed'])
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    saveAttempt: async (d) => {
      await db
        .updateTable('webhook_deliveries')
        .set({
          status: d.status,
          attempts: d.attempts,
          next_attempt_at: d.nextAttemptAt,
          last_status_code: d.lastStatusCode,
          last_error: d.lastError,
          last_duration_ms: d.lastDurationMs,
          last_attempt_at: d.lastAttemptAt,
          finished_at: d.finishedAt,
        })
        .where('id', '=', d.id)
        .execute();
    },
  };
};
