// src/domain/imports/csv/profile-check.ts — the checks on a mapping profile that need no data: sources, formats, maps, zone

import { channels, directions } from '../../contacts/contact.js';
import type { FieldIssue } from '../../shared/errors.js';
import { isValidTimeZone } from '../../shared/time-zone.js';
import { readBoolean, readChannel, readDirection } from './contact-draft.js';
import {
  type CanonicalField,
  type ColumnRef,
  type ColumnSource,
  type MappingProfile,
  durationFields,
  timestampFields,
} from './mapping-profile.js';
import { durationValueReader, pairReader, timestampReader } from './typed-readers.js';
import { plainNumbers } from './value-formats.js';

export const isTimestampField = (f: CanonicalField): boolean => (timestampFields as readonly string[]).includes(f);
export const isDurationField = (f: CanonicalField): boolean => (durationFields as readonly string[]).includes(f);

const columnIssues = (ref: ColumnRef, path: string, header: boolean): FieldIssue[] => {
  if (typeof ref === 'number') {
    return Number.isInteger(ref) && ref >= 1 ? [] : [{ path, message: 'a column number counts from 1' }];
  }
  if (ref.trim() === '') return [{ path, message: 'a column name must not be empty' }];
  if (!header && !/^\d+$/.test(ref))
    return [{ path, message: `the file has no header (header: false), so name the column by its number, not "${ref}"` }];
  return [];
};

/** Values a map may produce for a field whose values are a closed set. */
const mapTargetIssue = (field: CanonicalField, value: string): string | null => {
  if (field === 'channel' && readChannel(value) === undefined) return `"${value}" is not a channel (${channels.join(', ')})`;
  if (field === 'direction' && readDirection(value) === undefined) return `"${value}" is not a direction (${directions.join(', ')})`;
  if (field === 'transferred' && readBoolean(value) === undefined) return `"${value}" is not a yes/no value (true, false, 1, 0, yes, no)`;
  return null;
};

const sourceIssues = (field: CanonicalField, src: ColumnSource, path: string, header: boolean): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  const kinds = [
    src.column !== undefined,
    src.columns !== undefined,
    src.constant !== undefined,
    src.date !== undefined || src.time !== undefined,
  ];
  const n = kinds.filter(Boolean).length;
  if (n !== 1) {
    const message =
      n === 0
        ? 'say where the value comes from: column, constant, or date + time'
        : 'give only one of column, columns, constant, or date + time';
    return [{ path, message }];
  }
  if (src.column !== undefined) issues.push(...columnIssues(src.column, `${path}.column`, header));
  if (src.columns !== undefined) {
    if (field !== 'sourceId') issues.push({ path: `${path}.columns`, message: 'several columns can only make up the sourceId' });
    else if (src.columns.length === 0) issues.push({ path: `${path}.columns`, message: 'list at least one column' });
    src.columns.forEach((c, i) => {
      issues.push(...columnIssues(c, `${path}.columns.${i}`, header));
    });
  }
  const timestamp = isTimestampField(field);
  if (src.date !== undefined || src.time !== undefined) {
    if (!timestamp) issues.push({ path: `${path}.date`, message: 'a date + time pair only fills enteredAt, answeredAt or endedAt' });
    else if (src.date === undefined) issues.push({ path: `${path}.date`, message: 'a time column needs its date column' });
    else if (src.time === undefined)
      issues.push({ path: `${path}.time`, message: 'a date column needs its time column (or use column + format)' });
    else {
      issues.push(
        ...columnIssues(src.date.column, `${path}.date.column`, header),
        ...columnIssues(src.time.column, `${path}.time.column`, header),
      );
      const pair = pairReader(src.date.format, src.time.format, 'UTC');
      if ('date' in pair && pair.date) issues.push({ path: `${path}.date.format`, message: pair.date });
      if ('time' in pair && pair.time) issues.push({ path: `${path}.time.format`, message: pair.time });
    }
    if (src.format !== undefined)
      issues.push({ path: `${path}.format`, message: 'with a date + time pair, give the formats inside date and time' });
  } else if (src.format !== undefined || timestamp || isDurationField(field)) {
    const reader = timestamp
      ? timestampReader(src.format ?? 'iso8601', 'UTC')
      : isDurationField(field)
        ? durationValueReader(src.format ?? 'seconds', plainNumbers)
        : 'a format applies to timestamps and durations only';
    if (typeof reader === 'string') issues.push({ path: `${path}.format`, message: reader });
  }
  for (const [from, to] of Object.entries(src.map ?? {})) {
    const problem = mapTargetIssue(field, to);
    if (problem !== null) issues.push({ path: `${path}.map.${from}`, message: problem });
  }
  if (src.constant !== undefined && !src.map) {
    const problem = mapTargetIssue(field, src.constant);
    if (problem !== null) issues.push({ path: `${path}.constant`, message: problem });
  }
  return issues;
};

/**
 * Everything wrong with a profile that can be seen without the file: each field's source and format,
 * map targets, required fields and the time zone. Column names are checked against the header later.
 */
export const profileIssues = (profile: MappingProfile): FieldIssue[] => {
  const header = profile.header ?? true;
  const issues: FieldIssue[] = [];
  for (const [field, spec] of Object.entries(profile.fields) as [CanonicalField, MappingProfile['fields'][CanonicalField]][]) {
    if (spec === undefined) continue;
    const path = `fields.${field}`;
    issues.push(...sourceIssues(field, spec, path, header));
    if (spec.fallback !== undefined) {
      if (field === 'sourceId') issues.push({ path: `${path}.fallback`, message: 'sourceId has no fallback; list its columns instead' });
      issues.push(...sourceIssues(field, spec.fallback, `${path}.fallback`, header));
    }
  }
  if (profile.fields.queue === undefined) issues.push({ path: 'fields.queue', message: 'required: every contact belongs to a queue' });
  if (profile.fields.enteredAt === undefined)
    issues.push({ path: 'fields.enteredAt', message: 'required: when the contact entered the queue' });
  if (profile.timeZone !== undefined && !isValidTimeZone(profile.timeZone)) {
    issues.push({ path: 'timeZone', message: `"${profile.timeZone}" is not a known IANA time zone (e.g. Europe/Stockholm)` });
  }
  if ((profile.decimal ?? '.') === profile.thousands) {
    issues.push({ path: 'thousands', message: 'the thousands mark must differ from the decimal mark' });
  }
  return issues;
};
