// bench/import-phases.ts — one phase of the import benchmark in a process of its own; prints one JSON line
//
// Called by bench/import.bench.ts: `node --import tsx bench/import-phases.ts <phase> <dir> [options]`.

import { createReadStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createPseudonymiser } from '../src/adapters/auth/pseudonymiser.js';
import { fileSource } from '../src/adapters/imports/file-source.js';
import { loadMappingProfile } from '../src/adapters/imports/mapping-files.js';
import { parserFor } from '../src/adapters/imports/parsers.js';
import { chooseCentre } from '../src/app/choose-centre.js';
import { importContacts } from '../src/app/import-contacts.js';
import { queryKpis } from '../src/app/query-kpis.js';
import type { AgentStateInterval, ContactRecord } from '../src/domain/contacts/contact.js';
import { createCsvParser } from '../src/domain/imports/csv/csv-parser.js';
import type { ImportSink, Parser } from '../src/domain/imports/importer.js';
import { createQueueLogParser } from '../src/domain/imports/queue-log/parser.js';
import { addToDay, decodeDay, groupByDay } from '../src/domain/kpi/aggregate-day.js';
import { addToAgentDay } from '../src/domain/kpi/agent-day.js';
import { createAggregator } from '../src/domain/kpi/aggregator.js';
import { sql } from 'kysely';
import { connect } from '../src/adapters/db/connect.js';
import { contextFor, openContext } from '../src/main/context.js';
import { cliOperator } from '../src/main/server.js';

const [name, dir, ...rest] = process.argv.slice(2) as [string, string, ...string[]];
const limitAt = rest.indexOf('--limit-bytes');
const limit = limitAt >= 0 ? Number(rest[limitAt + 1]) : Number.POSITIVE_INFINITY;
const pseudonymise = rest.includes('--no-customer-key') ? () => null : createPseudonymiser(process.env.CCQ_PSEUDONYM_KEY as string);
const done = (figures: Record<string, unknown>) =>
  console.log(JSON.stringify({ ...figures, maxRss: process.resourceUsage().maxRSS * 1024 }));

/**
 * What an import does without the database: aggregates batches of 20,000 contacts and adds each
 * batch into stored day blocks, kept here in a map where an import keeps them in its tables. Memory
 * stays flat however long the file: a month of blocks, not a month of open aggregates.
 */
const aggregatingSink = () => {
  const batch = 20_000;
  const aggregator = createAggregator();
  const days = new Map<string, Uint8Array>();
  const agentDays = new Map<string, Uint8Array>();
  let contacts = 0;
  const flush = () => {
    for (const g of groupByDay(aggregator.drainIntervals(), (a) => `${a.queueCode}\u0000${a.channel}`)) {
      const key = `${g.first.queueCode}\u0000${g.first.channel}\u0000${g.dayStart}`;
      days.set(key, addToDay(g.dayStart, days.get(key) ?? null, g.rows));
    }
    const agents = aggregator.drainAgents().map((a) => ({ ...a, queueId: a.queueCode }));
    for (const g of groupByDay(agents, (a) => a.queueId ?? '')) {
      const key = `${g.first.queueId ?? ''}\u0000${g.dayStart}`;
      agentDays.set(key, addToAgentDay(g.dayStart, agentDays.get(key) ?? null, g.rows));
    }
  };
  const sink: ImportSink = {
    contact: (c: ContactRecord) => {
      contacts += 1;
      aggregator.contact(c, c.queueCode);
      if (contacts % batch === 0) flush();
    },
    agentState: (s: AgentStateInterval) => aggregator.agentState(s, s.queueCode),
    reject: () => {},
    warn: () => {},
  };
  return {
    sink,
    end: flush,
    contacts: () => contacts,
    /** Quarter-hours stored, over all queues, channels and days. */
    groups: () => [...days.entries()].reduce((n, [key, data]) => n + decodeDay(Number(key.split('\u0000')[2]), data).n, 0),
  };
};

const stream = async (file: string, parser: Parser, end: () => void) => {
  const t0 = performance.now();
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20, ...(Number.isFinite(limit) ? { end: limit - 1 } : {}) }))
    parser.push(chunk as Buffer);
  parser.end();
  end();
  return performance.now() - t0;
};

