// src/adapters/cli/commands/contact-data.command.ts — `ccq import` (contact data files) and `ccq kpi` (KPI queries)

import { createWriteStream, type WriteStream } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { chooseCentre } from '../../../app/choose-centre.js';
import { type ImportContactsOptions, importContacts } from '../../../app/import-contacts.js';
import type { ImportRun } from '../../../app/ports.js';
import { type KpiGrouping, type KpiResult, queryKpis } from '../../../app/query-kpis.js';
import { outcomes, type Outcome } from '../../../domain/contacts/contact.js';
import type { RowReject } from '../../../domain/imports/importer.js';
import { periodGroupings } from '../../../domain/kpi/compute.js';
import { abandonRateVariants, serviceLevelVariants } from '../../../domain/kpi/formulas.js';
import { AppError } from '../../../domain/shared/errors.js';
import { fileSource } from '../../imports/file-source.js';
import { loadMappingProfile } from '../../imports/mapping-files.js';
import { importFormats, isImportFormat, parserFor } from '../../imports/parsers.js';
import { kpiValueText, oneOf, printJson, printTable } from '../io.js';
import type { CliRuntime, Outcome as CliOutcome } from '../program.js';
import { importProgressBar } from '../progress.js';
import { withDatabase } from '../with-database.js';

const csvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Opens the rejects file on the first reject only, so a clean import leaves no empty file behind. */
const rejectsWriter = (path: string) => {
  let stream: WriteStream | null = null;
  return {
    write: (r: RowReject): void => {
      if (stream === null) {
        stream = createWriteStream(path);
        stream.write('line,reason,raw\n');
      }
      stream.write(`${r.line},${csvCell(r.reason)},${csvCell(r.raw)}\n`);
    },
    close: (): Promise<boolean> =>
      new Promise((resolve) => {
        if (stream === null) resolve(false);
        else stream.end(() => resolve(true));
      }),
  };
};

