// src/domain/simulation/agent-roster.ts — one queue's agents: shifts, breaks, log-in and log-out, and who takes the next call

import { type Slot, staffing } from './daily-profile.js';
import { type KeyedHeap, createKeyedHeap } from './min-heap.js';
import type { Random } from './random.js';
import type { SimEventName } from './sim-types.js';

type Pause = { at: number; seconds: number; reason: string };
type Segment = { start: number; end: number; pauses: Pause[] };

/**
 * An agent of one queue. `free` is when its last call, wrap-up or break ends; `key` (the heap order)
 * is the earliest moment it could take a call: `free` while logged in, the next shift's start when not.
 */
export type RosterAgent = {
  name: string;
  order: number;
  key: number;
  free: number;
  loggedIn: boolean;
  inHeap: boolean;
  segments: Segment[];
  segmentIndex: number;
  pauseIndex: number;
};

export type RosterSettings = {
  queue: string;
  agents: number | ((intervalStartMs: number) => number);
  pauses: boolean;
  weekendFactor: number;
  shares: Float64Array;
  startSeconds: number;
  days: number;
  slotsOfDay: (day: number) => Slot[];
  nameAgent: () => string;
  emit: (at: number, event: SimEventName, queue: string, agent: string, info: string) => void;
};

const daySeconds = 86_400;

/** Breaks by shift length: a lunch and a short break in a long shift, one break in a mid-length one, none in a short one. */
const planPauses = (rng: Random, start: number, end: number): Pause[] => {
  const length = end - start;
  const at = (from: number, to: number): number => start + Math.round(length * rng.uniform(from, to));
  if (length >= 5 * 3600)
    return [
      { at: at(0.4, 0.6), seconds: 1800, reason: 'Lunch' },
      { at: at(0.7, 0.85), seconds: rng.int(600, 900), reason: 'Break' },
    ];
  if (length >= 2 * 3600) return [{ at: at(0.35, 0.65), seconds: rng.int(600, 900), reason: 'Break' }];
  return [];
};

