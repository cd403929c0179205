// src/adapters/cli/commands/staffing-flags.ts — reading the staffing commands' options (numbers, durations, intervals) so errors name the flag, and short texts for the output

import type { IntervalMinutes } from '../../../app/staffing/queue-history.js';
import { AppError } from '../../../domain/shared/errors.js';
import type { CalculatorInput } from '../../../domain/staffing/calculator.js';
import type { StaffingModel, StaffingTargets } from '../../../domain/staffing/measures.js';
import type { BindingTarget } from '../../../domain/staffing/required-agents.js';

/** Commander hands every option over as text (or true for a bare flag); numbers are read here so errors name the flag. */
export type Flags = Record<string, string | boolean | undefined>;

export const invalid = (flag: string, message: string, got?: string): AppError =>
  new AppError('CCQ_ERR_VALIDATION', `${flag} must be ${message}${got === undefined ? '' : ` (got "${got}")`}`, [{ path: flag, message }]);

export const text = (o: Flags, key: string): string | undefined => (typeof o[key] === 'string' ? (o[key] as string) : undefined);
export const flagOf = (key: string): string => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

export const numberPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** An optional number flag; a value that is not a number is a validation error naming the flag. */
export const num = (o: Flags, key: string): number | undefined => {
  const s = text(o, key);
  if (s === undefined) return undefined;
  if (!numberPattern.test(s.trim())) throw invalid(flagOf(key), 'a number', s);
  return Number(s);
};

export const requiredNum = (o: Flags, key: string): number => {
  const n = num(o, key);
  if (n === undefined) throw invalid(flagOf(key), 'given');
  return n;
};

/** A length of time: `30m`, `15m`, `1h`, `900s` or plain seconds. */
export const durationSeconds = (s: string, flag: string): number => {
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/i.exec(s.trim());
  if (!m) throw invalid(flag, 'a length such as 30m, 15m, 1h, 900s or plain seconds', s);
  const unit = (m[2] ?? 's').toLowerCase();
  return Number(m[1]) * (unit === 'h' ? 3600 : unit === 'm' ? 60 : 1);
};

/** Forecasts and plans run on a grid of 15- or 30-minute intervals only. */
export const intervalMinutesOf = (s: string): IntervalMinutes => {
  const seconds = durationSeconds(s, '--interval');
  if (seconds === 900 || seconds === 1800) return (seconds / 60) as IntervalMinutes;
  throw invalid('--interval', '15 or 30 minutes (15m or 30m)', s);
};

/** A number of days: `14d`, `2w` or plain days. */
export const horizonDaysOf = (s: string): number => {
  const m = /^(\d+)\s*(d|w)?$/i.exec(s.trim());
  if (!m) throw invalid('--horizon', 'a number of days such as 14d or 2w', s);
  return Number(m[1]) * ((m[2] ?? 'd').toLowerCase() === 'w' ? 7 : 1);
};

export const pct = (x: number | null): string => (x === null ? '–' : `${(x * 100).toFixed(1)} %`);
export const secs = (x: number | null): string => (x === null || !Number.isFinite(x) ? '∞' : `${x.toFixed(1)} s`);
export const fixed = (x: number, digits: number): number => Number(x.toFixed(digits));

export const targetsText = (t: StaffingTargets): string => {
  const parts = [
    ...(t.serviceLevel ? [`service level ≥ ${pct(t.serviceLevel.fraction)} within ${t.serviceLevel.thresholdSeconds} s`] : []),
    ...(t.maxAsaSeconds !== undefined ? [`ASA ≤ ${t.maxAsaSeconds} s`] : []),
    ...(t.maxAbandonRate !== undefined ? [`abandon rate ≤ ${pct(t.maxAbandonRate)}`] : []),
    ...(t.maxOccupancy !== undefined ? [`occupancy ≤ ${pct(t.maxOccupancy)}`] : []),
  ];
  return parts.length > 0 ? parts.join('; ') : '(none)';
};

export const bindingText = (b: BindingTarget, t: StaffingTargets): string =>
  ({
    service_level: `the service level target (${targetsText({ serviceLevel: t.serviceLevel })})`,
    asa: `the ASA target (at most ${t.maxAsaSeconds} s)`,
    abandon_rate: `the abandon-rate target (at most ${pct(t.maxAbandonRate ?? 0)})`,
    occupancy: `the occupancy cap (at most ${pct(t.maxOccupancy ?? 0)})`,
    none: 'no target: there is nothing to handle',
  })[b];

export const calculatorInputOf = (model: StaffingModel, o: Flags): CalculatorInput => ({
  model,
  calls: requiredNum(o, 'calls'),
  intervalSeconds: durationSeconds(text(o, 'interval') ?? '30m', '--interval'),
  ahtSeconds: requiredNum(o, 'aht'),
  patienceSeconds: num(o, 'patience'),
  agents: num(o, 'agents'),
  targetServiceLevel: num(o, 'targetSl'),
  targetSeconds: num(o, 'targetTime'),
  maxAsaSeconds: num(o, 'maxAsa'),
  maxAbandonRate: num(o, 'maxAbandon'),
  maxOccupancy: num(o, 'maxOccupancy'),
  shrinkage: num(o, 'shrinkage'),
});

/** Use-case option names that differ from their flags. */
export const flagNames: Record<string, string> = {
  horizonDays: '--horizon',
  historyWeeks: '--history-weeks',
  intervalMinutes: '--interval',
  patienceSeconds: '--patience',
};

/** The domain and use-cases name fields as the API does (`aht`, `historyWeeks`); on the command line they are flags (`--aht`). */
export const withFlagPaths = (e: unknown): unknown => {
  if (!(e instanceof AppError) || e.issues.length === 0) return e;
  const flag = (p: string) => flagNames[p] ?? (/^[a-z][a-z-]*$/.test(p) && p !== 'targets' ? `--${p}` : p);
  return new AppError(
    e.code,
    e.message,
    e.issues.map((i) => ({ ...i, path: flag(i.path) })),
  );
};

export const flagIssues = <T>(work: () => T): T => {
  try {
    return work();
  } catch (e) {
    throw withFlagPaths(e);
  }
};

/** The calculator's JSON with the chosen agents' figures also at the top level, named as the API names them. */
