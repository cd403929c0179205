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

/** Whether any of the values (char code − '0') is not a digit: one unsigned compare each. */
const notDigits2 = (a: number, b: number): boolean => a >>> 0 > 9 || b >>> 0 > 9;

/** The UTC offset `±HH:MM`, `±HHMM` or `±HH` that fills `text` from `at` to `end`, in ms east of UTC; NaN when it is not one. */
const offsetMs = (text: string, at: number, end: number): number => {
  const oh = two(text, at + 1);
  let om = 0;
  if (end === at + 6 && text.charCodeAt(at + 3) === 58) om = two(text, at + 4);
  else if (end === at + 5) om = two(text, at + 3);
  else if (end !== at + 3) return Number.NaN;
  if (oh < 0 || oh > 23 || om < 0 || om > 59) return Number.NaN;
  return (oh * 60 + om) * 60_000;
};

/**
 * ISO 8601 / RFC 3339 in its common extended shapes: `YYYY-MM-DD`, then `T` or a space, `HH:mm`,
 * optional `:ss` and fraction, optional `Z` or `±HH:MM` / `±HHMM` / `±HH`. Without an offset the
 * reading is local time in `zone`. Returns epoch ms, or NaN. No Date.parse: its leniency differs
 * between engines, and this is the hot path of the canonical import (three values per row), so
 * digits are read straight into locals and checked with one unsigned compare each.
 */
export const parseIso8601 = (text: string, zone: string, start = 0, end = text.length): number => {
  const o = start;
  const n = end - start;
  if (n < 10 || text.charCodeAt(o + 4) !== 45 || text.charCodeAt(o + 7) !== 45) return Number.NaN;
  const y0 = text.charCodeAt(o) - c0;
  const y1 = text.charCodeAt(o + 1) - c0;
  const y2 = text.charCodeAt(o + 2) - c0;
  const y3 = text.charCodeAt(o + 3) - c0;
  const m0 = text.charCodeAt(o + 5) - c0;
  const m1 = text.charCodeAt(o + 6) - c0;
  const d0 = text.charCodeAt(o + 8) - c0;
  const d1 = text.charCodeAt(o + 9) - c0;
  if (notDigits2(y0, y1) || notDigits2(y2, y3) || notDigits2(m0, m1) || notDigits2(d0, d1)) return Number.NaN;
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
  const h0 = text.charCodeAt(o + 11) - c0;
  const h1 = text.charCodeAt(o + 12) - c0;
  const i0 = text.charCodeAt(o + 14) - c0;
  const i1 = text.charCodeAt(o + 15) - c0;
  if (notDigits2(h0, h1) || notDigits2(i0, i1)) return Number.NaN;
  const h = h0 * 10 + h1;
  const mi = i0 * 10 + i1;
  let s = 0;
  let ms = 0;
  let i = 16;
  if (n > 16 && text.charCodeAt(o + 16) === 58) {
    if (n < 19) return Number.NaN;
    const s0 = text.charCodeAt(o + 17) - c0;
    const s1 = text.charCodeAt(o + 18) - c0;
    if (notDigits2(s0, s1)) return Number.NaN;
    s = s0 * 10 + s1;
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
  if (h > 23 || mi > 59 || s > 59) return Number.NaN;
  if (i === n) return zonedToEpoch(zone, y, mo, d, h, mi, s, ms);
  const utcWall = lastDay.ms + h * 3_600_000 + mi * 60_000 + s * 1000 + ms;
  const z = text.charCodeAt(o + i);
  if ((z === 90 || z === 122) && i + 1 === n) return utcWall;
  if (z !== 43 && z !== 45) return Number.NaN;
  const offset = offsetMs(text, o + i, end);
  return z === 43 ? utcWall - offset : utcWall + offset;
};

/** Seconds (or milliseconds) since 1970 as a decimal number → epoch ms, or NaN. */
export const parseEpoch = (text: string, unitMs: number, start = 0, end = text.length): number => {
  const value = parseNumber(text, plainNumbers, start, end);
  return Number.isNaN(value) ? value : Math.round(value * unitMs);
};
