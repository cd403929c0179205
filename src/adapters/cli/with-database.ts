// src/adapters/cli/with-database.ts — a command's work inside an open database, closed afterwards whatever happens

import type { Command } from 'commander';
import type { CliContext, CliRuntime } from './program.js';

/** Opens the database named by `--database-url` (or the default) for one piece of work. */
export const withDatabase =
  (program: Command, rt: CliRuntime) =>
  async <T>(work: (ctx: CliContext) => Promise<T>): Promise<T> => {
    const ctx = await rt.open(program.opts().databaseUrl as string | undefined);
    try {
      return await work(ctx);
    } finally {
      await ctx.close();
    }
  };
