// src/domain/imports/csv/value-formats.test.ts — numbers, durations, patterns and ISO 8601 as exports write them

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fnv1a64 } from './stable-hash.js';
import { durationValueReader, pairReader, timestampReader } from './typed-readers.js';
import { compilePattern, emptyParts } from './date-patterns.js';
import { durationReader, numberStyle, parseEpoch, parseIso8601, parseNumber, plainNumbers } from './value-formats.js';

const sv = numberStyle(',', ' ');
const read = (reader: { read: (t: string, a: number, b: number) => number } | string, text: string): number => {
  if (typeof reader === 'string') throw new Error(reader);
  return reader.read(text, 0, text.length);
};
const iso = (ms: number): string => new Date(ms).toISOString();

describe('parseNumber', () => {
  test('plain decimals, signs and a range inside a longer string', () => {
    assert.equal(parseNumber('12', plainNumbers), 12);
    assert.equal(parseNumber('-3.25', plainNumbers), -3.25);
    assert.equal(parseNumber('+0.5', plainNumbers), 0.5);
    assert.equal(parseNumber('x;42;y', plainNumbers, 2, 4), 42);
    for (const bad of ['', '-', '1.', '.5', '1e3', '1,5', '12a', '1 000']) assert.ok(Number.isNaN(parseNumber(bad, plainNumbers)), bad);
  });

  test('Swedish: comma decimals, space, no-break space and narrow no-break space as thousands', () => {
    assert.equal(parseNumber('1 234,5', sv), 1234.5);
    assert.equal(parseNumber('1\u00a0234,5', sv), 1234.5);
    assert.equal(parseNumber('12\u202f345\u202f678', sv), 12345678);
    assert.equal(parseNumber('-0,25', sv), -0.25);
    // A thousands mark must be followed by exactly three digits.
    assert.ok(Number.isNaN(parseNumber('1 23,5', sv)));
    assert.ok(Number.isNaN(parseNumber('1234 567', sv)));
    assert.ok(Number.isNaN(parseNumber('1.5', sv)));
    assert.equal(parseNumber('1.234.567,89', numberStyle(',', '.')), 1234567.89);
    assert.equal(parseNumber('1,234.5', numberStyle('.', ',')), 1234.5);
  });
});

describe('durations', () => {
  test('seconds, milliseconds, minutes and clock formats', () => {
    assert.equal(read(durationValueReader('seconds', sv), '1 234,5'), 1234.5);
    assert.equal(read(durationValueReader('milliseconds', plainNumbers), '2500'), 2.5);
    assert.equal(read(durationValueReader('minutes', plainNumbers), '1.5'), 90);
    assert.equal(read(durationValueReader('H:MM:SS', plainNumbers), '1:02:03'), 3723);
    assert.equal(read(durationValueReader('HH:MM:SS', plainNumbers), '26:00:00'), 93600);
    assert.equal(read(durationValueReader('MM:SS', plainNumbers), '125:09'), 7509);
    assert.equal(read(durationValueReader('MM:SS', plainNumbers), '1:09.5'), 69.5);
    for (const bad of ['1:60:00', '1:2', '1:02:03:04', ':10:00', 'abc', '1:00:00x']) {
      assert.ok(Number.isNaN(read(durationValueReader('H:MM:SS', plainNumbers), bad)), bad);
    }
    assert.equal(durationReader('hours', plainNumbers), null);
    assert.match(durationValueReader('hours', plainNumbers) as string, /not a duration format/);
  });
});

