// src/adapters/cli/commands/qa.command.ts — `ccq qa …`: scorecard files (load, list), evaluations imported from CSV, QA KPIs

import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { chooseOrganisation } from '../../../app/choose-organisation.js';
import { importEvaluations } from '../../../app/import-evaluations.js';
import { qaMeasurer } from '../../../app/kpis/qa-kpis.js';
import { listScorecards, loadScorecardVersion } from '../../../app/manage-qa.js';
import type { Deps } from '../../../app/ports.js';
import { type EvaluationCsvMapping, evaluationCsvFields } from '../../../domain/qa/evaluation-csv.js';
import { AppError } from '../../../domain/shared/errors.js';
import { readScorecardFile } from '../../qa/scorecard-files.js';
import { oneOf, printJson, printTable } from '../io.js';
import type { CliRuntime } from '../program.js';
import { withDatabase } from '../with-database.js';

const collect = (v: string, all: string[]): string[] => [...all, v];

/** `--map contact=CallId` pairs → the mapping of fields to the file's column names. */
const mappingOf = (pairs: string[]): EvaluationCsvMapping => {
  const m: EvaluationCsvMapping = {};
  for (const p of pairs) {
    const [field = '', column = ''] = p.split('=', 2);
    m[oneOf(field, evaluationCsvFields, '--map')] = column;
  }
  return m;
};

export const registerQaCommands = (program: Command, rt: CliRuntime): void => {
  const withDb = withDatabase(program, rt);
  const inOrg = async (deps: Deps, ref: string | undefined) => (await chooseOrganisation(deps, rt.operator(), { ref })).caller;
  const qa = program.command('qa').description('quality monitoring (ISO 18295-1 clause 7): scorecards, evaluations, calibration');
  const scorecard = qa.command('scorecard').description('scorecards: sections of weighted criteria, N/A, critical criteria by kind');

  scorecard
    .command('load')
    .description('load a scorecard file (YAML or JSON) for the centre: new content becomes the next version; problems by line and column')
    .argument('<file>', 'the scorecard file')
    .option('--org <org>', 'the centre (id or name); default: the only organisation')
    .option('--json', 'print JSON')
    .action(async (file: string, o: { org?: string; json?: boolean }) => {
      const reading = readScorecardFile(file);
      if (!reading.content) {
        for (const p of reading.problems) rt.io.stderr.write(`${p.file}:${p.line}:${p.column} ${p.path} ${p.message}\n`);
        throw new AppError('CCQ_ERR_SCORECARD_INVALID', `${reading.problems.length} problem(s) in ${file}`);
      }
      const content = reading.content;
      const r = await withDb(async (ctx) => loadScorecardVersion(ctx.deps, await inOrg(ctx.deps, o.org), content));
      if (o.json) return printJson(rt.io.stdout, r);
      rt.io.stdout.write(`${r.created ? 'Loaded' : 'Unchanged'}: ${r.scorecard.key} version ${r.scorecard.version} (${r.scorecard.id})\n`);
    });

  scorecard
    .command('list')
    .description('every version of the centre’s scorecards')
    .option('--org <org>', 'the centre (id or name)')
    .option('--json', 'print JSON')
    .action(async (o: { org?: string; json?: boolean }) => {
      const list = await withDb(async (ctx) => listScorecards(ctx.deps, await inOrg(ctx.deps, o.org)));
      if (o.json) return printJson(rt.io.stdout, list);
      printTable(
        rt.io.stdout,
        list.map((s) => ({
          id: s.id,
          key: s.key,
          version: String(s.version),
          name: s.name,
          criteria: String(s.content.sections.reduce((n, x) => n + x.criteria.length, 0)),
        })),
        ['id', 'key', 'version', 'name', 'criteria'],
      );
    });

  qa.command('evaluations')
    .description('evaluations of interactions')
    .command('import')
    .description(
      'import evaluations from CSV: columns contact, contact_at, agent (queue, agent_email, coaching_notes optional) and one per criterion id (points, or na)',
    )
    .argument('<file>', 'the CSV file')
    .requiredOption('--relationship <id>', 'the relationship the contacts belong to')
    .requiredOption('--scorecard <id|key>', 'the scorecard version (id), or a key for its latest version')
    .option('--map <field=column>', `a column for a field (${evaluationCsvFields.join(', ')}); repeatable`, collect, [])
    .option('--org <org>', 'the centre (id or name)')
    .option('--json', 'print JSON')
    .action(async (file: string, o: { relationship: string; scorecard: string; map: string[]; org?: string; json?: boolean }) => {
      const text = readFileSync(file, 'utf8');
      const mapping = mappingOf(o.map);
      const r = await withDb(async (ctx) => {
        const caller = await inOrg(ctx.deps, o.org);
        const cards = await listScorecards(ctx.deps, caller);
        const card = cards.find((c) => c.id === o.scorecard) ?? cards.find((c) => c.key === o.scorecard);
        if (!card) throw new AppError('CCQ_ERR_SCORECARD_NOT_FOUND');
        return importEvaluations(ctx.deps, caller, { relationshipId: o.relationship, scorecardId: card.id, text, mapping });
      });
      if (o.json) return printJson(rt.io.stdout, r);
      rt.io.stdout.write(`Imported ${r.imported}, skipped ${r.skipped} already evaluated, rejected ${r.rejects.length}\n`);
      for (const x of r.rejects) rt.io.stderr.write(`${file}:${x.line} ${x.message}\n`);
    });

  qa.command('kpis')
    .description('QA KPIs of a relationship over local dates [from, to): value, sample size, 95 % interval, low-sample flag')
    .requiredOption('--relationship <id>', 'the relationship')
    .requiredOption('--from <YYYY-MM-DD>', 'first local day')
    .requiredOption('--to <YYYY-MM-DD>', 'the day after the last')
    .option('--time-zone <zone>', 'time zone of the dates', 'Europe/Stockholm')
    .option('--org <org>', 'the party acting (id or name)')
    .option('--json', 'print JSON')
    .action(async (o: { relationship: string; from: string; to: string; timeZone: string; org?: string; json?: boolean }) => {
      const kpis = [
        'qa_score',
        'critical_error_rate',
        'critical_error_rate_customer',
        'critical_error_rate_business',
        'critical_error_rate_compliance',
        'calibration_agreement',
      ];
      const r = await withDb(async (ctx) =>
        qaMeasurer.measure(ctx.deps, await inOrg(ctx.deps, o.org), {
          relationshipId: o.relationship,
          queueIds: [],
          from: o.from,
          to: o.to,
          timeZone: o.timeZone,
          kpis,
        }),
      );
      if (o.json) return printJson(rt.io.stdout, r);
      const f = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(Math.round(v * 1000) / 1000));
      printTable(
        rt.io.stdout,
        kpis.map((id) => ({
          kpi: id,
          value: f(r[id]?.value),
          n: String(r[id]?.n ?? 0),
          ci: r[id]?.ci ? `${f(r[id]?.ci?.[0])}–${f(r[id]?.ci?.[1])}` : '',
          low: r[id]?.lowSample ? 'low sample' : '',
        })),
        ['kpi', 'value', 'n', 'ci', 'low'],
      );
    });
};
