// src/domain/imports/jsonl/jsonl-parser.ts — JSON lines in the canonical shape (snake_case, the canonical CSV's columns) → contacts

import {
  type ContactDraft,
  type FinishContext,
  emptyDraft,
  finishContact,
  readBoolean,
  readChannel,
  readDirection,
  readOutcomeName,
  resetDraft,
} from '../csv/contact-draft.js';
import type { CanonicalField } from '../csv/mapping-profile.js';
import { parseIso8601, parseNumber, plainNumbers } from '../csv/value-formats.js';
import { type ImportSink, type Parser, type ParserOptions, type ParserStats, emptyParserStats } from '../importer.js';
import { createLineSplitter } from '../line-splitter.js';

type Kind = 'text' | 'channel' | 'direction' | 'outcome' | 'time' | 'seconds' | 'boolean';

/** Each key of a line, the canonical field it fills and how its value is read. */
const keys: Record<string, [CanonicalField, Kind]> = {
  source_id: ['sourceId', 'text'],
  channel: ['channel', 'channel'],
  direction: ['direction', 'direction'],
  queue: ['queue', 'text'],
  entered_at: ['enteredAt', 'time'],
  answered_at: ['answeredAt', 'time'],
  ended_at: ['endedAt', 'time'],
  outcome: ['outcome', 'outcome'],
  wait_seconds: ['waitSeconds', 'seconds'],
  talk_seconds: ['talkSeconds', 'seconds'],
  hold_seconds: ['holdSeconds', 'seconds'],
  wrap_seconds: ['wrapSeconds', 'seconds'],
  agent: ['agent', 'text'],
  transferred: ['transferred', 'boolean'],
  disposition: ['disposition', 'text'],
  customer_id: ['customerId', 'text'],
};
const keyOf = Object.fromEntries(Object.entries(keys).map(([k, [f]]) => [f, k])) as Record<CanonicalField, string>;

/** Whether an ISO 8601 text carries its own offset (`Z`, `+02:00`, `-0500`): JSON lines have no zone to fall back on. */
const hasOffset = (text: string): boolean => {
  const last = text.charCodeAt(text.length - 1);
  if (last === 90 || last === 122) return true;
  for (let i = text.length - 1; i > 10; i--) {
    const c = text.charCodeAt(i);
    if (c === 43 || c === 45) return true;
  }
  return false;
};

const show = (v: unknown): string => JSON.stringify(v);

/** Reads one value into the draft; returns the reason when it does not fit. */
const setValue = (d: ContactDraft, field: CanonicalField, kind: Kind, key: string, v: unknown): string | undefined => {
  if (v === null || v === '') return undefined;
  const text = typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : null;
  switch (kind) {
    case 'text':
      if (text === null) return `"${key}": ${show(v)} is not a string`;
      (d as Record<CanonicalField, unknown>)[field] = text;
      return undefined;
    case 'channel':
      d.channel = readChannel(text ?? '') ?? null;
      return d.channel === null ? `"${key}": ${show(v)} is not a channel` : undefined;
    case 'direction':
      d.direction = readDirection(text ?? '') ?? null;
      return d.direction === null ? `"${key}": ${show(v)} is not a direction` : undefined;
    case 'outcome':
      d.outcome = readOutcomeName(text ?? '') ?? null;
      return d.outcome === null ? `"${key}": ${show(v)} is not an outcome` : undefined;
    case 'boolean': {
      const b = typeof v === 'boolean' ? v : readBoolean(text ?? '');
      if (b === undefined) return `"${key}": ${show(v)} is not true or false`;
      d.transferred = b;
      return undefined;
    }
    case 'seconds': {
      const n = typeof v === 'number' ? v : parseNumber(text ?? '', plainNumbers);
      if (!Number.isFinite(n)) return `"${key}": ${show(v)} is not a number of seconds`;
      (d as Record<CanonicalField, unknown>)[field] = n;
      return undefined;
    }
    case 'time': {
      if (typeof v === 'number' && Number.isFinite(v)) {
        (d as Record<CanonicalField, unknown>)[field] = v;
        return undefined;
      }
      if (typeof v !== 'string') return `"${key}": ${show(v)} is neither an ISO 8601 date-time nor epoch milliseconds`;
      const ms = parseIso8601(v, 'UTC');
      if (Number.isNaN(ms)) return `"${key}": "${v}" is not an ISO 8601 date-time`;
      if (!hasOffset(v)) return `"${key}": "${v}" has no UTC offset (end it with Z or an offset such as +01:00)`;
      (d as Record<CanonicalField, unknown>)[field] = ms;
      return undefined;
    }
  }
};

/**
 * One JSON object per line, keys as in the canonical CSV header (`source_id`, `entered_at`, …); times
 * as ISO 8601 with an offset, or epoch milliseconds. Blank lines are ignored; a line that is not
 * JSON, not an object, has an unknown key or a value that does not fit is rejected with its text.
 * Derivations, defaults and checks are the CSV importer's (`finishContact`).
 */
export const createJsonlParser = (options: ParserOptions, sink: ImportSink): Parser => {
  const stats: ParserStats = emptyParserStats();
  const draft = emptyDraft();
  const ctx: FinishContext = { source: 'jsonl', pseudonymise: options.pseudonymise, label: (f) => `"${keyOf[f]}"`, outcomeGiven: true };

  const mapLine = (text: string): ReturnType<typeof finishContact> => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      return `not valid JSON: ${e instanceof Error ? e.message : String(e)}`;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
    resetDraft(draft);
    for (const key in value) {
      const spec = keys[key];
      if (spec === undefined) return `unknown key "${key}" (the keys are ${Object.keys(keys).join(', ')})`;
      const problem = setValue(draft, spec[0], spec[1], key, (value as Record<string, unknown>)[key]);
      if (problem !== undefined) return problem;
    }
    return finishContact(draft, ctx);
  };

  const splitter = createLineSplitter((line, lineNumber) => {
    const text = line.trim();
    if (text === '') return;
    stats.rowsRead++;
    const result = mapLine(text);
    if (typeof result === 'string') {
      stats.rejected++;
      sink.reject({ line: lineNumber, reason: result, raw: line });
    } else sink.contact(result);
  });

  return {
    push: (chunk) => splitter.push(chunk),
    end: () => splitter.end(),
    stats: () => ({ ...stats, linesRead: splitter.linesRead() }),
  };
};