describe('patterns', () => {
  test('YYMMDD reads the 1990s and 2000s around a 1970 pivot', () => {
    const p = compilePattern('YYMMDD');
    assert.ok(typeof p !== 'string');
    const parts = emptyParts();
    assert.ok(p.read('990131', 0, 6, parts));
    assert.deepEqual([parts.y, parts.mo, parts.d], [1999, 1, 31]);
    assert.ok(p.read('260329', 0, 6, parts));
    assert.equal(parts.y, 2026);
    assert.equal(p.read('99013', 0, 5, parts), false);
  });

  test('a pattern without a date reads MM as minutes and SS as seconds', () => {
    const p = compilePattern('H:MM:SS');
    assert.ok(typeof p !== 'string' && p.hasTime && !p.hasDate);
    const parts = emptyParts();
    assert.ok(p.read('7:05:09', 0, 7, parts));
    assert.deepEqual([parts.h, parts.mi, parts.s], [7, 5, 9]);
  });

  test('bad patterns say why', () => {
    assert.match(compilePattern('YYYY-MM') as string, /year, a month and a day/);
    assert.match(compilePattern('DD.MM.YYYY QQ') as string, /unknown token "Q"/);
    assert.match(compilePattern('YYYY-MM-DD YYYY') as string, /twice/);
  });

  test('timestamps in a zone, with calendar checks', () => {
    assert.equal(iso(read(timestampReader('YYYY-MM-DD HH:mm:ss', 'Europe/Stockholm'), '2026-07-01 09:30:00')), '2026-07-01T07:30:00.000Z');
    assert.equal(iso(read(timestampReader('DD.MM.YYYY', 'Europe/Stockholm'), '29.03.2026')), '2026-03-28T23:00:00.000Z');
    assert.equal(iso(read(timestampReader('D/M/YYYY H:mm', 'UTC'), '5/3/2026 7:04')), '2026-03-05T07:04:00.000Z');
    assert.ok(Number.isNaN(read(timestampReader('DD.MM.YYYY', 'UTC'), '29.02.2026')));
    assert.ok(Number.isNaN(read(timestampReader('YYYY-MM-DD HH:mm:ss', 'UTC'), '2026-01-01 24:00:00')));
    assert.match(timestampReader('H:MM:SS', 'UTC') as string, /has no date/);
  });

  test('a date + time pair, and times of day that are not', () => {
    const pair = pairReader('YYMMDD', 'H:MM:SS', 'Asia/Jerusalem');
    assert.ok('readDate' in pair);
    assert.ok(pair.readDate('990315', 0, 6));
    assert.ok(pair.readTime('10:07:30', 0, 8));
    assert.equal(iso(pair.epoch(0)), '1999-03-15T08:07:30.000Z');
    assert.equal(iso(pair.epoch(1)), '1999-03-16T08:07:30.000Z');
    assert.equal(pair.readTime('25:61:00', 0, 8), false);
    assert.equal(pair.readTime('10:61:00', 0, 8), false);
    assert.equal(pair.expectsTime, 'a time of day in format H:MM:SS');
    assert.deepEqual(Object.keys(pairReader('H:MM:SS', 'YYMMDD', 'UTC')).sort(), ['date', 'time']);
  });
});

describe('parseIso8601', () => {
  test('Z, offsets, fractions and a space separator', () => {
    assert.equal(iso(parseIso8601('2026-03-02T08:00:12Z', 'UTC')), '2026-03-02T08:00:12.000Z');
    assert.equal(iso(parseIso8601('2026-03-02T08:00:12.345Z', 'UTC')), '2026-03-02T08:00:12.345Z');
    assert.equal(iso(parseIso8601('2026-03-02T08:00:12.3456789Z', 'UTC')), '2026-03-02T08:00:12.345Z');
    assert.equal(iso(parseIso8601('2026-03-02 09:00:12+01:00', 'UTC')), '2026-03-02T08:00:12.000Z');
    assert.equal(iso(parseIso8601('2026-03-02T03:00:12-0500', 'UTC')), '2026-03-02T08:00:12.000Z');
    assert.equal(iso(parseIso8601('2026-03-02T13:30+05:30', 'UTC')), '2026-03-02T08:00:00.000Z');
    assert.equal(iso(parseIso8601('2026-03-02T10:00:12+02', 'UTC')), '2026-03-02T08:00:12.000Z');
  });

  test('without an offset the reading is local time in the zone given', () => {
    assert.equal(iso(parseIso8601('2026-07-01T09:30:00', 'Europe/Stockholm')), '2026-07-01T07:30:00.000Z');
    assert.equal(iso(parseIso8601('2026-07-01', 'Europe/Stockholm')), '2026-06-30T22:00:00.000Z');
  });

  test('refuses what is not a real instant, and reads only inside its range', () => {
    for (const bad of [
      '2026-02-29T00:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-01-01T24:00:00Z',
      '2026-01-01T10:00:60Z',
      '2026-01-01T10:00:5Z',
      '26-01-01',
      '2026-01-01X10:00Z',
      '2026-01-01T10:00:00+0',
      'yesterday',
    ]) {
      assert.ok(Number.isNaN(parseIso8601(bad, 'UTC')), bad);
    }
    const line = 'a,2026-03-02T08:00,:x';
    assert.equal(iso(parseIso8601(line, 'UTC', 2, 18)), '2026-03-02T08:00:00.000Z');
  });

  test('epoch seconds and milliseconds', () => {
    assert.equal(parseEpoch('1772438400', 1000), 1772438400000);
    assert.equal(parseEpoch('1772438400.25', 1000), 1772438400250);
    assert.equal(parseEpoch('1772438400250', 1), 1772438400250);
    assert.ok(Number.isNaN(parseEpoch('2026-01-01', 1000)));
  });
});

describe('fnv1a64', () => {
  // Reference FNV-1a 64 over the UTF-8 bytes, with BigInt.
  const reference = (text: string): string => {
    let h = 0xcbf29ce484222325n;
    for (const b of new TextEncoder().encode(text)) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
    return h.toString(16).padStart(16, '0');
  };

  test('published vectors and agreement with a BigInt reference, non-ASCII and astral included', () => {
    assert.equal(fnv1a64(''), 'cbf29ce484222325');
    assert.equal(fnv1a64('a'), 'af63dc4c8601ec8c');
    assert.equal(fnv1a64('foobar'), '85944171f73967e8');
    for (const text of ['Åsa Öberg', 'kö 7 — €', 'emoji 😀 ok', 'support|1772438400000|k:abc|agent7', 'x'.repeat(500)]) {
      assert.equal(fnv1a64(text), reference(text), text);
    }
  });
});
