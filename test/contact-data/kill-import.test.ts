// test/contact-data/kill-import.test.ts — `ccq import` killed with SIGKILL mid-way leaves a consistent database, and a rerun finishes the job

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import { simulateDays } from '../../src/domain/simulation/contact-simulator.js';
import { encodeQueueLog } from '../../src/domain/simulation/queue-log-writer.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'ccq.js');
const dir = mkdtempSync(join(tmpdir(), 'ccq-kill-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// About 60,000 calls (≈ 0.5 million lines) over 10 days in two queues.
const log = join(dir, 'queue_log');
let calls = 0;
const parts: Uint8Array[] = [];
for (const day of simulateDays({
  seed: 9,
  startMs: Date.UTC(2026, 3, 5, 22),
  days: 10,
  weekendFactor: 1,
  timeZoneOffsetMinutes: 120,
  queues: [
    { code: 'kill-a', agents: 40, meanHandleSeconds: 180, handleSdSeconds: 90, meanPatienceSeconds: 120, callsPerDay: 4000 },
    { code: 'kill-b', agents: 25, meanHandleSeconds: 240, handleSdSeconds: 120, meanPatienceSeconds: 60, callsPerDay: 2000 },
  ],
})) {
  calls += day.calls.length;
  parts.push(encodeQueueLog(day));
}
writeFileSync(log, Buffer.concat(parts));

const args = (db: string) => [
  bin,
  'import',
  log,
  '--format',
  'queue_log',
  '--database-url',
  `sqlite:${db}`,
  '--no-progress',
  '--batch-size',
  '2000',
  '--json',
];
const env = { ...process.env, CCQ_PSEUDONYM_KEY: 'k'.repeat(40) };

const facts = (db: string) => {
  const sqlite = new SqliteDatabase(db, { readonly: true });
  try {
    const contacts = (sqlite.prepare('select count(*) as n from contacts').get() as { n: number }).n;
    const aggregated = (sqlite.prepare('select coalesce(sum(contacts), 0) as n from interval_aggregate_days').get() as { n: number }).n;
    const imports = sqlite.prepare('select status, imported from imports order by started_at').all() as {
      status: string;
      imported: number;
    }[];
    const aggregates = sqlite
      .prepare('select * from interval_aggregate_days i join queues q on q.id = i.queue_id order by q.code, i.day_start, i.channel')
      .all() as Record<string, unknown>[];
    return {
      contacts,
      aggregated,
      imports,
      aggregates: aggregates.map(({ queue_id, centre_organisation_id, id, created_at, ...rest }) => rest),
    };
  } finally {
    sqlite.close();
  }
};

describe('an import killed with SIGKILL', () => {
  test('leaves records and aggregates in step, and a rerun ends where an uninterrupted import ends', async () => {
    const killed = join(dir, 'killed.db');
    const child = spawn(process.execPath, args(killed), { env, stdio: 'ignore' });
    // Kill once at least one batch has committed and before the end.
    let seen = 0;
    for (let i = 0; i < 600 && seen === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      try {
        seen = facts(killed).contacts;
      } catch {
        // the database file or its tables do not exist yet
      }
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const cut = facts(killed);
    assert.ok(cut.contacts > 0 && cut.contacts < calls, `killed between batches: ${cut.contacts} of ${calls}`);
    assert.equal(cut.aggregated, cut.contacts, 'every stored contact is in the aggregates, and nothing else');
    assert.deepEqual(
      cut.imports.map((x) => x.status),
      ['running'],
    );
    assert.equal(cut.imports[0]?.imported, cut.contacts, "the run's counter moved with its batches");

    const rerun = spawnSync(process.execPath, args(killed), { env, encoding: 'utf8' });
    assert.equal(rerun.status, 0, rerun.stderr);
    const done = facts(killed);
    assert.deepEqual(
      done.imports.map((x) => x.status),
      ['interrupted', 'completed'],
    );
    assert.equal(done.contacts, calls);
    assert.equal(done.aggregated, calls);

    const clean = join(dir, 'clean.db');
    const once = spawnSync(process.execPath, args(clean), { env, encoding: 'utf8' });
    assert.equal(once.status, 0, once.stderr);
    assert.deepEqual(done.aggregates, facts(clean).aggregates, 'the same aggregates as one uninterrupted import');
  });
});