export const createRoster = (settings: RosterSettings, rng: Random) => {
  const agents: RosterAgent[] = [];
  const heap: KeyedHeap<RosterAgent> = createKeyedHeap();
  let generatedDays = 0;
  /** Shifts are known up to here; beyond the last simulated day nobody works (Infinity). */
  let generatedUntil = settings.startSeconds;

  const refreshKey = (a: RosterAgent): void => {
    a.key = a.loggedIn ? a.free : (a.segments[a.segmentIndex]?.start ?? Number.POSITIVE_INFINITY);
  };

  const addShift = (a: RosterAgent, start: number, end: number): void => {
    const pauses = settings.pauses ? planPauses(rng, start, end) : [];
    const last = a.segments[a.segments.length - 1];
    // A shift running on past midnight into the next day's is one shift: no log-out in between.
    if (last !== undefined && last.end === start) {
      last.end = end;
      last.pauses.push(...pauses);
    } else a.segments.push({ start, end, pauses });
  };

  /** Plans the next day's shifts from the staffing of each slot: agent k works the slots that need more than k agents. */
  const generateNextDay = (): void => {
    if (generatedDays >= settings.days) {
      generatedUntil = Number.POSITIVE_INFINITY;
      return;
    }
    const slots = settings.slotsOfDay(generatedDays);
    const counts = slots.map((slot) => staffing(settings.agents, slot, settings.shares, settings.weekendFactor));
    const most = Math.max(0, ...counts);
    while (agents.length < most) {
      const a: RosterAgent = {
        name: settings.nameAgent(),
        order: agents.length,
        key: Number.POSITIVE_INFINITY,
        free: Number.NEGATIVE_INFINITY,
        loggedIn: false,
        inHeap: false,
        segments: [],
        segmentIndex: 0,
        pauseIndex: 0,
      };
      agents.push(a);
    }
    for (let k = 0; k < most; k += 1) {
      const a = agents[k] as RosterAgent;
      let runStart = -1;
      for (let j = 0; j <= slots.length; j += 1) {
        const on = j < slots.length && (counts[j] as number) > k;
        if (on && runStart < 0) runStart = (slots[j] as Slot).start;
        if (!on && runStart >= 0) {
          addShift(a, runStart, (slots[j - 1] as Slot).end);
          runStart = -1;
        }
      }
      if (!a.inHeap && a.segmentIndex < a.segments.length) {
        refreshKey(a);
        a.inHeap = true;
        heap.push(a);
      }
    }
    generatedDays += 1;
    generatedUntil = settings.startSeconds + generatedDays * daySeconds;
  };

  /**
   * When the agent's next unavailable stretch begins: its next shift's log-in when logged out, else
   * its next break (taken after the call in hand, dropped when that runs past the shift's end), else
   * its log-out (after the call in hand).
   */
  const nextBlock = (a: RosterAgent): number => {
    if (!a.loggedIn) return a.segments[a.segmentIndex]?.start ?? Number.POSITIVE_INFINITY;
    const segment = a.segments[a.segmentIndex] as Segment;
    while (a.pauseIndex < segment.pauses.length) {
      const begin = Math.max((segment.pauses[a.pauseIndex] as Pause).at, a.free);
      if (begin < segment.end) return begin;
      a.pauseIndex += 1;
    }
    return Math.max(segment.end, a.free);
  };

  /** Lives through the agent's next block and writes its member events. */
  const applyBlock = (a: RosterAgent): void => {
    const begin = nextBlock(a);
    const segment = a.segments[a.segmentIndex] as Segment;
    if (!a.loggedIn) {
      settings.emit(begin, 'ADDMEMBER', settings.queue, a.name, '');
      a.loggedIn = true;
      a.free = begin;
      a.pauseIndex = 0;
    } else if (a.pauseIndex < segment.pauses.length) {
      const pause = segment.pauses[a.pauseIndex] as Pause;
      settings.emit(begin, 'PAUSE', settings.queue, a.name, pause.reason);
      settings.emit(begin + pause.seconds, 'UNPAUSE', settings.queue, a.name, '');
      a.free = begin + pause.seconds;
      a.pauseIndex += 1;
    } else {
      const next = a.segments[a.segmentIndex + 1];
      a.segmentIndex += 1;
      a.pauseIndex = 0;
      if (next === undefined || begin < next.start) {
        settings.emit(begin, 'REMOVEMEMBER', settings.queue, a.name, '');
        a.loggedIn = false;
        a.free = begin;
      }
      if (a.segmentIndex > 32) {
        a.segments.splice(0, a.segmentIndex);
        a.segmentIndex = 0;
      }
    }
    refreshKey(a);
  };

  /**
   * The agent who can take a call arriving at `t` soonest (FIFO: earlier calls are already placed),
   * living through breaks and log-ins that come first; null when nobody can before `leaveAt`.
   * The agent stays at the heap's top until `assign`.
   */
  const findAgent = (t: number, leaveAt: number): RosterAgent | null => {
    for (;;) {
      const a = heap.top();
      const soonest = a === undefined ? Number.POSITIVE_INFINITY : Math.max(a.key, t);
      if (Math.min(soonest, leaveAt) >= generatedUntil) {
        generateNextDay();
        continue;
      }
      if (a === undefined || soonest >= leaveAt) return null;
      const block = nextBlock(a);
      if (block > soonest) return a;
      if (block >= generatedUntil) {
        generateNextDay();
        continue;
      }
      applyBlock(a);
      if (a.key === Number.POSITIVE_INFINITY) {
        heap.pop();
        a.inHeap = false;
      } else heap.topIncreased();
    }
  };

  /** The agent found by `findAgent` is busy (ringing, talking, wrapping up) until `until`. */
  const assign = (a: RosterAgent, until: number): void => {
    a.free = until;
    a.key = until;
    heap.topIncreased();
  };

  /** Lives through every block that begins by `time`, so that all member events before it are written. */
  const advanceTo = (time: number): void => {
    while (generatedUntil <= time && generatedUntil !== Number.POSITIVE_INFINITY) generateNextDay();
    const held: RosterAgent[] = [];
    while (heap.size() > 0) held.push(heap.pop() as RosterAgent);
    for (const a of held) {
      for (;;) {
        const block = nextBlock(a);
        if (block > time || block === Number.POSITIVE_INFINITY) break;
        if (block >= generatedUntil) generateNextDay();
        else applyBlock(a);
      }
      if (a.key === Number.POSITIVE_INFINITY) a.inHeap = false;
      else heap.push(a);
    }
  };

  /** Makes sure shifts are planned through the given day (0-based). */
  const planThrough = (day: number): void => {
    while (generatedDays <= day && generatedUntil !== Number.POSITIVE_INFINITY) generateNextDay();
  };

  return { findAgent, assign, advanceTo, planThrough, agents };
};

export type Roster = ReturnType<typeof createRoster>;
