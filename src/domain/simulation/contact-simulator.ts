// src/domain/simulation/contact-simulator.ts — a seeded, reproducible contact centre that yields each day's true calls and queue_log events

import { createRoster } from './agent-roster.js';
import { type Slot, profileShares, slotsBetween } from './daily-profile.js';
import { type EventTable, createEventCollector, expandEvents, orderBySecond } from './event-table.js';
import { type SimContext, createQueueFlow } from './queue-flow.js';
import { createRandom } from './random.js';
import { resolveSimOptions } from './sim-options.js';
import type { SimCall, SimDay, SimEvent, SimOptions } from './sim-types.js';

const daySeconds = 86_400;

/** The queues' calls merged in order of entry (each queue's own are already in order). */
const inOrderOfEntry = (calls: SimCall[]): SimCall[] => {
  const seconds = new Float64Array(calls.length);
  for (let i = 0; i < calls.length; i += 1) seconds[i] = (calls[i] as SimCall).enteredAt / 1000;
  const order = orderBySecond(seconds);
  const sorted = new Array<SimCall>(calls.length);
  for (let j = 0; j < order.length; j += 1) sorted[j] = calls[order[j] as number] as SimCall;
  return sorted;
};

/**
 * Asterisk numbers channels in the order it creates them, so the ids are given once the day's calls
 * of all queues are in order of entry: the caller's channel, then (when answered) the agent's.
 * Returns the next free number.
 */
const nameChannels = (calls: SimCall[], first: number): number => {
  let seq = first;
  for (const c of calls) {
    c.channelSeq = seq;
    c.callid = `${c.enteredAt / 1000}.${seq}`;
    c.sourceId = `${c.callid}:${c.queueCode}`;
    seq += 1;
    if (c.answeredAt !== null) {
      c.agentChannelSeq = seq;
      c.agentUniqueid = `${(c.offeredAt as number) / 1000}.${seq}`;
      seq += 1;
    }
  }
  return seq;
};

const dayOf = (index: number, startMs: number, endMs: number, calls: SimCall[], eventTable: EventTable): SimDay => {
  let events: SimEvent[] | null = null;
  return {
    index,
    startMs,
    endMs,
    calls,
    eventTable,
    get events() {
      events ??= expandEvents(eventTable);
      return events;
    },
  };
};

/**
 * The model, per queue: non-homogeneous Poisson arrivals (constant within each local quarter hour),
 * one FIFO line, agents of that queue only (shifts from the staffing, breaks, log-in and log-out),
 * lognormal talk times, exponential patience, an optional queue timeout and key exit, transfers.
 * Everything happens on whole seconds, so every wait and talk time written in the queue_log equals
 * the timestamp differences and the truth exactly. Each queue draws from its own random streams, so
 * adding a queue after the others leaves their calls' times, outcomes and agents unchanged (only the
 * channel numbers in the callids shift).
 */
const createSimulation = (options: SimOptions) => {
  const o = resolveSimOptions(options);
  const shares = profileShares(o.dailyProfile);
  const offsetSeconds = o.timeZoneOffsetMinutes * 60;
  const dayStart = (day: number): number => o.startSeconds + day * daySeconds;
  const slotCache = new Map<number, Slot[]>();
  const slotsOfDay = (day: number): Slot[] => {
    let slots = slotCache.get(day);
    if (slots === undefined) {
      slots = slotsBetween(dayStart(day), dayStart(day + 1), offsetSeconds);
      slotCache.set(day, slots);
      slotCache.delete(day - 2);
    }
    return slots;
  };
  let channelSeq = 1;
  const ctx: SimContext = { calls: [], log: createEventCollector(), customers: o.customers, anonymousShare: o.anonymousShare };
  let agentNumber = 1001;
  const flows = o.queues.map((queue, i) => {
    const roster = createRoster(
      {
        queue: queue.code,
        agents: queue.agents,
        pauses: queue.pauses ?? true,
        weekendFactor: o.weekendFactor,
        shares,
        startSeconds: o.startSeconds,
        days: o.days,
        slotsOfDay,
        nameAgent: () => `${o.agentPrefix}${agentNumber++}`,
        emit: (at, event, q, agent, info) => ctx.log.object({ at, event, queue: q, agent, call: null, info }),
      },
      createRandom(o.seed, 2 * i + 1),
    );
    const flow = createQueueFlow(queue, roster, createRandom(o.seed, 2 * i + 2), ctx, o.weekendFactor);
    return { roster, flow };
  });
  const simulateDay = (day: number): SimDay => {
    const start = dayStart(day);
    const end = dayStart(day + 1);
    const last = day === o.days - 1;
    ctx.calls = [];
    if (day === 0) ctx.log.object({ at: start, event: 'QUEUESTART', queue: 'NONE', agent: 'NONE', call: null, info: '' });
    for (const { roster, flow } of flows) {
      roster.planThrough(day + 1);
      flow.simulateSlots(slotsOfDay(day), shares);
    }
    for (const { roster } of flows) roster.advanceTo(last ? Number.POSITIVE_INFINITY : end);
    // Events after midnight (calls and breaks running on) belong to the next day's part of the log.
    const eventTable = ctx.log.takeBefore(last ? Number.POSITIVE_INFINITY : end);
    const calls = inOrderOfEntry(ctx.calls);
    ctx.calls = [];
    channelSeq = nameChannels(calls, channelSeq);
    return dayOf(day, start * 1000, end * 1000, calls, eventTable);
  };

  return { days: o.days, simulateDay };
};

function* eachDay(simulation: ReturnType<typeof createSimulation>): Generator<SimDay, void, undefined> {
  // A generator function (not an arrow): it is what makes the days lazy.
  for (let day = 0; day < simulation.days; day += 1) yield simulation.simulateDay(day);
}

/**
 * Simulates the centre day by day; only one day's calls and events are held at a time, so millions
 * of calls stream through. The same options (seed included) always yield the same days. The options
 * are checked at once (CCQ_ERR_VALIDATION), not at the first day.
 */
export const simulateDays = (options: SimOptions): Generator<SimDay, void, undefined> => eachDay(createSimulation(options));

/** Every day at once, for tests and small fixtures. */
export const simulateAll = (options: SimOptions): { calls: SimCall[]; events: SimEvent[] } => {
  const calls: SimCall[] = [];
  const events: SimEvent[] = [];
  for (const day of simulateDays(options)) {
    for (const c of day.calls) calls.push(c);
    for (const e of day.events) events.push(e);
  }
  return { calls, events };
};
