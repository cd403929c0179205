// test/complaints/cli-complaints.test.ts — `ccq complaint add|list|export` as processes on the demo data

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { cliWorkspace } from '../support/cli.js';

const { ccq, dir, remove } = cliWorkspace('ccq-cli-complaints-');
after(remove);

describe('ccq complaint', () => {
  test('lists the demo month, registers one, exports CSV without personal data', () => {
    assert.equal(ccq('demo').code, 0);
    const list = ccq('complaint', 'list', '--org', 'Kontaktpartner AB', '--json');
    assert.equal(list.code, 0, list.err);
    const rows = JSON.parse(list.out) as { relationshipId: string; status: string; overdue: { ack: boolean; resolution: boolean } }[];
    assert.equal(rows.length, 26);
    const statuses = new Set(rows.map((r) => r.status));
    for (const s of ['received', 'acknowledged', 'assessed', 'investigating', 'responded', 'closed']) assert.ok(statuses.has(s), s);
    assert.ok(rows.some((r) => r.overdue.ack) && rows.some((r) => r.overdue.resolution), 'the demo has overdue complaints');
    const rel = rows[0]?.relationshipId ?? '';

    const add = ccq(
      'complaint',
      'add',
      '--relationship',
      rel,
      '--channel',
      'letter',
      '--description',
      'Brev om avgifter',
      '--name',
      'Per Persson',
      '--org',
      'Kontaktpartner AB',
      '--json',
    );
    assert.equal(add.code, 0, add.err);
    const added = JSON.parse(add.out) as { reference: string; owner: string; status: string };
    assert.deepEqual([added.owner, added.status], ['centre', 'received']);

    const table = ccq('complaint', 'list', '--org', 'Kontaktpartner AB', '--status', 'received');
    assert.match(table.out, new RegExp(added.reference));
    assert.equal(ccq('complaint', 'list', '--status', 'nope', '--org', 'Kontaktpartner AB').code, 65);

    const out = join(dir, 'complaints.csv');
    const exp = ccq('complaint', 'export', '--org', 'Nordbank AB', '--out', out);
    assert.equal(exp.code, 0, exp.err);
    const csv = readFileSync(out, 'utf8');
    assert.equal(csv.trim().split('\r\n').length, 28, 'header and 27 complaints');
    assert.match(csv, new RegExp(added.reference));
    assert.doesNotMatch(csv, /Per Persson|Brev om avgifter|Kund 1/);
    assert.equal(ccq('complaint', 'list', '--org', 'Resebolaget AB', '--json').out.trim(), '[]');
  });
});
