// src/domain/imports/queue-log/reconstruct.ts — Asterisk queue_log events → one contact per call and queue, and agent-state intervals

import type { ContactRecord, Outcome } from '../../contacts/contact.js';
import type { ImportSink } from '../importer.js';

/**
 * The data fields of an event (data1, data2…): `text.slice(start, end)` joined by `|`. They stay in
 * the line they came from until a field is asked for, so an event costs no array and no copies.
 */
export type DataFields = { text: string; start: number; end: number };

/** One queue_log event, whichever layout it came from. `time` is epoch milliseconds. */
export type QueueLogEvent = {
  line: number;
  time: number;
  callid: string;
  queue: string;
  agent: string;
  verb: string;
  data: DataFields;
};

/** The index-th data field (from 0), '' when the event has fewer. */
export const dataField = (d: DataFields, index: number): string => {
  let from = d.start;
  for (let i = 0; i < index; i++) {
    const bar = d.text.indexOf('|', from);
    if (bar === -1 || bar >= d.end) return '';
    from = bar + 1;
  }
  if (from > d.end) return '';
  const bar = d.text.indexOf('|', from);
  return d.text.slice(from, bar === -1 || bar >= d.end ? d.end : bar);
};

/** The index-th data field counted back from the last non-empty one (a stray trailing `|` does not shift it). */
const dataFieldFromEnd = (d: DataFields, index: number): string | undefined => {
  const previousBar = (end: number): number => (end - 1 >= d.start ? d.text.lastIndexOf('|', end - 1) : -1);
  let end = d.end;
  while (end > d.start && d.text.charCodeAt(end - 1) === 124) end -= 1; // trailing '|'
  for (let i = 0; i < index; i++) {
    const bar = previousBar(end);
    if (bar < d.start) return undefined;
    end = bar;
  }
  const bar = previousBar(end);
  return d.text.slice(bar < d.start ? d.start : bar + 1, end);
};

type OpenCall = {
  callid: string;
  queue: string;
  enteredAt: number;
  line: number;
  customer: string | null;
  answeredAt: number | null;
  agent: string | null;
};

type Session = { agent: string; queue: string | null; state: 'available' | 'paused'; reason: string | null; since: number };

export type ReconstructOptions = {
  source: string;
  /** Null when the identifier names no one (empty, anonymous). */
  pseudonymise: (raw: string) => string | null;
  /**
   * A call still open at the end of the input that entered the queue more than this long before the
   * last event is closed as `other` (never closed); a younger one is left pending, because a longer
   * copy of a growing queue_log will hold its end.
   */
  openCallHorizonMs: number;
};

/** Terminal events: which outcome they mean and where their wait and talk seconds sit, counted from the end for variable-length data. */
type Terminal = { outcome: Outcome; wait: number; talk?: number; transfer?: true; fromEnd?: true };
const terminalByVerb: Record<string, Terminal> = {
  COMPLETECALLER: { outcome: 'answered', wait: 0, talk: 1 },
  COMPLETEAGENT: { outcome: 'answered', wait: 0, talk: 1 },
  // Transfers: extension|context|holdtime|calltime|origposition (ATTENDEDTRANSFER has 1–2 more method fields up front).
  TRANSFER: { outcome: 'answered', wait: 2, talk: 1, transfer: true, fromEnd: true },
  BLINDTRANSFER: { outcome: 'answered', wait: 2, talk: 1, transfer: true, fromEnd: true },
  ATTENDEDTRANSFER: { outcome: 'answered', wait: 2, talk: 1, transfer: true, fromEnd: true },
  ABANDON: { outcome: 'abandoned', wait: 2 },
  EXITWITHTIMEOUT: { outcome: 'timeout', wait: 2 },
  EXITWITHKEY: { outcome: 'exit_key', wait: 3 },
  EXITEMPTY: { outcome: 'exit_empty', wait: 2 },
  WITHDRAW: { outcome: 'withdrawn', wait: 2 },
  // Answered, but the channels could not be bridged: a technical failure, not the caller's choice.
  SYSCOMPAT: { outcome: 'other', wait: -1 },
};

const terminal = new Map(Object.entries(terminalByVerb));

const noCaller = new Set(['', 'anonymous', 'unknown', 'restricted', 'withheld']);

