// src/app/deliver-webhooks.ts — the webhook worker: sends due deliveries signed with the webhook's secret, records the outcome, retries with backoff or gives up

import {
  DELIVERY_HEADER,
  EVENT_HEADER,
  SIGNATURE_HEADER,
  type WebhookDelivery,
  afterAttempt,
  isSuccessStatus,
  signatureHeader,
  signedContent,
} from '../domain/notifications/webhook.js';
import type { Deps, DueDelivery } from './ports.js';

export type DeliveryRun = { attempted: number; succeeded: number; retrying: number; gaveUp: number };

export type DeliverWebhooksOptions = {
  /** At most this many deliveries per run. */
  limit?: number;
  /** How long a taken delivery stays out of other workers' reach; longer than the request timeout. */
  leaseMs?: number;
};

/** The headers of one attempt: the event, the delivery id (the receiver's idempotency key) and the signature of this attempt's time and the body. */
const headersOf = (deps: Deps, d: DueDelivery, unixSeconds: number): Record<string, string> => ({
  'content-type': 'application/json',
  'user-agent': 'ccq-webhooks/1',
  [EVENT_HEADER]: d.eventKind,
  [DELIVERY_HEADER]: d.id,
  [SIGNATURE_HEADER]: signatureHeader(unixSeconds, deps.secrets.hmacSha256(d.secret, signedContent(unixSeconds, d.payload))),
});

/**
 * One attempt: POST the stored body, count it, and record the answer (or the error) and how long
 * it took. A 2xx answer delivers; anything else schedules the next attempt by the retry schedule, or
 * gives up after the last one.
 */
export const attemptDelivery = async (deps: Deps, d: DueDelivery): Promise<WebhookDelivery> => {
  const at = deps.clock();
  const res = await deps.webhookTransport.post({
    url: d.url,
    headers: headersOf(deps, d, Math.floor(at.getTime() / 1000)),
    body: d.payload,
  });
  const ok = res.error === null && isSuccessStatus(res.statusCode);
  const attempts = d.attempts + 1;
  const next = afterAttempt(attempts, ok, at.getTime());
  const { url: _url, secret: _secret, ...delivery } = d;
  const saved: WebhookDelivery = {
    ...delivery,
    status: next.status,
    attempts,
    nextAttemptAt: next.nextAttemptAt === null ? null : new Date(next.nextAttemptAt).toISOString(),
    lastStatusCode: res.statusCode,
    lastError: ok ? null : (res.error ?? `HTTP ${res.statusCode ?? '?'}`).slice(0, 500),
    lastDurationMs: Math.round(res.durationMs),
    lastAttemptAt: at.toISOString(),
    finishedAt: next.status === 'failed' ? null : deps.clock().toISOString(),
  };
  await deps.store.webhooks.saveAttempt(saved);
  return saved;
};

/**
 * Takes the deliveries due now, one at a time: each is first claimed (its next attempt moved past
 * the lease), so two workers on one database never send the same attempt twice, and a worker that
 * dies mid-attempt leaves it to be retried when the lease runs out.
 */
export const deliverDueWebhooks = async (deps: Deps, o: DeliverWebhooksOptions = {}): Promise<DeliveryRun> => {
  const run: DeliveryRun = { attempted: 0, succeeded: 0, retrying: 0, gaveUp: 0 };
  const now = deps.clock();
  const due = await deps.store.webhooks.due(now.toISOString(), o.limit ?? 50);
  for (const d of due) {
    const lease = new Date(deps.clock().getTime() + (o.leaseMs ?? 120_000)).toISOString();
    if (d.nextAttemptAt === null || !(await deps.store.webhooks.claim(d.id, d.nextAttemptAt, lease))) continue;
    const saved = await attemptDelivery(deps, d);
    run.attempted++;
    if (saved.status === 'succeeded') run.succeeded++;
    else if (saved.status === 'gave_up') run.gaveUp++;
    else run.retrying++;
  }
  return run;
};

/** How long a finished delivery stays in the log: long enough to answer "did you send it?" for a quarter. */
export const deliveryLogDays = 90;

/** Deletes finished deliveries (succeeded or given up) older than `keepDays`; pending and failed ones stay. */
export const pruneDeliveryLog = async (deps: Pick<Deps, 'store' | 'clock'>, keepDays = deliveryLogDays): Promise<number> =>
  deps.store.webhooks.pruneDeliveries(new Date(deps.clock().getTime() - keepDays * 86_400_000).toISOString());
