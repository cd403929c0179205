// src/adapters/cli/commands/conformity.command.ts — `ccq framework …` and `ccq assessment …`: the framework library and assessments from the terminal

import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { chooseOrganisation } from '../../../app/choose-organisation.js';
import { createAssessment, getAssessment, listAssessments } from '../../../app/manage-assessments.js';
import { getFramework, listFrameworks, loadFramework } from '../../../app/manage-frameworks.js';
import type { Deps } from '../../../app/ports.js';
import type { ScopeKind } from '../../../domain/conformity/assessment.js';
import { type Framework, type LocalText, textIn } from '../../../domain/conformity/framework.js';
import { formatProblem } from '../../../domain/conformity/validation-report.js';
import type { Locale } from '../../../domain/organisations/model.js';
import { AppError } from '../../../domain/shared/errors.js';
import { readinessPack } from '../../../app/readiness-pack.js';
import { stampedReading } from '../../frameworks/framework-files.js';
import { type ReportFile, exportFile, exportFormats, reportFile, reportFormats } from '../../reports/report-files.js';
import { oneOf, printJson, printTable } from '../io.js';
import type { CliRuntime, Outcome } from '../program.js';
import { withDatabase } from '../with-database.js';

type TreeNode = { id: string; ref: string; title: LocalText; assessable: boolean; informative: boolean; children: TreeNode[] };

