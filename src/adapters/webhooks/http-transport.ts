// src/adapters/webhooks/http-transport.ts — outgoing webhook requests: public addresses only, a timeout, no redirects and a bounded read of the answer

import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import type { WebhookTransport } from '../../app/ports.js';
import { publicOnlyLookup, refusedAddress } from './address-guard.js';

/** How much of a receiver's answer is read (and thrown away) before the connection is let go. */
const MAX_ANSWER_BYTES = 64 * 1024;

type Outcome = { statusCode: number | null; error: string | null };

const send = (o: { url: URL; headers: Record<string, string>; body: string; timeoutMs: number; allowPrivate: boolean }): Promise<Outcome> =>
  new Promise((resolve) => {
    const request = o.url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = request(
      o.url,
      {
        method: 'POST',
        headers: { ...o.headers, 'content-length': String(Buffer.byteLength(o.body)) },
        signal: AbortSignal.timeout(o.timeoutMs),
        ...(o.allowPrivate ? {} : { lookup: publicOnlyLookup as never }),
      },
      (res) => {
        let read = 0;
        res.on('data', (chunk: Buffer) => {
          read += chunk.byteLength;
          if (read >= MAX_ANSWER_BYTES) res.destroy();
        });
        res.on('close', () => resolve({ statusCode: res.statusCode ?? null, error: null }));
        res.on('error', () => resolve({ statusCode: res.statusCode ?? null, error: null }));
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => {
      const reason =
        e.name === 'AbortError' || e.name === 'TimeoutError'
          ? `timed out after ${Math.round(o.timeoutMs / 1000)} s`
          : e.code && e.code !== 'CCQ_PRIVATE_ADDRESS'
            ? `${e.message} (${e.code})`
            : e.message;
      resolve({ statusCode: null, error: reason });
    });
    req.end(o.body);
  });

/**
 * POSTs the body with the given headers. Redirects are not followed (a 3xx is a failed attempt: the
 * receiver must answer at the address it registered); a request that takes longer than `timeoutMs`
 * is cut off; unless `allowPrivate`, only public addresses are reached (address-guard.ts). Failures
 * come back as values, never as exceptions.
 */
export const httpWebhookTransport = (o: { timeoutMs: number; allowPrivate: boolean }): WebhookTransport => ({
  post: async ({ url, headers, body }) => {
    const started = performance.now();
    const done = (r: Outcome) => ({ ...r, error: r.error?.slice(0, 500) ?? null, durationMs: performance.now() - started });
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return done({ statusCode: null, error: 'not a valid address' });
    }
    // An address written as an IP is never looked up, so it is judged here.
    const host = target.hostname.replace(/^\[|\]$/g, '');
    const refused = !o.allowPrivate && isIP(host) !== 0 ? refusedAddress(host) : null;
    if (refused) return done({ statusCode: null, error: refused });
    return done(await send({ url: target, headers, body, timeoutMs: o.timeoutMs, allowPrivate: o.allowPrivate }));
  },
});
