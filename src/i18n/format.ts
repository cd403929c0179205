// src/i18n/format.ts — Intl formatting of numbers, percentages, dates and instants per ccq locale

import type { Locale } from '../domain/organisations/model.js';

/** The BCP 47 tag each ccq locale formats with: Swedish as in Sweden, English as in the UK. */
export const localeTags = { sv: 'sv-SE', en: 'en-GB' } as const satisfies Record<Locale, string>;

export const localeTag = (locale: Locale): string => localeTags[locale];

// Intl formatters are costly to build and cheap to reuse; tables re-render often.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
const numberFormat = (locale: Locale, opts: Intl.NumberFormatOptions): Intl.NumberFormat => {
  const key = `n|${locale}|${JSON.stringify(opts)}`;
  const cached = cache.get(key) as Intl.NumberFormat | undefined;
  if (cached) return cached;
  const f = new Intl.NumberFormat(localeTag(locale), opts);
  cache.set(key, f);
  return f;
};
const dateFormat = (locale: Locale, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  const key = `d|${locale}|${JSON.stringify(opts)}`;
  const cached = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (cached) return cached;
  const f = new Intl.DateTimeFormat(localeTag(locale), opts);
  cache.set(key, f);
  return f;
};

export const formatNumber = (value: number, locale: Locale, opts: Intl.NumberFormatOptions = {}): string =>
  numberFormat(locale, opts).format(value);

/** A ratio (0.7) as a percentage ("70 %" in Swedish, "70%" in English). */
export const formatPercent = (ratio: number, locale: Locale, fractionDigits = 0): string =>
  numberFormat(locale, { style: 'percent', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(ratio);

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date ("5 jan. 2026" / "5 Jan 2026"). A plain `YYYY-MM-DD` is a date without a time zone,
 * so it is read and written in UTC to keep the same day everywhere.
 */
export const formatDate = (value: string | Date, locale: Locale, style: 'medium' | 'long' | 'short' = 'medium'): string => {
  const isPlainDate = typeof value === 'string' && dateOnly.test(value);
  const date = typeof value === 'string' ? new Date(isPlainDate ? `${value}T00:00:00Z` : value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return dateFormat(locale, { dateStyle: style, ...(isPlainDate ? { timeZone: 'UTC' } : {}) }).format(date);
};

/** An instant with date and time, in the given IANA time zone (the viewer's own by default). */
export const formatDateTime = (value: string | Date, locale: Locale, timeZone?: string): string => {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(date);
};

/** Picks the plural category of a count ('one' | 'other' for both our locales). */
export const pluralCategory = (n: number, locale: Locale): Intl.LDMLPluralRule => new Intl.PluralRules(localeTag(locale)).select(n);
