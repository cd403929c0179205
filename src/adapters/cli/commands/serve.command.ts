// src/adapters/cli/commands/serve.command.ts — `ccq serve`, `ccq migrate`, `ccq demo`

import type { Command } from 'commander';
import { loadDemoData } from '../../../app/load-demo-data.js';
import { DEMO_PASSWORD } from '../../../app/load-demo-data.js';
import { AppError } from '../../../domain/shared/errors.js';
import { printTable } from '../io.js';
import type { CliRuntime } from '../program.js';

const parsePort = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new AppError('CCQ_ERR_VALIDATION', `--port must be 0–65535 (got "${v}")`);
  return n;
};

export const registerServeCommands = (program: Command, rt: CliRuntime): void => {
  const dbUrl = () => program.opts().databaseUrl as string | undefined;

  program
    .command('serve')
    .description('serve the web app and the API (migrates the database first)')
    .option('-p, --port <port>', 'port to listen on (default: $PORT or 3000)')
    .option('--host <host>', 'address to bind (default: $HOST or 0.0.0.0)')
    .option('--demo-if-empty', 'load the demo data when the database has no organisations yet')
    .action(async (o: { port?: string; host?: string; demoIfEmpty?: boolean }) => {
      await rt.serve({
        port: parsePort(o.port ?? process.env.PORT ?? '3000'),
        host: o.host ?? process.env.HOST ?? '0.0.0.0',
        demoIfEmpty: o.demoIfEmpty === true,
        databaseUrl: dbUrl(),
      });
    });

  program
    .command('migrate')
    .description('create or upgrade the database schema')
    .action(async () => {
      const r = await rt.migrate(dbUrl());
      rt.io.stdout.write(
        r.applied.length
          ? `Applied ${r.applied.length} migration(s) to ${r.describe}:\n${r.applied.map((m) => `  ${m}\n`).join('')}`
          : `${r.describe} is up to date.\n`,
      );
    });

  program
    .command('demo')
    .description('load the demo organisations, relationships, queues and users')
    .option('--json', 'print the demo logins as JSON')
    .action(async (o: { json?: boolean }) => {
      const ctx = await rt.open(dbUrl());
      try {
        const logins = await loadDemoData(ctx.deps, rt.operator());
        if (!logins) {
          rt.io.stderr.write('The demo data is already loaded; nothing changed.\n');
          return;
        }
        if (o.json) rt.io.stdout.write(`${JSON.stringify({ password: DEMO_PASSWORD, logins }, null, 2)}\n`);
        else {
          rt.io.stdout.write(`Demo data loaded into ${ctx.describe}. Password for every demo login: ${DEMO_PASSWORD}\n`);
          printTable(rt.io.stdout, logins, ['email', 'role', 'organisation']);
        }
      } finally {
        await ctx.close();
      }
    });
};
