// src/domain/imports/csv/value-formats.ts — fast readers for numbers, durations and timestamps as exports write them

import { daysFromCivil, daysInMonth, zonedToEpoch } from '../../shared/time-zone.js';

const c0 = 48;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** How a source writes numbers: the decimal mark and the digit-grouping mark (-1: none) as char codes. */
export type NumberStyle = { decimal: number; thousands: number };
export const plainNumbers: NumberStyle = { decimal: 46, thousands: -1 };

export const numberStyle = (decimal: '.' | ',' = '.', thousands: '' | ' ' | '.' | ',' = ''): NumberStyle => ({
  decimal: decimal.charCodeAt(0),
  thousands: thousands === '' ? -1 : thousands.charCodeAt(0),
});

/** A space as thousands mark also matches the no-break spaces U+00A0 and U+202F. */
const isGroupMark = (c: number, mark: number): boolean => c === mark || (mark === 32 && (c === 0xa0 || c === 0x202f));

/**
 * A decimal number (`-1 234,5` with Swedish marks), or NaN. Groups after a thousands mark must have
 * exactly three digits, so `1,5` is never read as 15 by accident.
 */
export const parseNumber = (text: string, style: NumberStyle, start = 0, end = text.length): number => {
  const n = end;
  let i = start;
  let sign = 1;
  let c = text.charCodeAt(i);
  if (c === 45 || c === 43) {
    sign = c === 45 ? -1 : 1;
    i++;
  }
  let int = 0;
  let digits = 0;
  let group = 0;
  let grouped = false;
  for (; i < n; i++) {
    c = text.charCodeAt(i);
    if (isDigit(c)) {
      int = int * 10 + (c - c0);
      digits++;
      group++;
    } else if (style.thousands !== -1 && isGroupMark(c, style.thousands) && c !== style.decimal) {
      if (group === 0 || (grouped ? group !== 3 : group > 3)) return Number.NaN;
      grouped = true;
      group = 0;
    } else break;
  }
  if (digits === 0 || (grouped && group !== 3)) return Number.NaN;
  if (i === n) return sign * int;
  if (c !== style.decimal) return Number.NaN;
  let frac = 0;
  let scale = 1;
  for (i++; i < n; i++) {
    c = text.charCodeAt(i);
    if (!isDigit(c)) return Number.NaN;
    frac = frac * 10 + (c - c0);
    scale *= 10;
  }
  return scale === 1 ? Number.NaN : sign * (int + frac / scale);
};

/** Reads a duration in seconds from `text` between `start` and `end`, or NaN. */
export type DurationReader = (text: string, start: number, end: number) => number;

export const durationFormats = ['seconds', 'milliseconds', 'minutes', 'H:MM:SS', 'HH:MM:SS', 'MM:SS', 'M:SS'] as const;

/** `H:MM:SS` (parts = 3) or `MM:SS` (parts = 2); the leading part is unbounded, the others 0–59, seconds may have a fraction. */
const clockDuration =
  (parts: number): DurationReader =>
  (text, start, end) => {
    let total = 0;
    let value = 0;
    let width = 0;
    let seen = 1;
    const n = end;
    let i = start;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (isDigit(c)) {
        value = value * 10 + (c - c0);
        width++;
      } else if (c === 58) {
        if (width === 0 || (seen > 1 && (width > 2 || value > 59)) || seen === parts) return Number.NaN;
        total = total * 60 + value;
        value = 0;
        width = 0;
        seen++;
      } else break;
    }
    if (seen !== parts || width === 0 || width > 2 || value > 59) return Number.NaN;
    if (i === n) return total * 60 + value;
    const mark = text.charCodeAt(i);
    if ((mark !== 46 && mark !== 44) || i + 1 === n) return Number.NaN;
    let frac = 0;
    let scale = 1;
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      if (!isDigit(c)) return Number.NaN;
      frac = frac * 10 + (c - c0);
      scale *= 10;
    }
    return total * 60 + value + frac / scale;
  };

/** A duration reader for a format name, or null when the name is not one. */
export const durationReader = (format: string, style: NumberStyle): DurationReader | null => {
  switch (format) {
    case 'seconds':
      return (text, start, end) => parseNumber(text, style, start, end);
    case 'milliseconds':
      return (text, start, end) => parseNumber(text, style, start, end) / 1000;
    case 'minutes':
      return (text, start, end) => parseNumber(text, style, start, end) * 60;
    case 'H:MM:SS':
    case 'HH:MM:SS':
      return clockDuration(3);
    case 'MM:SS':
    case 'M:SS':
      return clockDuration(2);
    default:
      return null;
  }
};

