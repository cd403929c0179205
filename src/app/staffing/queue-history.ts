// src/app/staffing/queue-history.ts — a queue's contact history on a local-time grid of 15- or 30-minute intervals, and its customers' patience, from the stored aggregates

import { can } from '../../domain/access/can.js';
import type { Outcome } from '../../domain/contacts/contact.js';
import { addSlotToSums, addSlotToWaitBins, slotStart } from '../../domain/kpi/aggregate-day.js';
import { kpiParameterDefaults } from '../../domain/kpi/dictionary.js';
import { abandonMask, histogramMaxSeconds } from '../../domain/kpi/interval-aggregate.js';
import { type QueueSums, emptySums } from '../../domain/kpi/queue-sums.js';
import type { Queue } from '../../domain/organisations/model.js';
import { AppError } from '../../domain/shared/errors.js';
import type { WaitBin } from '../../domain/staffing/patience.js';
import { civilFromDays, daysFromCivil, epochToZoned, zonedToEpoch } from '../../domain/shared/time-zone.js';
import type { Caller } from '../caller.js';
import type { Deps } from '../ports.js';

export type IntervalMinutes = 15 | 30;

/**
 * Values per interval of a run of whole local days, oldest first: index = day × periodsPerDay + slot
 * of the local wall-clock time. A day of 23 hours leaves its missing hour empty; on a day of 25 hours
 * the repeated hour adds into the same slots, so every day has the same grid (what seasonal forecasts need).
 */
export type QueueHistory = {
  queue: Queue;
  timeZone: string;
  intervalMinutes: IntervalMinutes;
  periodsPerDay: number;
  /** First local date (YYYY-MM-DD) and number of days. */
  firstDay: string;
  days: number;
  /** Each cell's first instant (epoch ms) as the wall clock reads it. */
  starts: number[];
  sums: QueueSums[];
  /** Mean agents logged in and not paused, per cell; null where no agent data exists for the whole history. */
  availableAgents: number[] | null;
  /** Waits per whole second (index ⌈wait⌉, the last one longer than the histogram's limit): abandoned ones and the others. */
  waitBins: { abandoned: Float64Array; censored: Float64Array };
};

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a local date, or a validation error naming the field. */
export const dayNumberOf = (text: string, field: string): number => {
  const m = datePattern.exec(text);
  if (!m) throw new AppError('CCQ_ERR_VALIDATION', `${field} must be a date (YYYY-MM-DD)`, [{ path: field, message: 'use YYYY-MM-DD' }]);
  return daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
};

