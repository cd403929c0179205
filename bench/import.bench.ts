// bench/import.bench.ts — contact-data figures: queue_log and CSV parsing, CSV aggregation beside DuckDB, full SQLite import, peak memory, KPI query latency
//
// Run: npm run bench:import [-- --contacts 2000000 --queues 50 --keep]
// Generates a month of simulated calls for N queues at run time (queue_log and canonical CSV in a
// temporary folder), then runs each phase in a child process of its own so that every phase's peak
// RSS is its own. Prints figures; asserts nothing.

import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { encodeCanonicalCsv } from '../src/domain/simulation/canonical-csv-writer.js';
import { simulateDays } from '../src/domain/simulation/contact-simulator.js';
import { encodeQueueLog } from '../src/domain/simulation/queue-log-writer.js';
import type { SimQueue } from '../src/domain/simulation/sim-types.js';

const { values } = parseArgs({
  options: {
    contacts: { type: 'string', default: '2000000' },
    queues: { type: 'string', default: '50' },
    days: { type: 'string', default: '30' },
    keep: { type: 'boolean', default: false },
  },
});
const target = Number(values.contacts);
const queueCount = Number(values.queues);
const days = Number(values.days);
const here = fileURLToPath(new URL('.', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ccq-bench-import-'));
const files = { queueLog: join(dir, 'queue_log'), csv: join(dir, 'contacts.csv') };

// Weekends as busy as weekdays, so the target spreads evenly over the month.
const callsPerDay = target / queueCount / days;
const queues: SimQueue[] = Array.from({ length: queueCount }, (_, i) => ({
  code: `q${String(i + 1).padStart(2, '0')}`,
  // Enough agents for a service level around 80 %: load A = calls × AHT over the open hours, plus a margin.
  agents: Math.max(2, Math.ceil((callsPerDay * 200) / (10 * 3600)) + 3),
  meanHandleSeconds: 200,
  handleSdSeconds: 120,
  meanPatienceSeconds: 90,
  callsPerDay,
  transferShare: 0.05,
  exitKeyShare: 0.02,
}));

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;
const rate = (n: number, ms: number) => `${Math.round(n / (ms / 1000)).toLocaleString('en')}/s`;

console.log(`Generating ${target.toLocaleString('en')} contacts: ${queueCount} queues × ${days} days …`);
const g0 = performance.now();
const qfd = openSync(files.queueLog, 'w');
const cfd = openSync(files.csv, 'w');
let contacts = 0;
for (const day of simulateDays({
  seed: 18295,
  startMs: Date.UTC(2026, 2, 31, 22),
  days,
  weekendFactor: 1,
  timeZoneOffsetMinutes: 120,
  queues,
})) {
  contacts += day.calls.length;
  writeSync(qfd, encodeQueueLog(day));
  writeSync(cfd, encodeCanonicalCsv(day.calls, { header: day.index === 0 }));
}
closeSync(qfd);
closeSync(cfd);
const qlBytes = statSync(files.queueLog).size;
console.log(
  `  ${contacts.toLocaleString('en')} contacts in ${((performance.now() - g0) / 1000).toFixed(1)} s; queue_log ${mb(qlBytes)}, CSV ${mb(statSync(files.csv).size)}\n`,
);

/** Runs one phase in a fresh process and returns the JSON it prints. */
const phase = (name: string, extra: string[] = []): Record<string, number | string> => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'import-phases.ts'), name, dir, ...extra], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    env: { ...process.env, CCQ_PSEUDONYM_KEY: 'bench-key-bench-key-bench-key-bench-key' },
  });
  if (r.status !== 0) throw new Error(`phase ${name} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() as string) as Record<string, number | string>;
};

try {
  const quarter = phase('queue_log', ['--limit-bytes', String(Math.floor(qlBytes / 4))]);
  const ql = phase('queue_log');
  console.log('queue_log parse + reconstruct + aggregate into day blocks (as an import does, without the database)');
  console.log(
    `  ${Number(ql.lines).toLocaleString('en')} lines, ${Number(ql.contacts).toLocaleString('en')} contacts in ${(Number(ql.ms) / 1000).toFixed(2)} s: ${rate(Number(ql.lines), Number(ql.ms))} lines, ${rate(Number(ql.contacts), Number(ql.ms))} contacts`,
  );
  console.log(`  peak RSS ${mb(Number(ql.maxRss))} (a quarter of the file: ${mb(Number(quarter.maxRss))})\n`);

  const csv = phase('csv');
  const csvNoKey = phase('csv', ['--no-customer-key']);
  const duck = phase('duckdb');
  console.log('canonical CSV → 15-minute aggregates in day blocks (DuckDB: the same groups, queue × interval × outcome × ⌈wait⌉)');
  console.log(
    `  ccq, with the keyed customer hash:  ${(Number(csv.ms) / 1000).toFixed(2)} s, ${rate(Number(csv.rows), Number(csv.ms))} rows, peak RSS ${mb(Number(csv.maxRss))}`,
  );
  console.log(
    `  ccq, without the customer hash:     ${(Number(csvNoKey.ms) / 1000).toFixed(2)} s, ${rate(Number(csvNoKey.rows), Number(csvNoKey.ms))} rows`,
  );
  console.log(
    `  DuckDB ${duck.version} read_csv + GROUP BY (${duck.threads} threads): ${(Number(duck.ms) / 1000).toFixed(2)} s, ${rate(Number(duck.rows), Number(duck.ms))} rows, ${duck.groups} groups`,
  );
  console.log(
    `  ratio ccq/DuckDB (time): ${(Number(csv.ms) / Number(duck.ms)).toFixed(2)} with the hash, ${(Number(csvNoKey.ms) / Number(duck.ms)).toFixed(2)} without\n`,
  );

  const fullPart = phase('sqlite-import', ['--limit-bytes', String(Math.floor(qlBytes / 4))]);
  const full = phase('sqlite-import');
  console.log('full import into SQLite (records + aggregates + agent states), queue_log');
  console.log(
    `  ${Number(full.imported).toLocaleString('en')} contacts in ${(Number(full.ms) / 1000).toFixed(2)} s: ${rate(Number(full.imported), Number(full.ms))} contacts; database ${mb(Number(full.dbBytes))}`,
  );
  console.log(`  peak RSS ${mb(Number(full.maxRss))} (a quarter of the file: ${mb(Number(fullPart.maxRss))})\n`);

  const pgReachable = spawnSync('pg_isready', ['-h', '127.0.0.1', '-p', '5432', '-q']).status === 0;
  if (pgReachable || process.env.CCQ_BENCH_PG_URL) {
    const pgFull = phase('postgres-import');
    console.log('full import into PostgreSQL (same file; batches through unnest arrays)');
    console.log(
      `  ${Number(pgFull.imported).toLocaleString('en')} contacts in ${(Number(pgFull.ms) / 1000).toFixed(2)} s: ${rate(Number(pgFull.imported), Number(pgFull.ms))} contacts; peak RSS ${mb(Number(pgFull.maxRss))}\n`,
    );
  } else console.log('full import into PostgreSQL: skipped (no server at 127.0.0.1:5432; set CCQ_BENCH_PG_URL)\n');

  const kpi = phase('kpi');
  console.log(`KPI query, ${queueCount} queues × one month`);
  console.log(
    `  by interval (${kpi.groups} groups, aggregate KPIs): p50 ${Number(kpi.p50).toFixed(1)} ms, p95 ${Number(kpi.p95).toFixed(1)} ms over ${kpi.runs} runs`,
  );
  console.log(
    `  by interval and queue (${kpi.groupsByQueue} groups): p50 ${Number(kpi.p50ByQueue).toFixed(1)} ms, p95 ${Number(kpi.p95ByQueue).toFixed(1)} ms`,
  );
  console.log(`  by day with repeat-contact KPIs (reads the records): p50 ${Number(kpi.p50Repeat).toFixed(0)} ms`);
} finally {
  if (values.keep) console.log(`\nInputs kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
