// src/domain/imports/jsonl/jsonl-parser.test.ts — canonical JSON lines: values, derivations shared with CSV, rejects with line and text

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ContactRecord } from '../../contacts/contact.js';
import type { ParserStats, RowReject } from '../importer.js';
import { createJsonlParser } from './jsonl-parser.js';

const run = (text: string, cuts: number[] = []) => {
  const contacts: ContactRecord[] = [];
  const rejects: RowReject[] = [];
  const parser = createJsonlParser(
    { pseudonymise: (raw) => (raw === 'anonymous' ? null : `k:${raw}`) },
    { contact: (c) => contacts.push(c), agentState: () => {}, reject: (r) => rejects.push(r), warn: () => {} },
  );
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  for (const cut of [...cuts, bytes.length]) {
    parser.push(bytes.subarray(at, cut));
    at = cut;
  }
  parser.end();
  const stats: ParserStats = parser.stats();
  return { contacts, rejects, stats };
};

const lines = [
  '{"source_id":"j1","channel":"voice","direction":"inbound","queue":"support","entered_at":"2026-03-02T08:00:00Z","answered_at":"2026-03-02T09:00:12+01:00","ended_at":1772438700000,"outcome":"answered","wait_seconds":12,"talk_seconds":270,"hold_seconds":18,"wrap_seconds":null,"agent":"Åsa","transferred":true,"disposition":"sale","customer_id":"+46701234567"}',
  '',
  '{"queue":"support","entered_at":1772438400000,"outcome":"answered","wait_seconds":20,"customer_id":"anonymous"}',
  '{"queue":"support","entered_at":"2026-03-02T08:00:00","outcome":"abandoned","wait_seconds":5}',
  '{"queue":"support","entered_at":"2026-03-02T08:00:00Z","outcome":"abandoned","wait_seconds":5,"colour":"red"}',
  '{"queue":"support","entered_at":"2026-03-02T08:00:00Z","outcome":"gone","wait_seconds":5}',
  '{"queue":"support", "entered_at": ',
  '[1,2]',
  '{"queue":"support","entered_at":"2026-03-02T08:00:00Z","channel":"fax","outcome":"abandoned"}',
  '{"queue":"support","entered_at":"2026-03-02T08:00:00Z","outcome":"abandoned","wait_seconds":-3}',
  '{"queue":"support","entered_at":"2026-03-02T08:00:00Z","outcome":"timeout","ended_at":"2026-03-02T08:01:30Z","transferred":0}',
];
const text = `${lines.join('\r\n')}\r\n\r\n`;

describe('JSON lines', () => {
  const result = run(text);

  test('reads a full line: ISO times with offsets, epoch milliseconds, booleans and nulls', () => {
    assert.deepEqual(result.contacts[0], {
      source: 'jsonl',
      sourceId: 'j1',
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
      wrapSeconds: null,
      agent: 'Åsa',
      transferred: true,
      disposition: 'sale',
      customerKey: 'k:+46701234567',
    });
  });

  test('derives like the CSV import: answer = entry + wait, wait = end − entry; defaults; a content id', () => {
    const [, second, third] = result.contacts;
    assert.equal(second?.answeredAt, Date.parse('2026-03-02T08:00:20Z'));
    assert.deepEqual([second?.channel, second?.direction, second?.transferred, second?.customerKey], ['voice', 'inbound', false, null]);
    assert.match(second?.sourceId ?? '', /^[0-9a-f]{16}$/);
    assert.deepEqual([third?.outcome, third?.waitSeconds, third?.transferred], ['timeout', 90, false]);
  });

  test('rejects each bad line with its number, the reason and the text; blank lines are not rows', () => {
    assert.deepEqual(
      result.rejects.map((r) => [r.line, r.reason]),
      [
        [4, '"entered_at": "2026-03-02T08:00:00" has no UTC offset (end it with Z or an offset such as +01:00)'],
        [
          5,
          'unknown key "colour" (the keys are source_id, channel, direction, queue, entered_at, answered_at, ended_at, outcome, wait_seconds, talk_seconds, hold_seconds, wrap_seconds, agent, transferred, disposition, customer_id)',
        ],
        [6, '"outcome": "gone" is not an outcome'],
        [7, result.rejects[3]?.reason ?? ''],
        [8, 'not a JSON object'],
        [9, '"channel": "fax" is not a channel'],
        [10, '"wait_seconds": -3 is a negative duration'],
      ],
    );
    assert.match(result.rejects[3]?.reason ?? '', /^not valid JSON: /);
    assert.equal(result.rejects[3]?.raw, '{"queue":"support", "entered_at": ');
    assert.deepEqual(result.stats, { linesRead: 12, rowsRead: 10, rejected: 7, skipped: 0, warnings: 0 });
  });

  test('identical results for every cut into two pieces', () => {
    const bytes = new TextEncoder().encode(text).length;
    for (let cut = 0; cut <= bytes; cut += 1) assert.deepEqual(run(text, [cut]), result, `cut at ${cut}`);
  });
});