/** A data field as whole or fractional seconds, or null when absent or not a number. */
const seconds = (text: string | undefined): number | null => {
  if (text === undefined || text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 ? n : null;
};

const field = (d: DataFields, index: number, fromEnd: boolean | undefined): string | undefined => {
  if (index < 0) return undefined;
  return fromEnd ? dataFieldFromEnd(d, index) : dataField(d, index);
};

/**
 * Rebuilds calls from ENTERQUEUE to their one terminal event, per callid and queue, and agent
 * sessions from membership, login and pause events. Durations come from the data fields when
 * present (Asterisk measured them) and from timestamp differences otherwise.
 */
export const createReconstructor = (options: ReconstructOptions, sink: ImportSink) => {
  /** Open calls per queue, then per callid (two lookups on strings the parser made, no key to build). */
  const calls = new Map<string, Map<string, OpenCall>>();
  const callsOf = (queue: string): Map<string, OpenCall> => {
    let m = calls.get(queue);
    if (m === undefined) {
      m = new Map();
      calls.set(queue, m);
    }
    return m;
  };
  const sessions = new Map<string, Session>();
  let lastTime = 0;
  let lastLine = 0;
  let warnings = 0;
  let orphans = 0;

  const warn = (line: number, code: string, message: string): void => {
    warnings += 1;
    sink.warn({ line, code, message });
  };

  const emitContact = (
    call: OpenCall,
    outcome: Outcome,
    endedAt: number,
    waitData: number | null,
    talkData: number | null,
    transferred: boolean,
    disposition: string | null,
  ): void => {
    const waitSeconds = waitData ?? Math.max(0, ((call.answeredAt ?? endedAt) - call.enteredAt) / 1000);
    const answered = outcome === 'answered';
    const answeredAt = answered ? (call.answeredAt ?? call.enteredAt + waitSeconds * 1000) : null;
    const talkSeconds = answered ? (talkData ?? Math.max(0, (endedAt - (answeredAt as number)) / 1000)) : null;
    const record: ContactRecord = {
      source: options.source,
      sourceId: `${call.callid}:${call.queue}@${Math.floor(call.enteredAt / 1000)}`,
      channel: 'voice',
      direction: 'inbound',
      queueCode: call.queue,
      enteredAt: call.enteredAt,
      answeredAt,
      endedAt,
      outcome,
      waitSeconds,
      talkSeconds,
      holdSeconds: null,
      wrapSeconds: null,
      agent: answered ? call.agent : null,
      transferred,
      disposition,
      customerKey: call.customer === null ? null : options.pseudonymise(call.customer),
    };
    sink.contact(record);
  };

  /** Closes a call the log never finished: a connected call was answered (talk measured to the close), any other is `other`. */
  const forceClose = (call: OpenCall, at: number, code: string, line: number, why: string): void => {
    emitContact(call, call.answeredAt === null ? 'other' : 'answered', at, null, null, false, code);
    warn(line, code, `call ${call.callid} in queue ${call.queue} (entered on line ${call.line}) ${why}`);
  };

  const closeSession = (key: string, s: Session, at: number): void => {
    if (at > s.since)
      sink.agentState({ agent: s.agent, queueCode: s.queue, state: s.state, reason: s.reason, startAt: s.since, endAt: at });
    sessions.delete(key);
  };

  const setState = (agent: string, queue: string | null, state: Session['state'], reason: string | null, at: number): void => {
    const key = `${agent}\u0000${queue ?? ''}`;
    const s = sessions.get(key);
    if (s === undefined) {
      sessions.set(key, { agent, queue, state, reason, since: at });
      return;
    }
    if (s.state === state && s.reason === reason) return;
    if (at > s.since) sink.agentState({ agent, queueCode: queue, state: s.state, reason: s.reason, startAt: s.since, endAt: at });
    sessions.set(key, { agent, queue, state, reason, since: at });
  };

  /** PAUSEALL/UNPAUSEALL: every queue session of the agent, or the agent-wide one when it has none. */
  const setAllStates = (agent: string, state: Session['state'], reason: string | null, at: number): void => {
    let any = false;
    for (const s of [...sessions.values()]) {
      if (s.agent !== agent) continue;
      any = true;
      setState(agent, s.queue, state, reason, at);
    }
    if (!any) setState(agent, null, state, reason, at);
  };

  const restart = (e: QueueLogEvent): void => {
    for (const queue of calls.values())
      for (const call of queue.values()) forceClose(call, e.time, 'open_at_restart', e.line, 'was still open when the queue restarted');
    calls.clear();
    for (const [key, s] of [...sessions]) closeSession(key, s, e.time);
  };

  /** Handles ENTERQUEUE, CONNECT and the terminal events; false for any other verb. */
  const onCallEvent = (e: QueueLogEvent): boolean => {
    const end = terminal.get(e.verb);
    if (end === undefined && e.verb !== 'ENTERQUEUE' && e.verb !== 'CONNECT') return false;
    if (e.queue === '' || e.queue === 'NONE') return true;
    const open = callsOf(e.queue);
    const key = e.callid;
    if (e.verb === 'ENTERQUEUE') {
      const previous = open.get(key);
      if (previous !== undefined) forceClose(previous, e.time, 'reentered_without_exit', e.line, 'entered the queue again before it left');
      const caller = dataField(e.data, 1).trim();
      open.set(key, {
        callid: e.callid,
        queue: e.queue,
        enteredAt: e.time,
        line: e.line,
        customer: noCaller.has(caller.toLowerCase()) ? null : caller,
        answeredAt: null,
        agent: null,
      });
      return true;
    }
    const call = open.get(key);
    if (call === undefined) {
      orphans += 1;
      return true;
    }
    if (end === undefined) {
      // CONNECT
      call.answeredAt = e.time;
      call.agent = e.agent === '' || e.agent === 'NONE' ? null : e.agent;
      return true;
    }
    open.delete(key);
    if (call.agent === null && e.agent !== '' && e.agent !== 'NONE' && end.outcome === 'answered') call.agent = e.agent;
    const wait = seconds(field(e.data, end.wait, end.fromEnd));
    const talk = end.talk === undefined ? null : seconds(field(e.data, end.talk, end.fromEnd));
    const disposition = e.verb === 'EXITWITHKEY' ? `key:${dataField(e.data, 0)}` : e.verb === 'SYSCOMPAT' ? 'syscompat' : null;
    emitContact(call, end.outcome, e.time, wait, talk, end.transfer === true, disposition);
    return true;
  };

  const onAgentEvent = (e: QueueLogEvent): boolean => {
    const queue = e.queue === '' || e.queue === 'NONE' ? null : e.queue;
    switch (e.verb) {
      case 'ADDMEMBER':
        if (queue !== null && !sessions.has(`${e.agent}\u0000${queue}`))
          setState(e.agent, queue, dataField(e.data, 0) === 'PAUSED' ? 'paused' : 'available', null, e.time);
        return true;
      case 'REMOVEMEMBER':
      case 'AGENTLOGOFF':
      case 'AGENTCALLBACKLOGOFF': {
        const key = `${e.agent}\u0000${e.verb === 'REMOVEMEMBER' ? (queue ?? '') : ''}`;
        const s = sessions.get(key);
        if (s !== undefined) closeSession(key, s, e.time);
        return true;
      }
      case 'AGENTLOGIN':
      case 'AGENTCALLBACKLOGIN':
        if (!sessions.has(`${e.agent}\u0000`)) setState(e.agent, null, 'available', null, e.time);
        return true;
      case 'PAUSE':
      case 'UNPAUSE':
      case 'PAUSEALL':
      case 'UNPAUSEALL': {
        const state = e.verb.startsWith('UN') ? 'available' : 'paused';
        const first = state === 'paused' ? dataField(e.data, 0) : '';
        const reason = first !== '' ? first : null;
        if (queue === null || e.verb.endsWith('ALL')) setAllStates(e.agent, state, reason, e.time);
        else setState(e.agent, queue, state, reason, e.time);
        return true;
      }
      default:
        return false;
    }
  };

  return {
    event: (e: QueueLogEvent): void => {
      if (e.time > lastTime) lastTime = e.time;
      lastLine = e.line;
      if (e.verb === 'QUEUESTART') {
        restart(e);
        return;
      }
      // RINGNOANSWER, RINGCANCELED, AGENTDUMP and unknown verbs are neither: not the end of a call.
      if (!onCallEvent(e)) onAgentEvent(e);
    },
    /** Closes calls the log never finished (older than the horizon) and reports how many are left pending. */
    end: (): void => {
      let pending = 0;
      for (const call of [...calls.values()].flatMap((q) => [...q.values()])) {
        if (lastTime - call.enteredAt > options.openCallHorizonMs)
          forceClose(call, lastTime, 'never_closed', lastLine, 'has no terminal event in the file');
        else pending += 1;
      }
      calls.clear();
      if (pending > 0)
        warn(lastLine, 'open_at_end', `${pending} calls were still in progress at the end of the file; a longer copy will import them`);
      if (orphans > 0)
        warn(
          0,
          'event_without_enterqueue',
          `${orphans} call events had no ENTERQUEUE in the file (the call began in an earlier, rotated file)`,
        );
    },
    warnings: (): number => warnings,
  };
};
