// src/domain/imports/csv/typed-readers.ts — a column spec's format → a reader of timestamps or durations, and what it expects

import { zonedToEpoch } from '../../shared/time-zone.js';
import { type Parts, compilePattern, dateIsValid, emptyParts, partsAreValid, timeIsValid } from './date-patterns.js';
import { type NumberStyle, durationFormats, durationReader, parseEpoch, parseIso8601 } from './value-formats.js';

/** Reads one value from `text` between `start` and `end`, NaN when it cannot; `expects` completes "… is not <expects>" in a reason. */
export type ValueReader = { read: (text: string, start: number, end: number) => number; expects: string };

export const timestampFormatNames = ['iso8601', 'epoch', 'epoch_ms'] as const;

/** A timestamp read from one column: `iso8601`, `epoch`, `epoch_ms` or a pattern with a date. A string is why not. */
export const timestampReader = (format: string, zone: string): ValueReader | string => {
  if (format === 'iso8601') return { read: (t, start, end) => parseIso8601(t, zone, start, end), expects: 'an ISO 8601 date-time' };
  if (format === 'epoch') return { read: (t, start, end) => parseEpoch(t, 1000, start, end), expects: 'an epoch time in seconds' };
  if (format === 'epoch_ms') return { read: (t, start, end) => parseEpoch(t, 1, start, end), expects: 'an epoch time in milliseconds' };
  const pattern = compilePattern(format);
  if (typeof pattern === 'string') return `format "${format}": ${pattern}`;
  if (!pattern.hasDate) return `format "${format}" has no date; use a date + time pair for a time-of-day column`;
  const parts = emptyParts();
  const read = (text: string, start: number, end: number): number => {
    parts.h = 0;
    parts.mi = 0;
    parts.s = 0;
    parts.ms = 0;
    if (!pattern.read(text, start, end, parts) || !partsAreValid(parts)) return Number.NaN;
    return zonedToEpoch(zone, parts.y, parts.mo, parts.d, parts.h, parts.mi, parts.s, parts.ms);
  };
  return { read, expects: `${pattern.hasTime ? 'a date-time' : 'a date'} in format ${format}` };
};

/** A timestamp split over a date column and a time-of-day column. */
export type PairReader = {
  readDate: (text: string, start: number, end: number) => boolean;
  readTime: (text: string, start: number, end: number) => boolean;
  /** The instant of the parts read last, `extraDays` later (for a time of day past midnight). */
  epoch: (extraDays: number) => number;
  expectsDate: string;
  expectsTime: string;
};

export const pairReader = (dateFormat: string, timeFormat: string, zone: string): PairReader | { date?: string; time?: string } => {
  const date = compilePattern(dateFormat);
  const time = compilePattern(timeFormat);
  const problems: { date?: string; time?: string } = {};
  if (typeof date === 'string') problems.date = `format "${dateFormat}": ${date}`;
  else if (!date.hasDate || date.hasTime) problems.date = `format "${dateFormat}" must read a date and no time`;
  if (typeof time === 'string') problems.time = `format "${timeFormat}": ${time}`;
  else if (!time.hasTime || time.hasDate) problems.time = `format "${timeFormat}" must read a time of day and no date`;
  if (typeof date === 'string' || typeof time === 'string' || problems.date || problems.time) return problems;
  const parts: Parts = emptyParts();
  return {
    readDate: (text, start, end) => date.read(text, start, end, parts) && dateIsValid(parts),
    readTime: (text, start, end) => {
      parts.s = 0;
      parts.ms = 0;
      return time.read(text, start, end, parts) && timeIsValid(parts);
    },
    epoch: (extraDays) => zonedToEpoch(zone, parts.y, parts.mo, parts.d + extraDays, parts.h, parts.mi, parts.s, parts.ms),
    expectsDate: `a date in format ${dateFormat}`,
    expectsTime: `a time of day in format ${timeFormat}`,
  };
};

/** A duration in seconds from `seconds`, `milliseconds`, `minutes`, `H:MM:SS`, `HH:MM:SS`, `MM:SS` or `M:SS`. */
export const durationValueReader = (format: string, style: NumberStyle): ValueReader | string => {
  const read = durationReader(format, style);
  if (read === null) return `format "${format}" is not a duration format (${durationFormats.join(', ')})`;
  const expects =
    format === 'seconds' || format === 'milliseconds' || format === 'minutes' ? `a number of ${format}` : `a duration in format ${format}`;
  return { read, expects };
};
