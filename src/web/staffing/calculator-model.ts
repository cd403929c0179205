// src/web/staffing/calculator-model.ts — the calculator form's text fields turned into the domain's input, and its answer or field problems

import { type CalculatorInput, type CalculatorResult, calculateStaffing } from '../../domain/staffing/calculator.js';
import type { StaffingModel } from '../../domain/staffing/measures.js';
import { isAppError } from '../../domain/shared/errors.js';
import { parseNumber } from './staffing-kit.js';

/** What the planner types, as typed: numbers are parsed on every change, percentages are whole percent. */
export type CalculatorForm = {
  model: StaffingModel;
  calls: string;
  intervalMinutes: '15' | '30' | '60';
  aht: string;
  patience: string;
  targetSl: string;
  targetSeconds: string;
  maxOccupancy: string;
  maxAsa: string;
  maxAbandon: string;
  shrinkage: string;
  agents: string;
};

export type CalculatorField = Exclude<keyof CalculatorForm, 'model'>;

export const defaultForm: CalculatorForm = {
  model: 'erlang-c',
  calls: '100',
  intervalMinutes: '30',
  aht: '180',
  patience: '',
  targetSl: '80',
  targetSeconds: '20',
  maxOccupancy: '',
  maxAsa: '',
  maxAbandon: '',
  shrinkage: '30',
  agents: '',
};

/** The answer, or the problems by field (`general` for those no single field owns). */
export type CalculatorOutcome =
  | { ok: true; result: CalculatorResult }
  | { ok: false; issues: Partial<Record<CalculatorField | 'general', string>> };

/** The domain's issue paths, and the fields that show them. */
const fieldOfPath: Record<string, CalculatorField> = {
  calls: 'calls',
  interval: 'intervalMinutes',
  aht: 'aht',
  patience: 'patience',
  agents: 'agents',
  shrinkage: 'shrinkage',
  'target-time': 'targetSeconds',
  'target-sl': 'targetSl',
};

/** Target problems come under one path (`targets`); their phrase says which field is meant. */
const fieldOfTargetMessage = (message: string): CalculatorField | 'general' => {
  if (message.startsWith('The service-level target')) return 'targetSl';
  if (message.startsWith('The service-level threshold')) return 'targetSeconds';
  if (message.startsWith('The ASA target')) return 'maxAsa';
  if (message.startsWith('The abandon-rate target')) return 'maxAbandon';
  if (message.startsWith('The occupancy cap')) return 'maxOccupancy';
  return 'general';
};

const numericFields: CalculatorField[] = [
  'calls',
  'aht',
  'patience',
  'targetSl',
  'targetSeconds',
  'maxOccupancy',
  'maxAsa',
  'maxAbandon',
  'shrinkage',
  'agents',
];

const fraction = (v: number | undefined): number | undefined => (v === undefined ? undefined : v / 100);

/** The domain input; fields that do not apply to the model (patience, abandon cap under Erlang C) are left out. */
export const inputOf = (f: CalculatorForm): CalculatorInput => {
  const n = (field: CalculatorField) => parseNumber(f[field]);
  const erlangA = f.model === 'erlang-a';
  const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  return defined({
    model: f.model,
    calls: n('calls') ?? 0,
    intervalSeconds: Number(f.intervalMinutes) * 60,
    ahtSeconds: n('aht') ?? 0,
    patienceSeconds: erlangA ? n('patience') : undefined,
    agents: n('agents'),
    targetServiceLevel: fraction(n('targetSl')),
    targetSeconds: n('targetSeconds'),
    maxAsaSeconds: n('maxAsa'),
    maxAbandonRate: erlangA ? fraction(n('maxAbandon')) : undefined,
    maxOccupancy: fraction(n('maxOccupancy')),
    shrinkage: fraction(n('shrinkage')),
  });
};

/**
 * Runs the calculator in the browser. Text that is not a number is reported first; the domain then
 * checks the figures and reports each problem with its field, so a bad entry never breaks the page.
 */
export const runCalculator = (f: CalculatorForm): CalculatorOutcome => {
  const notNumbers = numericFields.filter((k) => Number.isNaN(parseNumber(f[k]) ?? 0));
  if (notNumbers.length > 0) return { ok: false, issues: Object.fromEntries(notNumbers.map((k) => [k, 'not a number'])) };
  try {
    return { ok: true, result: calculateStaffing(inputOf(f)) };
  } catch (e) {
    if (!isAppError(e)) return { ok: false, issues: { general: e instanceof Error ? e.message : String(e) } };
    const issues: Partial<Record<CalculatorField | 'general', string>> = {};
    for (const i of e.issues ?? []) {
      const field = i.path === 'targets' ? fieldOfTargetMessage(i.message) : (fieldOfPath[i.path] ?? 'general');
      issues[field] ??= i.message;
    }
    if (Object.keys(issues).length === 0) issues.general = e.message;
    return { ok: false, issues };
  }
};