const list = (values: string[] | undefined): string[] =>
  (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

const summaryLine = (r: ImportRun): string =>
  `read ${r.rowsRead.toLocaleString('en')} · imported ${r.imported.toLocaleString('en')} · rejected ${r.rejected.toLocaleString('en')} · duplicate ${r.duplicates.toLocaleString('en')}` +
  (r.skipped > 0 ? ` · skipped ${r.skipped.toLocaleString('en')}` : '') +
  (r.agentStates > 0 ? ` · agent states ${r.agentStates.toLocaleString('en')}` : '');

type ImportFlags = {
  format: string;
  mapping?: string;
  centre?: string;
  tz?: string;
  force?: boolean;
  rejects?: string;
  progress: boolean;
  batchSize: string;
  json?: boolean;
};

const kpiRows = (r: KpiResult) =>
  r.groups.map((g) => ({
    ...(g.queue !== undefined ? { queue: g.queue } : {}),
    ...(g.periodStart !== undefined ? { period_start: g.periodStart } : {}),
    kpis: g.kpis,
  }));

export const registerContactDataCommands = (program: Command, rt: CliRuntime, outcome: CliOutcome): void => {
  const withDb = withDatabase(program, rt);
  const { stdout: out, stderr: err } = rt.io;

  program
    .command('import')
    .description('import contact data files (Asterisk queue_log, CSV with a mapping profile, JSON lines) into a contact centre')
    .argument('<files...>', 'files to import, in order')
    .requiredOption('--format <format>', `one of ${importFormats.join(', ')}`)
    .option(
      '--mapping <file|name>',
      'CSV mapping profile (YAML/JSON file, or a shipped one: canonical, anonymous-bank, vicidial-closer-log)',
      'canonical',
    )
    .option('--centre <org>', 'the contact centre (id or name); default: the only one, or a new one in an empty database')
    .option('--tz <zone>', "the source's time zone where it writes local times (default: the centre's)")
    .option('--force', 'import even a file whose exact bytes were imported before (records still never duplicate)')
    .option('--rejects <file>', 'where to write rejected rows (default: <file>.rejects.csv in the current folder, only when there are any)')
    .option('--batch-size <contacts>', 'contacts per transaction (each batch commits with its aggregates)', '20000')
    .option('--no-progress', 'no progress bar')
    .option('--json', 'print the import summaries as JSON')
    .addHelpText(
      'after',
      '\nRe-running an import never duplicates contacts; a longer copy of a growing queue_log adds only the new calls.\nExit code 65 when any row was rejected (the good rows are kept).',
    )
    .action(async (files: string[], o: ImportFlags) => {
      const format = oneOf(o.format, importFormats, '--format');
      if (!isImportFormat(format)) return;
      const mapping = format === 'csv' ? loadMappingProfile(o.mapping ?? 'canonical') : null;
      const batchSize = Number(o.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1)
        throw new AppError('CCQ_ERR_VALIDATION', '--batch-size must be a whole number ≥ 1');
      const runs = await withDb(async (ctx) => {
        const chosen = await chooseCentre(ctx.deps, rt.operator(), { ref: o.centre, createIfNone: true, timeZone: o.tz });
        if (chosen.created)
          err.write(
            `Created the contact centre "${chosen.centre.name}" (${chosen.centre.timeZone}); rename it with the web app or the API.\n`,
          );
        const done: ImportRun[] = [];
        for (const file of files) {
          const source = await fileSource(file);
          const rejects = rejectsWriter(o.rejects ?? `${basename(file)}.rejects.csv`);
          const bar = o.progress && (err as { isTTY?: boolean }).isTTY ? importProgressBar(err, basename(file)) : null;
          const options: ImportContactsOptions = {
            source,
            format,
            createParser: parserFor(format, {
              pseudonymise: ctx.deps.pseudonymise,
              ...(mapping ? { profile: mapping.profile } : {}),
              timeZone: o.tz,
              fileLabel: basename(file),
            }),
            ...(mapping ? { mappingName: mapping.profile.name } : {}),
            ...(o.force ? { force: true } : {}),
            batchSize,
            onReject: rejects.write,
            ...(bar ? { onProgress: bar.update } : {}),
          };
          try {
            done.push(await importContacts(ctx.deps, chosen.caller, options));
          } finally {
            bar?.stop();
            if (await rejects.close()) err.write(`Rejected rows of ${file} are in ${o.rejects ?? `${basename(file)}.rejects.csv`}\n`);
          }
        }
        return done;
      });
      if (o.json) printJson(out, runs);
      else
        for (const [i, r] of runs.entries()) {
          const file = files[i];
          if (r.status === 'already_imported') {
            out.write(`${file}: already imported (import ${r.detail.alreadyImportedAs}); nothing to do. Use --force to read it again.\n`);
            continue;
          }
          out.write(`${file}: ${summaryLine(r)}\n`);
          if (r.detail.queuesCreated.length > 0) out.write(`  new queues: ${r.detail.queuesCreated.join(', ')}\n`);
          for (const [code, n] of Object.entries(r.detail.warningCodes)) out.write(`  warning ${code}: ${n}\n`);
        }
      if (runs.some((r) => r.rejected > 0)) outcome.code = 65;
    });

  program
    .command('kpi')
    .description("KPIs of a centre's queues over a period, from the imported contact data")
    .option('--queue <code>', 'queue code or id (repeat or comma-separate; default: every queue)', (v, acc: string[]) => [...acc, v], [])
    .requiredOption('--from <date>', "first day (YYYY-MM-DD or YYYY-MM-DDTHH:MM, inclusive, in the centre's time zone)")
    .requiredOption('--to <date>', 'end (exclusive), same form')
    .option(
      '--by <grouping>',
      `group by ${[...periodGroupings, 'queue'].join('|')} (repeat or comma-separate, e.g. day,queue)`,
      (v, acc: string[]) => [...acc, v],
      [],
    )
    .option('--sl-threshold <seconds>', 'service-level threshold T (a wait of exactly T counts as within)', '20')
    .option('--sl-variant <variant>', `service-level denominator: ${serviceLevelVariants.join(', ')}`, 'offered_minus_short')
    .option('--short-abandon <seconds>', 'abandons within this many seconds are short abandons', '5')
    .option('--abandon-variant <variant>', `abandon-rate denominator: ${abandonRateVariants.join(', ')}`, 'offered')
    .option('--abandon-outcomes <list>', `which exits count as abandoned (${outcomes.filter((x) => x !== 'answered').join(', ')})`)
    .option('--repeat-window <days>', 'repeat-contact window in days', '7')
    .option('--kpi <ids>', 'KPI ids to show (comma-separated; default all)')
    .option('--centre <org>', 'the contact centre (id or name); default: the only one')
    .option('--json', 'print JSON: an array of { queue, period_start, kpis }')
    .option('--csv', 'print CSV')
    .action(
      async (o: {
        queue: string[];
        from: string;
        to: string;
        by: string[];
        slThreshold: string;
        slVariant: string;
        shortAbandon: string;
        abandonVariant: string;
        abandonOutcomes?: string;
        repeatWindow: string;
        kpi?: string;
        centre?: string;
        json?: boolean;
        csv?: boolean;
      }) => {
        const by = list(o.by).map((b) => oneOf(b, [...periodGroupings, 'queue'] as const, '--by')) as KpiGrouping[];
        if (by.filter((b) => b !== 'queue').length > 1)
          throw new AppError('CCQ_ERR_VALIDATION', '--by takes at most one period (and queue)');
        const abandonOutcomes =
          o.abandonOutcomes === undefined
            ? undefined
            : list([o.abandonOutcomes]).map((x) => oneOf(x, outcomes, '--abandon-outcomes') as Outcome);
        const result = await withDb(async (ctx) => {
          const { caller } = await chooseCentre(ctx.deps, rt.operator(), { ref: o.centre, createIfNone: false });
          return queryKpis(ctx.deps, caller, {
            queues: list(o.queue),
            from: o.from,
            to: o.to,
            by,
            ...(o.kpi ? { kpis: list([o.kpi]) } : {}),
            params: {
              thresholdSeconds: Number(o.slThreshold),
              shortAbandonSeconds: Number(o.shortAbandon),
              slVariant: oneOf(o.slVariant, serviceLevelVariants, '--sl-variant'),
              abandonVariant: oneOf(o.abandonVariant, abandonRateVariants, '--abandon-variant'),
              repeatWindowDays: Number(o.repeatWindow),
              ...(abandonOutcomes ? { abandonOutcomes } : {}),
            },
          });
        });
        const rows = kpiRows(result);
        const ids = Object.keys(result.groups[0]?.kpis ?? {});
        const keys = [...(by.includes('queue') ? ['queue'] : []), ...(by.some((b) => b !== 'queue') ? ['period_start'] : [])];
        if (o.json)
          printJson(
            out,
            rows.map((r) => ({ ...r, parameters: result.parameters })),
          );
        else if (o.csv) {
          out.write(`${[...keys, ...ids].join(',')}\n`);
          for (const r of rows)
            out.write(
              `${[...keys.map((k) => csvCell((r as Record<string, unknown>)[k])), ...ids.map((id) => csvCell(r.kpis[id]))].join(',')}\n`,
            );
        } else {
          const p = result.parameters;
          out.write(
            `${result.from} – ${result.to} (${result.timeZone}) · service level: ${p.slVariant}, T = ${p.thresholdSeconds} s, short abandon ≤ ${p.shortAbandonSeconds} s · abandon rate: ${p.abandonVariant}\n`,
          );
          printTable(
            out,
            rows.map((r) => ({ ...r, ...Object.fromEntries(ids.map((id) => [id, kpiValueText(id, r.kpis[id] ?? null)])) })),
            [...keys, ...ids],
          );
        }
      },
    );
};
