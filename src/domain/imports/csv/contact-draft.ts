// src/domain/imports/csv/contact-draft.ts — values read from one row → a checked ContactRecord (shared by CSV and JSON lines)

import { type Channel, type ContactRecord, type Direction, type Outcome, channels, directions, outcomes } from '../../contacts/contact.js';
import type { CanonicalField } from './mapping-profile.js';
import { fnv1a64 } from './stable-hash.js';

/**
 * What a row said, already typed; null where it said nothing. Importers fill one draft per row
 * (reusing the object) and `finishContact` derives what is missing, applies defaults and checks.
 */
export type ContactDraft = {
  sourceId: string | null;
  channel: Channel | null;
  direction: Direction | null;
  queue: string | null;
  enteredAt: number | null;
  answeredAt: number | null;
  endedAt: number | null;
  outcome: Outcome | null;
  waitSeconds: number | null;
  talkSeconds: number | null;
  holdSeconds: number | null;
  wrapSeconds: number | null;
  agent: string | null;
  transferred: boolean | null;
  disposition: string | null;
  customerId: string | null;
};

export const emptyDraft = (): ContactDraft => ({
  sourceId: null,
  channel: null,
  direction: null,
  queue: null,
  enteredAt: null,
  answeredAt: null,
  endedAt: null,
  outcome: null,
  waitSeconds: null,
  talkSeconds: null,
  holdSeconds: null,
  wrapSeconds: null,
  agent: null,
  transferred: null,
  disposition: null,
  customerId: null,
});

export const resetDraft = (d: ContactDraft): void => {
  d.sourceId = d.channel = d.direction = d.queue = d.outcome = d.agent = d.disposition = d.customerId = null;
  d.enteredAt = d.answeredAt = d.endedAt = d.waitSeconds = d.talkSeconds = d.holdSeconds = d.wrapSeconds = null;
  d.transferred = null;
};

const lookup = <T extends string>(names: readonly T[]): Map<string, T> => {
  const map = new Map<string, T>();
  for (const name of names) {
    map.set(name, name);
    map.set(name.toUpperCase(), name);
  }
  return map;
};
const channelNames = lookup(channels);
const directionNames = lookup(directions);
const outcomeNames = lookup(outcomes);

/** A canonical name in any case, or undefined. */
export const readChannel = (text: string): Channel | undefined => channelNames.get(text) ?? channelNames.get(text.toLowerCase());
export const readDirection = (text: string): Direction | undefined => directionNames.get(text) ?? directionNames.get(text.toLowerCase());
export const readOutcomeName = (text: string): Outcome | undefined => outcomeNames.get(text) ?? outcomeNames.get(text.toLowerCase());

const booleans = new Map<string, boolean>([
  ['1', true],
  ['0', false],
  ['true', true],
  ['false', false],
  ['yes', true],
  ['no', false],
  ['y', true],
  ['n', false],
  ['t', true],
  ['f', false],
]);
/** `1 0 true false yes no y n t f` in any case, or undefined. */
export const readBoolean = (text: string): boolean | undefined => booleans.get(text) ?? booleans.get(text.toLowerCase());

export const listOf = (names: readonly string[]): string => names.join(', ');

export type FinishContext = {
  source: string;
  /** A keyed hash of a customer identifier; null when the identifier names no one. */
  pseudonymise: (raw: string) => string | null;
  /** How to name a field in a reason: `column "q_start"` for CSV, `"entered_at"` for JSON lines. */
  label: (field: CanonicalField) => string;
  /** Whether the input has an outcome field at all; without one, calls with no answer time count as abandoned. */
  outcomeGiven: boolean;
};

const isoOf = (ms: number): string => new Date(ms).toISOString();
const negative = (name: string, v: number): string => `${name}: ${v} is a negative duration`;

const derivedId = (d: ContactDraft, record: ContactRecord): string =>
  // Row content only (never the line number), so a re-sorted or longer file yields the same ids.
  fnv1a64(
    `${record.channel}|${record.direction}|${record.queueCode}|${record.enteredAt}|${record.customerKey ?? ''}|${d.agent ?? ''}|${record.outcome}|${record.waitSeconds}`,
  );

