// test/contact-data/cli-import-kpi.test.ts — `ccq import` and `ccq kpi` as a user runs them: a process, a file, a fresh database

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { cliWorkspace } from '../support/cli.js';

const { dir, ccq, remove } = cliWorkspace('ccq-cli-contacts-');
after(remove);

const t0 = 1_772_438_400; // 2026-03-02T08:00:00Z = 09:00 in Stockholm
const L = (dt: number, rest: string) => `${t0 + dt}|${rest}`;
// c1 answered after 15 s; c2 abandons after 40 s; c3 answered after 40 s; the fifth line is garbage.
const lines = [
  L(10, 'c1|cli-support|NONE|ENTERQUEUE||+46701|1'),
  L(20, 'c2|cli-support|NONE|ENTERQUEUE||+46702|2'),
  L(25, 'c1|cli-support|Agent/1|CONNECT|15|c1b|2'),
  L(30, 'c3|cli-support|NONE|ENTERQUEUE||+46701|2'),
  'not|a queue_log line',
  L(60, 'c2|cli-support|NONE|ABANDON|1|2|40'),
  L(70, 'c3|cli-support|Agent/2|CONNECT|40|c3b|3'),
  L(145, 'c1|cli-support|Agent/1|COMPLETECALLER|15|120|1'),
  L(190, 'c3|cli-support|Agent/2|COMPLETEAGENT|40|120|1'),
];
const file = join(dir, 'queue_log');
writeFileSync(file, `${lines.join('\n')}\n`);

describe('ccq import and ccq kpi', () => {
  test('an import into an empty database creates the centre and the queue, keeps the good lines and writes the bad one to a rejects file', () => {
    const r = ccq('migrate');
    assert.equal(r.code, 0, r.err);
    const run = ccq('import', file, '--format', 'queue_log', '--tz', 'Europe/Stockholm', '--json');
    assert.equal(run.code, 65, `exit 65 when rows were rejected\n${run.err}`);
    assert.match(run.err, /Created the contact centre/);
    const [summary] = JSON.parse(run.out) as { status: string; imported: number; rejected: number; detail: { queuesCreated: string[] } }[];
    assert.equal(summary?.status, 'completed');
    assert.equal(summary?.imported, 3);
    assert.equal(summary?.rejected, 1);
    assert.deepEqual(summary?.detail.queuesCreated, ['cli-support']);
    const rejects = readFileSync(join(dir, 'queue_log.rejects.csv'), 'utf8').trim().split('\n');
    assert.equal(rejects[0], 'line,reason,raw');
    assert.match(rejects[1] as string, /^5,"?expected at least 5 fields.*not\|a queue_log line/);
  });

  test('the same file again changes nothing', () => {
    const again = ccq('import', file, '--format', 'queue_log');
    assert.equal(again.code, 0, again.err);
    assert.match(again.out, /already imported/);
  });

  test('kpi --json gives the group keys and the KPIs, with the service level of the chosen variant and threshold', () => {
    const r = ccq('kpi', '--from', '2026-03-02', '--to', '2026-03-03', '--by', 'day,queue', '--sl-threshold', '20', '--json');
    assert.equal(r.code, 0, r.err);
    const rows = JSON.parse(r.out) as { queue: string; period_start: string; kpis: Record<string, number | null> }[];
    assert.equal(rows.length, 1);
    const [row] = rows;
    assert.equal(row?.queue, 'cli-support');
    assert.equal(row?.period_start, '2026-03-02T00:00:00+01:00');
    assert.equal(row?.kpis.offered, 3);
    assert.equal(row?.kpis.answered, 2);
    assert.equal(row?.kpis.abandoned, 1);
    assert.equal(row?.kpis.service_level, 1 / 3); // offered_minus_short: one of three within 20 s
    assert.equal(row?.kpis.asa, 27.5);
    assert.equal(row?.kpis.aht, 120);
    // c1 and c3 are the same caller: one repeat within the window.
    assert.equal(row?.kpis.repeat_contact_rate, 1 / 3);

    const answered = ccq('kpi', '--from', '2026-03-02', '--to', '2026-03-03', '--sl-variant', 'answered', '--sl-threshold', '40', '--json');
    assert.equal((JSON.parse(answered.out) as { kpis: Record<string, number> }[])[0]?.kpis.service_level, 1);
  });

  test('kpi --csv prints a header row and one row per group', () => {
    const r = ccq('kpi', '--from', '2026-03-02', '--to', '2026-03-03', '--by', 'hour', '--kpi', 'offered,service_level', '--csv');
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(r.out.trim().split('\n'), ['period_start,offered,service_level', '2026-03-02T09:00:00+01:00,3,0.3333333333333333']);
  });

  test('a parameter out of range is a usage error that names it', () => {
    const r = ccq('kpi', '--from', '2026-03-02', '--to', '2026-03-03', '--sl-threshold', '0');
    assert.equal(r.code, 65);
    assert.match(r.err, /CCQ_ERR_VALIDATION/);
    assert.match(r.err, /slThreshold|sl-threshold/);
  });
});
