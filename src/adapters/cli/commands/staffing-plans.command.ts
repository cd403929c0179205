// src/adapters/cli/commands/staffing-plans.command.ts — `ccq forecast` and `ccq staffing plan|plans|patience|actual`: from a queue's imported history

import type { Command } from 'commander';
import { chooseOrganisation } from '../../../app/choose-organisation.js';
import type { Deps } from '../../../app/ports.js';
import { comparePlan, queuePatience } from '../../../app/staffing/compare-plan.js';
import { type QueueForecast, forecastQueue } from '../../../app/staffing/forecast-queue.js';
import { listPlans, planStaffing, type StaffingPlanView } from '../../../app/staffing/plan-staffing.js';
import type { TargetSource } from '../../../app/staffing/staffing-targets.js';
import {
  forecastMethodIds,
  staffingModels,
  withForecastIntervalsJson,
  withPlanIntervalsJson,
  withRowsJson,
} from '../../../contracts/staffing.js';
import { formatLocalIso } from '../../../domain/shared/local-time.js';
import type { StaffingTargets } from '../../../domain/staffing/measures.js';
import { oneOf, printJson, printTable } from '../io.js';
import type { CliContext, CliRuntime } from '../program.js';
import { withDatabase } from '../with-database.js';
import { staffingPlanCsv } from '../../reports/staffing-plan-export.js';
import {
  flagOf,
  type Flags,
  horizonDaysOf,
  intervalMinutesOf,
  invalid,
  num,
  pct,
  targetsText,
  text,
  withFlagPaths,
} from './staffing-flags.js';

const perDay = <T extends { start: number }>(intervals: readonly T[], zone: string) => {
  const days = new Map<string, T[]>();
  for (const i of intervals) {
    const day = formatLocalIso(zone, i.start).slice(0, 10);
    const list = days.get(day) ?? [];
    list.push(i);
    days.set(day, list);
  }
  return [...days.entries()];
};

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

const printForecast = (rt: CliRuntime, f: QueueForecast): void => {
  const out = rt.io.stdout;
  out.write(
    `Forecast for ${f.queue.code} (${f.queue.name}), ${f.from} up to ${f.to} (${f.timeZone}, ${f.intervalMinutes}-minute intervals)\n`,
  );
  out.write(`History ${f.history.from} up to ${f.history.to}: ${f.history.days} days, ${Math.round(f.history.offered)} contacts offered\n`);
  out.write(`Method chosen: offered contacts ${f.offered.method}, handling time ${f.aht.method}\n\nBacktest (rolling origins):\n`);
  const rows = (series: string, e: QueueForecast['offered'], chosen: string) =>
    e.evaluation.map((x) => ({
      series,
      method: x.method,
      mae: x.mae.toFixed(2),
      mase: x.mase === null ? '–' : x.mase.toFixed(3),
      origins: x.origins,
      chosen: x.method === chosen ? '*' : '',
    }));
  printTable(
    out,
    [...rows('offered', f.offered, f.offered.method), ...rows('aht', f.aht, f.aht.method)],
    ['series', 'method', 'mae', 'mase', 'origins', 'chosen'],
  );
  out.write('\nPer day:\n');
  printTable(
    out,
    perDay(f.intervals, f.timeZone).map(([day, xs]) => {
      const offered = sum(xs.map((x) => x.offered));
      return {
        day,
        offered: offered.toFixed(1),
        'aht s': offered > 0 ? (sum(xs.map((x) => x.offered * x.ahtSeconds)) / offered).toFixed(0) : '–',
        'busiest interval': Math.max(...xs.map((x) => x.offered)).toFixed(1),
      };
    }),
    ['day', 'offered', 'aht s', 'busiest interval'],
  );
};

const sourceText = (s: TargetSource): string =>
  s.kind === 'mandate'
    ? `mandate "${s.title}" version ${s.version}${s.signed ? '' : ' (not signed)'}: ${s.targetIds.join(', ')}`
    : s.kind === 'given'
      ? 'given on the command line'
      : 'default (no mandate target for this queue)';

