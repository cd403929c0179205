// src/domain/shared/time-zone.test.ts — wall time ↔ instant across DST changes, half-hour zones and local boundaries

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  civilFromDays,
  daysFromCivil,
  epochToZoned,
  isValidTimeZone,
  offsetAt,
  startOfLocalDay,
  startOfLocalHour,
  startOfLocalMonth,
  startOfLocalWeek,
  zonedToEpoch,
} from './time-zone.js';

const utc = (iso: string): number => Date.parse(iso);
const iso = (ms: number): string => new Date(ms).toISOString();
const HOUR = 3_600_000;
const sto = 'Europe/Stockholm';

describe('civil calendar arithmetic', () => {
  test('day numbers match Date.UTC over four centuries, including leap days', () => {
    for (let days = -150_000; days < 150_000; days += 37) {
      const { year, month, day } = civilFromDays(days);
      assert.equal(Date.UTC(year, month - 1, day) / 86_400_000, days);
      assert.equal(daysFromCivil(year, month, day), days);
    }
    assert.equal(daysFromCivil(2024, 2, 29), Date.UTC(2024, 1, 29) / 86_400_000);
    assert.equal(daysFromCivil(2026, 1, 32), daysFromCivil(2026, 2, 1));
  });
});

describe('isValidTimeZone', () => {
  test('knows IANA names and refuses others', () => {
    assert.equal(isValidTimeZone('Europe/Stockholm'), true);
    assert.equal(isValidTimeZone('Asia/Kolkata'), true);
    assert.equal(isValidTimeZone('UTC'), true);
    assert.equal(isValidTimeZone('Europe/Stockholmm'), false);
    assert.equal(isValidTimeZone(''), false);
  });
});

describe('zonedToEpoch', () => {
  test('Stockholm winter and summer time', () => {
    assert.equal(iso(zonedToEpoch(sto, 2026, 1, 15, 9, 30, 0)), '2026-01-15T08:30:00.000Z');
    assert.equal(iso(zonedToEpoch(sto, 2026, 7, 1, 9, 30, 15, 250)), '2026-07-01T07:30:15.250Z');
  });

  test('spring gap on 2026-03-29: 02:30 does not exist and moves forward by the hour to 03:30 CEST', () => {
    assert.equal(iso(zonedToEpoch(sto, 2026, 3, 29, 1, 59, 59)), '2026-03-29T00:59:59.000Z');
    assert.equal(iso(zonedToEpoch(sto, 2026, 3, 29, 2, 0, 0)), '2026-03-29T01:00:00.000Z');
    assert.equal(iso(zonedToEpoch(sto, 2026, 3, 29, 2, 30, 0)), '2026-03-29T01:30:00.000Z');
    assert.equal(iso(zonedToEpoch(sto, 2026, 3, 29, 3, 30, 0)), '2026-03-29T01:30:00.000Z');
    assert.equal(iso(zonedToEpoch(sto, 2026, 3, 29, 3, 0, 0)), '2026-03-29T01:00:00.000Z');
  });

  test('autumn overlap on 2026-10-25: 02:30 happens twice and gives the first (CEST) instant', () => {
    assert.equal(iso(zonedToEpoch(sto, 2026, 10, 25, 1, 59, 59)), '2026-10-24T23:59:59.000Z');
    assert.equal(iso(zonedToEpoch(sto, 2026, 10, 25, 2, 0, 0)), '2026-10-25T00:00:00.000Z');
    assert.equal(iso(zonedToEpoch(sto, 2026, 10, 25, 2, 30, 0)), '2026-10-25T00:30:00.000Z');
    assert.equal(iso(zonedToEpoch(sto, 2026, 10, 25, 2, 59, 59)), '2026-10-25T00:59:59.000Z');
    assert.equal(iso(zonedToEpoch(sto, 2026, 10, 25, 3, 0, 0)), '2026-10-25T02:00:00.000Z');
  });

  test('New York: gap on 2026-03-08, overlap on 2026-11-01', () => {
    const ny = 'America/New_York';
    assert.equal(iso(zonedToEpoch(ny, 2026, 3, 8, 2, 15, 0)), '2026-03-08T07:15:00.000Z');
    assert.equal(iso(zonedToEpoch(ny, 2026, 3, 8, 3, 15, 0)), '2026-03-08T07:15:00.000Z');
    assert.equal(iso(zonedToEpoch(ny, 2026, 11, 1, 1, 30, 0)), '2026-11-01T05:30:00.000Z');
    assert.equal(iso(zonedToEpoch(ny, 2026, 11, 1, 2, 30, 0)), '2026-11-01T07:30:00.000Z');
  });

  test('Kolkata (+05:30) and UTC', () => {
    assert.equal(iso(zonedToEpoch('Asia/Kolkata', 2026, 6, 1, 0, 0, 0)), '2026-05-31T18:30:00.000Z');
    assert.equal(iso(zonedToEpoch('UTC', 2026, 6, 1, 12, 0, 0)), '2026-06-01T12:00:00.000Z');
  });

  test('an unknown zone is a validation error', () => {
    assert.throws(() => zonedToEpoch('Mars/Olympus', 2026, 1, 1, 0, 0, 0), { code: 'CCQ_ERR_VALIDATION' });
  });
});

