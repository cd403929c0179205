// src/domain/mandates/opening-hours.ts — which quarter-hours and days of a period are open, in the centre's time zone (DST-correct)

import { civilFromDays, daysFromCivil, zonedToEpoch } from '../shared/time-zone.js';
import type { OpeningHours, TimeRange, Weekday } from './mandate.js';
import { weekdays } from './mandate.js';

const QUARTER = 15 * 60_000;

const minutesOf = (hhmm: string): number => {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m) return Number.NaN;
  return Number(m[1]) * 60 + Number(m[2]);
};

/** Problems with a set of opening hours: malformed times, ranges that end before they start. */
export const openingHoursIssues = (h: OpeningHours, path: string): { path: string; message: string }[] => {
  const issues: { path: string; message: string }[] = [];
  const check = (r: TimeRange, at: string) => {
    const from = minutesOf(r.from);
    const to = minutesOf(r.to);
    if (Number.isNaN(from) || Number.isNaN(to) || from > 24 * 60 || to > 24 * 60)
      issues.push({ path: at, message: 'write times as HH:MM (00:00–24:00)' });
    else if (to <= from) issues.push({ path: at, message: `${r.to} is not after ${r.from}` });
  };
  for (const d of weekdays) for (const [i, r] of h.week[d].entries()) check(r, `${path}.week.${d}.${i}`);
  for (const [i, e] of h.exceptions.entries()) for (const [j, r] of e.hours.entries()) check(r, `${path}.exceptions.${i}.hours.${j}`);
  return issues;
};

/** Monday-first weekday of a civil day number (day 0 is 1970-01-01, a Thursday). */
const weekdayOf = (day: number): Weekday => weekdays[(((day + 3) % 7) + 7) % 7] as Weekday;

const iso = (day: number): string => {
  const c = civilFromDays(day);
  return `${c.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
};

/** The hours of one local day: none when closed, the exception's when there is one, else the weekday's. */
export const hoursOn = (h: OpeningHours, day: number): TimeRange[] => {
  const date = iso(day);
  if (h.closed.includes(date)) return [];
  return h.exceptions.find((e) => e.date === date)?.hours ?? h.week[weekdayOf(day)];
};

export type OpenDay = { date: string /** Epoch ms of each open quarter-hour's start. */; quarters: number[] };

/**
 * The open days of the local dates [fromDate, toDate) and their open quarter-hours. Each range is
 * turned into instants on its own day, so a DST day has one hour more or less exactly where the
 * clock jumps.
 */
export const openDays = (h: OpeningHours, zone: string, fromDate: string, toDate: string): OpenDay[] => {
  const parse = (d: string) => daysFromCivil(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10)));
  const out: OpenDay[] = [];
  for (let day = parse(fromDate); day < parse(toDate); day++) {
    const ranges = hoursOn(h, day);
    if (ranges.length === 0) continue;
    const c = civilFromDays(day);
    const quarters: number[] = [];
    for (const r of ranges) {
      const [from, to] = [minutesOf(r.from), minutesOf(r.to)];
      const start = zonedToEpoch(zone, c.year, c.month, c.day, Math.floor(from / 60), from % 60, 0);
      const end =
        to >= 24 * 60
          ? zonedToEpoch(zone, ...nextDay(day), 0, 0, 0)
          : zonedToEpoch(zone, c.year, c.month, c.day, Math.floor(to / 60), to % 60, 0);
      for (let t = start; t < end; t += QUARTER) quarters.push(t);
    }
    out.push({ date: iso(day), quarters });
  }
  return out;
};

const nextDay = (day: number): [number, number, number] => {
  const c = civilFromDays(day + 1);
  return [c.year, c.month, c.day];
};
