// src/domain/notifications/webhook.ts — outgoing webhooks: the event body, the HMAC signature scheme, URL rules and the retry schedule

import { type NotificationKind, notificationKinds } from './notification.js';

/** What a webhook may subscribe to: every notification kind, plus the test event an admin sends by hand. */
export const webhookEventKinds = [...notificationKinds, 'webhook_test'] as const;
export type WebhookEventKind = (typeof webhookEventKinds)[number];

/** A receiver of an organisation's events. `events` empty: every kind. The secret is kept apart and shown once. */
export type Webhook = {
  id: string;
  organisationId: string;
  url: string;
  description: string | null;
  events: NotificationKind[];
  active: boolean;
  createdAt: string;
  createdBy: string | null;
};

export const deliveryStatuses = ['pending', 'failed', 'succeeded', 'gave_up'] as const;
/** pending: not tried yet; failed: tried, a retry is scheduled; succeeded: a 2xx answer; gave_up: the last attempt failed too. */
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/** One event to one webhook, with its attempts. `payload` is the exact JSON body sent (and signed) on every attempt. */
export type WebhookDelivery = {
  id: string;
  webhookId: string;
  organisationId: string;
  eventId: string;
  eventKind: WebhookEventKind;
  payload: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  lastDurationMs: number | null;
  createdAt: string;
  lastAttemptAt: string | null;
  finishedAt: string | null;
};

export const SIGNATURE_HEADER = 'X-Ccq-Signature';
export const EVENT_HEADER = 'X-Ccq-Event';
export const DELIVERY_HEADER = 'X-Ccq-Delivery';
export const SECRET_PREFIX = 'whsec_';

/** The JSON body of an event: the same shape for every kind, its parameters under `data`. */
export const eventBody = (e: {
  id: string;
  kind: WebhookEventKind;
  createdAt: string;
  organisationId: string;
  relationshipId: string | null;
  params: unknown;
}): string =>
  JSON.stringify({
    id: e.id,
    type: e.kind,
    createdAt: e.createdAt,
    organisationId: e.organisationId,
    relationshipId: e.relationshipId,
    data: e.params,
  });

/**
 * The text the signature covers: the Unix time of the attempt, a dot, and the body exactly as sent.
 * Binding the time in lets a receiver refuse replays of an old delivery.
 */
export const signedContent = (unixSeconds: number, body: string): string => `${unixSeconds}.${body}`;

/** `X-Ccq-Signature: t=<unix seconds>,v1=<hex HMAC-SHA-256(secret, "<t>.<body>")>`. */
export const signatureHeader = (unixSeconds: number, hexHmac: string): string => `t=${unixSeconds},v1=${hexHmac}`;

/** The parts of a signature header; several `v1` values are allowed (a receiver rotating secrets). */
export const parseSignatureHeader = (header: string): { t: number; v1: string[] } | null => {
  let t: number | null = null;
  const v1: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) t = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/.test(value)) v1.push(value);
  }
  return t === null || v1.length === 0 ? null : { t, v1 };
};

/** Compares two strings in time that depends on their length only, so a forger learns nothing from timing. */
export const constantTimeEqual = (a: string, b: string): boolean => {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
};

/**
 * What a receiver does: recompute the HMAC of `"<t>.<body>"` with the shared secret, compare in
 * constant time, and refuse a time further than `toleranceSeconds` from its own clock. `hmac` is the
 * receiver's HMAC-SHA-256 (hex); the domain has no crypto of its own.
 */
export const verifySignature = (o: {
  header: string;
  body: string;
  secret: string;
  nowSeconds: number;
  hmac: (key: string, message: string) => string;
  toleranceSeconds?: number;
}): boolean => {
  const parsed = parseSignatureHeader(o.header);
  if (!parsed || Math.abs(o.nowSeconds - parsed.t) > (o.toleranceSeconds ?? 300)) return false;
  const expected = o.hmac(o.secret, signedContent(parsed.t, o.body));
  return parsed.v1.some((v) => constantTimeEqual(v, expected));
};

/** Waits after the 1st, 2nd, … failed attempt: roughly ×4–6 each time, capped at six hours. */
export const retryDelaysMs: readonly number[] = [30_000, 120_000, 600_000, 3_600_000, 21_600_000];
/** The first attempt and one per retry; after the last one fails the delivery gives up. */
export const maxAttempts = retryDelaysMs.length + 1;

/** The delay before the next attempt after `attempts` attempts have failed, or null when there is none (give up). */
export const retryDelayAfter = (attempts: number): number | null =>
  attempts >= 1 && attempts < maxAttempts ? (retryDelaysMs[attempts - 1] ?? null) : null;

/** Where a delivery stands after an attempt at `atMs` (its `attempts` already counting this one). */
export const afterAttempt = (
  attempts: number,
  succeeded: boolean,
  atMs: number,
): { status: 'succeeded' | 'gave_up'; nextAttemptAt: null } | { status: 'failed'; nextAttemptAt: number } => {
  if (succeeded) return { status: 'succeeded', nextAttemptAt: null };
  const delay = retryDelayAfter(attempts);
  return delay === null ? { status: 'gave_up', nextAttemptAt: null } : { status: 'failed', nextAttemptAt: atMs + delay };
};

/** A 2xx answer is a delivery; redirects are not followed (a receiver must answer at the address it gave). */
export const isSuccessStatus = (status: number | null): boolean => status !== null && status >= 200 && status < 300;

/** Why a webhook URL is refused, or null: an absolute http(s) address without credentials in it. */
export const webhookUrlIssue = (url: string): string | null => {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'give an http or https address';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'give an http or https address';
  if (u.username || u.password) return 'no user name or password in the address';
  if (url.length > 2000) return 'at most 2000 characters';
  return null;
};

/** Whether a webhook wants an event of this kind (the test event goes to the webhook it was sent from only). */
export const wantsEvent = (w: Pick<Webhook, 'events' | 'active'>, kind: NotificationKind): boolean =>
  w.active && (w.events.length === 0 || w.events.includes(kind));