describe('epochToZoned', () => {
  test('reads both sides of the Stockholm changes with the offset in force', () => {
    const before = epochToZoned(sto, utc('2026-10-25T00:59:59Z'));
    const after = epochToZoned(sto, utc('2026-10-25T01:00:00Z'));
    assert.deepEqual(before, {
      year: 2026,
      month: 10,
      day: 25,
      hour: 2,
      minute: 59,
      second: 59,
      millisecond: 0,
      weekday: 7,
      offsetMinutes: 120,
    });
    assert.deepEqual(after, {
      year: 2026,
      month: 10,
      day: 25,
      hour: 2,
      minute: 0,
      second: 0,
      millisecond: 0,
      weekday: 7,
      offsetMinutes: 60,
    });
    assert.equal(epochToZoned(sto, utc('2026-03-29T01:00:00Z')).hour, 3);
    assert.equal(epochToZoned(sto, utc('2026-03-29T00:59:59.999Z')).hour, 1);
  });

  test('Kolkata, New York and weekdays', () => {
    assert.deepEqual(epochToZoned('Asia/Kolkata', utc('2026-01-05T00:45:30.5Z')), {
      year: 2026,
      month: 1,
      day: 5,
      hour: 6,
      minute: 15,
      second: 30,
      millisecond: 500,
      weekday: 1,
      offsetMinutes: 330,
    });
    const ny = epochToZoned('America/New_York', utc('2026-01-01T03:00:00Z'));
    assert.deepEqual([ny.year, ny.month, ny.day, ny.hour, ny.weekday, ny.offsetMinutes], [2025, 12, 31, 22, 3, -300]);
  });

  test('round trips every 7 minutes through a year in four zones', () => {
    for (const zone of [sto, 'Asia/Kolkata', 'UTC', 'America/New_York']) {
      for (let t = utc('2026-01-01T00:00:00Z'); t < utc('2027-01-01T00:00:00Z'); t += 7 * 60_000) {
        const z = epochToZoned(zone, t);
        const back = zonedToEpoch(zone, z.year, z.month, z.day, z.hour, z.minute, z.second, z.millisecond);
        // Only the second pass through an autumn overlap maps back to the earlier instant.
        if (back !== t) assert.equal(back, t - HOUR, `${zone} ${iso(t)}`);
        assert.equal(offsetAt(zone, t), z.offsetMinutes * 60_000);
      }
    }
  });
});

describe('local boundaries', () => {
  const dayLength = (zone: string, at: string): number => {
    const start = startOfLocalDay(zone, utc(at));
    return (startOfLocalDay(zone, start + 36 * HOUR) - start) / HOUR;
  };

  test('local days are 23, 24 and 25 hours long in Stockholm', () => {
    assert.equal(iso(startOfLocalDay(sto, utc('2026-03-29T12:00:00Z'))), '2026-03-28T23:00:00.000Z');
    assert.equal(dayLength(sto, '2026-03-29T12:00:00Z'), 23);
    assert.equal(dayLength(sto, '2026-10-25T12:00:00Z'), 25);
    assert.equal(dayLength(sto, '2026-06-10T12:00:00Z'), 24);
    assert.equal(iso(startOfLocalDay(sto, utc('2026-10-24T22:30:00Z'))), '2026-10-24T22:00:00.000Z');
  });

  test('hours: 23 buckets on the spring day and 25 on the autumn day', () => {
    const buckets = (zone: string, from: string, to: string): number => {
      const seen = new Set<number>();
      for (let t = utc(from); t < utc(to); t += 60_000) seen.add(startOfLocalHour(zone, t));
      return seen.size;
    };
    assert.equal(buckets(sto, '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z'), 23);
    assert.equal(buckets(sto, '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z'), 25);
    assert.equal(iso(startOfLocalHour(sto, utc('2026-10-25T00:40:00Z'))), '2026-10-25T00:00:00.000Z');
    assert.equal(iso(startOfLocalHour(sto, utc('2026-10-25T01:40:00Z'))), '2026-10-25T01:00:00.000Z');
  });

  test('hours in a half-hour zone start at :30 UTC', () => {
    assert.equal(iso(startOfLocalHour('Asia/Kolkata', utc('2026-01-01T00:45:00Z'))), '2026-01-01T00:30:00.000Z');
    assert.equal(iso(startOfLocalHour('Asia/Kolkata', utc('2026-01-01T00:29:59Z'))), '2025-12-31T23:30:00.000Z');
    assert.equal(iso(startOfLocalHour('UTC', utc('2026-01-01T00:29:59Z'))), '2026-01-01T00:00:00.000Z');
  });

  test('ISO weeks start on Monday and months on the first, in local time', () => {
    // 2026-03-29 is a Sunday; its week began Monday 23 March (CET).
    assert.equal(iso(startOfLocalWeek(sto, utc('2026-03-29T20:00:00Z'))), '2026-03-22T23:00:00.000Z');
    assert.equal(iso(startOfLocalWeek(sto, utc('2026-03-23T00:00:00Z'))), '2026-03-22T23:00:00.000Z');
    assert.equal(iso(startOfLocalMonth(sto, utc('2026-10-31T23:30:00Z'))), '2026-10-31T23:00:00.000Z');
    assert.equal(iso(startOfLocalMonth(sto, utc('2026-10-25T12:00:00Z'))), '2026-09-30T22:00:00.000Z');
    assert.equal(iso(startOfLocalMonth('America/New_York', utc('2026-03-01T04:59:00Z'))), '2026-02-01T05:00:00.000Z');
    assert.equal(iso(startOfLocalWeek('Asia/Kolkata', utc('2026-01-04T18:29:00Z'))), '2025-12-28T18:30:00.000Z');
  });
});
