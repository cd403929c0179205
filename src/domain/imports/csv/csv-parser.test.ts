// src/domain/imports/csv/csv-parser.test.ts — CSV import end to end: encodings, delimiters, quoting, chunking, mapping and rejects

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ContactRecord } from '../../contacts/contact.js';
import type { ImportWarning, ParserStats, RowReject } from '../importer.js';
import { createCsvParser } from './csv-parser.js';
import type { MappingProfile } from './mapping-profile.js';

type Run = { contacts: ContactRecord[]; rejects: RowReject[]; warnings: ImportWarning[]; stats: ParserStats };

/** Parses `bytes` cut at `cuts` (byte offsets), with a readable pseudonymisation. */
const run = (profile: MappingProfile, bytes: Uint8Array, cuts: number[] = [], timeZone = 'Europe/Stockholm'): Run => {
  const out: Run = { contacts: [], rejects: [], warnings: [], stats: { linesRead: 0, rowsRead: 0, rejected: 0, skipped: 0, warnings: 0 } };
  const parser = createCsvParser(
    profile,
    { pseudonymise: (raw) => `k:${raw}`, timeZone },
    {
      contact: (c) => out.contacts.push(c),
      agentState: () => assert.fail('no agent states from CSV'),
      reject: (r) => out.rejects.push(r),
      warn: (w) => out.warnings.push(w),
    },
  );
  let at = 0;
  for (const cut of [...cuts, bytes.length]) {
    parser.push(bytes.subarray(at, cut));
    at = cut;
  }
  parser.end();
  out.stats = parser.stats();
  return out;
};

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
/** Windows-1252 bytes of Latin-1 text. */
const cp1252 = (text: string): Uint8Array =>
  Uint8Array.from([...text].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0) < 256 ? c.charCodeAt(0) : assert.fail(`not in cp1252: ${c}`))));
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

const canonicalHeader =
  'source_id,channel,direction,queue,entered_at,answered_at,ended_at,outcome,wait_seconds,talk_seconds,hold_seconds,wrap_seconds,agent,transferred,disposition,customer_id';
const canonical: MappingProfile = {
  name: 'canonical',
  fields: {
    sourceId: { column: 'source_id' },
    channel: { column: 'channel' },
    direction: { column: 'direction' },
    queue: { column: 'queue' },
    enteredAt: { column: 'entered_at', format: 'iso8601' },
    answeredAt: { column: 'answered_at', format: 'iso8601' },
    endedAt: { column: 'ended_at', format: 'iso8601' },
    outcome: { column: 'outcome' },
    waitSeconds: { column: 'wait_seconds', format: 'seconds' },
    talkSeconds: { column: 'talk_seconds', format: 'seconds' },
    holdSeconds: { column: 'hold_seconds', format: 'seconds' },
    wrapSeconds: { column: 'wrap_seconds', format: 'seconds' },
    agent: { column: 'agent' },
    transferred: { column: 'transferred' },
    disposition: { column: 'disposition' },
    customerId: { column: 'customer_id' },
  },
};
const canonicalText = [
  `\ufeff${canonicalHeader}`,
  'c1,voice,inbound,support,2026-03-02T08:00:00Z,2026-03-02T08:00:12Z,2026-03-02T08:05:00Z,answered,12,270,18,30,Åsa,1,"Sale, upgrade',
  'second line",+46701234567',
  'c2,chat,inbound,support,2026-03-02T09:00:00+01:00,,,abandoned,40,,,,,false,,',
  'c3,voice,inbound,support,2026-03-02T08:10:00Z,2026-03-02T08:09:00Z,,answered,,,,,Bo,0,,',
  'c4,voice,inbound,support,2026-03-02T08:20:00Z,,2026-03-02T08:21:30Z,timeout,,,,,,0,,',
  '',
].join('\r\n');

