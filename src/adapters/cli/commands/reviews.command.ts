// src/adapters/cli/commands/reviews.command.ts — `ccq review …`: the joint review pack of a relationship and month, and review records

import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { chooseOrganisation } from '../../../app/choose-organisation.js';
import { listReviews, startReview } from '../../../app/manage-reviews.js';
import type { Deps } from '../../../app/ports.js';
import { gatherReviewPack } from '../../../app/review-pack.js';
import { locales } from '../../../domain/organisations/model.js';
import { AppError } from '../../../domain/shared/errors.js';
import { reviewPackFile, reviewPackFormats } from '../../reports/report-files.js';
import { oneOf, printJson, printTable } from '../io.js';
import type { CliRuntime } from '../program.js';
import { withDatabase } from '../with-database.js';

type PackOptions = { relationship: string; period: string; pdf?: string; html?: string; xlsx?: string; lang: string; org?: string };

export const registerReviewCommands = (program: Command, rt: CliRuntime): void => {
  const withDb = withDatabase(program, rt);
  const inOrg = async (deps: Deps, ref: string | undefined) => (await chooseOrganisation(deps, rt.operator(), { ref })).caller;
  const review = program.command('review').description('the joint review of a mandate (ISO 18295-2): pack, meeting record');

  review
    .command('pack')
    .description(
      'the review pack of a relationship for a month: KPIs against targets with trends, missed targets and actions, conformity and open findings, obligations, decisions page',
    )
    .requiredOption('--relationship <id>', 'the relationship')
    .requiredOption('--period <YYYY-MM>', 'the month reviewed')
    .option('--pdf <file>', 'write the PDF here (needs Chromium: CCQ_CHROMIUM_PATH or /usr/bin/chromium)')
    .option('--html <file>', 'write the HTML here')
    .option('--xlsx <file>', 'write the workbook here')
    .option('--lang <sv|en>', 'language of the pack', 'sv')
    .option('--org <org>', 'the party acting (id or name); default: the only organisation')
    .action(async (o: PackOptions) => {
      const locale = oneOf(o.lang, locales, '--lang');
      const wanted = reviewPackFormats.filter((f) => o[f] !== undefined);
      if (wanted.length === 0)
        throw new AppError('CCQ_ERR_VALIDATION', 'Say where to write the pack: --pdf FILE, --html FILE and/or --xlsx FILE', [
          { path: '--pdf', message: 'required unless --html or --xlsx is given' },
        ]);
      const files = await withDb(async (ctx) => {
        const pack = await gatherReviewPack(ctx.deps, await inOrg(ctx.deps, o.org), { relationshipId: o.relationship, period: o.period });
        return Promise.all(
          wanted.map(async (format) => ({ path: o[format] as string, file: await reviewPackFile(pack, null, { format, locale }) })),
        );
      });
      for (const { path, file } of files) {
        writeFileSync(path, file.body);
        rt.io.stderr.write(`Wrote ${path}\n`);
      }
    });

  review
    .command('start')
    .description(
      'start the review of a month: the pack is frozen (SHA-256) and a meeting record opened; again for the same month does nothing',
    )
    .requiredOption('--relationship <id>', 'the relationship')
    .requiredOption('--period <YYYY-MM>', 'the month reviewed')
    .option('--org <org>', 'the party acting (id or name)')
    .option('--json', 'print JSON')
    .action(async (o: { relationship: string; period: string; org?: string; json?: boolean }) => {
      const r = await withDb(async (ctx) =>
        startReview(ctx.deps, await inOrg(ctx.deps, o.org), { relationshipId: o.relationship, period: o.period }),
      );
      if (o.json) return printJson(rt.io.stdout, r.review);
      rt.io.stdout.write(
        `${r.created ? 'Started' : 'Already started'}: review ${r.review.id} of ${r.review.period} (pack ${r.review.packHash.slice(0, 16)}…)\n`,
      );
    });

  review
    .command('list')
    .description('reviews of the mandates you see')
    .option('--relationship <id>', 'only this relationship')
    .option('--org <org>', 'the party acting (id or name)')
    .option('--json', 'print JSON')
    .action(async (o: { relationship?: string; org?: string; json?: boolean }) => {
      const list = await withDb(async (ctx) => listReviews(ctx.deps, await inOrg(ctx.deps, o.org), { relationshipId: o.relationship }));
      if (o.json) return printJson(rt.io.stdout, list);
      printTable(
        rt.io.stdout,
        list.map((r) => ({
          id: r.id,
          period: r.period,
          status: r.status,
          held: r.record.heldOn ?? '',
          decisions: String(r.record.decisions.length),
          actions: String(r.record.actions.length),
        })),
        ['id', 'period', 'status', 'held', 'decisions', 'actions'],
      );
    });
};
