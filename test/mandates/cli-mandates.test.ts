// test/mandates/cli-mandates.test.ts — `ccq mandate` and `ccq targets evaluate` as processes on the demo data (a signed mandate, real simulated calls)

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { cliWorkspace } from '../support/cli.js';

const { ccq, dir, remove } = cliWorkspace('ccq-cli-mandates-');
after(remove);

/** The month of yesterday: the demo's calls run up to the start of today. */
const yesterday = new Date(Date.now() - 86_400_000);
const month = `${yesterday.getUTCFullYear()}-${String(yesterday.getUTCMonth() + 1).padStart(2, '0')}`;

describe('ccq mandate and ccq targets evaluate', () => {
  test('the demo mandate is signed by both parties, and its targets are judged from the demo calls', () => {
    assert.equal(ccq('demo').code, 0);
    const list = ccq('mandate', 'show', '--org', 'Nordbank AB', '--json');
    assert.equal(list.code, 0, list.err);
    const [mandate] = JSON.parse(list.out) as { id: string; relationshipId: string }[];
    assert.ok(mandate);
    const show = ccq('mandate', 'show', mandate.id, '--org', 'Kontaktpartner AB');
    assert.match(show.out, /1 +signed +\w+ +client: Anna Lind; centre: Karin Holm/);
    const r = ccq('targets', 'evaluate', '--relationship', mandate.relationshipId, '--period', month, '--org', 'Nordbank AB', '--json');
    assert.equal(r.code, 0, r.err);
    const rows = JSON.parse(r.out) as {
      target_id: string;
      kpi: string;
      variant: string | null;
      target: number;
      measured: number | null;
      status: string;
      coverage: number;
    }[];
    assert.deepEqual(
      rows.map((x) => x.target_id),
      ['sl-privat', 'abandon-privat', 'abandon-foretag'],
    );
    for (const x of rows) assert.ok(x.coverage > 0 && x.measured !== null, `${x.target_id} has data`);
    // The demo's business queue is staffed too thin: about a fifth of its callers give up.
    const foretag = rows.find((x) => x.target_id === 'abandon-foretag');
    assert.equal(foretag?.status, 'missed');
    assert.equal(rows.find((x) => x.target_id === 'sl-privat')?.status, 'met');
    // The demo already raised the missed target as a finding on the centre's self-assessment: once only.
    const raise = ccq(
      'targets',
      'evaluate',
      '--relationship',
      mandate.relationshipId,
      '--period',
      month,
      '--org',
      'Kontaktpartner AB',
      '--raise-findings',
    );
    assert.equal(raise.code, 0, raise.err);
    assert.doesNotMatch(raise.err, /Raised/);
    // …and the client's review pack has it as a line with that finding and its corrective action.
    const pdf = join(dir, 'review.pdf');
    const pack = ccq(
      'review',
      'pack',
      '--relationship',
      mandate.relationshipId,
      '--period',
      month,
      '--org',
      'Nordbank AB',
      '--pdf',
      pdf,
      '--lang',
      'en',
    );
    assert.equal(pack.code, 0, pack.err);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
    assert.match(text, /Missed targets and actions\s+Abandon rate — \d{4}-\d{2}: [\d.]+% \(Target at most 8\.0%\)\s+Finding F-\d+ /);
    assert.match(text, /Planera företagskön med dess egen hanteringstid/);
    const noPdf = ccq('review', 'pack', '--relationship', mandate.relationshipId, '--period', month, '--org', 'Nordbank AB');
    assert.equal(noPdf.code, 65);
    assert.match(noPdf.err, /--pdf FILE/);
    const noData = ccq(
      'targets',
      'evaluate',
      '--relationship',
      mandate.relationshipId,
      '--period',
      '2020-01',
      '--org',
      'Nordbank AB',
      '--json',
    );
    assert.deepEqual(
      (JSON.parse(noData.out) as { status: string }[]).map((x) => x.status),
      ['no_data', 'no_data', 'no_data'],
    );
    const bad = ccq('targets', 'evaluate', '--relationship', mandate.relationshipId, '--period', '2026-13', '--org', 'Nordbank AB');
    assert.equal(bad.code, 65);
  });
});
