// src/adapters/cli/commands/admin.command.ts — `ccq user …`, `ccq org …`, `ccq member add`, `ccq audit verify`

import type { Command } from 'commander';
import { verifyAuditTrail } from '../../../app/audit-trail.js';
import { createApiToken } from '../../../app/manage-api-tokens.js';
import { addMember } from '../../../app/manage-members.js';
import { createOrganisation } from '../../../app/manage-organisations.js';
import { createRelationship } from '../../../app/manage-relationships.js';
import { createUser, findUser, listUsers, setPassword, updateUser } from '../../../app/manage-users.js';
import { roles } from '../../../domain/access/roles.js';
import { systemScope } from '../../../domain/access/scope.js';
import { type OrganisationKind, organisationKinds } from '../../../domain/organisations/model.js';
import { AppError } from '../../../domain/shared/errors.js';
import { oneOf, printJson, printTable, readNewPassword } from '../io.js';
import type { CliContext, CliRuntime, Outcome } from '../program.js';
import { withDatabase } from '../with-database.js';

/** Finds an organisation by id or exact name. */
const findOrganisation = async (ctx: CliContext, ref: string) => {
  const org =
    (await ctx.deps.store.organisations.findById(systemScope, ref)) ?? (await ctx.deps.store.organisations.findByName(systemScope, ref));
  if (!org) throw new AppError('CCQ_ERR_ORGANISATION_NOT_FOUND', `No organisation with id or name "${ref}"`);
  return org;
};

