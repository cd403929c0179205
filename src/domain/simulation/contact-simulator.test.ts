// src/domain/simulation/contact-simulator.test.ts — the simulator is reproducible and its truth is consistent with its own events

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { outcomes } from '../contacts/contact.js';
import { isAppError } from '../shared/errors.js';
import { simulateAll, simulateDays } from './contact-simulator.js';
import { demoCentreOptions } from './demo-centre.js';
import { writeCanonicalCsv } from './canonical-csv-writer.js';
import { writeQueueLog } from './queue-log-writer.js';
import type { SimCall, SimEvent, SimOptions } from './sim-types.js';

// Monday 2 March 2026, local midnight at UTC+1.
const start = Date.UTC(2026, 2, 2) - 3_600_000;
const options = demoCentreOptions(7, start, 7);
const { calls, events } = simulateAll(options);
const wrapOf = new Map(options.queues.map((q) => [q.code, q.wrapSeconds ?? 0]));
const byCall = new Map<SimCall, SimEvent[]>();
for (const e of events) if (e.call !== null) byCall.set(e.call, [...(byCall.get(e.call) ?? []), e]);
const terminal = new Set([
  'COMPLETECALLER',
  'COMPLETEAGENT',
  'BLINDTRANSFER',
  'ATTENDEDTRANSFER',
  'ABANDON',
  'EXITWITHTIMEOUT',
  'EXITWITHKEY',
]);

describe('reproducibility', () => {
  const small = demoCentreOptions(11, start, 2);
  test('the same seed gives the same calls and the same text', () => {
    const a = [...simulateDays(small)];
    const b = [...simulateDays(small)];
    assert.equal(a.map((d) => writeQueueLog(d)).join(''), b.map((d) => writeQueueLog(d)).join(''));
    assert.equal(a.map((d) => writeCanonicalCsv(d.calls)).join(''), b.map((d) => writeCanonicalCsv(d.calls)).join(''));
    assert.ok(a[0] !== undefined && a[0].calls.length > 1000);
  });

  test('another seed gives other calls', () => {
    const a = simulateAll(small).calls.map((c) => `${c.enteredAt} ${c.outcome}`);
    const b = simulateAll({ ...small, seed: 12 }).calls.map((c) => `${c.enteredAt} ${c.outcome}`);
    assert.notDeepEqual(a, b);
  });

  test('adding a queue leaves the other queues’ calls as they were (each queue has its own streams)', () => {
    const one = { ...small, queues: small.queues.slice(0, 1) };
    const fields = (cs: SimCall[]) => cs.filter((c) => c.queueCode === 'support').map((c) => [c.enteredAt, c.endedAt, c.outcome, c.agent]);
    assert.deepEqual(fields(simulateAll(one).calls), fields(simulateAll(small).calls));
  });
});

