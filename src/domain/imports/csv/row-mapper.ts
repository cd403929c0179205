// src/domain/imports/csv/row-mapper.ts — a mapping profile and a header → one compiled function from row fields to a contact

import { type ContactRecord, channels, directions } from '../../contacts/contact.js';
import { AppError, type FieldIssue } from '../../shared/errors.js';
import { type ContactDraft, type FinishContext, emptyDraft, finishContact, resetDraft } from './contact-draft.js';
import { type OutcomeRules, createValueCache } from './value-cache.js';
import {
  type CanonicalField,
  type ColumnRef,
  type ColumnSource,
  type MappingProfile,
  canonicalFields,
  defaultSource,
} from './mapping-profile.js';
import { isDurationField, isTimestampField, profileIssues } from './profile-check.js';
import type { RowView } from './csv-tokenizer.js';
import { type Cell, type Plan, locate, locatePlan, newCursor, planText, readerKind, settlePlan } from './row-cells.js';
import { type ValueReader, durationValueReader, pairReader, timestampReader } from './typed-readers.js';
import { numberStyle, parseIso8601, parseNumber } from './value-formats.js';

export type CompiledProfile = {
  source: string;
  /** Fewest columns a row needs for every column the profile reads. */
  minColumns: number;
  /** A row → its contact, the reason it is rejected, or null when the outcome mapping says to skip it. */
  mapRow: (row: RowView) => ContactRecord | string | null;
};

export type CompileOptions = { timeZone: string; pseudonymise: (raw: string) => string | null };

const HALF_DAY = 43_200_000;

