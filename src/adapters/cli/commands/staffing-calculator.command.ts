// src/adapters/cli/commands/staffing-calculator.command.ts — `ccq staffing erlang-c|erlang-a|simulate`: one interval's figures, no database

import type { Command } from 'commander';
import { calculatorJson, measuresJson, simulationJson } from '../../../contracts/staffing.js';
import { type CalculatorResult, calculateStaffing, simulateStaffing } from '../../../domain/staffing/calculator.js';
import type { StaffingModel } from '../../../domain/staffing/measures.js';
import { missedTargets, scheduledStaff } from '../../../domain/staffing/required-agents.js';
import { printJson, printTable } from '../io.js';
import type { CliRuntime } from '../program.js';
import {
  bindingText,
  calculatorInputOf,
  durationSeconds,
  flagIssues,
  type Flags,
  num,
  pct,
  requiredNum,
  secs,
  text,
} from './staffing-flags.js';

const calculatorOutput = (r: CalculatorResult) => ({ ...measuresJson(r.measures), ...calculatorJson(r) });

const printCalculator = (rt: CliRuntime, r: CalculatorResult, given: boolean): void => {
  const out = rt.io.stdout;
  out.write(`${r.model === 'erlang-a' ? 'Erlang A' : 'Erlang C'}: offered load ${r.load.toFixed(2)} Erlangs\n`);
  printTable(
    out,
    // Given agents below the load have no steady state under Erlang C and fall outside the curve: shown first.
    (r.curve.some((m) => m.agents === r.agents) ? r.curve : [r.measures, ...r.curve]).map((m) => ({
      agents: m.agents,
      scheduled: scheduledStaff(m.agents, r.shrinkage),
      'service level': pct(m.serviceLevel),
      asa: secs(m.asa),
      pw: m.probabilityWait.toFixed(3),
      ...(r.model === 'erlang-a' ? { abandon: pct(m.probabilityAbandon) } : {}),
      occupancy: pct(m.occupancy),
      '': m.agents === r.agents ? '←' : '',
    })),
    ['agents', 'scheduled', 'service level', 'asa', 'pw', ...(r.model === 'erlang-a' ? ['abandon'] : []), 'occupancy', ''],
  );
  const staff = `${r.scheduled} staff to schedule with ${pct(r.shrinkage)} shrinkage`;
  if (!given && r.binding !== null) {
    out.write(`${r.agents} agents needed (${staff}); the binding target is ${bindingText(r.binding, r.targets)}.\n`);
    return;
  }
  const missed = missedTargets(r.measures, r.targets);
  const verdict =
    Object.keys(r.targets).length === 0
      ? 'no targets given'
      : missed.length === 0
        ? 'all targets met'
        : `missed: ${missed.map((b) => b.replace('_', ' ')).join(', ')}`;
  out.write(`Figures for ${r.agents} agents given (${staff}); ${verdict}.\n`);
};

const addFigureOptions = (cmd: Command): Command =>
  cmd
    .requiredOption('--calls <n>', 'contacts offered in the interval')
    .option('--interval <length>', 'length of the interval: 30m, 15m, 1h, 900s or seconds', '30m')
    .requiredOption('--aht <seconds>', 'average handling time (talk + hold + wrap-up) in seconds')
    .option('--target-sl <fraction>', 'service level target as a fraction, e.g. 0.8')
    .option('--target-time <seconds>', 'service level threshold in seconds (default 20)')
    .option('--max-occupancy <fraction>', 'highest occupancy allowed, e.g. 0.85')
    .option('--max-asa <seconds>', 'highest average speed of answer allowed')
    .option('--shrinkage <fraction>', 'share of paid time not available for contacts, e.g. 0.3 (default 0)')
    .option('--agents <n>', 'the figures for this many agents instead of the fewest that meet the targets')
    .option('--json', 'print JSON');

