// src/domain/imports/queue-log/queue-log.test.ts — golden tests for tricky queue_log sequences, both layouts

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AgentStateInterval, ContactRecord } from '../../contacts/contact.js';
import type { ImportWarning, RowReject } from '../importer.js';
import { createQueueLogParser } from './parser.js';

type Collected = { contacts: ContactRecord[]; states: AgentStateInterval[]; rejects: RowReject[]; warnings: ImportWarning[] };

const run = (text: string, options: { chunk?: number; timeZone?: string; horizonMs?: number } = {}) => {
  const out: Collected = { contacts: [], states: [], rejects: [], warnings: [] };
  const parser = createQueueLogParser(
    { pseudonymise: (raw) => `h(${raw})`, timeZone: options.timeZone ?? 'UTC', openCallHorizonMs: options.horizonMs },
    {
      contact: (c) => out.contacts.push(c),
      agentState: (s) => out.states.push(s),
      reject: (r) => out.rejects.push(r),
      warn: (w) => out.warnings.push(w),
    },
  );
  const bytes = new TextEncoder().encode(text);
  const size = options.chunk ?? bytes.length;
  for (let i = 0; i < bytes.length; i += size) parser.push(bytes.subarray(i, i + size));
  parser.end();
  return { ...out, stats: parser.stats() };
};

const byQueue = (cs: ContactRecord[], callid: string) => cs.filter((c) => c.sourceId.startsWith(`${callid}:`));
const one = (cs: ContactRecord[], callid: string): ContactRecord => {
  const found = byQueue(cs, callid);
  assert.equal(found.length, 1, `one contact for ${callid}`);
  return found[0] as ContactRecord;
};

const t0 = 1_772_438_400; // 2026-03-02T08:00:00Z
const L = (dt: number, rest: string) => `${t0 + dt}|${rest}`;

describe('queue_log: outcomes of single calls', () => {
  const log = [
    L(0, 'NONE|NONE|NONE|QUEUESTART|'),
    L(1, '100.1|support|NONE|ENTERQUEUE||+46701234567|1'),
    L(15, '100.1|support|PJSIP/1001|RINGNOANSWER|15000'),
    L(14, '100.1|support|PJSIP/1002|CONNECT|12|100.2|2'),
    L(200, '100.1|support|PJSIP/1002|COMPLETECALLER|12|186|1'),
    L(2, '101.1|support|NONE|ENTERQUEUE||+46701111111|2'),
    L(30, '101.1|support|NONE|ABANDON|1|2|28'),
    L(3, '102.1|support|NONE|ENTERQUEUE||anonymous|3'),
    L(303, '102.1|support|NONE|EXITWITHTIMEOUT|1|3|300'),
    L(4, '103.1|support|NONE|ENTERQUEUE||+4670222|4'),
    L(50, '103.1|support|NONE|EXITWITHKEY|5|1|4|46'),
    L(5, '104.1|support|NONE|ENTERQUEUE||+4670333|5'),
    L(6, '104.1|support|NONE|EXITEMPTY|1|5|1'),
    L(7, '105.1|support|NONE|ENTERQUEUE||+4670444|6'),
    L(20, '105.1|support|NONE|WITHDRAW|1|6|13|moved by supervisor'),
  ].join('\n');
  const r = run(`${log}\n`);

  test('an answered call takes its wait and talk from the data fields, not the clock', () => {
    const c = one(r.contacts, '100.1');
    assert.equal(c.outcome, 'answered');
    assert.equal(c.waitSeconds, 12);
    assert.equal(c.talkSeconds, 186);
    assert.equal(c.agent, 'PJSIP/1002');
    assert.equal(c.enteredAt, (t0 + 1) * 1000);
    assert.equal(c.answeredAt, (t0 + 14) * 1000); // the CONNECT line's time, though its holdtime says 12 s
    assert.equal(c.endedAt, (t0 + 200) * 1000);
    assert.equal(c.customerKey, 'h(+46701234567)');
    assert.equal(c.transferred, false);
  });

  test('each exit becomes its own outcome with the wait Asterisk measured', () => {
    const expected: [string, string, number, string | null][] = [
      ['101.1', 'abandoned', 28, null],
      ['102.1', 'timeout', 300, null],
      ['103.1', 'exit_key', 46, 'key:5'],
      ['104.1', 'exit_empty', 1, null],
      ['105.1', 'withdrawn', 13, null],
    ];
    for (const [callid, outcome, wait, disposition] of expected) {
      const c = one(r.contacts, callid);
      assert.equal(c.outcome, outcome, callid);
      assert.equal(c.waitSeconds, wait, callid);
      assert.equal(c.disposition, disposition, callid);
      assert.equal(c.answeredAt, null);
      assert.equal(c.talkSeconds, null);
    }
  });

  test('an anonymous caller gets no customer key', () => {
    assert.equal(one(r.contacts, '102.1').customerKey, null);
  });

  test('nothing is rejected or warned about in a clean log', () => {
    assert.deepEqual(r.rejects, []);
    assert.deepEqual(r.warnings, []);
    assert.equal(r.stats.rowsRead, 15);
    assert.equal(r.contacts.length, 6);
  });
});

