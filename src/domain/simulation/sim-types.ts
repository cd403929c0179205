// src/domain/simulation/sim-types.ts — the simulator's options, its true calls and the queue_log events it writes them as

import type { ContactRecord } from '../contacts/contact.js';
import type { EventTable } from './event-table.js';

/** One queue of the simulated centre. Agents serve this queue only, so every call's truth stays exact. */
export type SimQueue = {
  /** The queue's ACD code (Asterisk's queuename): letters, digits, `_ - . @ +` only. */
  code: string;
  /**
   * Agents on shift: a number (during the profile's open hours; on weekends scaled by the weekend
   * factor), or a function of each 15-minute interval's start (epoch ms) that decides every interval.
   */
  agents: number | ((intervalStartMs: number) => number);
  meanHandleSeconds: number;
  handleSdSeconds: number;
  /** Talk-time distribution: lognormal (mean, sd) by default; exponential (mean only) for M/M/N checks. */
  handleDistribution?: 'lognormal' | 'exponential';
  /** Mean of the callers' exponential patience; Infinity for callers who never hang up. */
  meanPatienceSeconds: number;
  /** Expected calls on a weekday. */
  callsPerDay: number;
  /** The queue's own time limit (EXITWITHTIMEOUT); none by default. */
  timeoutSeconds?: number;
  /** Share of callers who would press a key to leave after some wait (EXITWITHKEY), if still waiting. */
  exitKeyShare?: number;
  /** Share of answered calls the agent transfers (BLINDTRANSFER, a quarter of them ATTENDEDTRANSFER). */
  transferShare?: number;
  /** After-call work: the agent takes no call for this long after each call (Asterisk's wrapuptime). */
  wrapSeconds?: number;
  /** Mean seconds a member's phone rings before it is answered (default 3; 0 for instant answer). */
  ringSeconds?: number;
  /** Share of answered calls whose first ring goes unanswered (RINGNOANSWER, then the same member again); default 0.03. */
  ringNoAnswerShare?: number;
  /** Ring timeout of an unanswered ring, seconds (default 15). */
  ringTimeoutSeconds?: number;
  /** Whether agents take breaks and lunch (PAUSE/UNPAUSE); default true. */
  pauses?: boolean;
};

export type SimOptions = {
  seed: number;
  /** Start of the first simulated day (epoch ms, whole seconds); each day is the next 24 hours. */
  startMs: number;
  days: number;
  queues: SimQueue[];
  /** 24 hourly or 96 quarter-hourly weights over the local day; the default is a weekday curve 08–18 with a lunch peak. */
  dailyProfile?: number[];
  /** Saturday and Sunday volume relative to a weekday (default 0.25; 0 closes the weekend). */
  weekendFactor?: number;
  /** Fixed offset of local time from UTC; the profile and weekdays are local. */
  timeZoneOffsetMinutes?: number;
  /** Agent names are the prefix and a number from 1001 (`Agent/1001`; `PJSIP/` for member interfaces). */
  agentPrefix?: string;
  /** Size of the caller population, so that customers call again (default 30 × a weekday's calls). */
  customers?: number;
  /** Share of callers with a withheld number (`anonymous` in the log, no customer in the truth); default 0.01. */
  anonymousShare?: number;
};

/** The terminal queue_log verb of a call. */
export type EndEvent =
  | 'COMPLETECALLER'
  | 'COMPLETEAGENT'
  | 'BLINDTRANSFER'
  | 'ATTENDEDTRANSFER'
  | 'ABANDON'
  | 'EXITWITHTIMEOUT'
  | 'EXITWITHKEY';

/**
 * One simulated call attempt: the canonical contact record's fields (the raw caller number instead of
 * a customer key) plus what the queue_log needs. Times are epoch ms on whole seconds, so every
 * duration equals its timestamp difference exactly. Answered calls have hold 0 (no hold is modelled)
 * and the queue's wrap-up; unanswered ones null talk, hold and wrap. The disposition of an exit by
 * key is `key:<digit>` (as the queue_log importer derives it), else null.
 */
