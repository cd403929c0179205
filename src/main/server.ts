// src/main/server.ts — composition root of the HTTP server: config → database → migrations → Fastify → listen

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { ThrottlePolicy } from '../adapters/http/login-throttle.js';
import { buildServer } from '../adapters/http/server.js';
import type { Caller } from '../app/caller.js';
import { type DemoLogin, loadDemoData } from '../app/load-demo-data.js';
import { systemScope } from '../domain/access/scope.js';
import { type BackgroundJobsOptions, startBackgroundJobs } from './background-jobs.js';
import type { Context } from './context.js';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const version = (): string => {
  try {
    return (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
};

export const defaultWebRoot = join(projectRoot, 'dist', 'web');

export const cliOperator = (): Caller => ({ scope: systemScope, label: `cli:${process.env.USER ?? process.env.LOGNAME ?? 'operator'}` });

export type AppOptions = {
  webRoot?: string | null;
  logger?: boolean | { level: string };
  secureCookies?: boolean;
  throttle?: ThrottlePolicy;
  /** The target check and the webhook worker (`ccq serve` turns them on; tests leave them off unless they test them). */
  background?: BackgroundJobsOptions;
};

/** Builds the Fastify app over an open context (tests call this with app.inject()). */
export const createApp = async (ctx: Context, o: AppOptions = {}): Promise<FastifyInstance> => {
  const app = await buildServer({
    deps: ctx.deps,
    health: { dialect: ctx.conn.dialect, ping: ctx.ping },
    version: version(),
    webRoot: o.webRoot === undefined ? defaultWebRoot : o.webRoot,
    logger: o.logger ?? false,
    secureCookies: o.secureCookies ?? false,
    ...(o.throttle ? { throttle: o.throttle } : {}),
  });
  if (o.background) {
    const jobs = startBackgroundJobs(ctx.deps, o.background, app.log);
    // Closing the server stops the jobs and waits for a run in progress, before the caller closes the database.
    app.addHook('onClose', async () => jobs.stop());
  }
  return app;
};

/** Loads the demo data when the database has no organisations (the first `npm start`). */
export const loadDemoIfEmpty = async (ctx: Context): Promise<DemoLogin[] | null> => {
  if ((await ctx.deps.store.organisations.list(systemScope)).length) return null;
  return loadDemoData(ctx.deps, cliOperator());
};
