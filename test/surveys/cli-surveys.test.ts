// test/surveys/cli-surveys.test.ts — `ccq survey create|invite|import|results` as processes on the demo data (a month of answers for Nordbank)

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { cliWorkspace } from '../support/cli.js';

const { ccq, dir, remove } = cliWorkspace('ccq-cli-surveys-');
after(remove);

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

type Estimate = { value: number | null; n: number; ci: [number, number] | null; lowSample: boolean };

describe('ccq survey', () => {
  test('the demo holds a month of answers; results show n and CI; a new survey is created, answered by CSV and read back', () => {
    assert.equal(ccq('demo').code, 0);
    const shown = ccq('mandate', 'show', '--org', 'Nordbank AB', '--json');
    const [mandate] = JSON.parse(shown.out) as { relationshipId: string }[];
    assert.ok(mandate, shown.err);
    const rel = { id: mandate.relationshipId };
    const demo = ccq(
      'survey',
      'results',
      '--relationship',
      rel.id,
      '--from',
      day(-31),
      '--to',
      day(1),
      '--by',
      'queue',
      '--org',
      'Nordbank AB',
      '--json',
    );
    assert.equal(demo.code, 0, demo.err);
    const r = JSON.parse(demo.out) as {
      responses: number;
      csat: Estimate;
      nps: Estimate;
      responseRate: Estimate;
      groups: { key: string }[];
    };
    assert.ok(r.responses > 100, `a month of answers (${r.responses})`);
    assert.ok(r.csat.ci && r.csat.ci[0] < (r.csat.value ?? 0) && (r.csat.value ?? 0) < r.csat.ci[1]);
    assert.ok((r.responseRate.value ?? 0) > 0.2 && (r.responseRate.value ?? 0) < 0.5);
    assert.equal(r.groups.length, 3);

    const created = ccq(
      'survey',
      'create',
      '--relationship',
      rel.id,
      '--name',
      'CLI survey',
      '--question',
      'csat:csat:Nöjd?|Satisfied?',
      '--question',
      'nps?:nps:Rekommendera?|Recommend?',
      '--org',
      'Kontaktpartner AB',
      '--json',
    );
    assert.equal(created.code, 0, created.err);
    const surveyId = (JSON.parse(created.out) as { id: string }).id;
    const csv = join(dir, 'answers.csv');
    writeFileSync(csv, `Tid;Betyg;Rek\n${day(-2)} 10:00;5;10\n${day(-2)} 11:00;4;6\n${day(-1)} 09:30;2;\nfel;3;3\n`);
    const imp = ccq(
      'survey',
      'import',
      '--survey',
      surveyId,
      '--file',
      csv,
      '--map',
      'answeredAt=Tid',
      '--map',
      'csat=Betyg',
      '--map',
      'nps=Rek',
      '--org',
      'Kontaktpartner AB',
      '--json',
    );
    assert.equal(imp.code, 0, imp.err);
    assert.deepEqual((JSON.parse(imp.out) as { recorded: number }).recorded, 3);
    // CSAT 5, 4, 2 → 2 of 3; NPS 10 (promoter), 6 (detractor) → 0.
    const res = ccq('survey', 'results', '--survey', surveyId, '--from', day(-7), '--to', day(1), '--org', 'Nordbank AB', '--json');
    const x = JSON.parse(res.out) as { csat: Estimate; nps: Estimate };
    assert.deepEqual([x.csat.value, x.csat.n, x.csat.lowSample, x.nps.value, x.nps.n], [2 / 3, 3, true, 0, 2]);
    const text = ccq('survey', 'results', '--survey', surveyId, '--from', day(-7), '--to', day(1), '--org', 'Nordbank AB');
    assert.match(text.out, /66\.7 % \[\d+\.\d %–\d+\.\d %\] n=3 \(small sample\)/);
    const refused = ccq('survey', 'create', '--relationship', rel.id, '--name', 'x', '--question', 'csat:c:a|b', '--org', 'Nordbank AB');
    assert.equal(refused.code, 77, refused.err);
  });
});
