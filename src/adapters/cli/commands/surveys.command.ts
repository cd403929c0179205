// src/adapters/cli/commands/surveys.command.ts — `ccq survey create|invite|import|results`: customer surveys from the terminal, all with --json

import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { chooseOrganisation } from '../../../app/choose-organisation.js';
import { createSurvey, issueInvitations } from '../../../app/manage-surveys.js';
import type { Deps } from '../../../app/ports.js';
import { importAnswers } from '../../../app/survey-answers.js';
import { surveyResults } from '../../../app/survey-results.js';
import { AppError } from '../../../domain/shared/errors.js';
import type { Estimate } from '../../../domain/surveys/statistics.js';
import { type ResultGrouping, resultGroupings } from '../../../domain/surveys/results.js';
import { type QuestionKind, type SurveyQuestion, questionKinds } from '../../../domain/surveys/survey.js';
import { oneOf, printJson, printTable } from '../io.js';
import type { CliRuntime } from '../program.js';
import { withDatabase } from '../with-database.js';

const collect = (v: string, prev: string[] = []): string[] => [...prev, v];

/** `kind:id:Swedish text|English text`, e.g. `csat:sat:Hur nöjd är du?|How satisfied are you?`; a trailing `?` in the kind makes it optional. */
const parseQuestion = (text: string, i: number): SurveyQuestion => {
  const m = /^([a-z]+)(\??):([a-z0-9_-]+):([^|]+)\|(.+)$/.exec(text);
  if (!m)
    throw new AppError('CCQ_ERR_VALIDATION', 'Write a question as kind:id:Swedish|English', [{ path: `--question.${i}`, message: text }]);
  return {
    kind: oneOf(m[1] as string, questionKinds, '--question kind') as QuestionKind,
    id: m[3] as string,
    label: { sv: (m[4] as string).trim(), en: (m[5] as string).trim() },
    required: m[2] !== '?',
  };
};

/** `name=column` pairs; `answeredAt` and `contact` are the answer time and contact columns, every other name a question id. */
const parseMapping = (pairs: string[]) => {
  const answers: Record<string, string> = {};
  let answeredAt = '';
  let contact: string | undefined;
  for (const p of pairs) {
    const [k, ...rest] = p.split('=');
    const v = rest.join('=');
    if (!k || !v) throw new AppError('CCQ_ERR_VALIDATION', 'Write a mapping as name=column', [{ path: '--map', message: p }]);
    if (k === 'answeredAt') answeredAt = v;
    else if (k === 'contact') contact = v;
    else answers[k] = v;
  }
  if (!answeredAt)
    throw new AppError('CCQ_ERR_VALIDATION', 'Map the answer time: --map answeredAt=<column>', [
      { path: '--map', message: 'answeredAt is required' },
    ]);
  return { answeredAt, contact, answers };
};

const estimateText = (e: Estimate, unit: 'share' | 'score'): string => {
  if (e.value === null) return '–';
  const f = (x: number) => (unit === 'share' ? `${(x * 100).toFixed(1)} %` : x.toFixed(1));
  return `${f(e.value)}${e.ci ? ` [${f(e.ci[0])}–${f(e.ci[1])}]` : ''} n=${e.n}${e.lowSample ? ' (small sample)' : ''}`;
};

