// src/domain/shared/time-zone.ts — IANA time-zone conversions with Intl only, cached per zone and hour for bulk imports

import { AppError } from './errors.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** Days since 1970-01-01 of a proleptic Gregorian date; a day past the month's end runs on into the next month. */
export const daysFromCivil = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
};

export type CivilDate = { year: number; month: number; day: number };

/** The calendar date of a day number counted from 1970-01-01 (the inverse of `daysFromCivil`). */
export const civilFromDays = (days: number): CivilDate => {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
};

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export const daysInMonth = (year: number, month: number): number =>
  month === 2 && isLeapYear(year) ? 29 : (monthLengths[month - 1] ?? Number.NaN);

/** A wall-clock reading as if it were UTC: the arithmetic every conversion below starts from. */
const wallMs = (y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number =>
  daysFromCivil(y, mo, d) * DAY + h * HOUR + mi * MINUTE + s * 1000 + ms;

/** A UTC hour in which the zone's offset changes once, at `at`. */
type Transition = { at: number; before: number; after: number };

/**
 * Offsets found so far for one zone. `byUtcHour` holds the offset (ms) of each UTC hour asked about,
 * or the transition inside it; `byWallHour` holds the offset of each local wall hour that maps to
 * instants one to one (never a wall hour touched by a gap or an overlap). Intl is asked only the
 * first time an hour is seen, so converting millions of timestamps costs a map look-up each.
 */
type ZoneCache = { format: Intl.DateTimeFormat | null; byUtcHour: Map<number, number | Transition>; byWallHour: Map<number, number> };

// A memo of pure functions of (zone, instant): safe to share, bounded below.
const zoneCaches = new Map<string, ZoneCache>();
const maxCachedHours = 400_000;

export const isValidTimeZone = (zone: string): boolean => {
  if (zoneCaches.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const cacheOf = (zone: string): ZoneCache => {
  let cache = zoneCaches.get(zone);
  if (cache !== undefined) return cache;
  if (!isValidTimeZone(zone)) {
    throw new AppError('CCQ_ERR_VALIDATION', `"${zone}" is not a known IANA time zone (e.g. Europe/Stockholm)`, [
      { path: 'timeZone', message: 'not a known IANA time zone' },
    ]);
  }
  const format =
    zone === 'UTC' || zone === 'Etc/UTC'
      ? null
      : new Intl.DateTimeFormat('en-US', {
          timeZone: zone,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
          second: 'numeric',
          era: 'short',
        });
  cache = { format, byUtcHour: new Map(), byWallHour: new Map() };
  zoneCaches.set(zone, cache);
  return cache;
};

/** The zone's offset at one instant as Intl reports it (whole seconds). */
const intlOffset = (format: Intl.DateTimeFormat, t: number): number => {
  const second = Math.floor(t / 1000) * 1000;
  let y = 0;
  let mo = 0;
  let d = 0;
  let h = 0;
  let mi = 0;
  let s = 0;
  let bc = false;
  for (const part of format.formatToParts(second)) {
    const v = Number(part.value);
    if (part.type === 'year') y = v;
    else if (part.type === 'month') mo = v;
    else if (part.type === 'day') d = v;
    else if (part.type === 'hour') h = v;
    else if (part.type === 'minute') mi = v;
    else if (part.type === 'second') s = v;
    else if (part.type === 'era') bc = part.value.startsWith('B');
  }
  return wallMs(bc ? 1 - y : y, mo, d, h, mi, s, 0) - second;
};

const fillUtcHour = (cache: ZoneCache, format: Intl.DateTimeFormat, bucket: number): number | Transition => {
  if (cache.byUtcHour.size > maxCachedHours) cache.byUtcHour.clear();
  const start = bucket * HOUR;
  const before = intlOffset(format, start);
  const after = intlOffset(format, start + HOUR - 1);
  let entry: number | Transition = before;
  if (before !== after) {
    // Zones change offset at most once an hour: find the first second of the new offset.
    let lo = start;
    let hi = start + HOUR - 1000;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (intlOffset(format, mid) === before) lo = mid;
      else hi = mid;
    }
    entry = { at: hi, before, after };
  }
  cache.byUtcHour.set(bucket, entry);
  return entry;
};

const offsetIn = (cache: ZoneCache, t: number): number => {
  if (cache.format === null) return 0;
  const bucket = Math.floor(t / HOUR);
  const entry = cache.byUtcHour.get(bucket) ?? fillUtcHour(cache, cache.format, bucket);
  return typeof entry === 'number' ? entry : t < entry.at ? entry.before : entry.after;
};

/** The zone's UTC offset in milliseconds at an instant (positive east of Greenwich). */
export const offsetAt = (zone: string, epochMs: number): number => offsetIn(cacheOf(zone), epochMs);

/**
 * The instant of a wall-clock reading, and whether the reading names exactly one instant. Offsets
 * are looked up a day either side, which brackets every instant a wall reading can name.
 */
const resolveWall = (cache: ZoneCache, wall: number): { epoch: number; unique: boolean; offset: number } => {
  const before = offsetIn(cache, wall - DAY);
  const after = offsetIn(cache, wall + DAY);
  const first = wall - before;
  const second = wall - after;
  const firstFits = offsetIn(cache, first) === before;
  const secondFits = before !== after && offsetIn(cache, second) === after;
  if (firstFits && secondFits) {
    // An overlap (autumn): the reading happens twice; take the earlier instant, the first occurrence.
    return first < second ? { epoch: first, unique: false, offset: before } : { epoch: second, unique: false, offset: after };
  }
  if (firstFits) return { epoch: first, unique: true, offset: before };
  if (secondFits) return { epoch: second, unique: true, offset: after };
  // A gap (spring): the reading never happens; read it with the offset before the gap, which moves it
  // forward by the gap's length (02:30 on a day that skips 02:00–03:00 becomes 03:30).
  return { epoch: first, unique: false, offset: before };
};

const wallToEpoch = (cache: ZoneCache, wall: number): number => {
  if (cache.format === null) return wall;
  const hour = Math.floor(wall / HOUR);
  const offset = cache.byWallHour.get(hour);
  if (offset !== undefined) return wall - offset;
  const start = resolveWall(cache, hour * HOUR);
  const end = resolveWall(cache, hour * HOUR + HOUR - 1);
  if (start.unique && end.unique && start.offset === end.offset) {
    if (cache.byWallHour.size > maxCachedHours) cache.byWallHour.clear();
    cache.byWallHour.set(hour, start.offset);
    return wall - start.offset;
  }
  return resolveWall(cache, wall).epoch;
};

/**
 * Local wall time in `zone` → epoch milliseconds. Fields may run over (day 32 is the next month's
 * first). A time that happens twice (the repeated hour when clocks go back) gives the earlier
 * instant; a time that never happens (the skipped hour when clocks go forward) is moved forward by
 * the length of the gap.
 */
export const zonedToEpoch = (zone: string, y: number, mo: number, d: number, h: number, mi: number, s: number, ms = 0): number =>
  wallToEpoch(cacheOf(zone), wallMs(y, mo, d, h, mi, s, ms));

export type ZonedTime = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  offsetMinutes: number;
};

/** Epoch milliseconds → the wall-clock reading in `zone`, with the offset in force. */
export const epochToZoned = (zone: string, epochMs: number): ZonedTime => {
  const offset = offsetIn(cacheOf(zone), epochMs);
  const local = epochMs + offset;
  const days = Math.floor(local / DAY);
  const msOfDay = local - days * DAY;
  const { year, month, day } = civilFromDays(days);
  return {
    year,
    month,
    day,
    hour: Math.floor(msOfDay / HOUR),
    minute: Math.floor((msOfDay % HOUR) / MINUTE),
    second: Math.floor((msOfDay % MINUTE) / 1000),
    millisecond: msOfDay % 1000,
    weekday: ((((days + 3) % 7) + 7) % 7) + 1,
    offsetMinutes: offset / MINUTE,
  };
};

const localDays = (cache: ZoneCache, epochMs: number): number => Math.floor((epochMs + offsetIn(cache, epochMs)) / DAY);

/** The first instant of the local calendar day holding `epochMs` (23 or 25 hours long on change days). */
export const startOfLocalDay = (zone: string, epochMs: number): number => {
  const cache = cacheOf(zone);
  return wallToEpoch(cache, localDays(cache, epochMs) * DAY);
};

/** The first instant of the local ISO week (Monday 00:00) holding `epochMs`. */
export const startOfLocalWeek = (zone: string, epochMs: number): number => {
  const cache = cacheOf(zone);
  const days = localDays(cache, epochMs);
  const sinceMonday = (((days + 3) % 7) + 7) % 7;
  return wallToEpoch(cache, (days - sinceMonday) * DAY);
};

/** The first instant of the local calendar month holding `epochMs`. */
export const startOfLocalMonth = (zone: string, epochMs: number): number => {
  const cache = cacheOf(zone);
  const { year, month } = civilFromDays(localDays(cache, epochMs));
  return wallToEpoch(cache, daysFromCivil(year, month, 1) * DAY);
};

/**
 * The first instant of the local clock hour holding `epochMs`, right for zones a half or quarter
 * hour off UTC. An offset change inside an hour starts a new bucket, so the repeated hour in autumn
 * is two buckets (a 25-hour day has 25) and buckets never overlap.
 */
export const startOfLocalHour = (zone: string, epochMs: number): number => {
  const cache = cacheOf(zone);
  const offset = offsetIn(cache, epochMs);
  const local = epochMs + offset;
  const start = epochMs - (local - Math.floor(local / HOUR) * HOUR);
  if (offsetIn(cache, start) === offset) return start;
  // The offset changed between `start` and `epochMs`: the bucket begins at the change.
  let lo = start;
  let hi = epochMs;
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (offsetIn(cache, mid) === offset) hi = mid;
    else lo = mid;
  }
  return hi;
};
