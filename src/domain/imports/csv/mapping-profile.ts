// src/domain/imports/csv/mapping-profile.ts — how a foreign CSV layout maps onto the canonical contact record

import type { Outcome } from '../../contacts/contact.js';

/** The canonical fields a profile can fill; `customerId` is the raw identifier, pseudonymised on import. */
export const canonicalFields = [
  'sourceId',
  'channel',
  'direction',
  'queue',
  'enteredAt',
  'answeredAt',
  'endedAt',
  'outcome',
  'waitSeconds',
  'talkSeconds',
  'holdSeconds',
  'wrapSeconds',
  'agent',
  'transferred',
  'disposition',
  'customerId',
] as const;
export type CanonicalField = (typeof canonicalFields)[number];

export const timestampFields = ['enteredAt', 'answeredAt', 'endedAt'] as const;
export const durationFields = ['waitSeconds', 'talkSeconds', 'holdSeconds', 'wrapSeconds'] as const;
export type TimestampField = (typeof timestampFields)[number];
export type DurationField = (typeof durationFields)[number];

export const encodings = ['auto', 'utf-8', 'windows-1252', 'utf-16le'] as const;
export type Encoding = (typeof encodings)[number];
export const delimiters = ['auto', ',', ';', '\t', '|'] as const;
export type Delimiter = (typeof delimiters)[number];
export const decimalSeparators = ['.', ','] as const;
export const thousandsSeparators = ['', ' ', '.', ','] as const;

/** A column by its header name, or by its 1-based position (the only way when the file has no header). */
export type ColumnRef = string | number;

/** A column read with a format: a date column (`YYMMDD`) or a time-of-day column (`H:MM:SS`). */
export type FormattedColumn = { column: ColumnRef; format: string };

/**
 * Where one canonical value comes from: exactly one of `column`, `columns` (sourceId only: the values
 * joined with `:`), `constant`, or a `date` + `time` pair. `format` reads timestamps (`iso8601`,
 * `epoch`, `epoch_ms` or a pattern such as `YYYY-MM-DD HH:mm:ss`) and durations (`seconds`,
 * `milliseconds`, `minutes`, `H:MM:SS`, `MM:SS`). `map` rewrites values before they are read (`*`
 * matches any other non-empty value); `empty` lists values that mean "no value" for this column.
 */
export type ColumnSource = {
  column?: ColumnRef;
  columns?: ColumnRef[];
  constant?: string;
  date?: FormattedColumn;
  time?: FormattedColumn;
  format?: string;
  map?: Record<string, string>;
  empty?: string[];
};

/**
 * A column source; where to read instead when it is empty (`fallback`); and what an empty value
 * means in the end (`ifEmpty`): `reject` the row when the field is required (the default), or
 * `skip` it — a call that never reached the queue is not a queue contact.
 */
export type ColumnSpec = ColumnSource & { fallback?: ColumnSource; ifEmpty?: 'reject' | 'skip' };

export type OutcomeRule = Outcome | 'skip';

export type MappingProfile = {
  name: string;
  description?: string;
  /** ContactRecord.source; `csv:<name>` when absent. */
  source?: string;
  encoding?: Encoding;
  delimiter?: Delimiter;
  /** Whether the first row names the columns (default true). */
  header?: boolean;
  /** The zone the source's local times are in; absent → the centre's zone. */
  timeZone?: string;
  decimal?: (typeof decimalSeparators)[number];
  /** Digit grouping; `' '` also accepts the no-break spaces U+00A0 and U+202F that Swedish exports use. */
  thousands?: (typeof thousandsSeparators)[number];
  /** Values meaning "no value" in every column (`NULL`, `-`, `0:00:00`). */
  empty?: string[];
  fields: Partial<Record<CanonicalField, ColumnSpec>>;
  /** The source's outcome codes; a code mapped to `skip` is counted as skipped, not rejected. */
  outcomes?: { map?: Record<string, OutcomeRule>; default?: OutcomeRule };
};

export const defaultSource = (profile: MappingProfile): string => profile.source ?? `csv:${profile.name}`;
