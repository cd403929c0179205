// src/app/query-kpis.ts — KPI queries: any set of visible queues, any period, grouped by queue and/or local period, from the stored aggregates

import { can } from '../domain/access/can.js';
import type { Outcome } from '../domain/contacts/contact.js';
import {
  type GroupFacts,
  type KpiParams,
  type PeriodGrouping,
  type RepeatCounts,
  computeKpis,
  periodStartOf,
} from '../domain/kpi/compute.js';
import { type KpiDefinition, isContactDataKpi, kpiById, kpiParameterDefaults } from '../domain/kpi/dictionary.js';
import { addSlotToSums, slotStart } from '../domain/kpi/aggregate-day.js';
import { abandonMask, intervalMs, intervalStartOf } from '../domain/kpi/interval-aggregate.js';
import { emptySums } from '../domain/kpi/queue-sums.js';
import type { Queue } from '../domain/organisations/model.js';
import { AppError } from '../domain/shared/errors.js';
import { formatLocalIso, parseLocalDateTime } from '../domain/shared/local-time.js';
import type { Caller } from './caller.js';
import type { Deps } from './ports.js';

export type KpiGrouping = PeriodGrouping | 'queue';

export type QueryKpisOptions = {
  /** Queue ids or codes; none means every queue the caller may see. */
  queues?: string[];
  /** Local date or date-time in the centre's zone; `from` inclusive, `to` exclusive. */
  from: string;
  to: string;
  by?: KpiGrouping[];
  params?: Partial<KpiParams>;
  /** KPI ids to compute; default all. Contact-level KPIs (repeat contacts) read the records and cost more. */
  kpis?: string[];
  timeZone?: string;
  /**
   * Only these quarter-hours (epoch ms of their starts) count — e.g. a mandate's opening hours, so
   * a target judged "in opening hours" ignores the night queue. Absent: every quarter-hour counts.
   */
  onlyIntervals?: ReadonlySet<number>;
};

export type KpiGroup = { queue?: string; queueId?: string; periodStart?: string; kpis: Record<string, number | null> };

export type KpiResult = {
  timeZone: string;
  from: string;
  to: string;
  by: KpiGrouping[];
  parameters: KpiParams;
  queues: { id: string; code: string; name: string }[];
  groups: KpiGroup[];
};

const fullParams = (p: Partial<KpiParams> = {}): KpiParams => {
  const params: KpiParams = {
    thresholdSeconds: p.thresholdSeconds ?? kpiParameterDefaults.sl_threshold,
    shortAbandonSeconds: p.shortAbandonSeconds ?? kpiParameterDefaults.short_abandon,
    slVariant: p.slVariant ?? kpiParameterDefaults.sl_variant,
    abandonVariant: p.abandonVariant ?? kpiParameterDefaults.abandon_variant,
    abandonOutcomes: p.abandonOutcomes ?? (kpiParameterDefaults.abandon_outcomes as readonly Outcome[]),
    repeatWindowDays: p.repeatWindowDays ?? kpiParameterDefaults.repeat_window_days,
  };
  const issues = [];
  if (!Number.isInteger(params.thresholdSeconds) || params.thresholdSeconds < 1 || params.thresholdSeconds > 600)
    issues.push({ path: 'slThreshold', message: 'must be a whole number of seconds from 1 to 600' });
  if (!Number.isInteger(params.shortAbandonSeconds) || params.shortAbandonSeconds < 0 || params.shortAbandonSeconds > 600)
    issues.push({ path: 'shortAbandon', message: 'must be a whole number of seconds from 0 to 600' });
  if (!(params.repeatWindowDays > 0 && params.repeatWindowDays <= 90))
    issues.push({ path: 'repeatWindowDays', message: 'must be from 1 to 90 days' });
  if (issues.length > 0) throw new AppError('CCQ_ERR_VALIDATION', 'The KPI parameters are not valid', issues);
  return params;
};

