// src/main/background-jobs.ts — the jobs `ccq serve` runs beside the API: the target check (at start, then hourly), the webhook worker and daily housekeeping

import { checkTargetsDaily } from '../app/check-targets-daily.js';
import { deliverDueWebhooks, pruneDeliveryLog } from '../app/deliver-webhooks.js';
import type { Deps } from '../app/ports.js';

/** Intervals in milliseconds; 0 turns a job off. Housekeeping (pruning the webhook delivery log) defaults to daily. */
export type BackgroundJobsOptions = { targetCheckMs: number; webhookMs: number; housekeepingMs?: number };

export type JobLog = { error: (obj: unknown, msg: string) => void; info: (obj: unknown, msg: string) => void };

export type BackgroundJobs = {
  /** Stops the timers and waits for a run in progress, so the database can be closed after it. */
  stop: () => Promise<void>;
  /** Runs of each job so far (finished ones), for tests and logs. */
  runs: () => { targetCheck: number; webhooks: number; housekeeping: number };
};

type Job = { name: string; everyMs: number; runAtStart: boolean; work: () => Promise<unknown> };

/**
 * Starts each job on its interval. A job never overlaps itself (a slow run makes the next tick
 * skip), errors are logged and the job goes on, and the timers do not keep the process alive.
 * The target check is idempotent (dedupe keys, finding origins), so running it at every start and
 * then every hour is safe.
 */
export const startBackgroundJobs = (deps: Deps, o: BackgroundJobsOptions, log: JobLog): BackgroundJobs => {
  let stopped = false;
  const running = new Set<Promise<void>>();
  const timers: ReturnType<typeof setInterval>[] = [];
  const counts = { targetCheck: 0, webhooks: 0, housekeeping: 0 };
  const jobs: (Job & { key: keyof typeof counts })[] = [
    {
      key: 'targetCheck',
      name: 'target check',
      everyMs: o.targetCheckMs,
      runAtStart: true,
      work: async () => {
        const r = await checkTargetsDaily(deps);
        if (r.notified || r.findingsRaised)
          log.info({ notified: r.notified, findingsRaised: r.findingsRaised, mandates: r.mandates.length }, 'target check');
        for (const m of r.mandates.filter((x) => x.error))
          log.error({ mandateId: m.mandateId, error: m.error }, 'target check of a mandate failed');
      },
    },
    { key: 'webhooks', name: 'webhook delivery', everyMs: o.webhookMs, runAtStart: true, work: () => deliverDueWebhooks(deps) },
    {
      key: 'housekeeping',
      name: 'housekeeping',
      everyMs: o.housekeepingMs ?? 86_400_000,
      runAtStart: true,
      work: async () => {
        const pruned = await pruneDeliveryLog(deps);
        if (pruned > 0) log.info({ pruned }, 'webhook delivery log pruned');
      },
    },
  ];
  for (const job of jobs.filter((j) => j.everyMs > 0)) {
    let busy = false;
    const tick = () => {
      if (stopped || busy) return;
      busy = true;
      const run = job
        .work()
        .then(() => {
          counts[job.key]++;
        })
        .catch((e: unknown) => log.error({ err: e }, `${job.name} failed`))
        .finally(() => {
          busy = false;
          running.delete(run);
        });
      running.add(run);
    };
    const every = setInterval(tick, job.everyMs);
    every.unref();
    timers.push(every);
    if (job.runAtStart) {
      const first = setTimeout(tick, 0);
      first.unref();
      timers.push(first);
    }
  }
  return {
    stop: async () => {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      await Promise.allSettled([...running]);
    },
    runs: () => ({ ...counts }),
  };
};