export type SimCall = Omit<ContactRecord, 'source' | 'customerKey'> & {
  /** Asterisk's uniqueid of the caller channel, `<epochSeconds>.<n>`, unique in the run. */
  callid: string;
  /** The `<n>` of `callid` (the writers build the text from numbers). */
  channelSeq: number;
  /** The caller's number (`+4670…`), or null when withheld. */
  customerNumber: string | null;
  /** 1-based position on entering the queue. */
  origPosition: number;
  /** Position when leaving unanswered; null when answered. */
  exitPosition: number | null;
  /** When an agent's phone started ringing for the call (epoch ms); null when no agent was rung (a caller can hang up while it rings). */
  offeredAt: number | null;
  /** Seconds of the successful ring (CONNECT's ringtime); null when unanswered. */
  ringSeconds: number | null;
  /** Milliseconds of an unanswered ring before the successful one (RINGNOANSWER), or null. */
  missedRingMs: number | null;
  /** The member channel's uniqueid (CONNECT's bridged uniqueid), `<offered epoch s>.<n>`; null when unanswered. */
  agentUniqueid: string | null;
  /** The `<n>` of `agentUniqueid`. */
  agentChannelSeq: number | null;
  endEvent: EndEvent;
  /** The DTMF key of an EXITWITHKEY, else null. */
  exitKey: string | null;
  /** Where a transferred call went: extension and context (blind), bridge id (attended). */
  transferExtension: string | null;
  transferContext: string | null;
  transferBridgeId: string | null;
};

/** Every queue_log verb the simulator writes. */
export type SimEventName =
  | 'QUEUESTART'
  | 'ENTERQUEUE'
  | 'RINGNOANSWER'
  | 'RINGCANCELED'
  | 'CONNECT'
  | EndEvent
  | 'ADDMEMBER'
  | 'REMOVEMEMBER'
  | 'PAUSE'
  | 'UNPAUSE';

/**
 * One queue_log line before formatting. `call` is set for call events (the writer takes the data
 * fields from it), null for member and system events. `info` is the pause reason (PAUSE/UNPAUSE) or
 * the ring milliseconds (RINGNOANSWER/RINGCANCELED); empty otherwise.
 */
export type SimEvent = {
  /** Epoch seconds. */
  at: number;
  event: SimEventName;
  queue: string;
  agent: string;
  call: SimCall | null;
  info: string;
};

/**
 * One simulated day. `calls` are the calls that entered during the day, in order of entry, with
 * their whole truth (even when they end after midnight). `events` are the queue_log events that
 * happen during the day, in time order; an event after midnight goes with the next day, so the days'
 * events written one after another form one time-ordered log. The last day carries everything left.
 * `events` is built on first use from `eventTable`, the compact form the writers read.
 */
export type SimDay = {
  index: number;
  startMs: number;
  endMs: number;
  calls: SimCall[];
  readonly events: SimEvent[];
  eventTable: EventTable;
};

/** The canonical contact record of a simulated call, with the customer key a caller chooses (a keyed hash in production). */
export const toContactRecord = (call: SimCall, source: string, customerKey: (raw: string) => string | null): ContactRecord => ({
  source,
  sourceId: call.sourceId,
  channel: call.channel,
  direction: call.direction,
  queueCode: call.queueCode,
  enteredAt: call.enteredAt,
  answeredAt: call.answeredAt,
  endedAt: call.endedAt,
  outcome: call.outcome,
  waitSeconds: call.waitSeconds,
  talkSeconds: call.talkSeconds,
  holdSeconds: call.holdSeconds,
  wrapSeconds: call.wrapSeconds,
  agent: call.agent,
  transferred: call.transferred,
  disposition: call.disposition,
  customerKey: call.customerNumber === null ? null : customerKey(call.customerNumber),
});
