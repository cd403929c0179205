// src/web/staffing/staffing-kit.ts — small helpers of the staffing pages: number parsing, value text, interval times, dates

import { type Locale, type Messages, formatNumber, formatPercent, localeTag } from '../../i18n/index.js';

/**
 * A typed number, accepting a decimal comma and spaces as thousands separators (Swedish habits).
 * Empty is `undefined`; anything else that is not a number is `NaN`, for the caller to report.
 */
export const parseNumber = (text: string): number | undefined => {
  const s = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (s === '') return undefined;
  return /^-?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : Number.NaN;
};

/** A ratio as a percentage, or a dash when there is none. */
export const pct = (v: number | null | undefined, locale: Locale, digits = 1): string =>
  v === null || v === undefined || !Number.isFinite(v) ? '–' : formatPercent(v, locale, digits);

/** Seconds with one decimal ("12,3 s"), or a dash when the wait has no bound (null or infinite). */
export const secs = (v: number | null | undefined, locale: Locale): string =>
  v === null || v === undefined || !Number.isFinite(v) ? '–' : `${formatNumber(v, locale, { maximumFractionDigits: 1 })} s`;

/** A count or an amount with at most `digits` decimals. */
export const num = (v: number | null | undefined, locale: Locale, digits = 0): string =>
  v === null || v === undefined || !Number.isFinite(v) ? '–' : formatNumber(v, locale, { maximumFractionDigits: digits });

/** The local day (YYYY-MM-DD) of an interval start given as local ISO with its offset. */
export const dayOf = (start: string): string => start.slice(0, 10);

/** The local clock time (HH:MM) of an interval start given as local ISO with its offset. */
export const timeOf = (start: string): string => start.slice(11, 16);

/** A calendar day with its weekday ("mån 30 nov."), read in UTC so the day never shifts. */
export const dayLabel = (day: string, locale: Locale): string =>
  new Intl.DateTimeFormat(localeTag(locale), { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

/** The browser's own date today, plus `days` (YYYY-MM-DD): the plan form's defaults. */
export const localDate = (days = 0, now = new Date()): string => {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const pad = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** The distinct days of a list of interval starts, in order. */
export const daysOf = (starts: readonly string[]): string[] => [...new Set(starts.map(dayOf))];

/** Which target decided the number of agents, in words. */
export const bindingText = (t: Messages, binding: string | null): string =>
  binding === null ? t.staffing.binding.fixed : ((t.staffing.binding as Record<string, string>)[binding] ?? binding);

/** The model's name as planners know it. */
export const modelName = (model: string): string => (model === 'erlang-a' ? 'Erlang A' : model === 'erlang-c' ? 'Erlang C' : model);

/** A field message from the calculator (stable English phrases) in the user's language where we have it. */
export const issueText = (t: Messages, message: string): string => {
  if (message.startsWith('No number of agents up to')) return t.staffing.issues.unreachable;
  return (t.staffing.issues as Record<string, string>)[message] ?? (t.issues as Record<string, string>)[message] ?? message;
};

/** A saved plan's export address, in the UI language. */
export const exportUrl = (planId: string, format: 'csv' | 'xlsx', locale: Locale): string =>
  `/api/v1/staffing/plans/${encodeURIComponent(planId)}/export?format=${format}&lang=${locale}`;
