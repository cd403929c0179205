// src/domain/people/people-csv.test.ts — people CSV: quoting, semicolons, the column mapping and rejects by line and field

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePeopleCsv, splitCsv } from './people-csv.js';

test('splits quoted cells with delimiters and line breaks, keeping line numbers', () => {
  assert.deepEqual(splitCsv('a;b\r\n"x;1";"say ""hi""\nthere"\n\n3;4'), [
    { line: 1, cells: ['a', 'b'] },
    { line: 2, cells: ['x;1', 'say "hi"\nthere'] },
    { line: 5, cells: ['3', '4'] },
  ]);
});

test('maps columns by name, converts minutes and decimal commas, rejects bad rows by line and field', () => {
  const r = parsePeopleCsv('coaching', 'Agent;Dag;Min\nA1;2026-10-01;45\nA2;2026-13-01;30\n;2026-10-01;5\n', {
    agent_code: 'Agent',
    date: 'Dag',
    minutes: 'Min',
  });
  assert.deepEqual(r.rows, [
    { kind: 'event', event: { agentCode: 'A1', kind: 'coaching', on: '2026-10-01', hours: 0.75, scheduledHours: null, category: null } },
  ]);
  assert.deepEqual(
    r.rejects.map((x) => [x.line, x.field]),
    [
      [3, 'date'],
      [4, 'agent_code'],
    ],
  );
  const abs = parsePeopleCsv('absence', 'agent_code;date;absence_hours;scheduled_hours\nA1;2026-10-01;7,5;160\n');
  assert.equal(abs.rows[0]?.kind === 'event' && abs.rows[0].event.hours, 7.5);
});

test('a missing required column is reported once, on the header', () => {
  assert.deepEqual(parsePeopleCsv('competence', 'agent_code,skill\nA1,gdpr\n').rejects, [
    { line: 1, field: 'competence', message: 'no column "competence"' },
    { line: 1, field: 'achieved_on', message: 'no column "achieved_on"' },
  ]);
});
