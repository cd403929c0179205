// src/adapters/webhooks/fetch-transport.ts — outgoing webhook requests over fetch, with a timeout, no redirects and a bounded read of the answer

import type { WebhookTransport } from '../../app/ports.js';

/** How much of a receiver's answer is read (and thrown away) before the connection is let go. */
const MAX_ANSWER_BYTES = 64 * 1024;

const drain = async (res: Response): Promise<void> => {
  const reader = res.body?.getReader();
  if (!reader) return;
  let read = 0;
  try {
    while (read < MAX_ANSWER_BYTES) {
      const { done, value } = await reader.read();
      if (done) return;
      read += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
};

const reasonOf = (e: unknown, timeoutMs: number): string => {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return `timed out after ${Math.round(timeoutMs / 1000)} s`;
  const cause = err?.cause?.code ?? err?.cause?.message;
  return cause ? `${err?.message ?? 'request failed'} (${cause})` : (err?.message ?? String(e));
};

/**
 * POSTs the body with the given headers. Redirects are not followed (a 3xx is a failed attempt:
 * the receiver must answer at the address it registered); a request that takes longer than
 * `timeoutMs` is cut off. Failures come back as values, never as exceptions.
 */
export const fetchWebhookTransport = (o: { timeoutMs: number }): WebhookTransport => ({
  post: async ({ url, headers, body }) => {
    const started = performance.now();
    try {
      const res = await fetch(url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(o.timeoutMs) });
      await drain(res).catch(() => {});
      return { statusCode: res.status, error: null, durationMs: performance.now() - started };
    } catch (e) {
      return { statusCode: null, error: reasonOf(e, o.timeoutMs).slice(0, 500), durationMs: performance.now() - started };
    }
  },
});
