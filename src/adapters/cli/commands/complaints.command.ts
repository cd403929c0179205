// src/adapters/cli/commands/complaints.command.ts — `ccq complaint add|list|export`: the complaints register from the command line

import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { chooseOrganisation } from '../../../app/choose-organisation.js';
import { listComplaints, receiveComplaint } from '../../../app/manage-complaints.js';
import type { Deps } from '../../../app/ports.js';
import { complaintCategories, complaintChannels, complaintStatuses } from '../../../domain/complaints/complaint.js';
import { complaintsCsv } from '../../reports/complaints-csv.js';
import { oneOf, printJson, printTable } from '../io.js';
import type { CliRuntime } from '../program.js';
import { withDatabase } from '../with-database.js';

type AddOptions = {
  relationship: string;
  channel: string;
  description: string;
  receivedAt?: string;
  category?: string;
  queue?: string;
  contact?: string;
  name?: string;
  email?: string;
  phone?: string;
  org?: string;
  json?: boolean;
};
type ListOptions = { relationship?: string; status?: string; overdue?: boolean; org?: string; json?: boolean; out?: string };

export const registerComplaintCommands = (program: Command, rt: CliRuntime): void => {
  const withDb = withDatabase(program, rt);
  const inOrg = async (deps: Deps, ref: string | undefined) => (await chooseOrganisation(deps, rt.operator(), { ref })).caller;
  const complaint = program.command('complaint').description('the complaints register (ISO 18295-1 4.4, ISO 10002 steps)');
  const listOf = (o: ListOptions) => ({
    relationshipId: o.relationship,
    statuses: o.status ? o.status.split(',').map((s) => oneOf(s.trim(), complaintStatuses, '--status')) : undefined,
    overdueOnly: o.overdue === true,
  });

  complaint
    .command('add')
    .description('register a complaint received by any channel; the owner follows the mandate’s split')
    .requiredOption('--relationship <id>', 'the relationship')
    .requiredOption('--channel <channel>', complaintChannels.join('|'))
    .requiredOption('--description <text>', 'what the customer complained about')
    .option('--received-at <iso>', 'when it came in (default now)')
    .option('--category <category>', complaintCategories.join('|'))
    .option('--queue <id>', 'the queue it concerns')
    .option('--contact <source id>', 'the contact it concerns (its source id)')
    .option('--name <name>', 'the complainant’s name (personal data, erasable)')
    .option('--email <email>', 'the complainant’s email')
    .option('--phone <phone>', 'the complainant’s phone')
    .option('--org <org>', 'the party acting (id or name)')
    .option('--json', 'print JSON')
    .action(async (o: AddOptions) => {
      const c = await withDb(async (ctx) =>
        receiveComplaint(ctx.deps, await inOrg(ctx.deps, o.org), {
          relationshipId: o.relationship,
          channel: oneOf(o.channel, complaintChannels, '--channel'),
          receivedAt: o.receivedAt,
          description: o.description,
          category: o.category ? oneOf(o.category, complaintCategories, '--category') : null,
          queueId: o.queue ?? null,
          contactSourceId: o.contact ?? null,
          complainant: { name: o.name ?? null, email: o.email ?? null, phone: o.phone ?? null },
        }),
      );
      if (o.json) return printJson(rt.io.stdout, c);
      rt.io.stdout.write(`Registered ${c.reference} (${c.id}), held by the ${c.owner}; acknowledge by ${c.ackDueAt}\n`);
    });

  complaint
    .command('list')
    .description('the complaints you see, newest first, with deadlines and overdue flags')
    .option('--relationship <id>', 'only this relationship')
    .option('--status <list>', `only these statuses (${complaintStatuses.join(',')})`)
    .option('--overdue', 'only overdue complaints')
    .option('--org <org>', 'the party acting (id or name)')
    .option('--json', 'print JSON')
    .action(async (o: ListOptions) => {
      const list = await withDb(async (ctx) => listComplaints(ctx.deps, await inOrg(ctx.deps, o.org), listOf(o)));
      if (o.json) return printJson(rt.io.stdout, list);
      printTable(
        rt.io.stdout,
        list.map((c) => ({
          reference: c.reference,
          received: c.receivedAt.slice(0, 16),
          status: c.status,
          owner: c.owner,
          category: c.category,
          ackDue: c.ackDueAt.slice(0, 16),
          resolveDue: c.resolveDueAt.slice(0, 16),
          overdue: [c.overdue.ack ? 'ack' : '', c.overdue.resolution ? 'resolution' : ''].filter(Boolean).join('+'),
        })),
        ['reference', 'received', 'status', 'owner', 'category', 'ackDue', 'resolveDue', 'overdue'],
      );
    });

  complaint
    .command('export')
    .description('the complaints as CSV (no names, contact details or free texts), to stdout or --out')
    .option('--relationship <id>', 'only this relationship')
    .option('--status <list>', 'only these statuses')
    .option('--overdue', 'only overdue complaints')
    .option('--out <file>', 'write the CSV here')
    .option('--org <org>', 'the party acting (id or name)')
    .option('--json', 'print JSON instead of CSV')
    .action(async (o: ListOptions) => {
      const list = await withDb(async (ctx) => listComplaints(ctx.deps, await inOrg(ctx.deps, o.org), listOf(o)));
      if (o.json) return printJson(rt.io.stdout, list);
      const csv = complaintsCsv(list);
      if (o.out) {
        writeFileSync(o.out, csv);
        rt.io.stderr.write(`Wrote ${o.out} (${list.length} complaints)\n`);
      } else rt.io.stdout.write(csv);
    });
};
