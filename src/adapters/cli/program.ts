// src/adapters/cli/program.ts — the `ccq` command line: commands, error printing and exit codes

import { Command, CommanderError } from 'commander';
import type { Caller } from '../../app/caller.js';
import type { Deps } from '../../app/ports.js';
import { AppError } from '../../domain/shared/errors.js';
import type { CliIo } from './io.js';
import { registerAdminCommands } from './commands/admin.command.js';
import { registerConformityCommands } from './commands/conformity.command.js';
import { registerContactDataCommands } from './commands/contact-data.command.js';
import { registerMandateCommands } from './commands/mandates.command.js';
import { registerReviewCommands } from './commands/reviews.command.js';
import { registerComplaintCommands } from './commands/complaints.command.js';
import { registerPeopleCommands } from './commands/people.command.js';
import { registerQaCommands } from './commands/qa.command.js';
import { registerServeCommands } from './commands/serve.command.js';
import { registerStaffingCommands } from './commands/staffing.command.js';
import { registerSurveyCommands } from './commands/surveys.command.js';

/** An open database with the use-cases' dependencies; the composition root provides it. */
export type CliContext = { deps: Deps; describe: string; close: () => Promise<void> };

export type ServeOptions = { port: number; host: string; demoIfEmpty: boolean; databaseUrl: string | undefined };

export type CliRuntime = {
  io: CliIo;
  /** Opens the database named by --database-url or DATABASE_URL, migrating it unless told not to. */
  open: (databaseUrl: string | undefined, options?: { migrate: boolean }) => Promise<CliContext>;
  /** Applies pending migrations and returns their names. */
  migrate: (databaseUrl: string | undefined) => Promise<{ applied: string[]; describe: string }>;
  /** Starts the HTTP server and resolves once it listens; it runs until the process is stopped. */
  serve: (options: ServeOptions) => Promise<void>;
  /** The local operator acts as a platform administrator, recorded as `cli:<os user>`. */
  operator: () => Caller;
};

/** Exit codes scripts can rely on: 0 success, 1 a check failed, 64 usage, 65 bad data, 66 not found, 69 unavailable, 70 internal, 77 permission, 78 config. */
export const EXIT = { ok: 0, checkFailed: 1, usage: 64 } as const;

/** Commands report a non-zero outcome (a failed check) here rather than by exiting the process. */
export type Outcome = { code: number };

export const buildProgram = (rt: CliRuntime, outcome: Outcome): Command => {
  const program = new Command('ccq')
    .description('ccq — contact-centre quality on ISO 18295: mandates, contact data, audits and findings')
    .option('--database-url <url>', 'database to use (default: $DATABASE_URL or sqlite:./data/ccq.db)')
    .option('--debug', 'print stack traces on errors')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => rt.io.stdout.write(s),
      writeErr: (s) => rt.io.stderr.write(s),
    })
    .exitOverride();
  registerServeCommands(program, rt);
  registerAdminCommands(program, rt, outcome);
  registerContactDataCommands(program, rt, outcome);
  registerConformityCommands(program, rt, outcome);
  registerMandateCommands(program, rt);
  registerReviewCommands(program, rt);
  registerSurveyCommands(program, rt);
  registerComplaintCommands(program, rt);
  registerPeopleCommands(program, rt, outcome);
  registerQaCommands(program, rt);
  registerStaffingCommands(program, rt);
  return program;
};

/** Runs the CLI and returns the exit code instead of exiting, so tests can drive it in-process. */
export const runCli = async (argv: string[], rt: CliRuntime): Promise<number> => {
  const outcome: Outcome = { code: EXIT.ok };
  const program = buildProgram(rt, outcome);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return outcome.code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    const debug = program.opts().debug === true || argv.includes('--debug');
    if (e instanceof AppError) {
      rt.io.stderr.write(`ccq: ${e.code}: ${e.message}\n`);
      for (const i of e.issues) rt.io.stderr.write(`  ${i.path}: ${i.message}\n`);
      if (debug && e.stack) rt.io.stderr.write(`${e.stack}\n`);
      return e.exit;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    rt.io.stderr.write(`ccq: CCQ_ERR_INTERNAL: ${err.message}\n`);
    if (debug && err.stack) rt.io.stderr.write(`${err.stack}\n`);
    else rt.io.stderr.write('  (run with --debug for details)\n');
    return 70;
  }
};
