// src/web/lib/months.ts — months as the pages pick them: the recent ones, their names, their date range

import { type Locale, localeTag } from '../../i18n/index.js';

/**
 * `count` months (`YYYY-MM`), newest first: from the current month, or — for figures that need a
 * month that is over (people KPIs) — from the one before. Counted in UTC, as the server does.
 */
export const recentMonths = (count: number, o: { fromCurrent?: boolean; now?: Date } = {}): string[] => {
  const now = o.now ?? new Date();
  const first = o.fromCurrent === false ? 1 : 0;
  return Array.from({ length: count }, (_, i) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - first - i, 1)).toISOString().slice(0, 7),
  );
};

/** "oktober 2026" / "October 2026" for `2026-10`. */
export const monthLabel = (month: string, locale: Locale): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(localeTag(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
};

/** [first day of the month, first day of the next) as local dates. */
export const monthRange = (month: string): { from: string; to: string } => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { from: `${month}-01`, to: new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10) };
};