export const registerAdminCommands = (program: Command, rt: CliRuntime, outcome: Outcome): void => {
  const withDb = withDatabase(program, rt);
  const out = rt.io.stdout;

  const user = program.command('user').description('manage accounts');
  user
    .command('add')
    .description('create an account; the password is read from a hidden prompt, or from stdin when piped')
    .requiredOption('--email <email>', 'email address (the login)')
    .option('--name <name>', 'display name')
    .option('--admin', 'make the account a platform administrator')
    .option('--locale <locale>', 'sv or en', 'sv')
    .option('--no-password', 'create the account without a password (it cannot sign in until one is set)')
    .option('--json', 'print the account as JSON')
    .action(async (o: { email: string; name?: string; admin?: boolean; locale: string; password: boolean; json?: boolean }) => {
      const password = o.password ? await readNewPassword(rt.io) : undefined;
      if (o.password && !password)
        throw new AppError('CCQ_ERR_VALIDATION', 'No password given (type it at the prompt or pipe it on stdin)');
      const u = await withDb((ctx) =>
        createUser(ctx.deps, rt.operator(), {
          email: o.email,
          displayName: o.name,
          password,
          platformAdmin: o.admin === true,
          locale: oneOf(o.locale, ['sv', 'en'] as const, '--locale'),
        }),
      );
      if (o.json) printJson(out, u);
      else out.write(`Created ${u.platformAdmin ? 'platform administrator' : 'user'} ${u.email} (${u.id})\n`);
    });
  user
    .command('list')
    .description('list accounts')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const users = await withDb((ctx) => listUsers(ctx.deps, rt.operator()));
      if (o.json) printJson(out, users);
      else
        printTable(
          out,
          users.map((u) => ({ ...u, admin: u.platformAdmin ? 'yes' : '', status: u.disabled ? 'disabled' : 'active' })),
          ['email', 'displayName', 'admin', 'status', 'id'],
        );
    });
  for (const [name, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const)
    user
      .command(`${name} <email>`)
      .description(disabled ? 'disable an account and end its sessions' : 'enable a disabled account')
      .action(async (email: string) => {
        const u = await withDb(async (ctx) =>
          updateUser(ctx.deps, rt.operator(), (await findUser(ctx.deps, rt.operator(), email)).id, { disabled }),
        );
        out.write(`${u.email} is now ${u.disabled ? 'disabled' : 'enabled'}\n`);
      });
  user
    .command('passwd <email>')
    .description('set a new password (hidden prompt, or stdin when piped); ends the account’s sessions')
    .action(async (email: string) => {
      const password = await readNewPassword(rt.io);
      await withDb(async (ctx) => setPassword(ctx.deps, rt.operator(), (await findUser(ctx.deps, rt.operator(), email)).id, password));
      out.write(`Password changed for ${email}\n`);
    });
  user
    .command('token <email>')
    .description('create a personal API token for an account (printed once)')
    .requiredOption('--name <name>', 'what the token is for')
    .option('--expires-in-days <days>', 'expiry in days')
    .option('--json', 'print JSON')
    .action(async (email: string, o: { name: string; expiresInDays?: string; json?: boolean }) => {
      const days = o.expiresInDays === undefined ? undefined : Number(o.expiresInDays);
      if (days !== undefined && (!Number.isInteger(days) || days < 1))
        throw new AppError('CCQ_ERR_VALIDATION', '--expires-in-days must be a positive whole number');
      const created = await withDb(async (ctx) =>
        createApiToken(ctx.deps, { userId: (await findUser(ctx.deps, rt.operator(), email)).id, name: o.name, expiresInDays: days }),
      );
      if (o.json) printJson(out, created);
      else out.write(`${created.token}\n`);
    });

  const org = program.command('org').description('manage organisations');
  org
    .command('add')
    .description('create an organisation')
    .requiredOption('--name <name>', 'organisation name (unique)')
    .requiredOption('--kind <kind>', `one of ${organisationKinds.join(', ')}`)
    .option('--time-zone <tz>', 'IANA time zone', 'Europe/Stockholm')
    .option('--json', 'print JSON')
    .action(async (o: { name: string; kind: string; timeZone: string; json?: boolean }) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: o.timeZone });
      } catch {
        throw new AppError('CCQ_ERR_VALIDATION', `--time-zone "${o.timeZone}" is not a known IANA time zone`);
      }
      const kind = oneOf<OrganisationKind>(o.kind, organisationKinds, '--kind');
      const created = await withDb((ctx) => createOrganisation(ctx.deps, rt.operator(), { name: o.name, kind, timeZone: o.timeZone }));
      if (o.json) printJson(out, created);
      else out.write(`Created ${created.kind} organisation ${created.name} (${created.id})\n`);
    });
  org
    .command('list')
    .description('list organisations')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const orgs = await withDb((ctx) => ctx.deps.store.organisations.list(systemScope));
      if (o.json) printJson(out, orgs);
      else printTable(out, orgs, ['name', 'kind', 'timeZone', 'id']);
    });
  org
    .command('relate')
    .description('record that a centre serves a client (the mandate’s anchor)')
    .requiredOption('--client <org>', 'client organisation (id or name)')
    .requiredOption('--centre <org>', 'contact centre organisation (id or name; the client itself for an in-house centre)')
    .requiredOption('--name <name>', 'name of the relationship, e.g. the service')
    .option('--json', 'print JSON')
    .action(async (o: { client: string; centre: string; name: string; json?: boolean }) => {
      const r = await withDb(async (ctx) =>
        createRelationship(ctx.deps, rt.operator(), {
          clientOrganisationId: (await findOrganisation(ctx, o.client)).id,
          centreOrganisationId: (await findOrganisation(ctx, o.centre)).id,
          name: o.name,
        }),
      );
      if (o.json) printJson(out, r);
      else out.write(`Created relationship ${r.name} (${r.id})\n`);
    });

  program
    .command('member')
    .description('manage memberships')
    .command('add')
    .description('give a person a role in an organisation (creates a password-less account for an unknown email)')
    .requiredOption('--org <org>', 'organisation (id or name)')
    .requiredOption('--email <email>', 'the person’s email')
    .requiredOption('--role <role>', `one of ${roles.join(', ')}`)
    .action(async (o: { org: string; email: string; role: string }) => {
      const role = oneOf(o.role, roles, '--role');
      const m = await withDb(async (ctx) =>
        addMember(ctx.deps, rt.operator(), (await findOrganisation(ctx, o.org)).id, { email: o.email, role }),
      );
      out.write(`${m.email} is now ${m.role} at ${m.organisationName}\n`);
    });

  program
    .command('audit')
    .description('the audit trail')
    .command('verify')
    .description('recompute the hash chain; exit 1 and name the first broken link if it was tampered with')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const r = await withDb((ctx) => verifyAuditTrail(ctx.deps, rt.operator()));
      if (o.json) printJson(out, { entries: r.entries, intact: r.firstBreak === null, firstBreak: r.firstBreak });
      else if (!r.firstBreak) out.write(`Audit trail intact: ${r.entries} entries verified.\n`);
      else
        out.write(
          `Audit trail BROKEN at entry ${r.firstBreak.seq} (${r.firstBreak.id}): ${r.firstBreak.reason.replaceAll('_', ' ')}. ${r.entries} entries before it verified.\n`,
        );
      if (r.firstBreak) outcome.code = 1;
    });
};
