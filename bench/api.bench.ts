// bench/api.bench.ts — figures for password hashing, sign-in, and authorised reads over HTTP (home, lists, the assessment workspace)
//
// Run: node --import tsx bench/api.bench.ts [--requests 2000] [--concurrency 8]
// Starts a real server on a loopback port over a temporary SQLite file (and over PostgreSQL when
// reachable), loads the demo data, then times requests made with fetch. Prints figures; asserts nothing.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { productionScrypt, scryptHasher } from '../src/adapters/auth/scrypt-hasher.js';
import { DEMO_PASSWORD } from '../src/app/load-demo-data.js';
import { contextFor, openContext } from '../src/main/context.js';
import { createApp, loadDemoIfEmpty } from '../src/main/server.js';
import { openTestDatabase, postgresReachable } from '../test/support/databases.js';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '2000' }, concurrency: { type: 'string', default: '8' } } });
const total = Number(values.requests);
const concurrency = Number(values.concurrency);

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

const hasher = scryptHasher(productionScrypt);
const t0 = performance.now();
const hash = await hasher.hash('a-benchmark-password');
const hashMs = performance.now() - t0;
const t1 = performance.now();
await hasher.verify('a-benchmark-password', hash);
console.log(`scrypt N=2^17 r=8 p=1: hash ${fmt(hashMs)}, verify ${fmt(performance.now() - t1)}`);

const run = async (label: string, open: () => Promise<Awaited<ReturnType<typeof openContext>>>, cleanup: () => void) => {
  const ctx = await open();
  await loadDemoIfEmpty(ctx);
  const app = await createApp(ctx, { webRoot: null, throttle: { windowMs: 60_000, perAccount: 1000, perAddress: 100_000 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const l0 = performance.now();
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'karin@kontaktpartner.example', password: DEMO_PASSWORD }),
  });
  const loginMs = performance.now() - l0;
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  console.log(`\n[${label}] sign-in (scrypt verify + session): ${fmt(loginMs)}`);
  const assessments = (await (await fetch(`${base}/api/v1/assessments`, { headers: { cookie } })).json()) as { id: string }[];
  const assessment = assessments[0]?.id;
  const paths = ['/api/v1/home', '/api/v1/queues', '/api/v1/organisations', '/api/v1/assessments', '/api/v1/findings'];
  // The assessment workspace's one request: the whole framework tree, every answer, readiness and history.
  if (assessment) paths.push(`/api/v1/assessments/${assessment}`);
  for (const path of paths) {
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < total) {
        next++;
        const s = performance.now();
        const res = await fetch(`${base}${path}`, { headers: { cookie } });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
        latencies.push(performance.now() - s);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `[${label}] GET ${path}: ${latencies.length} requests, concurrency ${concurrency}: ${(latencies.length / seconds).toFixed(0)} req/s, p50 ${fmt(percentile(latencies, 50))}, p95 ${fmt(percentile(latencies, 95))}, p99 ${fmt(percentile(latencies, 99))}`,
    );
  }
  await app.close();
  await ctx.conn.close();
  cleanup();
};

const dir = mkdtempSync(join(tmpdir(), 'ccq-bench-'));
await run(
  'sqlite',
  () => openContext({ databaseUrl: `sqlite:${join(dir, 'bench.db')}`, hasher }),
  () => rmSync(dir, { recursive: true, force: true }),
);
if (await postgresReachable())
  await run(
    'postgres',
    async () => contextFor(await openTestDatabase('postgres'), { hasher }),
    () => {},
  );
else console.log('\n[postgres] skipped: not reachable');
