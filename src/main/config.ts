// src/main/config.ts — configuration from the environment, validated once at start

import { z } from 'zod';
import { AppError } from '../domain/shared/errors.js';

const ZConfig = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().default('sqlite:./data/ccq.db'),
  CCQ_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CCQ_SECURE_COOKIES: z.enum(['true', 'false', '1', '0']).optional(),
  CCQ_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(60),
  CCQ_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  CCQ_WEB_ROOT: z.string().optional(),
  // 0 turns the job off (e.g. when another process runs it).
  CCQ_TARGET_CHECK_INTERVAL_MINUTES: z.coerce.number().min(0).default(60),
  CCQ_WEBHOOK_INTERVAL_SECONDS: z.coerce.number().min(0).default(10),
  CCQ_WEBHOOK_TIMEOUT_SECONDS: z.coerce.number().min(1).max(120).default(10),
  CCQ_WEBHOOK_ALLOW_PRIVATE: z.enum(['true', 'false', '1', '0']).default('false'),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string;
  logLevel: z.infer<typeof ZConfig>['CCQ_LOG_LEVEL'];
  secureCookies: boolean;
  session: { idleMinutes: number; absoluteHours: number };
  webRoot: string | undefined;
  /** Background jobs of `ccq serve`: the target check and the webhook worker, every so many milliseconds (0: off). */
  jobs: { targetCheckMs: number; webhookMs: number };
  webhookTimeoutMs: number;
  /** Webhooks may reach loopback and private addresses (a closed network); off by default. */
  webhookAllowPrivate: boolean;
};

/** Reads the environment; a wrong value stops the start with the variable's name and what is expected. */
export const readConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  const parsed = ZConfig.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new AppError('CCQ_ERR_CONFIG', `Configuration error: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    logLevel: e.CCQ_LOG_LEVEL,
    secureCookies: e.CCQ_SECURE_COOKIES === 'true' || e.CCQ_SECURE_COOKIES === '1',
    session: { idleMinutes: e.CCQ_SESSION_IDLE_MINUTES, absoluteHours: e.CCQ_SESSION_ABSOLUTE_HOURS },
    webRoot: e.CCQ_WEB_ROOT,
    jobs: { targetCheckMs: e.CCQ_TARGET_CHECK_INTERVAL_MINUTES * 60_000, webhookMs: e.CCQ_WEBHOOK_INTERVAL_SECONDS * 1000 },
    webhookTimeoutMs: e.CCQ_WEBHOOK_TIMEOUT_SECONDS * 1000,
    webhookAllowPrivate: e.CCQ_WEBHOOK_ALLOW_PRIVATE === 'true' || e.CCQ_WEBHOOK_ALLOW_PRIVATE === '1',
  };
};
