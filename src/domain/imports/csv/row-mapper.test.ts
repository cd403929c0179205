// src/domain/imports/csv/row-mapper.test.ts — mapping features: columns by number, maps, derived values, content ids, profile errors

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ContactRecord } from '../../contacts/contact.js';
import type { RowReject } from '../importer.js';
import { createCsvParser } from './csv-parser.js';
import type { MappingProfile } from './mapping-profile.js';

const run = (profile: MappingProfile, text: string) => {
  const contacts: ContactRecord[] = [];
  const rejects: RowReject[] = [];
  const parser = createCsvParser(
    profile,
    { pseudonymise: (raw) => `k:${raw}`, timeZone: 'Europe/Stockholm' },
    {
      contact: (c) => contacts.push(c),
      agentState: () => {},
      reject: (r) => rejects.push(r),
      warn: () => {},
    },
  );
  parser.push(new TextEncoder().encode(text));
  parser.end();
  return { contacts, rejects, stats: parser.stats() };
};
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

describe('mapping features', () => {
  const base: MappingProfile = {
    name: 'ops',
    header: false,
    delimiter: '|',
    timeZone: 'UTC',
    fields: {
      queue: { column: 1, map: { '1': 'sales', '2': 'support' } },
      enteredAt: { column: 2, format: 'epoch' },
      waitSeconds: { column: 3, format: 'MM:SS' },
      channel: { column: 4, map: { T: 'voice', C: 'chat' } },
      transferred: { column: 5, map: { '0': 'false', '*': 'true' } },
      direction: { constant: 'inbound' },
    },
  };

  test('no header: columns by number; epoch seconds; MM:SS; value maps with a wildcard; answer derived as entry + wait; ids from content', () => {
    const { contacts, rejects } = run(base, '1|1772438400|01:30|T|0\n2|1772438460.5|00:00|C|77\n');
    assert.deepEqual(rejects, []);
    assert.deepEqual(
      contacts.map((c) => [c.queueCode, iso(c.enteredAt), c.outcome, iso(c.answeredAt), c.waitSeconds, c.channel, c.transferred, c.source]),
      [
        ['sales', '2026-03-02T08:00:00.000Z', 'abandoned', null, 90, 'voice', false, 'csv:ops'],
        ['support', '2026-03-02T08:01:00.500Z', 'abandoned', null, 0, 'chat', true, 'csv:ops'],
      ],
    );
    assert.match(contacts[0]?.sourceId ?? '', /^[0-9a-f]{16}$/);
  });

  test('content ids are stable when the file grows or is re-sorted, and differ between rows', () => {
    const rows = ['1|1772438400|01:30|T|0', '2|1772438460|00:10|C|0', '1|1772438520|00:20|T|1'];
    const ids = (lines: string[]) => Object.fromEntries(run(base, lines.join('\n')).contacts.map((c) => [c.enteredAt, c.sourceId]));
    const first = ids(rows.slice(0, 2));
    const later = ids([rows[2] as string, rows[1] as string, rows[0] as string, '2|1772438580|00:05|C|0']);
    for (const [at, id] of Object.entries(first)) assert.equal(later[at], id);
    assert.equal(new Set(Object.values(later)).size, 4);
  });

  test('a column the header lacks fails before any row, naming the profile path', () => {
    const profile: MappingProfile = { name: 'x', fields: { queue: { column: 'queue' }, enteredAt: { column: 'start' } } };
    assert.throws(
      () => run(profile, 'queue,begin\nq,2026-03-02T08:00:00Z\n'),
      (e: unknown) => {
        const err = e as { code: string; issues: { path: string; message: string }[] };
        assert.equal(err.code, 'CCQ_ERR_VALIDATION');
        assert.deepEqual(err.issues, [{ path: 'fields.enteredAt.column', message: 'column "start" is not in the header (queue, begin)' }]);
        return true;
      },
    );
  });

  test('a profile that cannot work fails at creation: a format that is no format, a field with two sources', () => {
    const profile: MappingProfile = {
      name: 'x',
      fields: { queue: { column: 'q', constant: 'a' }, enteredAt: { column: 'e', format: 'YYYY-MM' } },
    };
    assert.throws(
      () => run(profile, ''),
      (e: unknown) => {
        assert.deepEqual(
          (e as { issues: { path: string }[] }).issues.map((i) => i.path),
          ['fields.queue', 'fields.enteredAt.format'],
        );
        return true;
      },
    );
  });

  test('header names match case-insensitively; a derived wait comes from the answer time; an empty file gives nothing', () => {
    const profile: MappingProfile = {
      name: 'x',
      fields: {
        queue: { column: 'Queue' },
        enteredAt: { column: 'START' },
        answeredAt: { column: 'answer' },
        outcome: { column: 'result' },
      },
    };
    const { contacts } = run(profile, 'queue\tstart\tanswer\tresult\nq\t2026-03-02T08:00:00Z\t2026-03-02T08:00:42Z\tanswered');
    assert.deepEqual([contacts[0]?.waitSeconds, contacts[0]?.talkSeconds, contacts[0]?.endedAt], [42, null, null]);
    assert.deepEqual(run(profile, '').stats, { linesRead: 0, rowsRead: 0, rejected: 0, skipped: 0, warnings: 0 });
  });
});
