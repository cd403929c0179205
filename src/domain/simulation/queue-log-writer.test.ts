// src/domain/simulation/queue-log-writer.test.ts — the queue_log text, read back with a tiny splitter, says what the truth says

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { simulateDays } from './contact-simulator.js';
import { demoCentreOptions } from './demo-centre.js';
import { encodeQueueLog, queueLogLine, queueLogTableHeader, writeQueueLog, writeQueueLogTable } from './queue-log-writer.js';
import type { SimCall, SimDay } from './sim-types.js';

const start = Date.UTC(2026, 2, 2) - 3_600_000;
const days: SimDay[] = [...simulateDays(demoCentreOptions(21, start, 3))];
const calls: SimCall[] = days.flatMap((d) => d.calls);
const text = days.map((d) => writeQueueLog(d)).join('');

type Line = { time: number; callid: string; queue: string; agent: string; event: string; data: string[] };
const split = (t: string): Line[] =>
  t
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const [time, callid, queue, agent, event, ...data] = l.split('|');
      return { time: Number(time), callid: callid ?? '', queue: queue ?? '', agent: agent ?? '', event: event ?? '', data };
    });
const lines = split(text);
const count = (ls: Line[], event: string) => ls.filter((l) => l.event === event).length;
const truth = (outcome: string) => calls.filter((c) => c.outcome === outcome).length;