export const registerCalculatorCommands = (staffing: Command, rt: CliRuntime): void => {
  const run = (model: StaffingModel) => (o: Flags) => {
    const input = calculatorInputOf(model, o);
    const r = flagIssues(() => calculateStaffing(input));
    if (o.json) return printJson(rt.io.stdout, calculatorOutput(r));
    printCalculator(rt, r, input.agents !== undefined);
  };
  addFigureOptions(
    staffing
      .command('erlang-c')
      .description('agents needed for one interval under Erlang C (callers wait for ever), or the figures for given agents'),
  ).action(run('erlang-c'));
  addFigureOptions(
    staffing
      .command('erlang-a')
      .description('agents needed for one interval under Erlang A (impatient callers abandon), or the figures for given agents'),
  )
    .requiredOption('--patience <seconds>', 'mean patience of a waiting caller in seconds')
    .option('--max-abandon <fraction>', 'highest abandon rate allowed, e.g. 0.05')
    .action(run('erlang-a'));
};

/** The simulation's measures in display order: JSON key and whether it is a share or seconds. */
const simulatedMeasures = [
  ['service_level', 'share'],
  ['service_level_answered', 'share'],
  ['asa', 'seconds'],
  ['avg_wait_all', 'seconds'],
  ['probability_wait', 'share'],
  ['probability_abandon', 'share'],
  ['occupancy', 'share'],
] as const;

export const registerSimulateCommand = (staffing: Command, rt: CliRuntime): void => {
  staffing
    .command('simulate')
    .description('simulate one interval’s queue contact by contact (seeded, repeatable), with 95 % intervals and the exact model beside')
    .requiredOption('--calls <n>', 'contacts offered per interval')
    .option('--interval <length>', 'length of an interval: 30m, 15m, 1h, 900s or seconds', '30m')
    .requiredOption('--aht <seconds>', 'average handling time in seconds')
    .option('--aht-sd <seconds>', 'standard deviation of handling time: lognormal handling (default: exponential)')
    .option('--patience <seconds>', 'mean patience (exponential); without it nobody abandons')
    .requiredOption('--agents <n>', 'agents on duty')
    .option('--target-time <seconds>', 'service level threshold in seconds', '20')
    .requiredOption('--seed <n>', 'random seed: the same seed gives the same result')
    .option('--intervals <n>', 'consecutive intervals simulated, the first a warm-up', '48')
    .option('--replications <n>', 'independent replications behind the 95 % intervals', '10')
    .option('--json', 'print JSON')
    .action((o: Flags) => {
      const r = flagIssues(() =>
        simulateStaffing({
          calls: requiredNum(o, 'calls'),
          intervalSeconds: durationSeconds(text(o, 'interval') ?? '30m', '--interval'),
          ahtSeconds: requiredNum(o, 'aht'),
          ahtSdSeconds: num(o, 'ahtSd'),
          patienceSeconds: num(o, 'patience'),
          agents: requiredNum(o, 'agents'),
          targetSeconds: num(o, 'targetTime'),
          seed: requiredNum(o, 'seed'),
          intervals: num(o, 'intervals'),
          replications: num(o, 'replications'),
        }),
      );
      const j = simulationJson(r);
      if (o.json) return printJson(rt.io.stdout, j);
      const out = rt.io.stdout;
      out.write(
        `Load ${j.load.toFixed(2)} Erlangs; ${j.replications} replications: ${j.contacts} contacts, ${j.answered} answered, ${j.abandoned} abandoned\n`,
      );
      const show = (kind: 'share' | 'seconds', x: number | null) => (kind === 'share' ? pct(x) : secs(x));
      const exactName = j.exact === null ? 'exact (n/a: not exponential)' : `exact (${o.patience === undefined ? 'Erlang C' : 'Erlang A'})`;
      printTable(
        out,
        simulatedMeasures.map(([key, kind]) => ({
          measure: key,
          simulated: show(kind, j[key].value),
          '95 % interval': j[key].ci95 === null ? '–' : `${show(kind, j[key].ci95[0])} – ${show(kind, j[key].ci95[1])}`,
          [exactName]: j.exact === null ? '–' : show(kind, j.exact[key]),
        })),
        ['measure', 'simulated', '95 % interval', exactName],
      );
    });
};

/** Sums plan or forecast intervals per local day (the centre's zone). */