export const registerSurveyCommands = (program: Command, rt: CliRuntime): void => {
  const withDb = withDatabase(program, rt);
  const inOrg = async (deps: Deps, ref: string | undefined) => (await chooseOrganisation(deps, rt.operator(), { ref })).caller;
  const survey = program.command('survey').description('customer surveys (ISO 18295-1 4.3): CSAT, NPS, CES and free text');

  survey
    .command('create')
    .description('create a survey for a relationship (the centre runs it)')
    .requiredOption('--relationship <id>', 'the relationship')
    .requiredOption('--name <name>', 'the survey’s name')
    .requiredOption('--question <kind:id:sv|en>', 'a question (csat, nps, ces or text; `csat?:…` is optional); repeat for more', collect)
    .option('--queue <id>', 'a queue it is attached to; repeat for more (default: all)', collect)
    .option('--org <org>', 'the centre acting (id or name)')
    .option('--json', 'print JSON')
    .action(async (o: { relationship: string; name: string; question: string[]; queue?: string[]; org?: string; json?: boolean }) => {
      const s = await withDb(async (ctx) =>
        createSurvey(ctx.deps, await inOrg(ctx.deps, o.org), {
          relationshipId: o.relationship,
          name: o.name,
          questions: o.question.map(parseQuestion),
          queueIds: o.queue ?? [],
        }),
      );
      if (o.json) return printJson(rt.io.stdout, s);
      rt.io.stdout.write(`Created survey ${s.id} (${s.questions.length} questions)\n`);
    });

  survey
    .command('invite')
    .description('issue one-time links (tied to contacts by source id, or untied); the tokens are shown only now')
    .requiredOption('--survey <id>', 'the survey')
    .option('--contact <source id>', 'a contact to tie a link to; repeat for more', collect)
    .option('--count <n>', 'untied links to issue', '1')
    .option('--org <org>', 'the centre acting (id or name)')
    .option('--json', 'print JSON')
    .action(async (o: { survey: string; contact?: string[]; count: string; org?: string; json?: boolean }) => {
      const list = await withDb(async (ctx) =>
        issueInvitations(ctx.deps, await inOrg(ctx.deps, o.org), o.survey, { contacts: o.contact, count: Number(o.count) }),
      );
      if (o.json) return printJson(rt.io.stdout, list);
      printTable(
        rt.io.stdout,
        list.map((i) => ({ path: i.path, contact: i.contactSourceId ?? '', tied: i.tied ? 'yes' : 'no' })),
        ['path', 'contact', 'tied'],
      );
    });

  survey
    .command('import')
    .description('import answers from CSV: --map answeredAt=<column> [--map contact=<column>] --map <question id>=<column> …')
    .requiredOption('--survey <id>', 'the survey')
    .requiredOption('--file <csv>', 'the CSV file (header row first)')
    .requiredOption('--map <name=column>', 'a column mapping; repeat', collect)
    .option('--org <org>', 'the centre acting (id or name)')
    .option('--json', 'print JSON')
    .action(async (o: { survey: string; file: string; map: string[]; org?: string; json?: boolean }) => {
      const mapping = parseMapping(o.map);
      const text = readFileSync(o.file, 'utf8');
      const r = await withDb(async (ctx) => importAnswers(ctx.deps, await inOrg(ctx.deps, o.org), o.survey, { text, mapping }));
      if (o.json) return printJson(rt.io.stdout, r);
      rt.io.stdout.write(`Imported ${r.recorded} answers (${r.tied} tied to contacts), rejected ${r.rejected.length}\n`);
      for (const x of r.rejected.slice(0, 20))
        rt.io.stderr.write(`  line ${x.line ?? '?'}: ${x.issues.map((i) => `${i.path} ${i.message}`).join('; ')}\n`);
    });

  survey
    .command('results')
    .description('CSAT, NPS, CES and response rate with n and 95 % CI (small samples flagged), optionally broken down')
    .option('--relationship <id>', 'all surveys of this relationship')
    .option('--survey <id>', 'one survey')
    .requiredOption('--from <YYYY-MM-DD>', 'first day (local to the centre)')
    .requiredOption('--to <YYYY-MM-DD>', 'day after the last')
    .option('--by <queue|agent|day|week|month>', 'break down by')
    .option('--org <org>', 'the party acting (id or name)')
    .option('--json', 'print JSON')
    .action(async (o: { relationship?: string; survey?: string; from: string; to: string; by?: string; org?: string; json?: boolean }) => {
      const by = o.by === undefined ? undefined : (oneOf(o.by, resultGroupings, '--by') as ResultGrouping);
      const r = await withDb(async (ctx) =>
        surveyResults(ctx.deps, await inOrg(ctx.deps, o.org), {
          relationshipId: o.relationship,
          surveyId: o.survey,
          from: o.from,
          to: o.to,
          by,
        }),
      );
      if (o.json) return printJson(rt.io.stdout, r);
      const row = (key: string, g: typeof r) => ({
        group: key,
        answers: g.responses,
        csat: estimateText(g.csat, 'share'),
        nps: estimateText(g.nps, 'score'),
        ces: estimateText(g.ces, 'score'),
      });
      printTable(
        rt.io.stdout,
        [row('all', r), ...r.groups.map((g) => row(g.key || '–', { ...r, ...g }))],
        ['group', 'answers', 'csat', 'nps', 'ces'],
      );
      rt.io.stdout.write(`Response rate: ${estimateText(r.responseRate, 'share')} of ${r.invitations} invitations\n`);
    });
};
