// src/domain/simulation/canonical-csv-writer.test.ts — the canonical CSV and JSON lines carry exactly the true calls

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { canonicalCsvHeader, csvField, encodeCanonicalCsv, writeCanonicalCsv, writeCanonicalJsonLines } from './canonical-csv-writer.js';
import { simulateAll } from './contact-simulator.js';
import { demoCentreOptions } from './demo-centre.js';
import type { SimCall } from './sim-types.js';

const { calls } = simulateAll(demoCentreOptions(5, Date.UTC(2026, 2, 2) - 3_600_000, 2));
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString().replace('.000Z', 'Z'));

/** The record as the canonical importer should read it back. */
const expected = (c: SimCall) => ({
  source_id: `${c.callid}:${c.queueCode}`,
  channel: 'voice',
  direction: 'inbound',
  queue: c.queueCode,
  entered_at: iso(c.enteredAt),
  answered_at: iso(c.answeredAt),
  ended_at: iso(c.endedAt),
  outcome: c.outcome,
  wait_seconds: c.waitSeconds,
  talk_seconds: c.talkSeconds,
  hold_seconds: c.holdSeconds,
  wrap_seconds: c.wrapSeconds,
  agent: c.agent,
  transferred: c.transferred,
  disposition: c.disposition,
  customer_id: c.customerNumber,
});

describe('canonical CSV', () => {
  const text = writeCanonicalCsv(calls);
  const rows = text.split('\n').filter((r) => r !== '');

  test('has the fixed header and one row per call', () => {
    assert.equal(rows[0], canonicalCsvHeader);
    assert.equal(rows.length, calls.length + 1);
    assert.ok(text.endsWith('\n'));
    assert.equal(writeCanonicalCsv(calls.slice(0, 3), { header: false }).split('\n')[0], rows[1]);
  });

  test('every row reads back to the truth: ISO times with Z, empty for null, 1/0 for transferred', () => {
    const header = canonicalCsvHeader.split(',');
    rows.slice(1).forEach((row, i) => {
      const c = calls[i] as SimCall;
      const values = row.split(',');
      assert.equal(values.length, header.length);
      const want = expected(c);
      const asText = (v: unknown) => (v === null ? '' : typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
      assert.deepEqual(
        values,
        header.map((h) => asText(want[h as keyof typeof want])),
        row,
      );
    });
  });

  test('a concrete row', () => {
    const answered = calls.find((c) => c.outcome === 'answered' && !c.transferred && c.customerNumber !== null) as SimCall;
    const row = writeCanonicalCsv([answered], { header: false }).trim();
    const e = expected(answered);
    assert.equal(
      row,
      `${e.source_id},voice,inbound,${e.queue},${e.entered_at},${e.answered_at},${e.ended_at},answered,${e.wait_seconds},${e.talk_seconds},0,${e.wrap_seconds},${e.agent},0,,${e.customer_id}`,
    );
    assert.match(row, /,2026-03-0[23]T\d{2}:\d{2}:\d{2}Z,/);
    const abandoned = calls.find((c) => c.outcome === 'abandoned') as SimCall;
    assert.match(writeCanonicalCsv([abandoned], { header: false }), /,Z?\d{4}-\d{2}-\d{2}T[\d:]+Z,,\d{4}-[\dT:-]+Z,abandoned,\d+,,,,,0,,/);
    const keyed = calls.find((c) => c.outcome === 'exit_key') as SimCall;
    assert.match(writeCanonicalCsv([keyed], { header: false }), /,exit_key,\d+,,,,,0,key:[01],/);
  });

  test('bytes and text agree', () => {
    assert.deepEqual(encodeCanonicalCsv(calls.slice(0, 200)), new TextEncoder().encode(writeCanonicalCsv(calls.slice(0, 200))));
  });

  test('fields are quoted only when RFC 4180 needs it', () => {
    assert.equal(csvField('key:1'), 'key:1');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
  });
});

describe('canonical JSON lines', () => {
  test('every line parses to the truth with the CSV keys (numbers as numbers, nulls as null)', () => {
    const lines = writeCanonicalJsonLines(calls)
      .split('\n')
      .filter((l) => l !== '');
    assert.equal(lines.length, calls.length);
    lines.forEach((line, i) => {
      const parsed = JSON.parse(line);
      assert.deepEqual(Object.keys(parsed), canonicalCsvHeader.split(','));
      assert.deepEqual(parsed, expected(calls[i] as SimCall));
    });
  });
});