/**
 * Completes a draft: the outcome from the answer time when the input has none; the wait from the
 * answer (or, unanswered, the end) time when no duration is given — a given duration always wins
 * over a difference of timestamps; the answer time as entry + wait for answered calls; talk as
 * end − answer − hold; the end as answer + talk + hold (answered) or entry + wait (unanswered).
 * Returns the record, or the reason it cannot be one.
 */
export const finishContact = (d: ContactDraft, ctx: FinishContext): ContactRecord | string => {
  const { label } = ctx;
  if (d.queue === null || d.queue === '') return `${label('queue')} is empty`;
  const enteredAt = d.enteredAt;
  if (enteredAt === null) return `${label('enteredAt')} is empty`;
  let outcome = d.outcome;
  if (outcome === null) {
    if (d.answeredAt !== null) outcome = 'answered';
    else if (ctx.outcomeGiven) return `${label('outcome')} is empty and the contact has no answer time`;
    else outcome = 'abandoned';
  }
  const answered = outcome === 'answered';
  if (d.waitSeconds !== null && d.waitSeconds < 0) return negative(label('waitSeconds'), d.waitSeconds);
  if (d.talkSeconds !== null && d.talkSeconds < 0) return negative(label('talkSeconds'), d.talkSeconds);
  if (d.holdSeconds !== null && d.holdSeconds < 0) return negative(label('holdSeconds'), d.holdSeconds);
  if (d.wrapSeconds !== null && d.wrapSeconds < 0) return negative(label('wrapSeconds'), d.wrapSeconds);
  let answeredAt = d.answeredAt;
  let endedAt = d.endedAt;
  if (answeredAt !== null && answeredAt < enteredAt) {
    return `${label('answeredAt')} ${isoOf(answeredAt)} is before ${label('enteredAt')} ${isoOf(enteredAt)}`;
  }
  if (endedAt !== null && endedAt < (answeredAt ?? enteredAt)) {
    const [what, at] = answeredAt === null ? ['enteredAt', enteredAt] : ['answeredAt', answeredAt];
    return `${label('endedAt')} ${isoOf(endedAt)} is before ${label(what as CanonicalField)} ${isoOf(at)}`;
  }
  let wait = d.waitSeconds;
  if (wait === null) {
    if (answeredAt !== null) wait = (answeredAt - enteredAt) / 1000;
    else if (!answered && endedAt !== null) wait = (endedAt - enteredAt) / 1000;
    else return `${label('waitSeconds')} is empty and there is no ${answered ? 'answer' : 'end'} time to derive the wait from`;
  }
  if (answered && answeredAt === null) answeredAt = enteredAt + Math.round(wait * 1000);
  const hold = d.holdSeconds;
  let talk = d.talkSeconds;
  if (talk === null && answered && answeredAt !== null && endedAt !== null) {
    talk = (endedAt - answeredAt) / 1000 - (hold ?? 0);
    if (talk < 0) return `${label('holdSeconds')}: ${hold} is longer than the time from answer to end`;
  }
  if (endedAt === null) {
    if (!answered) endedAt = enteredAt + Math.round(wait * 1000);
    else if (answeredAt !== null && talk !== null) endedAt = answeredAt + Math.round((talk + (hold ?? 0)) * 1000);
  }
  const record: ContactRecord = {
    source: ctx.source,
    sourceId: d.sourceId ?? '',
    channel: d.channel ?? 'voice',
    direction: d.direction ?? 'inbound',
    queueCode: d.queue,
    enteredAt,
    answeredAt: answered ? answeredAt : d.answeredAt,
    endedAt,
    outcome,
    waitSeconds: wait,
    talkSeconds: talk,
    holdSeconds: hold,
    wrapSeconds: d.wrapSeconds,
    agent: d.agent,
    transferred: d.transferred ?? false,
    disposition: d.disposition,
    customerKey: d.customerId === null ? null : ctx.pseudonymise(d.customerId),
  };
  if (d.sourceId === null || d.sourceId === '') record.sourceId = derivedId(d, record);
  return record;
};
