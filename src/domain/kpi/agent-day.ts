// src/domain/kpi/agent-day.ts — one queue's staffed and paused agent seconds per quarter-hour of a UTC day, packed as stored

import { slotsPerDay } from './aggregate-day.js';
import { intervalMs } from './interval-aggregate.js';

/**
 * Only the quarter-hours with agent time are stored (a centre open ten hours fills 40 of 96).
 * Layout (little-endian): u16 format (1), u16 n, 4 bytes padding; n × f64 staffed seconds;
 * n × f64 paused seconds; n × u8 slot (0–95, ascending).
 */
const formatVersion = 1;

/** A decoded block: views into its bytes. */
export type AgentDay = { dayStart: number; n: number; slots: Uint8Array; staffed: Float64Array; paused: Float64Array };

export type AgentSeconds = { intervalStart: number; staffedSeconds: number; pausedSeconds: number };

export const decodeAgentDay = (dayStart: number, stored: Uint8Array): AgentDay => {
  const bytes = stored.byteOffset % 8 === 0 ? stored : stored.slice();
  const header = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = header.getUint16(0, true);
  if (version !== formatVersion) throw new RangeError(`agent block format ${version} is not known`);
  const n = header.getUint16(2, true);
  if (bytes.byteLength < 8 + n * 17) throw new RangeError(`agent block of ${bytes.byteLength} bytes is shorter than its ${8 + n * 17}`);
  const base = bytes.byteOffset;
  return {
    dayStart,
    n,
    staffed: new Float64Array(bytes.buffer, base + 8, n),
    paused: new Float64Array(bytes.buffer, base + 8 + n * 8, n),
    slots: new Uint8Array(bytes.buffer, base + 8 + n * 16, n),
  };
};

/** The stored block (or none) plus new per-interval seconds: the block to store. */
export const addToAgentDay = (dayStart: number, stored: Uint8Array | null, additions: AgentSeconds[]): Uint8Array => {
  const staffed = new Float64Array(slotsPerDay);
  const paused = new Float64Array(slotsPerDay);
  const present = new Uint8Array(slotsPerDay);
  if (stored !== null) {
    const d = decodeAgentDay(dayStart, stored);
    for (let j = 0; j < d.n; j++) {
      const slot = d.slots[j] as number;
      staffed[slot] = d.staffed[j] as number;
      paused[slot] = d.paused[j] as number;
      present[slot] = 1;
    }
  }
  for (const a of additions) {
    const slot = (a.intervalStart - dayStart) / intervalMs;
    if (!(slot >= 0 && slot < slotsPerDay && Number.isInteger(slot)))
      throw new RangeError(`interval ${a.intervalStart} is not a quarter-hour of the day starting ${dayStart}`);
    staffed[slot] = (staffed[slot] as number) + a.staffedSeconds;
    paused[slot] = (paused[slot] as number) + a.pausedSeconds;
    present[slot] = 1;
  }
  const n = present.reduce((sum, p) => sum + p, 0);
  const buffer = new ArrayBuffer(8 + n * 17);
  new DataView(buffer).setUint16(0, formatVersion, true);
  new DataView(buffer).setUint16(2, n, true);
  const out = {
    staffed: new Float64Array(buffer, 8, n),
    paused: new Float64Array(buffer, 8 + n * 8, n),
    slots: new Uint8Array(buffer, 8 + n * 16, n),
  };
  let j = 0;
  for (let slot = 0; slot < slotsPerDay; slot++) {
    if (present[slot] === 0) continue;
    out.staffed[j] = staffed[slot] as number;
    out.paused[j] = paused[slot] as number;
    out.slots[j] = slot;
    j += 1;
  }
  return new Uint8Array(buffer);
};