describe('queue_log: transfers before and after Asterisk 12', () => {
  const r = run(
    [
      L(0, '200.1|sales|NONE|ENTERQUEUE||+461|1'),
      L(5, '200.1|sales|Agent/1|CONNECT|5|200.2|1'),
      L(65, '200.1|sales|Agent/1|TRANSFER|2000|from-internal|5|60|1'),
      L(1, '201.1|sales|NONE|ENTERQUEUE||+462|1'),
      L(9, '201.1|sales|Agent/2|CONNECT|8|201.2|1'),
      L(99, '201.1|sales|Agent/2|BLINDTRANSFER|3000|default|8|90|1'),
      L(2, '202.1|sales|NONE|ENTERQUEUE||+463|1'),
      L(4, '202.1|sales|Agent/3|CONNECT|2|202.2|1'),
      L(44, '202.1|sales|Agent/3|ATTENDEDTRANSFER|LINK|PJSIP/a-0001|PJSIP/b-0002|2|40|1'),
      L(3, '203.1|sales|NONE|ENTERQUEUE||+464|1'),
      L(6, '203.1|sales|Agent/4|CONNECT|3|203.2|1'),
      L(36, '203.1|sales|Agent/4|ATTENDEDTRANSFER|BRIDGE|abc-123|3|30|1|'),
    ].join('\n'),
  );

  test('TRANSFER, BLINDTRANSFER and both ATTENDEDTRANSFER shapes end an answered, transferred call', () => {
    for (const [callid, wait, talk] of [
      ['200.1', 5, 60],
      ['201.1', 8, 90],
      ['202.1', 2, 40],
      ['203.1', 3, 30],
    ] as const) {
      const c = one(r.contacts, callid);
      assert.equal(c.outcome, 'answered', callid);
      assert.equal(c.transferred, true, callid);
      assert.equal(c.waitSeconds, wait, callid);
      assert.equal(c.talkSeconds, talk, callid);
    }
  });
});

describe('queue_log: restarts, open calls and damaged input', () => {
  test('a restart closes waiting calls as other and connected calls as answered, with warnings', () => {
    const r = run(
      [
        L(0, '300.1|support|NONE|ENTERQUEUE||+461|1'),
        L(1, '301.1|support|NONE|ENTERQUEUE||+462|2'),
        L(11, '301.1|support|Agent/9|CONNECT|10|301.2|1'),
        L(40, 'NONE|NONE|NONE|QUEUESTART|'),
        L(41, '300.1|support|NONE|ABANDON|1|1|41'),
      ].join('\n'),
    );
    const waiting = one(r.contacts, '300.1');
    assert.equal(waiting.outcome, 'other');
    assert.equal(waiting.waitSeconds, 40);
    assert.equal(waiting.disposition, 'open_at_restart');
    const connected = one(r.contacts, '301.1');
    assert.equal(connected.outcome, 'answered');
    assert.equal(connected.waitSeconds, 10);
    assert.equal(connected.talkSeconds, 29);
    assert.deepEqual(
      r.warnings.map((w) => [w.code, w.line]),
      [
        ['open_at_restart', 4],
        ['open_at_restart', 4],
        ['event_without_enterqueue', 0],
      ],
    );
  });

  test('a call open at the end is pending when young and closed as other when older than the horizon', () => {
    const r = run([L(0, '400.1|q|NONE|ENTERQUEUE||+461|1'), L(7200, '401.1|q|NONE|ENTERQUEUE||+462|1')].join('\n'), {
      horizonMs: 3600_000,
    });
    assert.equal(r.contacts.length, 1);
    assert.equal(one(r.contacts, '400.1').outcome, 'other');
    assert.equal(one(r.contacts, '400.1').disposition, 'never_closed');
    assert.deepEqual(
      r.warnings.map((w) => w.code),
      ['never_closed', 'open_at_end'],
    );
  });

  test('malformed lines are rejected with line number, reason and raw text; the good lines still count', () => {
    const bad1 = 'garbage without pipes';
    const bad2 = 'yesterday|500.1|q|NONE|ENTERQUEUE||x|1';
    const r = run(
      [
        L(0, '500.1|q|NONE|ENTERQUEUE||+461|1'),
        bad1,
        '',
        bad2,
        L(5, '500.1|q|NONE|SOMETHINGNEW|a|b|c|d|e|f|g'),
        L(9, '500.1|q|NONE|ABANDON|1|1|9|extra|fields'),
      ].join('\r\n'),
    );
    assert.deepEqual(
      r.rejects.map((x) => [x.line, x.raw]),
      [
        [2, bad1],
        [4, bad2],
      ],
    );
    assert.match(r.rejects[0]?.reason ?? '', /at least 5 fields/);
    assert.match(r.rejects[1]?.reason ?? '', /not a UNIX time/);
    assert.equal(one(r.contacts, '500.1').outcome, 'abandoned');
    assert.equal(one(r.contacts, '500.1').waitSeconds, 9);
    assert.equal(r.stats.rejected, 2);
    assert.equal(r.stats.rowsRead, 5);
    assert.equal(r.stats.linesRead, 6);
  });

  test('one callid in two queues is two contacts', () => {
    const r = run(
      [
        L(0, '600.1|first|NONE|ENTERQUEUE||+461|1'),
        L(30, '600.1|first|NONE|EXITWITHTIMEOUT|1|1|30'),
        L(30, '600.1|second|NONE|ENTERQUEUE||+461|1'),
        L(35, '600.1|second|Agent/1|CONNECT|5|600.2|1'),
        L(95, '600.1|second|Agent/1|COMPLETEAGENT|5|60|1'),
      ].join('\n'),
    );
    assert.deepEqual(
      r.contacts.map((c) => [c.queueCode, c.outcome]),
      [
        ['first', 'timeout'],
        ['second', 'answered'],
      ],
    );
  });

  test('feeding the bytes one at a time gives the same result as one chunk', () => {
    const text = [
      L(0, '700.1|q|NONE|ENTERQUEUE||+46 åäö|1'),
      L(3, '700.1|q|Agent/Åsa|CONNECT|3|x|1'),
      L(9, '700.1|q|Agent/Åsa|COMPLETEAGENT|3|6|1'),
    ].join('\n');
    assert.deepEqual(run(text, { chunk: 1 }).contacts, run(text).contacts);
    assert.equal(run(text, { chunk: 1 }).contacts[0]?.agent, 'Agent/Åsa');
  });
});