describe('truth', () => {
  test('the week has every outcome the model produces, in plausible shares', () => {
    const count = (o: string) => calls.filter((c) => c.outcome === o).length;
    assert.ok(calls.length > 15_000, `${calls.length} calls`);
    for (const c of calls) assert.ok(outcomes.includes(c.outcome));
    assert.ok(count('answered') / calls.length > 0.75);
    for (const o of ['abandoned', 'timeout', 'exit_key']) assert.ok(count(o) > 0, o);
    assert.ok(calls.some((c) => c.transferred && c.endEvent === 'ATTENDEDTRANSFER'));
    assert.ok(calls.some((c) => c.customerNumber === null));
    assert.equal(new Set(calls.map((c) => c.callid)).size, calls.length);
    assert.equal(new Set(calls.map((c) => c.sourceId)).size, calls.length);
  });

  test('durations are whole seconds and equal the differences of the times', () => {
    for (const c of calls) {
      assert.ok(Number.isInteger(c.waitSeconds) && c.waitSeconds >= 0);
      assert.equal(c.enteredAt % 1000, 0);
      if (c.outcome === 'answered') {
        assert.equal(((c.answeredAt as number) - c.enteredAt) / 1000, c.waitSeconds);
        assert.equal(((c.endedAt as number) - (c.answeredAt as number)) / 1000, c.talkSeconds);
        assert.ok((c.talkSeconds as number) >= 1 && c.agent !== null);
        assert.equal(c.wrapSeconds, wrapOf.get(c.queueCode));
      } else {
        assert.equal(((c.endedAt as number) - c.enteredAt) / 1000, c.waitSeconds);
        assert.deepEqual([c.answeredAt, c.talkSeconds, c.agent, c.transferred], [null, null, null, false]);
        assert.ok(c.waitSeconds >= 1);
      }
    }
  });

  test('each call has one ENTERQUEUE, at most one CONNECT and exactly one terminal event, at the true times', () => {
    for (const c of calls) {
      const es = byCall.get(c) ?? [];
      const at = (name: string) => es.filter((e) => e.event === name).map((e) => e.at * 1000);
      assert.deepEqual(at('ENTERQUEUE'), [c.enteredAt]);
      assert.deepEqual(at('CONNECT'), c.answeredAt === null ? [] : [c.answeredAt]);
      const ends = es.filter((e) => terminal.has(e.event));
      assert.equal(ends.length, 1);
      assert.equal(ends[0]?.event, c.endEvent);
      assert.equal((ends[0]?.at ?? 0) * 1000, c.endedAt);
    }
  });

  test('an abandoned wait is the ABANDON time minus the ENTERQUEUE time', () => {
    const abandoned = calls.filter((c) => c.outcome === 'abandoned');
    assert.ok(abandoned.length > 100);
    for (const c of abandoned) {
      const es = byCall.get(c) ?? [];
      const enter = es.find((e) => e.event === 'ENTERQUEUE')?.at ?? Number.NaN;
      const end = es.find((e) => e.event === 'ABANDON')?.at ?? Number.NaN;
      assert.equal(end - enter, c.waitSeconds);
    }
  });

  test('positions count the callers still waiting ahead', () => {
    for (const code of ['support', 'billing']) {
      const q = calls.filter((c) => c.queueCode === code).slice(0, 3000);
      const leftQueue = (c: SimCall) => c.answeredAt ?? (c.endedAt as number);
      q.forEach((c, i) => {
        const ahead = q.slice(0, i);
        assert.equal(c.origPosition, 1 + ahead.filter((a) => leftQueue(a) > c.enteredAt).length);
        if (c.exitPosition !== null) assert.equal(c.exitPosition, 1 + ahead.filter((a) => leftQueue(a) > (c.endedAt as number)).length);
      });
    }
  });

  test('FIFO: no caller is offered to an agent while an earlier caller of the queue still waits', () => {
    for (const code of ['support', 'sales', 'billing']) {
      // The moment every earlier caller had been offered or had left.
      let earlierDone = Number.NEGATIVE_INFINITY;
      for (const c of calls.filter((x) => x.queueCode === code)) {
        if (c.offeredAt !== null) assert.ok(c.offeredAt >= earlierDone, `${c.callid} jumped the queue`);
        earlierDone = Math.max(earlierDone, c.offeredAt ?? (c.endedAt as number));
      }
    }
  });
});