describe('queue_log file text', () => {
  test('event counts equal the true counts', () => {
    assert.equal(count(lines, 'ENTERQUEUE'), calls.length);
    assert.equal(count(lines, 'CONNECT'), truth('answered'));
    assert.equal(count(lines, 'ABANDON'), truth('abandoned'));
    assert.equal(count(lines, 'EXITWITHTIMEOUT'), truth('timeout'));
    assert.equal(count(lines, 'EXITWITHKEY'), truth('exit_key'));
    const transferred = calls.filter((c) => c.transferred).length;
    assert.ok(transferred > 0);
    assert.equal(count(lines, 'BLINDTRANSFER') + count(lines, 'ATTENDEDTRANSFER'), transferred);
    assert.equal(count(lines, 'COMPLETECALLER') + count(lines, 'COMPLETEAGENT'), truth('answered') - transferred);
    assert.equal(count(lines, 'QUEUESTART'), 1);
    assert.equal(count(lines, 'ADDMEMBER'), count(lines, 'REMOVEMEMBER'));
    assert.equal(count(lines, 'PAUSE'), count(lines, 'UNPAUSE'));
    const missed = new Set(calls.filter((c) => c.missedRingMs !== null).map((c) => c.callid));
    assert.ok(missed.size > 0);
    assert.equal(lines.filter((l) => l.event === 'RINGNOANSWER' && missed.has(l.callid)).length, missed.size);
  });

  test('data fields carry the true waits, talk times and positions, equal to the timestamp differences', () => {
    const byId = new Map(calls.map((c) => [c.callid, c]));
    const entered = new Map<string, Line>();
    const connected = new Map<string, Line>();
    for (const l of lines) {
      const c = byId.get(l.callid);
      if (c === undefined) continue;
      const enter = entered.get(l.callid);
      const n = l.data.map(Number);
      switch (l.event) {
        case 'ENTERQUEUE':
          assert.deepEqual(l.data, ['', c.customerNumber ?? 'anonymous', String(c.origPosition)]);
          entered.set(l.callid, l);
          break;
        case 'CONNECT':
          assert.deepEqual([n[0], l.data[1], n[2]], [c.waitSeconds, c.agentUniqueid, c.ringSeconds]);
          assert.equal(l.time - (enter?.time ?? 0), c.waitSeconds);
          assert.equal(l.agent, c.agent);
          connected.set(l.callid, l);
          break;
        case 'COMPLETECALLER':
        case 'COMPLETEAGENT':
          assert.deepEqual(n, [c.waitSeconds, c.talkSeconds, c.origPosition]);
          assert.equal(l.time - (connected.get(l.callid)?.time ?? 0), c.talkSeconds);
          break;
        case 'BLINDTRANSFER':
          assert.deepEqual(l.data, [
            c.transferExtension,
            'from-internal',
            String(c.waitSeconds),
            String(c.talkSeconds),
            String(c.origPosition),
          ]);
          break;
        case 'ATTENDEDTRANSFER':
          assert.deepEqual(l.data, ['BRIDGE', c.transferBridgeId, String(c.waitSeconds), String(c.talkSeconds), String(c.origPosition)]);
          assert.match(l.data[1] ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
          break;
        case 'ABANDON':
        case 'EXITWITHTIMEOUT':
          assert.deepEqual(n, [c.exitPosition, c.origPosition, c.waitSeconds]);
          assert.equal(l.time - (enter?.time ?? 0), c.waitSeconds);
          break;
        case 'EXITWITHKEY':
          assert.deepEqual(l.data, [c.exitKey, String(c.exitPosition), String(c.origPosition), String(c.waitSeconds)]);
          break;
      }
    }
  });

  test('lines are in time order across days, and member lines look like Asterisk’s', () => {
    for (let i = 1; i < lines.length; i += 1) assert.ok((lines[i]?.time ?? 0) >= (lines[i - 1]?.time ?? 0));
    assert.equal(text.split('\n')[0], `${start / 1000}|NONE|NONE|NONE|QUEUESTART|`);
    assert.match(text, /\n\d{10}\|MANAGER\|support\|Agent\/\d{4}\|ADDMEMBER\|\n/);
    assert.match(text, /\n\d{10}\|NONE\|support\|Agent\/\d{4}\|PAUSE\|(Lunch|Break)\n/);
    assert.match(text, /\n\d{10}\|NONE\|support\|Agent\/\d{4}\|UNPAUSE\|\n/);
    assert.match(text, /\n\d{10}\|\d{10}\.\d+\|\w+\|Agent\/\d{4}\|RINGNOANSWER\|15000\n/);
  });

  test('a day written from its compact table equals the day written from its event objects', () => {
    for (const d of days) {
      assert.equal(writeQueueLog(d), writeQueueLog(d.events));
      assert.equal(
        writeQueueLog(d.events.slice(0, 50)),
        d.events
          .slice(0, 50)
          .map((e) => `${queueLogLine(e)}\n`)
          .join(''),
      );
      assert.deepEqual(encodeQueueLog(d), new TextEncoder().encode(writeQueueLog(d)));
    }
  });

  test('before Asterisk 12 a transfer is TRANSFER with extension and context; before 13 no RINGCANCELED', () => {
    const old = split(days.map((d) => writeQueueLog(d, { asteriskVersion: 11 })).join(''));
    assert.equal(count(old, 'TRANSFER'), calls.filter((c) => c.transferred).length);
    assert.equal(count(old, 'BLINDTRANSFER') + count(old, 'ATTENDEDTRANSFER') + count(old, 'RINGCANCELED'), 0);
    for (const l of old.filter((x) => x.event === 'TRANSFER')) assert.equal(l.data[1], 'from-internal');
    assert.ok(count(lines, 'RINGCANCELED') > 0);
    assert.equal(old.length, lines.length - count(lines, 'RINGCANCELED'));
  });
});

describe('queue_log table layout', () => {
  const table = days.map((d, i) => writeQueueLogTable(d, { header: i === 0 })).join('');
  const rows = table.split('\n').filter((r) => r !== '');

  test('one header, ten columns per row, UTC datetimes with microseconds, same events as the file', () => {
    assert.equal(rows[0], queueLogTableHeader);
    assert.equal(rows.length - 1, lines.length);
    rows.slice(1).forEach((r, i) => {
      const cols = r.split(',');
      assert.equal(cols.length, 10, r);
      const l = lines[i] as Line;
      assert.equal(cols[0], `${new Date(l.time * 1000).toISOString().slice(0, 19).replace('T', ' ')}.000000`);
      assert.deepEqual(cols.slice(1, 5), [l.callid, l.queue, l.agent, l.event]);
      assert.deepEqual(
        cols.slice(5).filter((_, j) => j < l.data.length),
        l.data,
      );
    });
  });
});