const printPlan = (rt: CliRuntime, p: StaffingPlanView): void => {
  const out = rt.io.stdout;
  const patience = p.patience.seconds === null ? 'none' : `${p.patience.seconds.toFixed(0)} s (${p.patience.source})`;
  out.write(`Staffing plan for ${p.queue.code} (${p.queue.name}), ${p.from} up to ${p.to} (${p.timeZone})\n`);
  out.write(`Model ${p.model}, patience ${patience}, shrinkage ${pct(p.shrinkage)}; forecast by ${p.forecast.offered.method}\n`);
  out.write(`Targets: ${targetsText(p.targets)} — from ${sourceText(p.targetSource)}\n`);
  const t = p.totals;
  out.write(
    `Totals: ${t.offered.toFixed(0)} contacts, ${t.agentHours.toFixed(1)} agent hours, ${t.scheduledHours.toFixed(1)} scheduled hours, ` +
      `peak ${t.peakScheduled} scheduled, expected service level ${pct(t.expectedServiceLevel)}, abandon ${pct(t.expectedAbandonRate)}\n\n`,
  );
  const hours = p.intervalMinutes / 60;
  printTable(
    out,
    perDay(p.intervals, p.timeZone).map(([day, xs]) => ({
      day,
      offered: sum(xs.map((x) => x.offered)).toFixed(0),
      'agent hours': (sum(xs.map((x) => x.agents)) * hours).toFixed(1),
      'scheduled hours': (sum(xs.map((x) => x.scheduled)) * hours).toFixed(1),
      'peak scheduled': Math.max(...xs.map((x) => x.scheduled)),
    })),
    ['day', 'offered', 'agent hours', 'scheduled hours', 'peak scheduled'],
  );
  if (p.check !== null) {
    const c = p.check;
    const ci = c.serviceLevel.ci95 ? ` (95 %: ${pct(c.serviceLevel.ci95[0])} – ${pct(c.serviceLevel.ci95[1])})` : '';
    out.write(
      `Checked by simulation (seed ${c.seed}, ${c.replications} replications, ${c.contacts} contacts, patience ${c.patience}): service level ${pct(c.serviceLevel.value)}${ci}, abandon ${pct(c.probabilityAbandon.value)}\n`,
    );
  }
  if (p.id !== null) out.write(`Saved as plan ${p.id}\n`);
};

/** The same CSV as the API's export, on standard output with plain line ends and no byte-order mark. */
const printPlanCsv = (rt: CliRuntime, p: StaffingPlanView): void => {
  rt.io.stdout.write(
    staffingPlanCsv(p)
      .replace(/^\uFEFF/, '')
      .replace(/\r\n/g, '\n'),
  );
};

const targetsOf = (o: Flags): StaffingTargets | undefined => {
  const sl = num(o, 'targetSl');
  const time = num(o, 'targetTime');
  if (time !== undefined && sl === undefined) throw invalid('--target-sl', 'given with --target-time');
  const t: StaffingTargets = {
    ...(sl !== undefined ? { serviceLevel: { fraction: sl, thresholdSeconds: time ?? 20 } } : {}),
    ...(num(o, 'maxAsa') !== undefined ? { maxAsaSeconds: num(o, 'maxAsa') } : {}),
    ...(num(o, 'maxAbandon') !== undefined ? { maxAbandonRate: num(o, 'maxAbandon') } : {}),
    ...(num(o, 'maxOccupancy') !== undefined ? { maxOccupancy: num(o, 'maxOccupancy') } : {}),
  };
  return Object.keys(t).length > 0 ? t : undefined;
};

const wholeNum = (o: Flags, key: string): number | undefined => {
  const n = num(o, key);
  if (n !== undefined && !Number.isInteger(n)) throw invalid(flagOf(key), 'a whole number', text(o, key));
  return n;
};

const methodOf = (o: Flags) => oneOf(text(o, 'method') ?? 'auto', ['auto', ...forecastMethodIds] as const, '--method');