export const compileProfile = (profile: MappingProfile, header: string[] | null, options: CompileOptions): CompiledProfile => {
  const issues: FieldIssue[] = profileIssues(profile);
  if (issues.length > 0) throw new AppError('CCQ_ERR_VALIDATION', `mapping profile "${profile.name}" is not valid`, issues);
  const zone = profile.timeZone ?? options.timeZone;
  const style = numberStyle(profile.decimal, profile.thousands);
  const draft: ContactDraft = emptyDraft();
  let problem = '';
  let minColumns = 0;
  let widest = '';

  const quote = (ref: ColumnRef): string => (typeof ref === 'number' ? String(ref) : `"${ref}"`);
  const indexOf = (ref: ColumnRef, path: string): number => {
    let index = typeof ref === 'number' || header === null ? Number(ref) - 1 : header.indexOf(ref);
    if (header !== null && typeof ref === 'string') {
      if (index < 0) index = header.findIndex((h) => h.toLowerCase() === ref.trim().toLowerCase());
      if (index < 0) issues.push({ path, message: `column "${ref}" is not in the header (${header.join(', ')})` });
    } else if (header !== null && index >= header.length) {
      issues.push({ path, message: `column ${ref} is past the header's ${header.length} columns` });
    }
    if (index + 1 > minColumns) {
      minColumns = index + 1;
      widest = quote(ref);
    }
    return index;
  };
  const cell = (src: ColumnSource, ref: ColumnRef | undefined, path: string): Cell => {
    const empties = new Set([...(profile.empty ?? []), ...(src.empty ?? [])]);
    const map = src.map === undefined ? null : new Map(Object.entries(src.map));
    const name = ref === undefined ? `constant "${src.constant}"` : `column ${quote(ref)}`;
    const c: Cell = { index: -1, name, constant: '', plain: empties.size === 0 && map === null, empties, map, other: map?.get('*') };
    if (ref === undefined) {
      const v = src.constant ?? '';
      c.constant = c.empties.has(v) ? '' : map === null || v === '' ? v : (map.get(v) ?? c.other ?? v);
    } else c.index = indexOf(ref, path);
    return c;
  };
  const plan = (field: CanonicalField, src: ColumnSource, path: string): Plan => {
    const p: Plan = { name: '', cells: [], reader: null, pair: null, rollover: false, fallback: null, col: -1, kind: readerKind.other };
    if (src.date !== undefined && src.time !== undefined) {
      const pair = pairReader(src.date.format, src.time.format, zone);
      if (!('readDate' in pair)) throw new Error('unreachable: formats were checked');
      p.cells = [cell(src, src.date.column, `${path}.date.column`), cell(src, src.time.column, `${path}.time.column`)];
      p.pair = pair;
      p.rollover = field !== 'enteredAt';
      p.name = `columns ${quote(src.date.column)} + ${quote(src.time.column)}`;
      return p;
    }
    const refs = src.columns ?? [src.column];
    p.cells = refs.map((ref, i) => cell(src, ref, src.columns ? `${path}.columns.${i}` : `${path}.column`));
    p.name =
      src.column !== undefined
        ? `column ${quote(src.column)}`
        : src.columns
          ? `columns ${src.columns.map(quote).join(' + ')}`
          : `constant "${src.constant}"`;
    if (isTimestampField(field) || isDurationField(field)) {
      const reader = isTimestampField(field)
        ? timestampReader(src.format ?? 'iso8601', zone)
        : durationValueReader(src.format ?? 'seconds', style);
      if (typeof reader === 'string') throw new Error('unreachable: formats were checked');
      p.reader = reader;
      const format = src.format ?? (isTimestampField(field) ? 'iso8601' : 'seconds');
      p.kind =
        format === 'iso8601' && isTimestampField(field)
          ? readerKind.iso
          : format === 'seconds' && isDurationField(field)
            ? readerKind.seconds
            : readerKind.other;
    }
    return p;
  };

  const cur = newCursor();
  /** A timestamp or duration: null when empty, NaN (with `problem` set) when unreadable. */
  const planNumber = (p: Plan, row: RowView): number | null => {
    if (p.col >= 0) {
      if (!locatePlan(cur, p, row)) return null;
      const { src, a, b } = cur;
      // The common formats are called directly: one monomorphic call per field instead of two through closures.
      const kind = p.kind;
      const value =
        kind === readerKind.iso
          ? parseIso8601(src, zone, a, b)
          : kind === readerKind.seconds
            ? parseNumber(src, style, a, b)
            : (p.reader as ValueReader).read(src, a, b);
      if (Number.isNaN(value)) problem = `${(p.cells[0] as Cell).name}: "${src.slice(a, b)}" is not ${(p.reader as ValueReader).expects}`;
      return value;
    }
    const pair = p.pair;
    if (pair !== null) {
      if (locate(cur, p.cells[0] as Cell, row)) {
        const { src, a, b } = cur;
        if (locate(cur, p.cells[1] as Cell, row)) {
          const [date, time] = p.cells as [Cell, Cell];
          if (!pair.readDate(src, a, b)) problem = `${date.name}: "${src.slice(a, b)}" is not ${pair.expectsDate}`;
          else if (!pair.readTime(cur.src, cur.a, cur.b))
            problem = `${time.name}: "${cur.src.slice(cur.a, cur.b)}" is not ${pair.expectsTime}`;
          else {
            const at = pair.epoch(0);
            return p.rollover && draft.enteredAt !== null && draft.enteredAt - at > HALF_DAY ? pair.epoch(1) : at;
          }
          return Number.NaN;
        }
      }
    } else if (locate(cur, p.cells[0] as Cell, row)) {
      const reader = p.reader as ValueReader;
      const value = reader.read(cur.src, cur.a, cur.b);
      if (Number.isNaN(value)) problem = `${(p.cells[0] as Cell).name}: "${cur.src.slice(cur.a, cur.b)}" is not ${reader.expects}`;
      return value;
    }
    return p.fallback === null ? null : planNumber(p.fallback, row);
  };

  const plans = new Map<CanonicalField, Plan>();
  for (const field of canonicalFields) {
    const spec = profile.fields[field];
    if (spec === undefined) continue;
    const p = plan(field, spec, `fields.${field}`);
    if (spec.fallback !== undefined) {
      p.fallback = plan(field, spec.fallback, `fields.${field}.fallback`);
      settlePlan(p.fallback);
    }
    settlePlan(p);
    plans.set(field, p);
  }
  // Fields whose emptiness skips the row are looked at first, before anything can reject it.
  const skipWhenEmpty = canonicalFields
    .filter((f) => profile.fields[f]?.ifEmpty === 'skip')
    .map((f) => ({ plan: plans.get(f) as Plan, numeric: isTimestampField(f) || isDurationField(f) }));
  if (issues.length > 0)
    throw new AppError('CCQ_ERR_VALIDATION', `the file lacks columns that mapping profile "${profile.name}" reads`, issues);

  const ctx: FinishContext = {
    source: defaultSource(profile),
    pseudonymise: options.pseudonymise,
    label: (field) => plans.get(field)?.name ?? field,
    outcomeGiven: profile.fields.outcome !== undefined,
  };
  const tooShort = (count: number): string =>
    `the row has ${count} column${count === 1 ? '' : 's'}; the profile reads column ${widest} (number ${minColumns})`;
  const rules: OutcomeRules = { map: new Map(Object.entries(profile.outcomes?.map ?? {})), default: profile.outcomes?.default };
  const values = createValueCache(rules);
  const get = (field: CanonicalField): Plan | null => plans.get(field) ?? null;
  const pOutcome = get('outcome');
  const pEntered = get('enteredAt');
  const pAnswered = get('answeredAt');
  const pEnded = get('endedAt');
  const pWait = get('waitSeconds');
  const pTalk = get('talkSeconds');
  const pHold = get('holdSeconds');
  const pWrap = get('wrapSeconds');
  const pSourceId = get('sourceId');
  const pQueue = get('queue');
  const pAgent = get('agent');
  const pDisposition = get('disposition');
  const pCustomer = get('customerId');
  const pChannel = get('channel');
  const pDirection = get('direction');
  const pTransferred = get('transferred');
  const text = (p: Plan | null, row: RowView): string | null => {
    if (p === null || !locatePlan(cur, p, row)) return null;
    return cur.src.slice(cur.a, cur.b);
  };
  const num = (p: Plan | null, row: RowView): number | null => (p === null ? null : planNumber(p, row));

  // Straight-line on purpose: one call site per field keeps V8's inline caches monomorphic.
  const mapRow = (row: RowView): ContactRecord | string | null => {
    if (row.count < minColumns) return tooShort(row.count);
    const d = draft;
    resetDraft(d);
    for (const { plan, numeric } of skipWhenEmpty) {
      if (numeric ? planNumber(plan, row) === null : planText(cur, plan, row) === '') return null;
    }
    if (pOutcome !== null && locatePlan(cur, pOutcome, row)) {
      const rule = values.outcome(cur.src, cur.a, cur.b);
      if (rule === undefined)
        return `${pOutcome.name}: unknown outcome code "${cur.src.slice(cur.a, cur.b)}" (map it under outcomes.map or give outcomes.default)`;
      if (rule === 'skip') return null;
      d.outcome = rule;
    }
    // Entry first: a time of day after midnight is placed by it.
    d.enteredAt = num(pEntered, row);
    if (Number.isNaN(d.enteredAt)) return problem;
    d.answeredAt = num(pAnswered, row);
    if (Number.isNaN(d.answeredAt)) return problem;
    d.endedAt = num(pEnded, row);
    if (Number.isNaN(d.endedAt)) return problem;
    d.waitSeconds = num(pWait, row);
    if (Number.isNaN(d.waitSeconds)) return problem;
    d.talkSeconds = num(pTalk, row);
    if (Number.isNaN(d.talkSeconds)) return problem;
    d.holdSeconds = num(pHold, row);
    if (Number.isNaN(d.holdSeconds)) return problem;
    d.wrapSeconds = num(pWrap, row);
    if (Number.isNaN(d.wrapSeconds)) return problem;
    d.sourceId = text(pSourceId, row);
    d.queue = text(pQueue, row);
    d.agent = text(pAgent, row);
    d.disposition = text(pDisposition, row);
    d.customerId = text(pCustomer, row);
    if (pChannel !== null && locatePlan(cur, pChannel, row)) {
      d.channel = values.channel(cur.src, cur.a, cur.b);
      if (d.channel === null) return `${pChannel.name}: "${cur.src.slice(cur.a, cur.b)}" is not a channel (${channels.join(', ')})`;
    }
    if (pDirection !== null && locatePlan(cur, pDirection, row)) {
      d.direction = values.direction(cur.src, cur.a, cur.b);
      if (d.direction === null) return `${pDirection.name}: "${cur.src.slice(cur.a, cur.b)}" is not a direction (${directions.join(', ')})`;
    }
    if (pTransferred !== null && locatePlan(cur, pTransferred, row)) {
      d.transferred = values.boolean(cur.src, cur.a, cur.b);
      if (d.transferred === null)
        return `${pTransferred.name}: "${cur.src.slice(cur.a, cur.b)}" is not a yes/no value (true, false, 1, 0, yes, no)`;
    }
    return finishContact(d, ctx);
  };
  return { source: ctx.source, minColumns, mapRow };
};
