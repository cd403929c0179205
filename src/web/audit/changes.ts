// src/web/audit/changes.ts — a short, readable summary of what an audit-trail entry changed (before → after)

import { type Locale, type Messages, formatDate, formatDateTime } from '../../i18n/index.js';

export type FieldChange = { key: string; field: string; text: string };

/** Bookkeeping fields and ids say nothing a reader can use; they stay in the API for tools. */
const isNoise = (key: string) => key === 'id' || key === 'createdAt' || key.endsWith('Id') || key.endsWith('By') || key.endsWith('Hash');

const asRecord = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

const MAX_CHARS = 40;
const shorten = (s: string) => (s.length > MAX_CHARS ? `${s.slice(0, MAX_CHARS - 1)}…` : s);
const isInstant = (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s);
const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

/** One value in the user's words: enums translated, instants formatted, long text cut short. */
const show = (t: Messages, locale: Locale, key: string, v: unknown): string => {
  if (v === null || v === undefined || v === '') return t.common.none;
  if (typeof v === 'boolean') return v ? t.common.yes : t.common.no;
  if (typeof v === 'string') {
    const enums: Record<string, Record<string, string>> = {
      role: t.roles,
      channel: t.channels,
      kind: t.kinds,
      status: t.relationshipStatuses,
      locale: t.language,
    };
    const word = enums[key]?.[v];
    if (word) return word;
    if (isInstant(v)) return formatDateTime(v, locale);
    return isDate(v) ? formatDate(v, locale) : shorten(v);
  }
  return shorten(JSON.stringify(v));
};

/**
 * The fields that differ between `before` and `after`: `field: old → new` for a change, `field: value`
 * for what a creation set or a removal took away.
 */
export const summarizeChanges = (t: Messages, locale: Locale, before: unknown, after: unknown): FieldChange[] => {
  const b = asRecord(before);
  const a = asRecord(after);
  const labels = t.audit.fields as Record<string, string>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !isNoise(k));
  return keys
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => {
      const value =
        before === null || before === undefined
          ? show(t, locale, k, a[k])
          : after === null || after === undefined
            ? show(t, locale, k, b[k])
            : `${show(t, locale, k, b[k])} → ${show(t, locale, k, a[k])}`;
      return { key: k, field: labels[k] ?? k, text: value };
    });
};