export const registerDataCommands = (program: Command, staffing: Command, rt: CliRuntime): void => {
  const withDb = <T>(work: (ctx: CliContext) => Promise<T>): Promise<T> =>
    withDatabase(
      program,
      rt,
    )(work).catch((e: unknown) => {
      throw withFlagPaths(e);
    });
  const inOrg = async (deps: Deps, ref: string | undefined) => (await chooseOrganisation(deps, rt.operator(), { ref })).caller;
  const orgHelp = 'the organisation acting (id or name); default: the only organisation';

  program
    .command('forecast')
    .description('forecast a queue’s offered contacts and handling time per interval from its imported history')
    .requiredOption('--queue <queue>', 'the queue (code or id)')
    .option('--horizon <days>', 'days to forecast: 14d, 2w or a number of days', '14d')
    .option('--from <YYYY-MM-DD>', 'first day forecast (default: today in the centre’s zone)')
    .option('--method <method>', `forecast method: auto, ${forecastMethodIds.join(', ')}`, 'auto')
    .option('--interval <length>', 'interval length: 15m or 30m', '30m')
    .option('--history-weeks <n>', 'weeks of history before the first day', '8')
    .option('--org <org>', orgHelp)
    .option('--json', 'print JSON')
    .action(async (o: Flags) => {
      const options = {
        queue: text(o, 'queue') as string,
        from: text(o, 'from'),
        horizonDays: horizonDaysOf(text(o, 'horizon') ?? '14d'),
        method: methodOf(o),
        intervalMinutes: intervalMinutesOf(text(o, 'interval') ?? '30m'),
        historyWeeks: wholeNum(o, 'historyWeeks'),
      };
      const f = await withDb(async (ctx) => forecastQueue(ctx.deps, await inOrg(ctx.deps, text(o, 'org')), options));
      if (o.json) return printJson(rt.io.stdout, withForecastIntervalsJson(f));
      printForecast(rt, f);
    });

  staffing
    .command('plan')
    .description(
      'a staffing plan for a queue: forecast, Erlang C and Erlang A agents per interval, staff after shrinkage, for the mandate’s targets',
    )
    .requiredOption('--queue <queue>', 'the queue (code or id)')
    .requiredOption('--from <YYYY-MM-DD>', 'first day planned')
    .requiredOption('--to <YYYY-MM-DD>', 'day after the last one planned (exclusive)')
    .option('--interval <length>', 'interval length: 15m or 30m', '30m')
    .option('--shrinkage <fraction>', 'share of paid time not available for contacts', '0.3')
    .option('--model <model>', 'erlang-c or erlang-a (default: Erlang A when the patience is known)')
    .option('--patience <seconds>', 'mean patience instead of the one estimated from the history')
    .option('--target-sl <fraction>', 'service level target instead of the mandate’s, e.g. 0.8')
    .option('--target-time <seconds>', 'service level threshold in seconds (with --target-sl; default 20)')
    .option('--max-asa <seconds>', 'highest ASA allowed (replaces the mandate’s targets)')
    .option('--max-abandon <fraction>', 'highest abandon rate allowed (replaces the mandate’s targets)')
    .option('--max-occupancy <fraction>', 'highest occupancy allowed (replaces the mandate’s targets)')
    .option('--method <method>', `forecast method: auto, ${forecastMethodIds.join(', ')}`, 'auto')
    .option('--history-weeks <n>', 'weeks of history before the first day', '8')
    .option('--save', 'save the plan, to compare it with what happens later (`ccq staffing actual`)')
    .option('--check', 'also simulate the whole plan (seeded) to check it: service level with its 95 % interval')
    .option('--seed <n>', 'seed of the check simulation', '1')
    .option('--org <org>', orgHelp)
    .option('--json', 'print JSON')
    .option('--csv', 'print one CSV row per interval')
    .action(async (o: Flags) => {
      if (o.json && o.csv) throw invalid('--csv', 'left out when --json is given');
      const model = text(o, 'model');
      const options = {
        queue: text(o, 'queue') as string,
        from: text(o, 'from') as string,
        to: text(o, 'to') as string,
        intervalMinutes: intervalMinutesOf(text(o, 'interval') ?? '30m'),
        method: methodOf(o),
        historyWeeks: wholeNum(o, 'historyWeeks'),
        shrinkage: num(o, 'shrinkage'),
        model: model === undefined ? undefined : oneOf(model, staffingModels, '--model'),
        targets: targetsOf(o),
        patienceSeconds: num(o, 'patience'),
        save: o.save === true,
        check: o.check === true ? { seed: wholeNum(o, 'seed') ?? 1 } : undefined,
      };
      const p = await withDb(async (ctx) => planStaffing(ctx.deps, await inOrg(ctx.deps, text(o, 'org')), options));
      if (o.json) return printJson(rt.io.stdout, withPlanIntervalsJson(p));
      if (o.csv) return printPlanCsv(rt, p);
      printPlan(rt, p);
    });

  staffing
    .command('plans')
    .description('saved staffing plans, newest first')
    .option('--queue <queue>', 'only this queue (code or id)')
    .option('--org <org>', orgHelp)
    .option('--json', 'print JSON')
    .action(async (o: Flags) => {
      const list = await withDb(async (ctx) => listPlans(ctx.deps, await inOrg(ctx.deps, text(o, 'org')), { queue: text(o, 'queue') }));
      if (o.json) return printJson(rt.io.stdout, list);
      printTable(
        rt.io.stdout,
        list.map((p) => ({
          id: p.id,
          from: p.from,
          to: p.to,
          model: p.model,
          'scheduled hours': p.scheduledHours.toFixed(1),
          'expected sl': pct(p.expectedServiceLevel),
          created: p.createdAt,
        })),
        ['id', 'from', 'to', 'model', 'scheduled hours', 'expected sl', 'created'],
      );
    });

  staffing
    .command('patience')
    .description('the customers’ measured patience on a queue: the mean Erlang A uses, and the time-to-abandon curve')
    .requiredOption('--queue <queue>', 'the queue (code or id)')
    .requiredOption('--from <YYYY-MM-DD>', 'first day')
    .requiredOption('--to <YYYY-MM-DD>', 'day after the last one (exclusive)')
    .option('--org <org>', orgHelp)
    .option('--json', 'print JSON')
    .action(async (o: Flags) => {
      const range = { queue: text(o, 'queue') as string, from: text(o, 'from') as string, to: text(o, 'to') as string };
      const r = await withDb(async (ctx) => queuePatience(ctx.deps, await inOrg(ctx.deps, text(o, 'org')), range));
      if (o.json) return printJson(rt.io.stdout, r);
      const e = r.estimate;
      rt.io.stdout.write(
        `${r.queue.code} ${r.from} up to ${r.to}: ${r.queued} queued, ${r.abandoned} abandoned, ${Math.round(r.totalWaitSeconds)} s waited in all\n` +
          (e === null
            ? 'Mean patience: not estimable (no abandons)\n'
            : `Mean patience: ${e.meanSeconds.toFixed(0)} s (95 % interval ${e.ci95[0].toFixed(0)}–${e.ci95[1].toFixed(0)} s)\n`) +
          `Median time to abandon (Kaplan–Meier): ${r.survival.medianSeconds === null ? 'not reached' : `${r.survival.medianSeconds} s`}\n`,
      );
    });

  staffing
    .command('actual')
    .description(
      'a saved plan against what happened: forecast against contacts, planned against available agents, expected against measured service level',
    )
    .requiredOption('--plan <id>', 'the saved plan')
    .option('--org <org>', orgHelp)
    .option('--json', 'print JSON')
    .action(async (o: Flags) => {
      const r = await withDb(async (ctx) => comparePlan(ctx.deps, await inOrg(ctx.deps, text(o, 'org')), text(o, 'plan') as string));
      if (o.json) return printJson(rt.io.stdout, withRowsJson(r));
      const s = r.summary;
      const bias = s.volumeBias === null ? '–' : `${s.volumeBias >= 0 ? '+' : ''}${pct(s.volumeBias)}`;
      rt.io.stdout.write(
        `Plan ${r.plan.id} for ${r.plan.queue.code}, ${r.plan.from} up to ${r.plan.to} (${r.plan.model})\n` +
          `Contacts: forecast ${s.forecastOffered.toFixed(0)}, actual ${s.actualOffered}, bias ${bias}, MAE ${s.forecastMae.toFixed(2)} per interval, WAPE ${pct(s.forecastWape)}\n` +
          `Agent hours: planned ${s.plannedAgentHours.toFixed(1)}, available ${s.availableAgentHours === null ? '– (no agent data)' : s.availableAgentHours.toFixed(1)}\n` +
          `Service level: expected ${pct(s.expectedServiceLevel)}, actual ${pct(s.actualServiceLevel)}; ${s.intervalsBelowTarget} of ${s.intervals} intervals below target\n`,
      );
    });
};
