// src/domain/simulation/queue-flow.ts — one queue's calls: Poisson arrivals, FIFO to the soonest agent, patience, timeouts, key exits and transfers

import type { Outcome } from '../contacts/contact.js';
import type { Roster, RosterAgent } from './agent-roster.js';
import { type Slot, arrivalRate } from './daily-profile.js';
import { type createEventCollector, eventKind } from './event-table.js';
import { createNumberHeap } from './min-heap.js';
import { type Random, lognormalParameters } from './random.js';
import type { EndEvent, SimCall, SimQueue } from './sim-types.js';

/** What all queues share: the day's output and the caller population. */
export type SimContext = {
  calls: SimCall[];
  log: ReturnType<typeof createEventCollector>;
  customers: number;
  anonymousShare: number;
};

/** No caller waits longer than a day, so a queue without patience, timeout or agents still ends every call. */
const longestWait = 86_400;

const hex8 = (rng: Random): string =>
  Math.floor(rng.next() * 4294967296)
    .toString(16)
    .padStart(8, '0');

/** A bridge id in the shape Asterisk gives them (a UUID). */
const bridgeId = (rng: Random): string => {
  const a = hex8(rng);
  const b = hex8(rng);
  const c = hex8(rng);
  return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${hex8(rng)}`;
};

/** Swedish mobile numbers, one per customer index below 9 000 000 (7919 is prime to 9 000 000, so the mapping is one to one). */
const customerNumber = (index: number): string => `+4670${1_000_000 + ((index * 7919 + 1_234_567) % 9_000_000)}`;

const outcomeOf: Record<EndEvent, Outcome> = {
  COMPLETECALLER: 'answered',
  COMPLETEAGENT: 'answered',
  BLINDTRANSFER: 'answered',
  ATTENDEDTRANSFER: 'answered',
  ABANDON: 'abandoned',
  EXITWITHTIMEOUT: 'timeout',
  EXITWITHKEY: 'exit_key',
};

export const createQueueFlow = (queue: SimQueue, roster: Roster, rng: Random, ctx: SimContext, weekendFactor: number) => {
  const code = queue.code;
  const waiting = createNumberHeap();
  const { mu, sigma } = lognormalParameters(queue.meanHandleSeconds, queue.handleSdSeconds);
  const exponentialHandle = queue.handleDistribution === 'exponential';
  const wrap = queue.wrapSeconds ?? 0;
  const timeout = queue.timeoutSeconds ?? Number.POSITIVE_INFINITY;
  const exitKeyShare = queue.exitKeyShare ?? 0;
  const transferShare = queue.transferShare ?? 0;
  const ringMean = queue.ringSeconds ?? 3;
  const ringNoAnswerShare = queue.ringNoAnswerShare ?? 0.03;
  const ringTimeout = queue.ringTimeoutSeconds ?? 15;

  const handleSeconds = (): number => {
    const x = exponentialHandle ? rng.exponential(queue.meanHandleSeconds) : Math.exp(mu + sigma * rng.normal());
    return Math.max(1, Math.round(x));
  };

  /** What ends the wait if no agent answers first (set by `waitLimit`). */
  let limitEnd: EndEvent = 'ABANDON';

  /** How long the caller will wait at most, and (in `limitEnd`) what ends the wait: hanging up, the queue's timeout, or a key. */
  const waitLimit = (): number => {
    let limit = Math.min(longestWait, Math.max(1, Math.round(rng.exponential(queue.meanPatienceSeconds))));
    limitEnd = 'ABANDON';
    if (timeout < limit) {
      limit = timeout;
      limitEnd = 'EXITWITHTIMEOUT';
    }
    if (exitKeyShare > 0 && rng.next() < exitKeyShare) {
      const keyAfter = rng.int(15, 120);
      if (keyAfter < limit) {
        limit = keyAfter;
        limitEnd = 'EXITWITHKEY';
      }
    }
    return limit;
  };

  const newCall = (t: number, origPosition: number): SimCall => {
    const anonymous = ctx.anonymousShare > 0 && rng.next() < ctx.anonymousShare;
    const u = rng.next();
    // Squaring skews the choice towards low indices: a few customers call often, most rarely.
    const number = anonymous ? null : customerNumber(Math.floor(ctx.customers * u * u));
    return {
      sourceId: '',
      channel: 'voice',
      direction: 'inbound',
      queueCode: code,
      enteredAt: t * 1000,
      answeredAt: null,
      endedAt: null,
      outcome: 'other',
      waitSeconds: 0,
      talkSeconds: null,
      holdSeconds: null,
      wrapSeconds: null,
      agent: null,
      transferred: false,
      disposition: null,
      callid: '',
      channelSeq: 0,
      customerNumber: number,
      origPosition,
      exitPosition: null,
      offeredAt: null,
      ringSeconds: null,
      missedRingMs: null,
      agentUniqueid: null,
      agentChannelSeq: null,
      endEvent: 'ABANDON',
      exitKey: null,
      transferExtension: null,
      transferContext: null,
      transferBridgeId: null,
    };
  };

  const answer = (call: SimCall, agent: RosterAgent, offeredAt: number, connectAt: number, ring: number, missed: boolean): void => {
    const talk = handleSeconds();
    const endAt = connectAt + talk;
    roster.assign(agent, endAt + wrap);
    const t = call.enteredAt / 1000;
    call.answeredAt = connectAt * 1000;
    call.endedAt = endAt * 1000;
    call.outcome = 'answered';
    call.waitSeconds = connectAt - t;
    call.talkSeconds = talk;
    call.holdSeconds = 0;
    call.wrapSeconds = wrap;
    call.agent = agent.name;
    call.offeredAt = offeredAt * 1000;
    call.ringSeconds = ring;
    call.missedRingMs = missed ? ringTimeout * 1000 : null;
    call.endEvent = rng.next() < 0.6 ? 'COMPLETECALLER' : 'COMPLETEAGENT';
    if (transferShare > 0 && rng.next() < transferShare) {
      call.transferred = true;
      call.endEvent = rng.next() < 0.25 ? 'ATTENDEDTRANSFER' : 'BLINDTRANSFER';
      call.transferExtension = String(rng.int(2000, 2099));
      call.transferContext = 'from-internal';
      if (call.endEvent === 'ATTENDEDTRANSFER') call.transferBridgeId = bridgeId(rng);
    }
    waiting.push(connectAt);
    if (missed) ctx.log.call(offeredAt + ringTimeout, eventKind.ringNoAnswer, call);
    ctx.log.call(connectAt, eventKind.connect, call);
    ctx.log.call(endAt, eventKind.end, call);
  };

  /** The caller leaves unanswered at `leaveAt`; a member rung at `offeredAt` stops ringing then. */
  const leave = (call: SimCall, end: EndEvent, leaveAt: number, agent: RosterAgent | null, offeredAt: number, missed: boolean): void => {
    const t = call.enteredAt / 1000;
    call.endedAt = leaveAt * 1000;
    call.outcome = outcomeOf[end];
    call.waitSeconds = leaveAt - t;
    call.endEvent = end;
    call.exitPosition = waiting.countAbove(leaveAt) + 1;
    if (end === 'EXITWITHKEY') {
      call.exitKey = rng.next() < 0.8 ? '1' : '0';
      call.disposition = `key:${call.exitKey}`;
    }
    waiting.push(leaveAt);
    if (agent !== null) {
      roster.assign(agent, leaveAt);
      call.offeredAt = offeredAt * 1000;
      const missedShown = missed && offeredAt + ringTimeout < leaveAt;
      if (missedShown) {
        const info = String(ringTimeout * 1000);
        ctx.log.object({ at: offeredAt + ringTimeout, event: 'RINGNOANSWER', queue: code, agent: agent.name, call, info });
      }
      const ringing = leaveAt - (missedShown ? offeredAt + ringTimeout : offeredAt);
      ctx.log.object({ at: leaveAt, event: 'RINGCANCELED', queue: code, agent: agent.name, call, info: String(ringing * 1000) });
    }
    ctx.log.call(leaveAt, eventKind.end, call);
  };

  /** One caller entering the queue at second `t`. */
  const arrive = (t: number): void => {
    waiting.dropUpTo(t);
    const call = newCall(t, waiting.size() + 1);
    ctx.calls.push(call);
    ctx.log.call(t, eventKind.enter, call);
    const leaveAt = t + waitLimit();
    const end = limitEnd;
    const agent = roster.findAgent(t, leaveAt);
    if (agent === null) {
      leave(call, end, leaveAt, null, 0, false);
      return;
    }
    const offeredAt = Math.max(agent.key, t);
    const missed = ringNoAnswerShare > 0 && rng.next() < ringNoAnswerShare;
    const ring = ringMean > 0 ? rng.int(1, Math.max(1, 2 * ringMean - 1)) : 0;
    const connectAt = offeredAt + (missed ? ringTimeout : 0) + ring;
    if (connectAt < leaveAt) answer(call, agent, offeredAt, connectAt, ring, missed);
    else leave(call, end, leaveAt, agent, offeredAt, missed);
  };

  /** The day's arrivals: a Poisson process whose rate is constant within each quarter hour, floored to whole seconds. */
  const simulateSlots = (slots: Slot[], shares: Float64Array): void => {
    for (const slot of slots) {
      const rate = arrivalRate(slot, shares, queue.callsPerDay, weekendFactor);
      if (rate <= 0) continue;
      const meanGap = 1 / rate;
      let x = slot.start;
      for (;;) {
        x += rng.exponential(meanGap);
        if (x >= slot.end) break;
        arrive(Math.floor(x));
      }
    }
  };

  return { simulateSlots };
};
