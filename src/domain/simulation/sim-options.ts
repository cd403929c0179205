// src/domain/simulation/sim-options.ts — checks the simulator's options and fills in the defaults

import { AppError, type FieldIssue } from '../shared/errors.js';
import { defaultDailyProfile } from './daily-profile.js';
import type { SimOptions } from './sim-types.js';

/** Options with every default filled in; start in whole epoch seconds. */
export type ResolvedSimOptions = Required<Omit<SimOptions, 'startMs'>> & { startSeconds: number };

// Names that need no quoting in CSV or JSON and contain no `|`, so the writers can copy them verbatim.
const safeQueueCode = /^[A-Za-z0-9_.@+-]{1,80}$/;
const safeAgentPrefix = /^[A-Za-z0-9_./@-]{0,40}$/;

const isShare = (x: unknown): boolean => x === undefined || (typeof x === 'number' && x >= 0 && x <= 1);
const isNonNegative = (x: unknown): boolean => x === undefined || (typeof x === 'number' && Number.isFinite(x) && x >= 0);
const isPositive = (x: unknown): boolean => typeof x === 'number' && x > 0 && !Number.isNaN(x);

const queueIssues = (options: SimOptions): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  options.queues.forEach((q, i) => {
    const at = (field: string, message: string) => issues.push({ path: `queues.${i}.${field}`, message });
    if (!safeQueueCode.test(q.code)) at('code', 'use letters, digits and _ . @ + - only');
    if (seen.has(q.code)) at('code', 'queue codes must be unique');
    seen.add(q.code);
    if (typeof q.agents !== 'function' && !(Number.isInteger(q.agents) && q.agents >= 0)) at('agents', 'a whole number ≥ 0 or a function');
    if (!isPositive(q.meanHandleSeconds) || !Number.isFinite(q.meanHandleSeconds)) at('meanHandleSeconds', 'must be > 0');
    if (!isNonNegative(q.handleSdSeconds)) at('handleSdSeconds', 'must be ≥ 0');
    if (!isPositive(q.meanPatienceSeconds)) at('meanPatienceSeconds', 'must be > 0 (Infinity for no abandonment)');
    if (!isNonNegative(q.callsPerDay)) at('callsPerDay', 'must be ≥ 0');
    if (q.timeoutSeconds !== undefined && !(Number.isInteger(q.timeoutSeconds) && q.timeoutSeconds > 0))
      at('timeoutSeconds', 'whole seconds > 0');
    for (const f of ['exitKeyShare', 'transferShare', 'ringNoAnswerShare'] as const) if (!isShare(q[f])) at(f, 'a share in [0, 1]');
    for (const f of ['wrapSeconds', 'ringSeconds', 'ringTimeoutSeconds'] as const)
      if (!isNonNegative(q[f]) || !Number.isInteger(q[f] ?? 0)) at(f, 'whole seconds ≥ 0');
  });
  return issues;
};

const profileIssues = (profile: readonly number[] | undefined): FieldIssue[] => {
  if (profile === undefined) return [];
  const valid =
    (profile.length === 24 || profile.length === 96) && profile.every((w) => Number.isFinite(w) && w >= 0) && profile.some((w) => w > 0);
  return valid ? [] : [{ path: 'dailyProfile', message: '24 or 96 weights ≥ 0, at least one > 0' }];
};

/** Validates (CCQ_ERR_VALIDATION with one issue per field) and resolves the defaults. */
export const resolveSimOptions = (options: SimOptions): ResolvedSimOptions => {
  const issues: FieldIssue[] = [];
  const at = (path: string, message: string) => issues.push({ path, message });
  if (!Number.isFinite(options.seed)) at('seed', 'a finite number');
  if (!Number.isFinite(options.startMs)) at('startMs', 'epoch milliseconds');
  if (!(Number.isInteger(options.days) && options.days >= 0 && options.days <= 100_000)) at('days', 'a whole number of days');
  if (!Array.isArray(options.queues) || options.queues.length === 0) at('queues', 'at least one queue');
  else issues.push(...queueIssues(options));
  issues.push(...profileIssues(options.dailyProfile));
  if (!isNonNegative(options.weekendFactor)) at('weekendFactor', 'must be ≥ 0');
  const offset = options.timeZoneOffsetMinutes ?? 0;
  if (!(Number.isInteger(offset) && Math.abs(offset) <= 18 * 60)) at('timeZoneOffsetMinutes', 'whole minutes within ±18 h');
  if (!safeAgentPrefix.test(options.agentPrefix ?? '')) at('agentPrefix', 'letters, digits and _ . / @ - only');
  if (options.customers !== undefined && !(Number.isInteger(options.customers) && options.customers >= 1 && options.customers <= 9e6))
    at('customers', 'a whole number from 1 to 9 000 000');
  if (!isShare(options.anonymousShare)) at('anonymousShare', 'a share in [0, 1]');
  if (issues.length > 0) throw new AppError('CCQ_ERR_VALIDATION', 'The simulation options are not valid', issues);

  const weekdayCalls = options.queues.reduce((sum, q) => sum + q.callsPerDay, 0);
  return {
    seed: options.seed,
    startSeconds: Math.floor(options.startMs / 1000),
    days: options.days,
    queues: options.queues,
    dailyProfile: options.dailyProfile ?? [...defaultDailyProfile],
    weekendFactor: options.weekendFactor ?? 0.25,
    timeZoneOffsetMinutes: offset,
    agentPrefix: options.agentPrefix ?? 'Agent/',
    customers: options.customers ?? Math.min(9e6, Math.max(1000, Math.round(30 * weekdayCalls))),
    anonymousShare: options.anonymousShare ?? 0.01,
  };
};
