// src/web/reviews/review-kit.ts — what the review pages share: pack addresses, fetching a pack as text or as a download, issue words

import type { Locale, Messages } from '../../i18n/index.js';
import { ApiError, NETWORK_ERROR } from '../lib/api.js';

export const packFormats = ['pdf', 'xlsx', 'html'] as const;
export type PackFormat = (typeof packFormats)[number];

/** Builds the address of a pack in a format and language (the live pack of a month, or a review's frozen one). */
export type PackUrl = (format: PackFormat, lang: Locale) => string;

export const livePackUrl =
  (relationshipId: string, period: string): PackUrl =>
  (format, lang) =>
    `/api/v1/reviews/pack?relationship=${encodeURIComponent(relationshipId)}&period=${period}&format=${format}&lang=${lang}`;

export const frozenPackUrl =
  (reviewId: string): PackUrl =>
  (format, lang) =>
    `/api/v1/reviews/${encodeURIComponent(reviewId)}/pack?format=${format}&lang=${lang}`;

/** Today as the server counts it (UTC), `YYYY-MM-DD`. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** The next free id of the form `d1`, `d2`… among `taken`. */
export const nextId = (prefix: string, taken: readonly string[]): string => {
  const used = taken.map((id) => (id.startsWith(prefix) ? Number(id.slice(prefix.length)) : 0)).filter((x) => Number.isInteger(x));
  return `${prefix}${Math.max(0, ...used) + 1}`;
};

/** A file or page answer of the API; a refusal becomes an ApiError with the server's code, as for JSON calls. */
const fetchOk = async (url: string): Promise<Response> => {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, 'network error');
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
    throw new ApiError(res.status, body?.error?.code ?? 'CCQ_ERR_INTERNAL', body?.error?.message ?? res.statusText);
  }
  return res;
};

/** The pack's HTML as text, for a sandboxed preview. */
export const fetchText = async (url: string): Promise<string> => (await fetchOk(url)).text();

/** Fetches the file first (so a refusal, e.g. no PDF printer on the server, can be shown in words), then saves it. */
export const downloadFile = async (url: string, fallbackName: string): Promise<void> => {
  const res = await fetchOk(url);
  const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const blobUrl = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = blobUrl;
  a.download = decodeURIComponent(name);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(blobUrl), 10_000);
};

/** A server phrase (review or delivery checks, common field phrases, zod's "too small") in the user's language. */
export const issueText = (t: Messages, message: string): string => {
  const own = (t.reviews.issues as Record<string, string>)[message] ?? (t.issues as Record<string, string>)[message];
  if (own) return own;
  if (/^Too small: expected string to have >=1 characters?$/.test(message)) return t.issues['must not be empty'];
  return message;
};
