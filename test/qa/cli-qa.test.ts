// test/qa/cli-qa.test.ts — `ccq qa scorecard load|list`, `ccq qa evaluations import`, `ccq qa kpis` as processes on the demo data

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { shippedScorecardPath } from '../../src/adapters/qa/scorecard-files.js';
import { cliWorkspace } from '../support/cli.js';

const { ccq, dir, db, remove } = cliWorkspace('ccq-cli-qa-');
after(remove);

const org = ['--org', 'Kontaktpartner AB'];

describe('ccq qa', () => {
  test('loads scorecards (problems by line), imports evaluations from CSV, prints the KPIs', () => {
    assert.equal(ccq('demo').code, 0);
    // The demo loaded the shipped scorecard already: loading it again changes nothing.
    const again = ccq('qa', 'scorecard', 'load', shippedScorecardPath, ...org, '--json');
    assert.equal(again.code, 0, again.err);
    assert.equal((JSON.parse(again.out) as { created: boolean }).created, false);

    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      'key: bad\nname: Bad\nsections:\n  - id: s\n    title: S\n    criteria:\n      - id: c\n        title: C\n        critical: legal\n',
    );
    const refused = ccq('qa', 'scorecard', 'load', bad, ...org);
    assert.equal(refused.code, 65);
    assert.match(refused.err, /bad\.yaml:9:\d+ sections\.0\.criteria\.0\.critical/);

    const list = ccq('qa', 'scorecard', 'list', ...org, '--json');
    const cards = JSON.parse(list.out) as { id: string; key: string; version: number }[];
    assert.deepEqual(
      cards.map((c) => [c.key, c.version]),
      [['customer-service', 1]],
    );

    const kpis = ccq('qa', 'kpis', '--relationship', 'x', '--from', '2026-01-01', '--to', '2026-02-01', ...org);
    assert.equal(kpis.code, 66, 'an unknown relationship is not found');

    const sqlite = new Database(db.slice('sqlite:'.length), { readonly: true });
    const rel = (sqlite.prepare("select id from relationships where name = 'Nordbank kundservice'").get() as { id: string }).id;
    sqlite.close();
    const csv = join(dir, 'evaluations.csv');
    writeFileSync(
      csv,
      [
        'Samtal,Tid,Agent,greeting,identification,understanding,accuracy,offer,documentation,summary,tone',
        'cli-1,2026-01-10T10:00:00Z,KP-1,1,1,4,1,na,1,2,4',
        'cli-2,2026-01-11T10:00:00Z,KP-1,1,1,4,0,1,1,2,4',
        'cli-3,2026-01-12T10:00:00Z,KP-2,1,1,7,1,1,1,2,4',
      ].join('\n'),
    );
    const imp = ccq(
      'qa',
      'evaluations',
      'import',
      csv,
      '--relationship',
      rel,
      '--scorecard',
      'customer-service',
      '--map',
      'contact=Samtal',
      '--map',
      'contact_at=Tid',
      '--map',
      'agent=Agent',
      ...org,
      '--json',
    );
    assert.equal(imp.code, 0, imp.err);
    const r = JSON.parse(imp.out) as { imported: number; rejects: { line: number }[] };
    assert.equal(r.imported, 2);
    assert.deepEqual(
      r.rejects.map((x) => x.line),
      [4],
    );
    // January holds only the two imported: 100 and 0 (a customer-critical fail) → 50; one of two critical.
    const m = ccq('qa', 'kpis', '--relationship', rel, '--from', '2026-01-01', '--to', '2026-02-01', ...org, '--json');
    const v = JSON.parse(m.out) as Record<string, { value: number; n: number }>;
    assert.deepEqual([v.qa_score?.value, v.qa_score?.n], [50, 2]);
    assert.equal(v.critical_error_rate_customer?.value, 0.5);
  });
});