describe('queue_log: agent sessions', () => {
  test('membership and pauses become available and paused intervals; PAUSEALL reaches every queue of the agent', () => {
    const r = run(
      [
        L(0, 'MANAGER|sales|Agent/1|ADDMEMBER|'),
        L(0, 'MANAGER|support|Agent/1|ADDMEMBER|PAUSED'),
        L(60, 'NONE|support|Agent/1|UNPAUSE|'),
        L(600, 'NONE|sales|Agent/1|PAUSE|lunch'),
        L(900, 'NONE|sales|Agent/1|UNPAUSE|'),
        L(1000, 'NONE|NONE|Agent/1|PAUSEALL|meeting'),
        L(1200, 'NONE|NONE|Agent/1|UNPAUSEALL|'),
        L(3600, 'MANAGER|sales|Agent/1|REMOVEMEMBER|'),
        L(3600, 'MANAGER|support|Agent/1|REMOVEMEMBER|'),
      ].join('\n'),
    );
    const show = (q: string) =>
      r.states.filter((s) => s.queueCode === q).map((s) => [s.state, s.reason, s.startAt / 1000 - t0, s.endAt / 1000 - t0]);
    assert.deepEqual(show('sales'), [
      ['available', null, 0, 600],
      ['paused', 'lunch', 600, 900],
      ['available', null, 900, 1000],
      ['paused', 'meeting', 1000, 1200],
      ['available', null, 1200, 3600],
    ]);
    assert.deepEqual(show('support'), [
      ['paused', null, 0, 60],
      ['available', null, 60, 1000],
      ['paused', 'meeting', 1000, 1200],
      ['available', null, 1200, 3600],
    ]);
  });

  test('AGENTLOGIN and AGENTLOGOFF make an agent-wide session', () => {
    const r = run([L(0, 'NONE|NONE|Agent/7|AGENTLOGIN|PJSIP/7'), L(1800, 'NONE|NONE|Agent/7|AGENTLOGOFF|PJSIP/7|1800')].join('\n'));
    assert.deepEqual(r.states, [
      { agent: 'Agent/7', queueCode: null, state: 'available', reason: null, startAt: t0 * 1000, endAt: (t0 + 1800) * 1000 },
    ]);
  });
});

describe('queue_log: the database-table layout', () => {
  test('reads a header row, quoted fields and local times across the spring DST change', () => {
    // 2026-03-29 in Stockholm: 02:00 local jumps to 03:00 (01:00Z). 01:59:50 local is 00:59:50Z; 03:00:10 local is 01:00:10Z.
    const r = run(
      [
        'time,callid,queuename,agent,event,data1,data2,data3,data4,data5',
        '2026-03-29 01:59:50.123456,"800.1",support,NONE,ENTERQUEUE,,+4670,1,,',
        '2026-03-29 03:00:10.000000,800.1,support,"Agent/1",CONNECT,20,800.2,3,,',
        '2026-03-29 03:01:10,800.1,support,Agent/1,COMPLETECALLER,20,60,1,,',
        'not a time,800.9,support,NONE,ENTERQUEUE,,,1,,',
      ].join('\n'),
      { timeZone: 'Europe/Stockholm' },
    );
    const c = one(r.contacts, '800.1');
    assert.equal(new Date(c.enteredAt).toISOString(), '2026-03-29T00:59:50.123Z');
    assert.equal(c.waitSeconds, 20);
    assert.equal(c.talkSeconds, 60);
    assert.equal(new Date(c.endedAt as number).toISOString(), '2026-03-29T01:01:10.000Z');
    assert.deepEqual(
      r.rejects.map((x) => x.line),
      [5],
    );
  });
});
