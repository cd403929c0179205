// src/domain/simulation/demo-centre.ts — a ready-made simulated centre (three queues of different character) for demo data, fixtures and benchmarks

import type { SimOptions, SimQueue } from './sim-types.js';

const hour = 3_600_000;
/** Sales agents on a weekday, 08–09 … 17–18. */
const salesByHour = [6, 10, 10, 11, 11, 11, 10, 10, 8, 6];

/**
 * Sales staffs by the hour: more agents over the late-morning and lunch peak, a skeleton crew at
 * weekends, nobody outside 08–18. The function sees each 15-minute interval's start in UTC and
 * applies the centre's fixed offset.
 */
const salesStaffing =
  (scale: number, offsetMinutes: number) =>
  (intervalStartMs: number): number => {
    const localMs = intervalStartMs + offsetMinutes * 60_000;
    const h = (localMs % (24 * hour)) / hour;
    if (h < 8 || h >= 18) return 0;
    const weekday = new Date(localMs).getUTCDay();
    if (weekday === 0 || weekday === 6) return Math.ceil(3 * scale);
    return Math.ceil((salesByHour[Math.floor(h) - 8] as number) * scale);
  };

/**
 * Support is the big queue (long calls, a timeout and a callback key), sales has hourly staffing,
 * billing is small and often busy. `scale` multiplies calls and agents, so any volume keeps the same
 * service levels; e.g. scale 50 gives about 150 000 calls per weekday.
 */
export const demoCentreOptions = (seed: number, startMs: number, days: number, scale = 1): SimOptions => {
  const offset = 60;
  const queues: SimQueue[] = [
    {
      code: 'support',
      agents: Math.ceil(21 * scale),
      callsPerDay: Math.round(1500 * scale),
      meanHandleSeconds: 300,
      handleSdSeconds: 220,
      meanPatienceSeconds: 180,
      timeoutSeconds: 900,
      exitKeyShare: 0.06,
      transferShare: 0.08,
      wrapSeconds: 20,
    },
    {
      code: 'sales',
      agents: salesStaffing(scale, offset),
      callsPerDay: Math.round(900 * scale),
      meanHandleSeconds: 240,
      handleSdSeconds: 150,
      meanPatienceSeconds: 120,
      transferShare: 0.12,
      wrapSeconds: 10,
    },
    {
      code: 'billing',
      agents: Math.ceil(5 * scale),
      callsPerDay: Math.round(450 * scale),
      meanHandleSeconds: 200,
      handleSdSeconds: 120,
      meanPatienceSeconds: 150,
      timeoutSeconds: 240,
      exitKeyShare: 0.03,
      wrapSeconds: 15,
    },
  ];
  return { seed, startMs, days, queues, timeZoneOffsetMinutes: offset, weekendFactor: 0.25 };
};
