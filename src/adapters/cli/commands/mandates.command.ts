// src/adapters/cli/commands/mandates.command.ts — `ccq mandate …`, `ccq targets evaluate` and `ccq targets check`: the client–centre mandate from the terminal

import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { checkTargetsDaily } from '../../../app/check-targets-daily.js';
import { chooseOrganisation } from '../../../app/choose-organisation.js';
import {
  createMandate,
  diffMandate,
  evaluateMandate,
  getMandate,
  listMandates,
  signMandate,
  updateDraft,
} from '../../../app/manage-mandates.js';
import type { Deps } from '../../../app/ports.js';
import { raiseTargetFindings } from '../../../app/raise-target-findings.js';
import { ZMandateContent } from '../../../contracts/mandates.js';
import type { MandateContent, Party } from '../../../domain/mandates/mandate.js';
import { AppError } from '../../../domain/shared/errors.js';
import { kpiValueText, printJson, printTable } from '../io.js';
import type { CliRuntime } from '../program.js';
import { withDatabase } from '../with-database.js';

/** Reads mandate content from a JSON file, every problem named by its path. */
const readContent = (file: string): MandateContent => {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new AppError('CCQ_ERR_VALIDATION', `${file} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = ZMandateContent.safeParse(raw);
  if (!parsed.success)
    throw new AppError(
      'CCQ_ERR_VALIDATION',
      `${file} is not valid mandate content`,
      parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(root)', message: i.message })),
    );
  return parsed.data as MandateContent;
};

export const registerMandateCommands = (program: Command, rt: CliRuntime): void => {
  const withDb = withDatabase(program, rt);
  const out = rt.io.stdout;
  const inOrg = async (deps: Deps, ref: string | undefined) => (await chooseOrganisation(deps, rt.operator(), { ref })).caller;

  const mandate = program.command('mandate').description('the client–centre mandate (ISO 18295-2): drafts, signatures, versions');
  mandate
    .command('create')
    .description('start the mandate of a relationship from the ISO 18295-2 template (or from a JSON content file)')
    .requiredOption('--relationship <id>', 'the relationship')
    .requiredOption('--title <title>', 'a title, e.g. the service')
    .option('--content <file>', 'mandate content as JSON (see GET /api/v1/mandates/{id} for the shape)')
    .option('--org <org>', 'the party acting (id or name); default: the only organisation')
    .option('--json', 'print JSON')
    .action(async (o: { relationship: string; title: string; content?: string; org?: string; json?: boolean }) => {
      const content = o.content ? readContent(o.content) : undefined;
      const v = await withDb(async (ctx) =>
        createMandate(ctx.deps, await inOrg(ctx.deps, o.org), { relationshipId: o.relationship, title: o.title, content }),
      );
      if (o.json) return printJson(out, v);
      out.write(
        `Created mandate ${v.mandate.id} (draft version 1, hash ${v.current.hash.slice(0, 12)}…); missing: ${v.gaps.map((g) => g.id).join(', ') || 'nothing'}\n`,
      );
    });
  mandate
    .command('update')
    .description("replace the draft's content from a JSON file")
    .argument('<id>')
    .requiredOption('--content <file>', 'mandate content as JSON')
    .option('--org <org>', 'the party acting (id or name)')
    .action(async (id: string, o: { content: string; org?: string }) => {
      const content = readContent(o.content);
      const v = await withDb(async (ctx) => updateDraft(ctx.deps, await inOrg(ctx.deps, o.org), id, content));
      out.write(
        `Draft version ${v.current.number} updated (hash ${v.current.hash}); missing: ${v.gaps.map((g) => g.id).join(', ') || 'nothing'}\n`,
      );
    });
  mandate
    .command('show')
    .description('a mandate: versions, signatures, completeness (or every mandate with --org and no id)')
    .argument('[id]')
    .option('--org <org>', 'the party acting (id or name)')
    .option('--json', 'print JSON')
    .action(async (id: string | undefined, o: { org?: string; json?: boolean }) => {
      if (!id) {
        const list = await withDb(async (ctx) => listMandates(ctx.deps, await inOrg(ctx.deps, o.org)));
        if (o.json) return printJson(out, list);
        return printTable(out, list, ['id', 'relationshipId', 'title', 'createdAt']);
      }
      const v = await withDb(async (ctx) => getMandate(ctx.deps, await inOrg(ctx.deps, o.org), id));
      if (o.json) return printJson(out, v);
      out.write(`${v.mandate.title}\n`);
      printTable(
        out,
        v.versions.map((x) => ({
          version: x.number,
          status: x.status,
          hash: x.hash.slice(0, 16),
          signed_by: x.signatures.map((s) => `${s.party}: ${s.name}`).join('; '),
        })),
        ['version', 'status', 'hash', 'signed_by'],
      );
      out.write(
        `targets: ${v.current.content.targets.length} · missing: ${v.gaps.map((g) => `${g.id} (${g.isoRef})`).join(', ') || 'nothing'}\n`,
      );
      if (v.missingSignatures.length)
        out.write(`to sign: ${v.missingSignatures.join(', ')} (ccq mandate sign ${v.mandate.id} --hash ${v.current.hash})\n`);
    });
  mandate
    .command('sign')
    .description("sign the draft for your party; --hash is the draft's hash you read (ccq mandate show)")
    .argument('<id>')
    .requiredOption('--hash <sha256>', 'the hash of the content you are signing')
    .option('--party <client|centre>', 'the party you sign for (needed in an in-house organisation)')
    .option('--org <org>', 'the party acting (id or name)')
    .action(async (id: string, o: { hash: string; party?: string; org?: string }) => {
      if (o.party && o.party !== 'client' && o.party !== 'centre')
        throw new AppError('CCQ_ERR_VALIDATION', '--party must be client or centre');
      const v = await withDb(async (ctx) =>
        signMandate(ctx.deps, await inOrg(ctx.deps, o.org), id, { versionHash: o.hash, ...(o.party ? { party: o.party as Party } : {}) }),
      );
      out.write(
        v.current.status === 'signed'
          ? `Version ${v.current.number} is signed by both parties and in force.\n`
          : `Signed; still to sign: ${v.missingSignatures.join(', ')}\n`,
      );
    });
  mandate
    .command('diff')
    .description('what changed, field by field, between two versions')
    .argument('<id>')
    .requiredOption('--from <n>', 'version number')
    .requiredOption('--to <n>', 'version number')
    .option('--org <org>', 'the party acting (id or name)')
    .option('--json', 'print JSON')
    .action(async (id: string, o: { from: string; to: string; org?: string; json?: boolean }) => {
      const changes = await withDb(async (ctx) => diffMandate(ctx.deps, await inOrg(ctx.deps, o.org), id, Number(o.from), Number(o.to)));
      if (o.json) return printJson(out, changes);
      for (const c of changes) out.write(`${c.path}: ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}\n`);
      if (changes.length === 0) out.write('(no changes)\n');
    });
  mandate
    .command('export')
    .description("a version's content as JSON (the newest by default)")
    .argument('<id>')
    .option('--version <n>', 'version number')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--org <org>', 'the party acting (id or name)')
    .action(async (id: string, o: { version?: string; out?: string; org?: string }) => {
      const v = await withDb(async (ctx) => getMandate(ctx.deps, await inOrg(ctx.deps, o.org), id));
      const version = o.version ? v.versions.find((x) => x.number === Number(o.version)) : v.current;
      if (!version) throw new AppError('CCQ_ERR_VALIDATION', `No version ${o.version}`);
      const text = `${JSON.stringify(version.content, null, 2)}\n`;
      if (o.out) writeFileSync(o.out, text);
      else out.write(text);
    });

  const targets = program.command('targets').description('KPI targets of mandates');
  targets
    .command('check')
    .description(
      'the daily check once: every mandate in force judged for the current month (and the previous one in its first days); ' +
        'misses, warnings and late obligations notified to both parties, findings raised for missed targets (each once)',
    )
    .option('--json', 'print JSON: per mandate the targets judged, obligations flagged, notifications and findings created')
    .action(async (o: { json?: boolean }) => {
      const r = await withDb((ctx) => checkTargetsDaily(ctx.deps));
      if (o.json) return printJson(out, r);
      printTable(
        out,
        r.mandates.map((m) => ({
          mandate: m.title,
          months: m.months.join(', '),
          missed: m.targets.filter((t) => t.status === 'missed').length,
          at_risk: m.targets.filter((t) => t.status === 'at_risk').length,
          obligations: m.obligations.length,
          notified: m.notified,
          findings: m.findingsRaised,
          error: m.error ?? '',
        })),
        ['mandate', 'months', 'missed', 'at_risk', 'obligations', 'notified', 'findings', 'error'],
      );
      out.write(`${r.notified} new notification(s), ${r.findingsRaised} finding(s) raised; webhooks are delivered by ccq serve.\n`);
      for (const m of r.mandates) for (const s of m.notRaised) rt.io.stderr.write(`Not raised (${m.title}, ${s.targetId}): ${s.reason}\n`);
    });
  targets
    .command('evaluate')
    .description("judge a relationship's targets for a month from the imported contact data")
    .requiredOption('--relationship <id>', 'the relationship')
    .requiredOption('--period <YYYY-MM>', 'the month')
    .option('--org <org>', 'the party acting (id or name)')
    .option('--json', 'print JSON: one object per target and period with kpi, variant, target, measured, status, coverage')
    .option(
      '--raise-findings',
      "raise a finding on the centre's open ISO 18295-1 assessment for each missed target (once per target and month)",
    )
    .action(async (o: { relationship: string; period: string; org?: string; json?: boolean; raiseFindings?: boolean }) => {
      const result = await withDb(async (ctx) => {
        const caller = await inOrg(ctx.deps, o.org);
        const m = (await listMandates(ctx.deps, caller)).find((x) => x.relationshipId === o.relationship);
        if (!m) throw new AppError('CCQ_ERR_MANDATE_NOT_FOUND', 'This relationship has no mandate');
        if (o.raiseFindings) {
          const r = await raiseTargetFindings(ctx.deps, caller, m.id, o.period);
          for (const f of r.raised) rt.io.stderr.write(`Raised F-${f.seq}: ${f.title}\n`);
          for (const s of r.skipped) rt.io.stderr.write(`Not raised (${s.targetId}): ${s.reason}\n`);
        }
        return evaluateMandate(ctx.deps, caller, m.id, o.period);
      });
      if (o.json)
        return printJson(
          out,
          result.evaluations.map((e) => ({
            target_id: e.targetId,
            kpi: e.kpi,
            variant: e.variant,
            target: e.target,
            direction: e.direction,
            period: e.period.label,
            measured: e.measured,
            status: e.status,
            coverage: e.coverage,
          })),
        );
      printTable(
        out,
        result.evaluations.map((e) => ({
          target: e.targetId,
          kpi: `${e.kpi}${e.variant ? ` (${e.variant})` : ''}`,
          period: e.period.label,
          goal: `${e.direction === 'at_least' ? '≥' : '≤'} ${kpiValueText(e.kpi, e.target)}`,
          measured: kpiValueText(e.kpi, e.measured),
          coverage: `${Math.round(e.coverage * 100)} %`,
          status: e.status,
        })),
        ['target', 'kpi', 'period', 'goal', 'measured', 'coverage', 'status'],
      );
    });
};
