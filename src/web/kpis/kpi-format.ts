// src/web/kpis/kpi-format.ts — KPI values and period labels in the UI language, and the calendar arithmetic of the period filter

import type { PeriodGrouping } from '../../domain/kpi/compute.js';
import type { KpiUnit } from '../../domain/kpi/dictionary.js';
import { type Locale, type Messages, formatDate, formatNumber, formatPercent, localeTag } from '../../i18n/index.js';

/** Seconds as "27,5 s" below a minute and "2 min 05 s" above. */
export const formatSeconds = (t: Messages, locale: Locale, seconds: number): string => {
  if (seconds < 60) return t.kpis.seconds(formatNumber(seconds, locale, { maximumFractionDigits: 1 }));
  const whole = Math.round(seconds);
  return t.kpis.minutes(formatNumber(Math.floor(whole / 60), locale), String(whole % 60).padStart(2, '0'));
};

/**
 * One KPI value by its unit. Null (or absent) means the period had nothing to divide by, which is
 * shown as "–" and never as 0.
 */
export const formatKpi = (t: Messages, locale: Locale, unit: KpiUnit, value: number | null | undefined): string => {
  if (value === null || value === undefined || !Number.isFinite(value)) return t.common.none;
  switch (unit) {
    case 'share':
      return formatPercent(value, locale, 1);
    case 'seconds':
      return formatSeconds(t, locale, value);
    case 'count':
      return formatNumber(value, locale, { maximumFractionDigits: 0 });
    case 'score':
    case 'per_thousand':
    case 'hours':
      return formatNumber(value, locale, { maximumFractionDigits: 1 });
  }
};

// The period starts arrive as local ISO times in the centre's zone ("2026-03-02T09:15:00+01:00"): their
// date and clock parts are already local, so they are formatted as UTC to print them unchanged.
const utcFormats = new Map<string, Intl.DateTimeFormat>();
const utcFormat = (locale: Locale, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  const key = `${locale}|${JSON.stringify(opts)}`;
  let f = utcFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeTag(locale), { ...opts, timeZone: 'UTC' });
    utcFormats.set(key, f);
  }
  return f;
};

const asUtc = (date: string): Date => new Date(`${date}T00:00:00Z`);

/** ISO 8601 week number and its year (weeks start on Monday; week 1 holds the year's first Thursday). */
export const isoWeek = (date: string): { week: number; year: number } => {
  const d = asUtc(date);
  const weekday = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - weekday + 3);
  const year = d.getUTCFullYear();
  const firstThursday = asUtc(`${year}-01-04`);
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  return { week: 1 + Math.round((d.getTime() - firstThursday.getTime()) / (7 * 86_400_000)), year };
};

/** A period start as the grouping names it: "2 mars 09:15", "2 mars 2026", "v. 10 2026", "mars 2026". */
export const periodLabel = (t: Messages, locale: Locale, grouping: PeriodGrouping, periodStart: string): string => {
  const date = periodStart.slice(0, 10);
  switch (grouping) {
    case 'interval':
    case 'hour':
      return `${utcFormat(locale, { day: 'numeric', month: 'short' }).format(asUtc(date))} ${periodStart.slice(11, 16)}`;
    case 'day':
      return formatDate(date, locale);
    case 'week': {
      const { week, year } = isoWeek(date);
      return t.kpis.week(week, year);
    }
    case 'month':
      return utcFormat(locale, { month: 'long', year: 'numeric' }).format(asUtc(date));
  }
};

/** Today's date on this device, as YYYY-MM-DD. */
export const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** A YYYY-MM-DD date moved by whole days. */
export const addDays = (date: string, days: number): string => {
  const d = asUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

export const isDate = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(asUtc(value).getTime());

/**
 * Every day, week (from Monday) or month that starts in the period [from, to), as YYYY-MM-DD local
 * dates: the charts keep the periods without data as gaps instead of closing them up. Null for
 * quarter-hours and hours, whose local starts shift with daylight saving time.
 */
export const calendarSlots = (grouping: PeriodGrouping, from: string, to: string): string[] | null => {
  if (grouping === 'interval' || grouping === 'hour') return null;
  let slot = from;
  if (grouping === 'week') slot = addDays(from, -((asUtc(from).getUTCDay() + 6) % 7));
  if (grouping === 'month') slot = `${from.slice(0, 7)}-01`;
  const slots: string[] = [];
  while (slot < to && slots.length <= 1000) {
    slots.push(slot);
    if (grouping === 'day') slot = addDays(slot, 1);
    else if (grouping === 'week') slot = addDays(slot, 7);
    else {
      const d = asUtc(slot);
      d.setUTCMonth(d.getUTCMonth() + 1);
      slot = d.toISOString().slice(0, 10);
    }
  }
  return slots;
};
