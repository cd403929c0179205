// test/conformity/cli-conformity.test.ts — `ccq framework` and `ccq assessment` as a user runs them: processes on a fresh database

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { cliWorkspace } from '../support/cli.js';

const { dir, ccq, remove } = cliWorkspace('ccq-cli-conformity-');
after(remove);

type TreeNode = { id: string; ref: string; title: { en?: string }; children: TreeNode[] };

describe('ccq framework and ccq assessment', () => {
  test('the shipped frameworks are listed, and show --json prints the tree with URNs, clause numbers and titles', () => {
    const list = ccq('framework', 'list', '--json');
    assert.equal(list.code, 0, list.err);
    const editions = (JSON.parse(list.out) as { edition: string; requirements: number }[]).map((f) => f.edition);
    assert.deepEqual(editions, ['iso-18295-1:2017', 'iso-18295-2:2017']);
    const show = ccq('framework', 'show', 'iso-18295-1:2017', '--json');
    assert.equal(show.code, 0, show.err);
    const tree = JSON.parse(show.out) as { nodes: TreeNode[] };
    assert.deepEqual(
      tree.nodes.map((n) => n.ref),
      ['4', '5', '6', '7', '8', '9', 'A', 'B'],
    );
    const clause4 = tree.nodes[0] as TreeNode;
    assert.deepEqual(
      clause4.children.map((n) => n.ref),
      ['4.1', '4.2', '4.3', '4.4', '4.5'],
    );
    assert.equal(clause4.children[1]?.id, 'urn:ccq:iso-18295-1:2017:4.2');
    assert.ok(clause4.children[1]?.title.en);
  });

  test('validate names each problem by line and column and exits 65; a good file is valid', () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      [
        'format: ccq-framework/1',
        'urn: urn:acme:p',
        'edition: acme:1',
        'revision: 1',
        'name: P',
        'publisher: Acme',
        'side: centre',
        'requirements:',
        '  - ref: "1"',
        '    title: One',
        '    statment: typo',
      ].join('\n'),
    );
    const r = ccq('framework', 'validate', bad);
    assert.equal(r.code, 65);
    assert.match(r.out, /bad\.yaml:9:5 {2}requirements\.0: requirement "1" has no statement/);
    assert.match(r.out, /bad\.yaml:11:15 {2}requirements\.0\.statment: unknown key "statment"/);
    const good = join(dir, 'good.yaml');
    writeFileSync(
      good,
      [
        'format: ccq-framework/1',
        'urn: urn:acme:p',
        'edition: acme:1',
        'revision: 1',
        'name: P',
        'publisher: Acme',
        'side: centre',
        'requirements:',
        '  - {ref: "1", title: One, statement: Do it}',
      ].join('\n'),
    );
    const ok = ccq('framework', 'validate', good);
    assert.equal(ok.code, 0, ok.out);
    assert.match(ok.out, /valid \(acme:1, 1 requirements\)/);
  });

  test('an organisation loads its own framework and runs an assessment against ISO 18295-1', () => {
    assert.equal(ccq('org', 'add', '--name', 'Nordkontakt', '--kind', 'contact_centre').code, 0);
    const load = ccq('framework', 'load', join(dir, 'good.yaml'), '--json');
    assert.equal(load.code, 0, load.err);
    assert.equal((JSON.parse(load.out) as { outcome: string }).outcome, 'loaded');
    const create = ccq(
      'assessment',
      'create',
      '--framework',
      'iso-18295-1:2017',
      '--tags',
      'inbound,voice',
      '--title',
      'Self-assessment 2026',
      '--json',
    );
    assert.equal(create.code, 0, create.err);
    const created = JSON.parse(create.out) as { id: string; requirements: number; readiness: { notApplicable: number } };
    assert.ok(created.requirements > 50);
    // Inbound-only: the outbound requirements start as not applicable.
    assert.ok(created.readiness.notApplicable >= 1);
    const list = ccq('assessment', 'list');
    assert.match(list.out, /Self-assessment 2026/);
    const show = ccq('assessment', 'show', created.id);
    assert.equal(show.code, 0, show.err);
    assert.match(show.out, /readiness 0 %/);
    const csv = ccq('assessment', 'export', created.id, '--format', 'csv', '--out', join(dir, 'table.csv'), '--lang', 'en');
    assert.equal(csv.code, 0, csv.err);
    const table = readFileSync(join(dir, 'table.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    assert.equal(table.length, created.requirements + 1, 'a header and one row per requirement');
    assert.match(table[1] ?? '', /^"?4\.1"?,/);
    const pdf = ccq('report', 'readiness', created.id, '--pack', '--format', 'pdf', '--out', join(dir, 'pack.pdf'));
    assert.equal(pdf.code, 0, pdf.err);
    assert.equal(readFileSync(join(dir, 'pack.pdf')).subarray(0, 5).toString(), '%PDF-');
    const badFormat = ccq('report', 'readiness', created.id, '--format', 'docx');
    assert.equal(badFormat.code, 65);
    const wrong = ccq('assessment', 'create', '--framework', 'iso-18295-2:2017');
    assert.equal(wrong.code, 65, 'a client framework does not assess a centre');
    assert.match(wrong.err, /only a client can assess itself as a client/);
  });
});