describe('canonical CSV', () => {
  const result = run(canonical, utf8(canonicalText));

  test('reads every field of a full row, a quoted multi-line disposition included', () => {
    assert.deepEqual(result.contacts[0], {
      source: 'csv:canonical',
      sourceId: 'c1',
      channel: 'voice',
      direction: 'inbound',
      queueCode: 'support',
      enteredAt: Date.parse('2026-03-02T08:00:00Z'),
      answeredAt: Date.parse('2026-03-02T08:00:12Z'),
      endedAt: Date.parse('2026-03-02T08:05:00Z'),
      outcome: 'answered',
      waitSeconds: 12,
      talkSeconds: 270,
      holdSeconds: 18,
      wrapSeconds: 30,
      agent: 'Åsa',
      transferred: true,
      disposition: 'Sale, upgrade\r\nsecond line',
      customerKey: 'k:+46701234567',
    });
  });

  test('fills what an unanswered row leaves out: end = entry + wait, or wait = end − entry', () => {
    const [, c2, c4] = result.contacts;
    assert.deepEqual(
      [c2?.sourceId, c2?.channel, iso(c2?.enteredAt ?? null), iso(c2?.endedAt ?? null), c2?.waitSeconds],
      ['c2', 'chat', '2026-03-02T08:00:00.000Z', '2026-03-02T08:00:40.000Z', 40],
    );
    assert.deepEqual([c2?.answeredAt, c2?.talkSeconds, c2?.agent, c2?.transferred, c2?.customerKey], [null, null, null, false, null]);
    assert.deepEqual([c4?.outcome, c4?.waitSeconds, c4?.answeredAt], ['timeout', 90, null]);
  });

  test('a bad row in the middle is rejected with its physical line and text; the rest are kept', () => {
    assert.deepEqual(result.rejects, [
      {
        line: 5,
        reason: 'column "answered_at" 2026-03-02T08:09:00.000Z is before column "entered_at" 2026-03-02T08:10:00.000Z',
        raw: 'c3,voice,inbound,support,2026-03-02T08:10:00Z,2026-03-02T08:09:00Z,,answered,,,,,Bo,0,,',
      },
    ]);
    assert.deepEqual(result.stats, { linesRead: 6, rowsRead: 4, rejected: 1, skipped: 0, warnings: 0 });
  });

  test('identical results for every cut into two pieces, one byte at a time, and random pieces', () => {
    const bytes = utf8(canonicalText);
    for (let cut = 0; cut <= bytes.length; cut++) assert.deepEqual(run(canonical, bytes, [cut]), result, `cut at ${cut}`);
    assert.deepEqual(
      run(
        canonical,
        bytes,
        Array.from({ length: bytes.length }, (_, i) => i),
      ),
      result,
    );
    let seed = 42;
    for (let round = 0; round < 100; round++) {
      const cuts: number[] = [];
      for (let at = 0; at < bytes.length; ) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        at += 1 + (seed % 40);
        if (at < bytes.length) cuts.push(at);
      }
      assert.deepEqual(run(canonical, bytes, cuts), result, `cuts ${cuts.join(',')}`);
    }
  });
});

/** A Swedish switchboard export: Windows-1252, semicolons, `1 234,5`, date and time in two columns, `-` and 0:00:00 for nothing. */
const swedish: MappingProfile = {
  name: 'vaxel-export',
  decimal: ',',
  thousands: ' ',
  timeZone: 'Europe/Stockholm',
  empty: ['-', '0:00:00'],
  fields: {
    sourceId: { column: 'Samtals-ID' },
    queue: { column: 'Kö' },
    enteredAt: { date: { column: 'Datum', format: 'YYYY-MM-DD' }, time: { column: 'Tid', format: 'HH:mm:ss' } },
    answeredAt: { date: { column: 'Datum', format: 'YYYY-MM-DD' }, time: { column: 'Besvarad', format: 'HH:mm:ss' } },
    waitSeconds: { column: 'Väntetid (s)', format: 'seconds' },
    talkSeconds: { column: 'Samtalstid', format: 'H:MM:SS' },
    agent: { column: 'Handläggare' },
    outcome: { column: 'Status' },
    customerId: { column: 'Nummer' },
  },
  outcomes: { map: { Besvarat: 'answered', Avbrutet: 'abandoned', Tidsgräns: 'timeout', Test: 'skip' } },
};
const swedishText = [
  'Samtals-ID;Datum;Tid;Kö;Väntetid (s);Besvarad;Samtalstid;Handläggare;Status;Nummer',
  'S1;2026-03-29;01:59:30;Växel;1 234,5;0:00:00;-;-;Avbrutet;0701234567',
  'S2;2026-03-29;03:10:00;Växel;12,5;03:10:12;0:05:00;Åsa Ärlig;Besvarat;0701234568',
  'S3;2026-10-25;02:30:00;Kundtjänst;20;02:30:20;0:01:00;Örjan Émile;Besvarat;-',
  'S4;2026-10-25;09:00:00;Kundtjänst;5;-;-;-;Test;-',
  'S5;2026-10-25;25:61:00;Kundtjänst;5;-;-;-;Avbrutet;-',
  'S6;2026-10-25;10:00:00;Kundtjänst;5;-;-;-;Parkerat;-',
  'S7;2026-10-25;10:00:00;Kundtjänst;-5;-;-;-;Avbrutet',
  '',
].join('\r\n');