switch (name) {
  case 'queue_log': {
    const agg = aggregatingSink();
    const parser = createQueueLogParser({ pseudonymise, timeZone: 'Europe/Stockholm' }, agg.sink);
    const ms = await stream(join(dir, 'queue_log'), parser, agg.end);
    done({ ms, lines: parser.stats().linesRead, contacts: agg.contacts(), groups: agg.groups() });
    break;
  }
  case 'csv': {
    const agg = aggregatingSink();
    const parser = createCsvParser(loadMappingProfile('canonical').profile, { pseudonymise, timeZone: 'UTC' }, agg.sink);
    const ms = await stream(join(dir, 'contacts.csv'), parser, agg.end);
    done({ ms, rows: parser.stats().rowsRead, groups: agg.groups() });
    break;
  }
  case 'duckdb': {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    const version = (await con.runAndReadAll('select version() as v')).getRowObjects()[0]?.v;
    const threads = (await con.runAndReadAll("select current_setting('threads') as t")).getRowObjects()[0]?.t;
    const file = join(dir, 'contacts.csv').replaceAll("'", "''");
    const t0 = performance.now();
    const r = await con.runAndReadAll(
      `select count(*) as groups, sum(n) as rows from (
         select queue, time_bucket(interval 15 minute, entered_at) as slot, channel, outcome, least(ceil(wait_seconds), 601) as bucket,
                count(*) as n, sum(wait_seconds) as wait, max(wait_seconds) as longest, sum(talk_seconds) as talk,
                sum(hold_seconds) as hold, sum(wrap_seconds) as wrap, sum(transferred::int) as transferred
         from read_csv('${file}', header = true, auto_detect = true)
         group by all)`,
    );
    const ms = performance.now() - t0;
    const row = r.getRowObjects()[0] as { groups: bigint; rows: bigint };
    done({ ms, rows: Number(row.rows), groups: Number(row.groups), version: String(version), threads: String(threads) });
    break;
  }
  case 'sqlite-import': {
    // With --limit-bytes (the memory check), the first part of the file goes into a database of its own.
    const dbFile = join(dir, Number.isFinite(limit) ? 'bench-part.db' : 'bench.db');
    const ctx = await openContext({ databaseUrl: `sqlite:${dbFile}` });
    const { caller } = await chooseCentre(ctx.deps, cliOperator(), { createIfNone: true });
    const file = join(dir, 'queue_log');
    const whole = await fileSource(file);
    const source = Number.isFinite(limit)
      ? {
          name: 'queue_log (part)',
          size: Math.min(whole.size, limit),
          fingerprint: async () => `part:${limit}`,
          open: () => createReadStream(file, { highWaterMark: 1 << 20, end: limit - 1 }),
        }
      : whole;
    const t0 = performance.now();
    const run = await importContacts(ctx.deps, caller, {
      source,
      format: 'queue_log',
      createParser: parserFor('queue_log', { pseudonymise: ctx.deps.pseudonymise }),
    });
    const ms = performance.now() - t0;
    await ctx.conn.close();
    done({ ms, imported: run.imported, dbBytes: statSync(dbFile).size });
    break;
  }
  case 'postgres-import': {
    // The same queue_log into a schema of its own on the PostgreSQL of CCQ_BENCH_PG_URL, dropped afterwards.
    const url = process.env.CCQ_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    const schema = `ccq_bench_${process.pid}`;
    const admin = connect({ dialect: 'postgres', url });
    await sql.raw(`create schema ${schema}`).execute(admin.db);
    try {
      const ctx = await contextFor(connect({ dialect: 'postgres', url, schema }), {
        pseudonymKey: process.env.CCQ_PSEUDONYM_KEY as string,
      });
      const { caller } = await chooseCentre(ctx.deps, cliOperator(), { createIfNone: true });
      const t0 = performance.now();
      const run = await importContacts(ctx.deps, caller, {
        source: await fileSource(join(dir, 'queue_log')),
        format: 'queue_log',
        createParser: parserFor('queue_log', { pseudonymise: ctx.deps.pseudonymise }),
      });
      const ms = performance.now() - t0;
      await ctx.conn.close();
      done({ ms, imported: run.imported });
    } finally {
      await sql.raw(`drop schema ${schema} cascade`).execute(admin.db);
      await admin.close();
    }
    break;
  }
  case 'kpi': {
    const ctx = await openContext({ databaseUrl: `sqlite:${join(dir, 'bench.db')}` });
    const { caller } = await chooseCentre(ctx.deps, cliOperator(), { createIfNone: false });
    const time = async (by: ('interval' | 'queue' | 'day')[], kpis: string[] | undefined, runs: number) => {
      const ms: number[] = [];
      let groups = 0;
      for (let i = 0; i < runs + 3; i++) {
        const t0 = performance.now();
        const r = await queryKpis(ctx.deps, caller, { from: '2026-04-01', to: '2026-05-01', by, ...(kpis ? { kpis } : {}) });
        if (i >= 3) ms.push(performance.now() - t0);
        groups = r.groups.length;
      }
      ms.sort((a, b) => a - b);
      return {
        p50: ms[Math.floor(ms.length / 2)] as number,
        p95: ms[Math.min(ms.length - 1, Math.floor(ms.length * 0.95))] as number,
        groups,
      };
    };
    const aggregateKpis = [
      'offered',
      'answered',
      'abandoned',
      'service_level',
      'asa',
      'avg_wait_all',
      'max_wait',
      'abandon_rate',
      'aht',
      'transfer_rate',
      'occupancy',
    ];
    const runs = 40;
    const byInterval = await time(['interval'], aggregateKpis, runs);
    const byQueue = await time(['interval', 'queue'], aggregateKpis, 10);
    const repeat = await time(['day'], undefined, 3);
    await ctx.conn.close();
    done({
      runs,
      p50: byInterval.p50,
      p95: byInterval.p95,
      groups: byInterval.groups,
      p50ByQueue: byQueue.p50,
      p95ByQueue: byQueue.p95,
      groupsByQueue: byQueue.groups,
      p50Repeat: repeat.p50,
    });
    break;
  }
  default:
    throw new Error(`unknown phase ${name}`);
}