/** The queues asked for (by id or code) among those the caller may read KPIs of; an unknown or foreign one is "not found". */
const selectQueues = async (deps: Deps, caller: Caller, wanted: string[] | undefined): Promise<Queue[]> => {
  const visible = (await deps.store.queues.list(caller.scope)).filter((q) =>
    can(caller.scope, 'kpi:read', { type: 'queue', centreOrganisationId: q.centreOrganisationId, relationshipId: q.relationshipId }),
  );
  if (wanted === undefined || wanted.length === 0) return visible;
  return wanted.map((w) => {
    const q = visible.find((x) => x.id === w || x.code === w);
    if (!q) throw new AppError('CCQ_ERR_QUEUE_NOT_FOUND', `No queue "${w}" among the queues you can see`);
    return q;
  });
};

export const queryKpis = async (deps: Deps, caller: Caller, o: QueryKpisOptions): Promise<KpiResult> => {
  const params = fullParams(o.params);
  const by = o.by ?? [];
  const wanted = o.kpis && o.kpis.length > 0 ? o.kpis : [...kpiById.values()].filter(isContactDataKpi).map((d) => d.id);
  const unknown = wanted.filter((id) => !kpiById.has(id));
  if (unknown.length > 0)
    throw new AppError('CCQ_ERR_VALIDATION', `Unknown KPI: ${unknown.join(', ')}`, [
      { path: 'kpis', message: `unknown: ${unknown.join(', ')}` },
    ]);
  // Survey, complaint, quality and people KPIs are not in the contact data; their own areas measure them.
  const elsewhere = wanted.filter((id) => !isContactDataKpi(kpiById.get(id) as KpiDefinition));
  if (elsewhere.length > 0)
    throw new AppError('CCQ_ERR_VALIDATION', `Not measured from contact data: ${elsewhere.join(', ')}`, [
      { path: 'kpis', message: `measured from ${elsewhere.map((id) => kpiById.get(id)?.source).join(', ')}, not from contact data` },
    ]);
  const queues = await selectQueues(deps, caller, o.queues);
  const timeZone = o.timeZone ?? (await zoneOf(deps, caller, queues));
  const from = parseLocalDateTime(timeZone, o.from);
  const to = parseLocalDateTime(timeZone, o.to);
  const issues = [
    ...(from === null ? [{ path: 'from', message: 'must be a date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM)' }] : []),
    ...(to === null ? [{ path: 'to', message: 'must be a date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM)' }] : []),
  ];
  if (from !== null && to !== null && to <= from) issues.push({ path: 'to', message: 'must be after from' });
  if (issues.length > 0 || from === null || to === null) throw new AppError('CCQ_ERR_VALIDATION', 'The period is not valid', issues);

  const period = by.find((b): b is PeriodGrouping => b !== 'queue');
  const perQueue = by.includes('queue');
  // A month at interval level is 144,000 quarter-hours for 50 queues: the local period of each
  // interval is computed once per distinct interval, and groups are found by number, not by string.
  const periodOfInterval = new Map<number, number>();
  const periodOf = (intervalStart: number): number => {
    if (period === undefined) return 0;
    if (period === 'interval') return intervalStart;
    let p = periodOfInterval.get(intervalStart);
    if (p === undefined) {
      p = periodStartOf(period, timeZone, intervalStart);
      periodOfInterval.set(intervalStart, p);
    }
    return p;
  };
  type Group = GroupFacts & { queueId?: string; periodStart?: number };
  const groups: Group[] = [];
  const groupsByQueue = new Map<string, Map<number, Group>>();
  /** The groups of one queue by period start (all queues share one map unless grouped by queue). */
  const groupsOf = (queueId: string): Map<number, Group> => {
    const q = perQueue ? queueId : '';
    let byPeriod = groupsByQueue.get(q);
    if (byPeriod === undefined) {
      byPeriod = new Map();
      groupsByQueue.set(q, byPeriod);
    }
    return byPeriod;
  };
  const groupIn = (byPeriod: Map<number, Group>, queueId: string, intervalStart: number): Group => {
    const p = periodOf(intervalStart);
    let g = byPeriod.get(p);
    if (g === undefined) {
      g = {
        sums: emptySums(params.thresholdSeconds, params.shortAbandonSeconds),
        staffedSeconds: 0,
        repeat: null,
        ...(perQueue ? { queueId } : {}),
        ...(period ? { periodStart: p } : {}),
      };
      byPeriod.set(p, g);
      groups.push(g);
    }
    return g;
  };
  const ids = queues.map((q) => q.id);
  // Aggregates are whole quarter-hours: a period starting mid-interval starts at that interval.
  const fromSlot = intervalStartOf(from);
  const mask = abandonMask(params.abandonOutcomes);
  const only = o.onlyIntervals;
  const inScope = (at: number): boolean => at >= fromSlot && at < to && (only === undefined || only.has(at));
  await deps.store.contactData.readAggregateDays(ids, fromSlot, to, (queueId, day) => {
    const byPeriod = groupsOf(queueId);
    for (let j = 0; j < day.n; j++) {
      const at = slotStart(day, j);
      if (inScope(at)) addSlotToSums(groupIn(byPeriod, queueId, at).sums, day, j, mask);
    }
  });
  if (wanted.includes('occupancy'))
    await deps.store.contactData.readAgentDays(ids, fromSlot, to, (queueId, day) => {
      const byPeriod = groupsOf(queueId);
      for (let j = 0; j < day.n; j++) {
        const at = day.dayStart + (day.slots[j] as number) * intervalMs;
        if (inScope(at)) groupIn(byPeriod, queueId, at).staffedSeconds += day.staffed[j] as number;
      }
    });
  if (wanted.includes('repeat_contact_rate') || wanted.includes('fcr_proxy')) {
    const windowMs = params.repeatWindowDays * 86_400_000;
    for (const g of groups.values()) g.repeat = { withKey: 0, repeats: 0, followed: 0 };
    await deps.store.contactData.repeatCounts(ids, fromSlot, to, windowMs, (queueId, intervalStart, counts) => {
      if (only !== undefined && !only.has(intervalStart)) return;
      const g = groupIn(groupsOf(queueId), queueId, intervalStart);
      g.repeat ??= { withKey: 0, repeats: 0, followed: 0 } satisfies RepeatCounts;
      g.repeat.withKey += counts.withKey;
      g.repeat.repeats += counts.repeats;
      g.repeat.followed += counts.followed;
    });
  }
  const codeOf = new Map(queues.map((q) => [q.id, q.code]));
  // Queues in code order, compared by rank: a per-comparison localeCompare dominates a 60,000-group sort.
  const rank = new Map([...queues].sort((a, b) => a.code.localeCompare(b.code)).map((q, i) => [q.id, i]));
  const result: KpiGroup[] = groups
    .sort((a, b) => (a.periodStart ?? 0) - (b.periodStart ?? 0) || (rank.get(a.queueId ?? '') ?? -1) - (rank.get(b.queueId ?? '') ?? -1))
    .map((g) => {
      const all = computeKpis(g, params);
      return {
        ...(g.queueId !== undefined ? { queue: codeOf.get(g.queueId) as string, queueId: g.queueId } : {}),
        ...(g.periodStart !== undefined ? { periodStart: formatLocalIso(timeZone, g.periodStart) } : {}),
        kpis: Object.fromEntries(wanted.map((id) => [id, all[id] ?? null])),
      };
    });
  return {
    timeZone,
    from: formatLocalIso(timeZone, from),
    to: formatLocalIso(timeZone, to),
    by,
    parameters: params,
    queues: queues.map((q) => ({ id: q.id, code: q.code, name: q.name })),
    groups: result,
  };
};

/** The time zone periods are read in: the centre's (the first queue's centre when the queues span several). */
const zoneOf = async (deps: Deps, caller: Caller, queues: Queue[]): Promise<string> => {
  const first = queues[0];
  const centreId = first?.centreOrganisationId ?? caller.scope.org?.id;
  const centre = centreId ? await deps.store.organisations.findById(caller.scope, centreId) : null;
  return centre?.timeZone ?? 'UTC';
};