describe('agents', () => {
  type Span = [number, number];
  const spans = new Map<string, { on: Span[]; paused: Span[] }>();
  const open = new Map<string, number>();
  for (const e of events.filter((x) => x.call === null && x.event !== 'QUEUESTART')) {
    const s = spans.get(e.agent) ?? { on: [], paused: [] };
    spans.set(e.agent, s);
    const key = `${e.agent} ${e.event === 'ADDMEMBER' || e.event === 'REMOVEMEMBER' ? 'on' : 'paused'}`;
    if (e.event === 'ADDMEMBER' || e.event === 'PAUSE') {
      assert.equal(open.has(key), false, `${key} opened twice`);
      open.set(key, e.at * 1000);
    } else {
      const from = open.get(key);
      assert.ok(from !== undefined, `${key} closed before it opened`);
      (e.event === 'REMOVEMEMBER' ? s.on : s.paused).push([from, e.at * 1000]);
      open.delete(key);
    }
  }

  test('every session and pause is closed by the end, and pauses happen inside sessions', () => {
    assert.equal(open.size, 0);
    assert.ok([...spans.values()].some((s) => s.paused.length > 0));
    for (const s of spans.values()) for (const [a, b] of s.paused) assert.ok(s.on.some(([x, y]) => x <= a && b <= y));
  });

  test('an agent handles one call at a time, logged in and not paused, with wrap-up before the next', () => {
    const byAgent = new Map<string, SimCall[]>();
    for (const c of calls) if (c.offeredAt !== null) byAgent.set(c.agent ?? '?', [...(byAgent.get(c.agent ?? '?') ?? []), c]);
    for (const [agent, cs] of byAgent) {
      if (agent === '?') continue; // rung but the caller hung up: no agent in the truth
      const s = spans.get(agent);
      assert.ok(s !== undefined);
      cs.sort((a, b) => (a.offeredAt as number) - (b.offeredAt as number));
      let busyUntil = Number.NEGATIVE_INFINITY;
      for (const c of cs) {
        const from = c.offeredAt as number;
        const to = (c.endedAt as number) + (c.wrapSeconds as number) * 1000;
        assert.ok(from >= busyUntil, `${agent} overlaps at ${c.callid}`);
        assert.ok(
          s.on.some(([x, y]) => x <= from && to <= y),
          `${agent} not logged in for ${c.callid}`,
        );
        assert.ok(!s.paused.some(([x, y]) => x < to && from < y), `${agent} paused during ${c.callid}`);
        busyUntil = to;
      }
    }
  });
});

describe('days', () => {
  const days = [...simulateDays(demoCentreOptions(3, start, 3))];
  test('a day holds the calls that entered in it and the events that happen in it; the log runs on in order', () => {
    let previous = Number.NEGATIVE_INFINITY;
    days.forEach((d, i) => {
      for (const c of d.calls) assert.ok(c.enteredAt >= d.startMs && c.enteredAt < d.endMs);
      for (const e of d.events) {
        assert.ok(e.at >= previous);
        previous = e.at;
        if (i < days.length - 1) assert.ok(e.at * 1000 < d.endMs);
      }
    });
    assert.equal(days.flatMap((d) => d.events).filter((e) => e.event === 'QUEUESTART').length, 1);
    assert.equal(days[0]?.events[0]?.event, 'QUEUESTART');
  });

  test('weekend volume follows the weekend factor', () => {
    const week = [...simulateDays(demoCentreOptions(5, start, 7))].map((d) => d.calls.length);
    const weekday = (week[0] ?? 0) + (week[1] ?? 0) + (week[2] ?? 0) + (week[3] ?? 0) + (week[4] ?? 0);
    const weekend = (week[5] ?? 0) + (week[6] ?? 0);
    assert.ok(Math.abs(weekend / 2 / (weekday / 5) - 0.25) < 0.05, `${week}`);
  });
});

describe('options', () => {
  const base: SimOptions = demoCentreOptions(1, start, 1);
  const issues = (o: SimOptions): string[] => {
    try {
      simulateDays(o);
      return [];
    } catch (e) {
      assert.ok(isAppError(e) && e.code === 'CCQ_ERR_VALIDATION');
      return e.issues.map((i) => i.path);
    }
  };
  test('refuses bad options at once, naming the fields', () => {
    assert.deepEqual(issues(base), []);
    assert.deepEqual(issues({ ...base, queues: [{ ...(base.queues[0] as SimOptions['queues'][0]), code: 'a|b', exitKeyShare: 2 }] }), [
      'queues.0.code',
      'queues.0.exitKeyShare',
    ]);
    assert.deepEqual(issues({ ...base, dailyProfile: [1, 2, 3], days: -1 }), ['days', 'dailyProfile']);
    assert.deepEqual(issues({ ...base, queues: [...base.queues, base.queues[0] as SimOptions['queues'][0]] }), ['queues.3.code']);
  });
});