const digit = (text: string, i: number): number => {
  const d = text.charCodeAt(i) - c0;
  return d >= 0 && d <= 9 ? d : -100;
};
const two = (text: string, i: number): number => {
  const v = digit(text, i) * 10 + digit(text, i + 1);
  return v >= 0 ? v : -1;
};

// The calendar day read last (yyyymmdd) and its first UTC millisecond: the times of one export
// mostly share a few days, so the day arithmetic and checks run once per day, not per value.
const lastDay = { key: -1, ms: 0 };

/**
 * ISO 8601 / RFC 3339 in its common extended shapes: `YYYY-MM-DD`, then `T` or a space, `HH:mm`,
 * optional `:ss` and fraction, optional `Z` or `±HH:MM` / `±HHMM` / `±HH`. Without an offset the
 * reading is local time in `zone`. Returns epoch ms, or NaN. No Date.parse: its leniency differs
 * between engines, and this is the hot path of the canonical import.
 */
export const parseIso8601 = (text: string, zone: string, start = 0, end = text.length): number => {
  const o = start;
  const n = end - start;
  if (n < 10 || text.charCodeAt(o + 4) !== 45 || text.charCodeAt(o + 7) !== 45) return Number.NaN;
  // Digits read straight into locals: this runs three times per row of the canonical import.
  const y0 = text.charCodeAt(o) - c0;
  const y1 = text.charCodeAt(o + 1) - c0;
  const y2 = text.charCodeAt(o + 2) - c0;
  const y3 = text.charCodeAt(o + 3) - c0;
  const m0 = text.charCodeAt(o + 5) - c0;
  const m1 = text.charCodeAt(o + 6) - c0;
  const d0 = text.charCodeAt(o + 8) - c0;
  const d1 = text.charCodeAt(o + 9) - c0;
  if (y0 >>> 0 > 9 || y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9 || m0 >>> 0 > 9 || m1 >>> 0 > 9 || d0 >>> 0 > 9 || d1 >>> 0 > 9) {
    return Number.NaN;
  }
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const mo = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  const dayKey = (y * 100 + mo) * 100 + d;
  if (dayKey !== lastDay.key) {
    if (mo < 1 || mo > 12 || d < 1 || (d > 28 && d > daysInMonth(y, mo))) return Number.NaN;
    lastDay.key = dayKey;
    lastDay.ms = daysFromCivil(y, mo, d) * 86_400_000;
  }
  if (n === 10) return zonedToEpoch(zone, y, mo, d, 0, 0, 0);
  const sep = text.charCodeAt(o + 10);
  if ((sep !== 84 && sep !== 32 && sep !== 116) || n < 16 || text.charCodeAt(o + 13) !== 58) return Number.NaN;
  const h = two(text, o + 11);
  const mi = two(text, o + 14);
  let s = 0;
  let ms = 0;
  let i = 16;
  if (i < n && text.charCodeAt(o + i) === 58) {
    s = two(text, o + 17);
    i = 19;
    const mark = i < n ? text.charCodeAt(o + i) : 0;
    if (mark === 46 || mark === 44) {
      let scale = 100;
      for (i++; i < n && isDigit(text.charCodeAt(o + i)); i++) {
        ms += (text.charCodeAt(o + i) - c0) * scale;
        scale /= 10;
      }
      ms = Math.floor(ms);
    }
  }
  if (h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59 || i > n) return Number.NaN;
  if (i === n) return zonedToEpoch(zone, y, mo, d, h, mi, s, ms);
  const utcWall = lastDay.ms + h * 3_600_000 + mi * 60_000 + s * 1000 + ms;
  const z = text.charCodeAt(o + i);
  if ((z === 90 || z === 122) && i + 1 === n) return utcWall;
  if (z !== 43 && z !== 45) return Number.NaN;
  const oh = two(text, o + i + 1);
  let om = 0;
  if (n === i + 6 && text.charCodeAt(o + i + 3) === 58) om = two(text, o + i + 4);
  else if (n === i + 5) om = two(text, o + i + 3);
  else if (n !== i + 3) return Number.NaN;
  if (oh < 0 || oh > 23 || om < 0 || om > 59) return Number.NaN;
  const offset = (oh * 60 + om) * 60_000;
  return z === 43 ? utcWall - offset : utcWall + offset;
};

/** Seconds (or milliseconds) since 1970 as a decimal number → epoch ms, or NaN. */
export const parseEpoch = (text: string, unitMs: number, start = 0, end = text.length): number => {
  const value = parseNumber(text, plainNumbers, start, end);
  return Number.isNaN(value) ? value : Math.round(value * unitMs);
};
