// src/adapters/cli/commands/people.command.ts — `ccq people import FILE --kind …`: the centre's people records from CSV with a simple column mapping

import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { chooseOrganisation } from '../../../app/choose-organisation.js';
import { importPeople } from '../../../app/manage-people.js';
import { peopleFields, peopleImportKinds } from '../../../domain/people/people-csv.js';
import { AppError } from '../../../domain/shared/errors.js';
import { oneOf, printJson } from '../io.js';
import type { CliRuntime, Outcome } from '../program.js';
import { withDatabase } from '../with-database.js';

type ImportFlags = { kind: string; map: string[]; relationship?: string; centre?: string; json?: boolean };

/** `--map field=Column` pairs into a mapping; a field must be one the kind reads. */
const mappingOf = (pairs: string[], fields: string[]): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const p of pairs) {
    const i = p.indexOf('=');
    const field = p.slice(0, i).trim();
    if (i < 1 || !fields.includes(field))
      throw new AppError('CCQ_ERR_VALIDATION', `--map ${p}: use field=Column with a field of ${fields.join(', ')}`, [
        { path: '--map', message: p },
      ]);
    out[field] = p.slice(i + 1).trim();
  }
  return out;
};

export const registerPeopleCommands = (program: Command, rt: CliRuntime, outcome: Outcome): void => {
  const withDb = withDatabase(program, rt);
  const people = program.command('people').description('people records of a contact centre (pseudonymised agents, ISO 18295-1 clause 6)');
  people
    .command('import')
    .description('import people records from CSV: headcount (the roster), absence, training, competence or coaching')
    .argument('<file>', 'a CSV file with a header row (comma or semicolon)')
    .requiredOption('--kind <kind>', `one of ${peopleImportKinds.join(', ')}`)
    .option(
      '--map <field=Column>',
      'the CSV column of a field (repeatable); default: the column named like the field',
      (v, acc: string[]) => [...acc, v],
      [],
    )
    .option('--relationship <id>', 'the relationship the roster’s agents serve (headcount)')
    .option('--centre <org>', 'the contact centre (id or name); default: the only one')
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      `\nFields by kind (required first):\n${peopleImportKinds
        .map(
          (k) =>
            `  ${k}: ${peopleFields[k].required.join(', ')}${peopleFields[k].optional.length ? ` [${peopleFields[k].optional.join(', ')}]` : ''}`,
        )
        .join('\n')}\nAgents are known by code only: no names. Exit code 65 when a row was rejected (the good rows are kept).`,
    )
    .action(async (file: string, o: ImportFlags) => {
      const kind = oneOf(o.kind, peopleImportKinds, '--kind');
      const fields = [...peopleFields[kind].required, ...peopleFields[kind].optional];
      const mapping = mappingOf(o.map, fields);
      const text = readFileSync(file, 'utf8');
      const r = await withDb(async (ctx) => {
        const { caller } = await chooseOrganisation(ctx.deps, rt.operator(), {
          ref: o.centre,
          kinds: ['contact_centre', 'both'],
          flag: '--centre',
        });
        return importPeople(ctx.deps, caller, { kind, text, mapping, relationshipId: o.relationship ?? null });
      });
      if (r.rejects.length) outcome.code = 65;
      if (o.json) return printJson(rt.io.stdout, r);
      rt.io.stdout.write(`Imported ${r.imported} ${kind} record(s); ${r.unchanged} unchanged; ${r.rejects.length} rejected\n`);
      for (const x of r.rejects) rt.io.stderr.write(`  line ${x.line}: ${x.field}: ${x.message}\n`);
    });
};
