// src/domain/simulation/event-table.ts — a day's queue_log events in compact columns, sorted by second, expanded to objects on request

import type { SimCall, SimEvent } from './sim-types.js';

/**
 * What a compact event is. A call's own events are read off the call (its times and fields), so the
 * simulator stores only (second, kind, call) for them; rarer events (member events, a ring the caller
 * hung up on) are full `SimEvent` objects.
 */
export const eventKind = { enter: 0, connect: 1, end: 2, ringNoAnswer: 3, object: 4 } as const;

/** Events in columns: `at` (epoch seconds), `kind` and `ref` (the call, or the SimEvent for kind `object`). */
export type EventTable = {
  size: number;
  at: Float64Array;
  kind: Uint8Array;
  ref: (SimCall | SimEvent)[];
};

/** Collects events in the order they are generated; the order is causal within a second and the sort keeps it. */
export const createEventCollector = () => {
  let at: number[] = [];
  let kind: number[] = [];
  let ref: (SimCall | SimEvent)[] = [];
  return {
    call: (second: number, k: number, call: SimCall): void => {
      at.push(second);
      kind.push(k);
      ref.push(call);
    },
    object: (e: SimEvent): void => {
      at.push(e.at);
      kind.push(eventKind.object);
      ref.push(e);
    },
    /**
     * Hands out the events before `end` sorted by second (all of them when `end` is Infinity) and
     * keeps the later ones, in their order, for the next day.
     */
    takeBefore: (end: number): EventTable => {
      const order = orderBySecond(at, end);
      const size = order.length;
      const table: EventTable = { size, at: new Float64Array(size), kind: new Uint8Array(size), ref: new Array(size) };
      for (let j = 0; j < size; j += 1) {
        const i = order[j] as number;
        table.at[j] = at[i] as number;
        table.kind[j] = kind[i] as number;
        table.ref[j] = ref[i] as SimCall | SimEvent;
      }
      const keptAt: number[] = [];
      const keptKind: number[] = [];
      const keptRef: (SimCall | SimEvent)[] = [];
      if (size < at.length)
        for (let i = 0; i < at.length; i += 1) {
          if ((at[i] as number) < end) continue;
          keptAt.push(at[i] as number);
          keptKind.push(kind[i] as number);
          keptRef.push(ref[i] as SimCall | SimEvent);
        }
      at = keptAt;
      kind = keptKind;
      ref = keptRef;
      return table;
    },
  };
};

/**
 * The positions of the seconds before `end`, ordered by second and stably (a counting sort: linear
 * in the items plus the span of seconds; the built-in stable sort when the span is far larger).
 */
export const orderBySecond = (seconds: ArrayLike<number>, end = Number.POSITIVE_INFINITY): Int32Array => {
  const n = seconds.length;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let count = 0;
  for (let i = 0; i < n; i += 1) {
    const s = seconds[i] as number;
    if (s >= end) continue;
    count += 1;
    if (s < min) min = s;
    if (s > max) max = s;
  }
  const order = new Int32Array(count);
  if (count === 0) return order;
  const span = max - min + 1;
  if (span > 4 * count + 200_000) {
    const index: number[] = [];
    for (let i = 0; i < n; i += 1) if ((seconds[i] as number) < end) index.push(i);
    index.sort((a, b) => (seconds[a] as number) - (seconds[b] as number));
    order.set(index);
    return order;
  }
  const starts = new Int32Array(span + 1);
  for (let i = 0; i < n; i += 1) {
    const s = seconds[i] as number;
    if (s < end) starts[s - min + 1] = (starts[s - min + 1] as number) + 1;
  }
  for (let s = 1; s <= span; s += 1) starts[s] = (starts[s] as number) + (starts[s - 1] as number);
  for (let i = 0; i < n; i += 1) {
    const s = seconds[i] as number;
    if (s >= end) continue;
    const to = starts[s - min] as number;
    order[to] = i;
    starts[s - min] = to + 1;
  }
  return order;
};

/** One compact event as a `SimEvent` object. */
export const eventAt = (table: EventTable, j: number): SimEvent => {
  const k = table.kind[j] as number;
  const ref = table.ref[j] as SimCall | SimEvent;
  if (k === eventKind.object) return ref as SimEvent;
  const call = ref as SimCall;
  const at = table.at[j] as number;
  const agent = call.agent ?? 'NONE';
  if (k === eventKind.enter) return { at, event: 'ENTERQUEUE', queue: call.queueCode, agent: 'NONE', call, info: '' };
  if (k === eventKind.connect) return { at, event: 'CONNECT', queue: call.queueCode, agent, call, info: '' };
  if (k === eventKind.ringNoAnswer)
    return { at, event: 'RINGNOANSWER', queue: call.queueCode, agent, call, info: String(call.missedRingMs) };
  return { at, event: call.endEvent, queue: call.queueCode, agent, call, info: '' };
};

/** Every event of a table as objects, in the table's (time) order. */
export const expandEvents = (table: EventTable): SimEvent[] => {
  const out: SimEvent[] = [];
  for (let j = 0; j < table.size; j += 1) out.push(eventAt(table, j));
  return out;
};