export const dateOfDayNumber = (day: number): string => {
  const c = civilFromDays(day);
  return `${String(c.year).padStart(4, '0')}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
};

/** The epoch start of each grid cell of a run of local days (the wall-clock time; a skipped hour's cells get its instant after the change). */
export const gridStarts = (timeZone: string, firstDay: number, days: number, intervalMinutes: IntervalMinutes): number[] => {
  const perDay = (24 * 60) / intervalMinutes;
  const out: number[] = [];
  for (let d = 0; d < days; d += 1) {
    const c = civilFromDays(firstDay + d);
    for (let s = 0; s < perDay; s += 1) {
      const minutes = s * intervalMinutes;
      out.push(zonedToEpoch(timeZone, c.year, c.month, c.day, Math.floor(minutes / 60), minutes % 60, 0));
    }
  }
  return out;
};

/** A queue the caller may plan or read staffing for (by id or code), or "not found". */
export const staffingQueue = async (deps: Deps, caller: Caller, wanted: string): Promise<Queue> => {
  const queues = await deps.store.queues.list(caller.scope);
  const q = queues.find((x) => x.id === wanted || x.code === wanted);
  if (
    !q ||
    !can(caller.scope, 'staffing:read', { type: 'queue', centreOrganisationId: q.centreOrganisationId, relationshipId: q.relationshipId })
  )
    throw new AppError('CCQ_ERR_QUEUE_NOT_FOUND', 'No such queue among the queues you can see', [{ path: 'queue', message: 'not found' }]);
  return q;
};

/** The zone the queue's centre works in. */
export const zoneOfQueue = async (deps: Deps, caller: Caller, q: Queue): Promise<string> =>
  (await deps.store.organisations.findById(caller.scope, q.centreOrganisationId))?.timeZone ?? 'UTC';

/**
 * Reads `days` local days from `firstDay` of one queue: sums per cell for the service-level
 * threshold, agents available, and the wait histogram for patience. Which outcomes count as
 * abandoned follows the KPI engine's default.
 */
export const readQueueHistory = async (
  deps: Deps,
  o: { queue: Queue; timeZone: string; firstDay: number; days: number; intervalMinutes: IntervalMinutes; thresholdSeconds: number },
): Promise<QueueHistory> => {
  const perDay = (24 * 60) / o.intervalMinutes;
  const cells = o.days * perDay;
  const sums = Array.from({ length: cells }, () => emptySums(o.thresholdSeconds, kpiParameterDefaults.short_abandon));
  const starts = gridStarts(o.timeZone, o.firstDay, o.days, o.intervalMinutes);
  const from = starts[0] ?? 0;
  const last = civilFromDays(o.firstDay + o.days);
  const to = zonedToEpoch(o.timeZone, last.year, last.month, last.day, 0, 0, 0);
  const cellOf = (at: number): number => {
    const z = epochToZoned(o.timeZone, at);
    const day = daysFromCivil(z.year, z.month, z.day) - o.firstDay;
    return day * perDay + Math.floor((z.hour * 60 + z.minute) / o.intervalMinutes);
  };
  const mask = abandonMask(kpiParameterDefaults.abandon_outcomes as readonly Outcome[]);
  const abandoned = new Float64Array(histogramMaxSeconds + 2);
  const censored = new Float64Array(histogramMaxSeconds + 2);
  await deps.store.contactData.readAggregateDays([o.queue.id], from, to, (_queueId, day) => {
    for (let j = 0; j < day.n; j += 1) {
      const at = slotStart(day, j);
      if (at < from || at >= to) continue;
      const cell = cellOf(at);
      addSlotToSums(sums[cell] as QueueSums, day, j, mask);
      addSlotToWaitBins(day, j, mask, abandoned, censored);
    }
  });
  let agents: number[] | null = null;
  const intervalSeconds = o.intervalMinutes * 60;
  await deps.store.contactData.readAgentDays([o.queue.id], from, to, (_queueId, day) => {
    agents ??= new Array<number>(cells).fill(0);
    for (let j = 0; j < day.n; j += 1) {
      const at = day.dayStart + (day.slots[j] as number) * 900_000;
      if (at < from || at >= to) continue;
      const cell = cellOf(at);
      agents[cell] = (agents[cell] as number) + (day.staffed[j] as number) / intervalSeconds;
    }
  });
  return {
    queue: o.queue,
    timeZone: o.timeZone,
    intervalMinutes: o.intervalMinutes,
    periodsPerDay: perDay,
    firstDay: dateOfDayNumber(o.firstDay),
    days: o.days,
    starts,
    sums,
    availableAgents: agents,
    waitBins: { abandoned, censored },
  };
};

/** Mean handling time (talk + hold + wrap) of a cell's answered contacts with a known handling time; null without any. */
export const ahtOf = (s: QueueSums): number | null =>
  s.handledWithTime > 0 ? (s.talkSeconds + s.holdSeconds + s.wrapSeconds) / s.handledWithTime : null;

/** Total waiting time of every queued contact (answered, abandoned and other exits) and the abandons: the patience estimate's inputs. */
export const waitingOf = (history: QueueHistory): { abandoned: number; totalWaitSeconds: number } => {
  let abandoned = 0;
  let total = 0;
  for (const s of history.sums) {
    abandoned += s.abandoned;
    total += s.waitAnsweredSeconds + s.waitAbandonedSeconds + s.waitOtherSeconds;
  }
  return { abandoned, totalWaitSeconds: total };
};

/** The wait histogram as bins for the Kaplan–Meier curve: per whole second, abandons and censored waits. */
export const waitBinsOf = (history: QueueHistory): WaitBin[] => {
  const { abandoned, censored } = history.waitBins;
  const bins: WaitBin[] = [];
  for (let s = 0; s < abandoned.length; s += 1)
    if ((abandoned[s] as number) > 0 || (censored[s] as number) > 0)
      bins.push({ seconds: s, abandoned: abandoned[s] as number, censored: censored[s] as number });
  return bins;
};
