// src/app/notify.ts — records an event for both parties of a relationship (once, by its dedupe key) and queues it for their webhooks

import type { RelationshipRef } from '../domain/access/scope.js';
import type { Mandate, MandateVersion } from '../domain/mandates/mandate.js';
import { type Notification, type NotificationEvent, dedupeKeyOf } from '../domain/notifications/notification.js';
import { type Webhook, type WebhookDelivery, type WebhookEventKind, eventBody, wantsEvent } from '../domain/notifications/webhook.js';
import { missingSignatures } from '../domain/mandates/signing.js';
import type { Caller } from './caller.js';
import type { Deps, Store } from './ports.js';

type Ids = Pick<Deps, 'clock' | 'ids'>;

/** Queues one event for one webhook: a pending delivery due now, with the exact body every attempt will sign and send. */
export const enqueueDelivery = async (
  tx: Store,
  deps: Ids,
  webhook: Pick<Webhook, 'id' | 'organisationId'>,
  e: { id: string; kind: WebhookEventKind; createdAt: string; relationshipId: string | null; params: unknown },
): Promise<WebhookDelivery> => {
  const now = deps.clock().toISOString();
  const d: WebhookDelivery = {
    id: deps.ids(),
    webhookId: webhook.id,
    organisationId: webhook.organisationId,
    eventId: e.id,
    eventKind: e.kind,
    payload: eventBody({ ...e, organisationId: webhook.organisationId }),
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    lastStatusCode: null,
    lastError: null,
    lastDurationMs: null,
    createdAt: now,
    lastAttemptAt: null,
    finishedAt: null,
  };
  await tx.webhooks.insertDelivery(d);
  return d;
};

/**
 * Tells both parties of a relationship (an in-house organisation once): one notification per
 * organisation unless it already has this event (its dedupe key), and for each new one a delivery
 * to every active webhook of that organisation that wants the kind. Call it with the transaction of
 * the change it reports (`tx`, never `deps.store`), so the two are recorded together or not at all.
 * Returns the notifications that are new.
 */
export const notify = async (tx: Store, deps: Ids, relationship: RelationshipRef, event: NotificationEvent): Promise<Notification[]> => {
  const created: Notification[] = [];
  const organisations = [...new Set([relationship.clientOrganisationId, relationship.centreOrganisationId])];
  for (const organisationId of organisations) {
    const n = {
      ...event,
      id: deps.ids(),
      organisationId,
      relationshipId: relationship.id,
      dedupeKey: dedupeKeyOf(event),
      createdAt: deps.clock().toISOString(),
    } as Notification;
    if (!(await tx.notifications.insert(n))) continue;
    created.push(n);
    for (const w of await tx.webhooks.activeOf(organisationId))
      if (wantsEvent(w, n.kind)) await enqueueDelivery(tx, deps, w, { ...n, kind: n.kind });
  }
  return created;
};

/**
 * After a signature (ISO 18295-2: the mandate is agreed by both parties): the other party is told
 * its signature is awaited, or both that the version is signed and in force.
 */
export const notifySigning = async (tx: Store, deps: Ids, caller: Caller, m: Mandate, v: MandateVersion): Promise<void> => {
  const rel = await tx.relationships.findById(caller.scope, m.relationshipId);
  if (!rel) return;
  const base = { mandateId: m.id, mandateTitle: m.title, version: v.number };
  if (v.status === 'signed') {
    await notify(tx, deps, rel, { kind: 'mandate_signed', params: base });
    return;
  }
  const signedBy = v.signatures.at(-1)?.party;
  for (const awaiting of missingSignatures(v))
    if (signedBy)
      await notify(tx, deps, rel, {
        kind: 'mandate_awaiting_signature',
        params: { ...base, contentHash: v.hash.slice(0, 16), signedBy, awaiting },
      });
};