describe('a Swedish export in Windows-1252', () => {
  const result = run(swedish, cp1252(swedishText));

  test('decodes Å Ä Ö é, reads 1 234,5 and H:MM:SS, and joins date and time in Stockholm time across both DST changes', () => {
    const rows = result.contacts.map((c) => [
      c.sourceId,
      c.queueCode,
      iso(c.enteredAt),
      iso(c.answeredAt),
      iso(c.endedAt),
      c.outcome,
      c.waitSeconds,
      c.talkSeconds,
      c.agent,
      c.customerKey,
    ]);
    assert.deepEqual(rows, [
      ['S1', 'Växel', '2026-03-29T00:59:30.000Z', null, '2026-03-29T01:20:04.500Z', 'abandoned', 1234.5, null, null, 'k:0701234567'],
      [
        'S2',
        'Växel',
        '2026-03-29T01:10:00.000Z',
        '2026-03-29T01:10:12.000Z',
        '2026-03-29T01:15:12.000Z',
        'answered',
        12.5,
        300,
        'Åsa Ärlig',
        'k:0701234568',
      ],
      // 02:30 happens twice on 25 October: the first (summer-time) instant is taken.
      [
        'S3',
        'Kundtjänst',
        '2026-10-25T00:30:00.000Z',
        '2026-10-25T00:30:20.000Z',
        '2026-10-25T00:31:20.000Z',
        'answered',
        20,
        60,
        'Örjan Émile',
        null,
      ],
    ]);
  });

  test('skips what the outcome map says to skip, and names the column and value of what it rejects', () => {
    assert.deepEqual(result.rejects, [
      {
        line: 6,
        reason: 'column "Tid": "25:61:00" is not a time of day in format HH:mm:ss',
        raw: 'S5;2026-10-25;25:61:00;Kundtjänst;5;-;-;-;Avbrutet;-',
      },
      {
        line: 7,
        reason: 'column "Status": unknown outcome code "Parkerat" (map it under outcomes.map or give outcomes.default)',
        raw: 'S6;2026-10-25;10:00:00;Kundtjänst;5;-;-;-;Parkerat;-',
      },
      {
        line: 8,
        reason: 'the row has 9 columns; the profile reads column "Nummer" (number 10)',
        raw: 'S7;2026-10-25;10:00:00;Kundtjänst;-5;-;-;-;Avbrutet',
      },
    ]);
    assert.deepEqual(result.stats, { linesRead: 8, rowsRead: 7, rejected: 3, skipped: 1, warnings: 0 });
  });

  test('every cut into two pieces gives the same result', () => {
    const bytes = cp1252(swedishText);
    for (let cut = 0; cut <= bytes.length; cut++) assert.deepEqual(run(swedish, bytes, [cut]), result, `cut at ${cut}`);
  });

  test('a negative duration is rejected', () => {
    const text = swedishText.replace(
      'S7;2026-10-25;10:00:00;Kundtjänst;-5;-;-;-;Avbrutet',
      'S7;2026-10-25;10:00:00;Kundtjänst;-5;-;-;-;Avbrutet;-',
    );
    const last = run(swedish, cp1252(text)).rejects.at(-1);
    assert.deepEqual(last?.reason, 'column "Väntetid (s)": -5 is a negative duration');
  });
});

describe('encoding detected late', () => {
  test('an export that is plain ASCII for its first 64 KiB and Windows-1252 after switches, warns once, and keeps every row', () => {
    const profile: MappingProfile = {
      name: 'late',
      fields: { queue: { column: 'queue' }, enteredAt: { column: 'at' }, agent: { column: 'agent' }, waitSeconds: { constant: '0' } },
    };
    const rows = Array.from({ length: 2000 }, (_, i) => `q,2026-03-02T08:00:${String(i % 60).padStart(2, '0')}Z,agent-${i}`);
    const head = utf8(`queue,at,agent\n${rows.join('\n')}\n`);
    const tail = cp1252('q,2026-03-02T09:00:00Z,Jöns Åberg\n');
    const bytes = new Uint8Array(head.length + tail.length);
    bytes.set(head);
    bytes.set(tail, head.length);
    const { contacts, warnings, stats } = run(profile, bytes, [65_536, head.length]);
    assert.ok(head.length > 65_536);
    assert.equal(contacts.length, 2001);
    assert.equal(contacts.at(-1)?.agent, 'Jöns Åberg');
    assert.deepEqual(
      warnings.map((w) => w.code),
      ['encoding_switched'],
    );
    assert.equal(stats.warnings, 1);
  });
});
