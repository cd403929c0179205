// src/domain/simulation/daily-profile.ts — when calls arrive and agents work: the local-time day curve, weekends and 15-minute slots

/**
 * A weekday in a Swedish-style service centre, by local hour: closed before 08 and after 18, a
 * morning rise, the busiest hour over lunch, a slow afternoon fall. Only the shape matters (the
 * weights are normalised).
 */
export const defaultDailyProfile: readonly number[] = [
  0, 0, 0, 0, 0, 0, 0, 0, 7, 10, 11, 11.5, 12.5, 11, 10, 9.5, 8, 6.5, 0, 0, 0, 0, 0, 0,
];

export const slotSeconds = 900;
const slotsPerDay = 96;
const daySeconds = 86_400;

/** The profile as 96 quarter-hour shares of the day that sum to 1 (24 hourly weights are spread evenly over their quarters). */
export const profileShares = (profile: readonly number[]): Float64Array => {
  const perSlot = slotsPerDay / profile.length;
  const shares = new Float64Array(slotsPerDay);
  let total = 0;
  for (let i = 0; i < slotsPerDay; i += 1) {
    const w = profile[Math.floor(i / perSlot)] as number;
    shares[i] = w;
    total += w;
  }
  for (let i = 0; i < slotsPerDay; i += 1) shares[i] = (shares[i] as number) / total;
  return shares;
};

/** One quarter hour (or the part of one inside the simulated span), in epoch seconds and local terms. */
export type Slot = { start: number; end: number; localIndex: number; weekend: boolean };

/** Local weekday of an instant: 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
const localWeekday = (localSeconds: number): number => (((Math.floor(localSeconds / daySeconds) + 4) % 7) + 7) % 7;

/** The quarter-hour slots covering [from, to), cut at the span's ends. */
export const slotsBetween = (from: number, to: number, offsetSeconds: number): Slot[] => {
  const slots: Slot[] = [];
  let start = from;
  while (start < to) {
    const local = start + offsetSeconds;
    const intoSlot = ((local % slotSeconds) + slotSeconds) % slotSeconds;
    const end = Math.min(to, start - intoSlot + slotSeconds);
    const localIndex = Math.floor((((local % daySeconds) + daySeconds) % daySeconds) / slotSeconds);
    const weekday = localWeekday(local);
    slots.push({ start, end, localIndex, weekend: weekday === 0 || weekday === 6 });
    start = end;
  }
  return slots;
};

/** Expected arrivals per second in a slot: the weekday's calls times the slot's share, scaled on weekends. */
export const arrivalRate = (slot: Slot, shares: Float64Array, callsPerDay: number, weekendFactor: number): number =>
  ((slot.weekend ? weekendFactor : 1) * callsPerDay * (shares[slot.localIndex] as number)) / slotSeconds;

/**
 * Agents on shift in a slot. A fixed head count works the open slots (those with calls expected),
 * scaled down on weekends; a function decides every slot itself.
 */
export const staffing = (
  agents: number | ((intervalStartMs: number) => number),
  slot: Slot,
  shares: Float64Array,
  weekendFactor: number,
): number => {
  if (typeof agents === 'function') return Math.max(0, Math.floor(agents(slot.start * 1000)));
  if ((shares[slot.localIndex] as number) <= 0) return 0;
  if (!slot.weekend) return agents;
  return weekendFactor <= 0 ? 0 : Math.max(1, Math.ceil(agents * weekendFactor));
};