/** The node tree as `framework show --json` prints it: URN as id, clause number, titles, children. */
export const frameworkTree = (f: Framework): TreeNode[] => {
  const byRef = new Map<string, TreeNode>();
  const roots: TreeNode[] = [];
  for (const n of f.nodes) {
    const node: TreeNode = { id: n.urn, ref: n.ref, title: n.title, assessable: n.assessable, informative: n.informative, children: [] };
    byRef.set(n.ref, node);
    const parent = n.parentRef ? byRef.get(n.parentRef) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
};

const pct = (v: number | null): string => (v === null ? '–' : `${(v * 100).toFixed(0)} %`);

const lang = (v: string | undefined): Locale => (v === 'sv' ? 'sv' : 'en');

export const registerConformityCommands = (program: Command, rt: CliRuntime, outcome: Outcome): void => {
  const withDb = withDatabase(program, rt);
  const out = rt.io.stdout;
  const inOrg = (deps: Deps, ref: string | undefined) => chooseOrganisation(deps, rt.operator(), { ref });

  const framework = program
    .command('framework')
    .description('the framework library: ISO 18295-1 and -2 (paraphrased) and your own frameworks');
  framework
    .command('list')
    .description('frameworks in the library (shipped ones and those loaded by organisations)')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const list = await withDb((ctx) => listFrameworks(ctx.deps, rt.operator()));
      if (o.json) return printJson(out, list);
      printTable(
        out,
        list.map((f) => ({
          id: f.id,
          edition: f.edition,
          revision: f.revision,
          side: f.side,
          requirements: f.requirements,
          owner: f.ownerOrganisationId ?? 'shipped',
          name: textIn(f.name, 'en'),
        })),
        ['id', 'edition', 'revision', 'side', 'requirements', 'owner', 'name'],
      );
    });
  framework
    .command('show')
    .description('one framework as a tree of requirements (by id or edition, e.g. iso-18295-1:2017)')
    .argument('<framework>', 'id or edition')
    .option('--lang <sv|en>', 'language of the titles', 'en')
    .option('--json', 'print the node tree as JSON: ids (URNs), clause numbers, titles, children')
    .action(async (ref: string, o: { json?: boolean; lang?: string }) => {
      const f = await withDb((ctx) => getFramework(ctx.deps, rt.operator(), ref));
      if (o.json)
        return printJson(out, { id: f.id, edition: f.framework.edition, name: f.framework.name, nodes: frameworkTree(f.framework) });
      const l = lang(o.lang);
      out.write(`${textIn(f.framework.name, l)}  (${f.framework.edition}, revision ${f.framework.revision})\n`);
      if (f.framework.paraphrase) out.write(`${textIn(f.framework.notice, l)}\n`);
      out.write('\n');
      for (const n of f.framework.nodes)
        out.write(`${'  '.repeat(n.depth - 1)}${n.ref}  ${textIn(n.title, l)}${n.informative ? ' (informative)' : ''}\n`);
    });
  framework
    .command('validate')
    .description('check framework files without loading them; every problem as file:line:column')
    .argument('<files...>')
    .option('--json', 'print the reports as JSON')
    .action(async (files: string[], o: { json?: boolean }) => {
      const reports = files.map((file) => {
        const r = stampedReading(readFileSync(file), file, file);
        return {
          file,
          valid: r.framework !== null,
          edition: r.framework?.edition ?? null,
          requirements: r.framework?.nodes.filter((n) => n.assessable).length ?? 0,
          problems: r.problems,
        };
      });
      if (o.json) printJson(out, reports);
      else
        for (const r of reports) {
          for (const p of r.problems) out.write(`${formatProblem(p)}\n`);
          if (r.valid) out.write(`${r.file}: valid (${r.edition}, ${r.requirements} requirements)\n`);
          else out.write(`${r.file}: ${r.problems.length} problem(s)\n`);
        }
      if (reports.some((r) => !r.valid)) outcome.code = 65;
    });
  framework
    .command('load')
    .description("load a framework file as an organisation's own (an internal policy, a licensed or new edition)")
    .argument('<file>')
    .option('--org <org>', 'the organisation that owns it (id or name); default: the only one')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, o: { org?: string; json?: boolean }) => {
      const reading = stampedReading(readFileSync(file), file, basename(file));
      const result = await withDb(async (ctx) => loadFramework(ctx.deps, (await inOrg(ctx.deps, o.org)).caller, reading));
      if (o.json) return printJson(out, result);
      out.write(
        `${result.framework.edition} (revision ${result.framework.revision}): ${result.outcome}, ${result.framework.requirements} requirements, id ${result.framework.id}\n`,
      );
      for (const s of result.succeeds) {
        const counts = new Map<string, number>();
        for (const r of s.mapping) counts.set(r.relation, (counts.get(r.relation) ?? 0) + 1);
        out.write(
          `  from ${s.edition}: ${[...counts].map(([k, v]) => `${v} ${k}`).join(', ')} — carry assessments over with the API or the web app\n`,
        );
      }
    });

  const assessment = program.command('assessment').description('self-assessments against a framework edition');
  assessment
    .command('create')
    .description('start an assessment of an organisation (or one of its relationships)')
    .requiredOption('--framework <framework>', 'framework id or edition, e.g. iso-18295-1:2017')
    .option('--org <org>', 'the assessed organisation (id or name); default: the only one')
    .option('--scope <kind>', 'centre, client or relationship (default: from the framework)')
    .option('--relationship <id>', 'the relationship, for a relationship scope')
    .option('--title <title>', 'a title (default: the framework name and today)')
    .option('--tags <list>', 'applicability tags of the scope, comma-separated (e.g. inbound,voice,outsourced)')
    .option('--json', 'print JSON')
    .action(
      async (o: {
        framework: string;
        org?: string;
        scope?: string;
        relationship?: string;
        title?: string;
        tags?: string;
        json?: boolean;
      }) => {
        if (o.scope && !['centre', 'client', 'relationship'].includes(o.scope))
          throw new AppError('CCQ_ERR_VALIDATION', '--scope must be centre, client or relationship');
        const v = await withDb(async (ctx) =>
          createAssessment(ctx.deps, (await inOrg(ctx.deps, o.org)).caller, {
            frameworkId: o.framework,
            ...(o.scope ? { scopeKind: o.scope as ScopeKind } : {}),
            ...(o.relationship ? { relationshipId: o.relationship } : {}),
            ...(o.title ? { title: o.title } : {}),
            ...(o.tags
              ? {
                  scopeTags: o.tags
                    .split(',')
                    .map((t) => t.trim())
                    .filter(Boolean),
                }
              : {}),
          }),
        );
        if (o.json) return printJson(out, { ...v.assessment, readiness: v.readiness.total, requirements: v.answers.length });
        out.write(
          `Created assessment ${v.assessment.id}: ${v.assessment.title} (${v.assessment.edition}, ${v.answers.length} requirements)\n`,
        );
      },
    );
  assessment
    .command('list')
    .description("an organisation's assessments with readiness")
    .option('--org <org>', 'id or name; default: the only one')
    .option('--json', 'print JSON')
    .action(async (o: { org?: string; json?: boolean }) => {
      const list = await withDb(async (ctx) => listAssessments(ctx.deps, (await inOrg(ctx.deps, o.org)).caller));
      if (o.json) return printJson(out, list);
      printTable(
        out,
        list.map((a) => ({
          id: a.id,
          title: a.title,
          edition: a.edition,
          status: a.status,
          readiness: pct(a.readiness.readiness),
          created: a.createdAt.slice(0, 10),
        })),
        ['id', 'title', 'edition', 'status', 'readiness', 'created'],
      );
    });
  assessment
    .command('show')
    .description('one assessment: readiness by clause and every answer')
    .argument('<id>')
    .option('--org <org>', 'the organisation to act in (id or name); default: the only one')
    .option('--lang <sv|en>', 'language of the titles', 'en')
    .option('--json', 'print JSON')
    .action(async (id: string, o: { org?: string; lang?: string; json?: boolean }) => {
      const v = await withDb(async (ctx) => getAssessment(ctx.deps, (await inOrg(ctx.deps, o.org)).caller, id));
      if (o.json) return printJson(out, { assessment: v.assessment, readiness: v.readiness, answers: v.answers, events: v.events });
      const l = lang(o.lang);
      out.write(
        `${v.assessment.title} — ${v.assessment.edition} — ${v.assessment.status}\nreadiness ${pct(v.readiness.total.readiness)} (${v.readiness.total.conformant} of ${v.readiness.total.applicable} applicable conformant, ${v.readiness.total.open} open)\n\n`,
      );
      printTable(
        out,
        v.readiness.byClause.map((c) => ({
          clause: c.ref,
          readiness: pct(c.readiness),
          conformant: c.conformant,
          partial: c.partiallyConformant,
          nonconformant: c.nonconformant,
          open: c.open,
          na: c.notApplicable,
        })),
        ['clause', 'readiness', 'conformant', 'partial', 'nonconformant', 'open', 'na'],
      );
      out.write('\n');
      const title = new Map(v.framework.nodes.map((n) => [n.ref, textIn(n.title, l)]));
      printTable(
        out,
        v.answers.map((x) => ({
          ref: x.ref,
          title: title.get(x.ref) ?? '',
          status: x.status,
          result: x.result ?? '',
          score: x.score ?? '',
        })),
        ['ref', 'title', 'status', 'result', 'score'],
      );
    });

  /** Writes a report file to --out (default: its own name in the current folder) and says where. */
  const save = (file: ReportFile, out: string | undefined): void => {
    const path = out ?? file.name;
    writeFileSync(path, file.body);
    rt.io.stderr.write(`Wrote ${path}\n`);
  };
  assessment
    .command('export')
    .description('the requirement table (results, justifications, evidence with SHA-256, findings) as CSV or XLSX')
    .argument('<id>')
    .option('--format <csv|xlsx>', 'file format', 'csv')
    .option('--out <file>', 'where to write it (default: a name from the title, in the current folder)')
    .option('--org <org>', 'the organisation to act in (id or name); default: the only one')
    .option('--lang <sv|en>', 'language of headers and titles', 'sv')
    .action(async (id: string, o: { format: string; out?: string; org?: string; lang?: string }) => {
      const format = oneOf(o.format, exportFormats, '--format');
      const file = await withDb(async (ctx) =>
        exportFile(await readinessPack(ctx.deps, (await inOrg(ctx.deps, o.org)).caller, id), { format, locale: lang(o.lang) }),
      );
      save(file, o.out);
    });

  program
    .command('report')
    .description('reports on an assessment')
    .command('readiness')
    .description(
      'the assessment report, or with --pack the certification-readiness pack (statement of conformity, open findings and actions, evidence index with hashes)',
    )
    .argument('<assessment-id>')
    .option('--format <html|pdf>', 'file format (PDF needs Chromium: CCQ_CHROMIUM_PATH or /usr/bin/chromium)', 'pdf')
    .option('--pack', 'the certification-readiness pack instead of the assessment report')
    .option('--out <file>', 'where to write it (default: a name from the title, in the current folder)')
    .option('--org <org>', 'the organisation to act in (id or name); default: the only one')
    .option('--lang <sv|en>', 'language of the report', 'sv')
    .action(async (id: string, o: { format: string; pack?: boolean; out?: string; org?: string; lang?: string }) => {
      const format = oneOf(o.format, reportFormats, '--format');
      const file = await withDb(async (ctx) =>
        reportFile(await readinessPack(ctx.deps, (await inOrg(ctx.deps, o.org)).caller, id), {
          format,
          kind: o.pack ? 'pack' : 'assessment',
          locale: lang(o.lang),
        }),
      );
      save(file, o.out);
    });
};
