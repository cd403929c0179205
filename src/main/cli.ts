#!/usr/bin/env node
// src/main/cli.ts — composition root of the `ccq` command line

import { connect, migrateToLatest, parseDatabaseUrl } from '../adapters/db/connect.js';
import type { CliRuntime } from '../adapters/cli/program.js';
import { runCli } from '../adapters/cli/program.js';
import { printTable } from '../adapters/cli/io.js';
import { DEMO_PASSWORD } from '../app/load-demo-data.js';
import { readConfig } from './config.js';
import { openContext } from './context.js';
import { cliOperator, createApp, loadDemoIfEmpty } from './server.js';

const runtime = (): CliRuntime => {
  const config = () => readConfig();
  const urlOf = (override: string | undefined) => override ?? config().databaseUrl;
  return {
    io: { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin },
    operator: cliOperator,
    open: async (url, options) => {
      const ctx = await openContext({ databaseUrl: urlOf(url), migrate: options?.migrate ?? true, session: config().session });
      return { deps: ctx.deps, describe: ctx.conn.describe, close: ctx.conn.close };
    },
    migrate: async (url) => {
      const conn = connect(parseDatabaseUrl(urlOf(url)));
      try {
        return { applied: (await migrateToLatest(conn)).applied, describe: conn.describe };
      } finally {
        await conn.close();
      }
    },
    serve: async (o) => {
      const cfg = config();
      const ctx = await openContext({
        databaseUrl: urlOf(o.databaseUrl),
        session: cfg.session,
        webhookTimeoutMs: cfg.webhookTimeoutMs,
        webhookAllowPrivate: cfg.webhookAllowPrivate,
      });
      const demo = o.demoIfEmpty ? await loadDemoIfEmpty(ctx) : null;
      const app = await createApp(ctx, {
        logger: { level: cfg.logLevel },
        secureCookies: cfg.secureCookies,
        ...(cfg.webRoot ? { webRoot: cfg.webRoot } : {}),
        background: cfg.jobs,
      });
      await app.listen({ port: o.port, host: o.host });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : o.port;
      const url = `http://localhost:${port}`;
      const err = process.stderr;
      err.write(`\nccq is running at ${url}  (database ${ctx.conn.describe})\n`);
      err.write(`API docs: ${url}/api/docs   OpenAPI: ${url}/api/openapi.json\n`);
      if (demo) {
        err.write(`\nDemo data loaded. Sign in with any of these (password: ${DEMO_PASSWORD}):\n`);
        printTable(err, demo, ['email', 'role', 'organisation']);
      } else if (o.demoIfEmpty) err.write(`Demo logins use the password ${DEMO_PASSWORD} (run \`npx ccq user list\` to see accounts).\n`);
      err.write('\n');
      const stop = async () => {
        await app.close();
        await ctx.conn.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
  };
};

// A closed pipe (`ccq user list | head`) is a normal end, not a crash.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const code = await runCli(process.argv.slice(2), runtime());
if (code !== 0 || !process.argv.includes('serve')) process.exitCode = code;
