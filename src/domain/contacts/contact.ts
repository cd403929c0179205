// src/domain/contacts/contact.ts — the canonical contact record every importer produces and the KPI engine reads

import type { Channel } from '../organisations/model.js';

/** How the customer reached the centre: the same channels a queue has. */
export { type Channel, channels } from '../organisations/model.js';

export const directions = ['inbound', 'outbound', 'internal'] as const;
export type Direction = (typeof directions)[number];

/**
 * How a contact attempt left the queue. `abandoned` is the caller hanging up while waiting;
 * `timeout` the queue's own time limit; `exit_key` a key pressed to leave (a callback, a voicemail);
 * `exit_empty` no agent reachable; `withdrawn` taken out by the system (Asterisk's WITHDRAW);
 * `other` anything else, including contacts a restart left open. Which of these count as abandoned
 * is a KPI parameter (`abandonOutcomes`), not a property of the record.
 */
export const outcomes = ['answered', 'abandoned', 'timeout', 'exit_key', 'exit_empty', 'withdrawn', 'other'] as const;
export type Outcome = (typeof outcomes)[number];

/** Asterisk's own statistics count these as abandoned; an exit by key is not (it is a chosen route). */
export const defaultAbandonOutcomes: readonly Outcome[] = ['abandoned', 'timeout', 'exit_empty', 'withdrawn'];

/**
 * One contact attempt in one queue, as imported. Times are epoch milliseconds (UTC); durations are
 * whole or fractional seconds, null where the source does not know them. The customer key is a
 * keyed hash of the caller's number or account — the raw identifier is never kept.
 */
export type ContactRecord = {
  /** The system the record came from (`asterisk`, `csv:<profile>`, `jsonl`). */
  source: string;
  /** Stable identity within the source, so a re-import recognises the same contact. */
  sourceId: string;
  channel: Channel;
  direction: Direction;
  /** The queue's code as the source names it (Asterisk's queuename). */
  queueCode: string;
  enteredAt: number;
  answeredAt: number | null;
  endedAt: number | null;
  outcome: Outcome;
  waitSeconds: number;
  talkSeconds: number | null;
  holdSeconds: number | null;
  wrapSeconds: number | null;
  agent: string | null;
  transferred: boolean;
  disposition: string | null;
  customerKey: string | null;
};

/**
 * A stretch of time one agent spent in one state. `queueCode` is null when the state applies to the
 * agent everywhere (Asterisk's AGENTLOGIN or PAUSEALL). Logged-in time is `available` + `paused`.
 */
export type AgentStateInterval = {
  agent: string;
  queueCode: string | null;
  state: 'available' | 'paused';
  reason: string | null;
  startAt: number;
  endAt: number;
};
