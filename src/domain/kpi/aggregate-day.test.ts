// src/domain/kpi/aggregate-day.test.ts — the packed day block holds exactly what the aggregates held, and adding to it equals aggregating everything at once

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ContactRecord, Outcome } from '../contacts/contact.js';
import { addSlotToSums, addToDay, contactsInDay, dayToAggregates, decodeDay, encodeDay, slotStart } from './aggregate-day.js';
import { type IntervalAggregate, abandonMask, addToAggregate, emptyAggregate, intervalStartOf } from './interval-aggregate.js';
import { addContact, emptySums } from './queue-sums.js';

const day = Date.UTC(2026, 2, 29); // a DST Sunday in Europe; blocks are UTC days, so it is 96 quarter-hours like any other
const outcomesCycle: Outcome[] = ['answered', 'abandoned', 'answered', 'timeout', 'exit_key', 'answered', 'withdrawn', 'other'];

const contact = (i: number): ContactRecord => {
  const outcome = outcomesCycle[i % outcomesCycle.length] as Outcome;
  return {
    source: 't',
    sourceId: String(i),
    channel: 'voice',
    direction: 'inbound',
    queueCode: 'q',
    enteredAt: day + ((i * 7_919_000) % 86_400_000),
    answeredAt: null,
    endedAt: null,
    outcome,
    waitSeconds: (i * 37) % 700, // some beyond the 600 s histogram
    talkSeconds: outcome === 'answered' ? 100 + (i % 50) : null,
    holdSeconds: outcome === 'answered' && i % 3 === 0 ? 7 : null,
    wrapSeconds: outcome === 'answered' ? 15 : null,
    agent: null,
    transferred: i % 11 === 0,
    disposition: null,
    customerKey: null,
  };
};

const aggregate = (contacts: ContactRecord[]): IntervalAggregate[] => {
  const bySlot = new Map<number, IntervalAggregate>();
  for (const c of contacts) {
    const slot = intervalStartOf(c.enteredAt);
    let a = bySlot.get(slot);
    if (a === undefined) {
      a = emptyAggregate('q', 'voice', slot);
      bySlot.set(slot, a);
    }
    addToAggregate(a, c);
  }
  return [...bySlot.values()];
};

const contacts = Array.from({ length: 3000 }, (_, i) => contact(i));

describe('a day of aggregates packed into one block', () => {
  test('decodes to the same aggregates, slot by slot, with every histogram entry', () => {
    const aggregates = aggregate(contacts);
    const block = decodeDay(day, encodeDay(day, aggregates));
    assert.equal(block.n, aggregates.length);
    assert.equal(contactsInDay(block), contacts.length);
    const back = dayToAggregates(block, 'q', 'voice');
    assert.deepEqual(
      back,
      [...aggregates].sort((a, b) => a.intervalStart - b.intervalStart),
    );
  });

  test('sums read from the block equal sums of the contacts, for thresholds and abandon sets', () => {
    const block = decodeDay(day, encodeDay(day, aggregate(contacts)));
    for (const [t, short, abandon] of [
      [20, 5, ['abandoned', 'timeout', 'exit_empty', 'withdrawn']],
      [1, 0, ['abandoned']],
      [600, 600, ['abandoned', 'exit_key']],
    ] as [number, number, Outcome[]][]) {
      const mask = abandonMask(abandon);
      const fromBlock = emptySums(t, short);
      for (let j = 0; j < block.n; j++) addSlotToSums(fromBlock, block, j, mask);
      const direct = emptySums(t, short);
      for (const c of contacts)
        addContact(direct, {
          outcome: c.outcome === 'answered' ? 'answered' : abandon.includes(c.outcome) ? 'abandoned' : 'other',
          waitSeconds: c.waitSeconds,
          talkSeconds: c.talkSeconds,
          holdSeconds: c.holdSeconds,
          wrapSeconds: c.wrapSeconds,
          transferred: c.transferred,
        });
      assert.deepEqual(fromBlock, direct, `T=${t}, S=${short}, abandoned=${abandon.join('+')}`);
    }
  });

  test('adding in three parts gives the block of adding all at once', () => {
    const whole = encodeDay(day, aggregate(contacts));
    let stored: Uint8Array | null = null;
    for (const part of [contacts.slice(0, 1000), contacts.slice(1000, 1001), contacts.slice(1001)])
      stored = addToDay(day, stored, aggregate(part));
    assert.deepEqual(stored, whole);
  });

  test('an interval outside the day, or one given twice, is refused', () => {
    const late = emptyAggregate('q', 'voice', day + 86_400_000);
    assert.throws(() => encodeDay(day, [late]), RangeError);
    const a = emptyAggregate('q', 'voice', day);
    assert.throws(() => encodeDay(day, [a, emptyAggregate('q', 'voice', day)]), RangeError);
  });

  test('only non-zero figures are stored: a quiet quarter-hour costs a few bytes', () => {
    const one = aggregate([contact(0)]); // one answered, transferred call with no wait
    const bytes = encodeDay(day, one);
    // header 16 + (count, talk, hold, wrap, handled, transferred) × 8 + mask 4 + 2 × starts 8 + 1 histogram entry 6 + slot 1
    assert.equal(bytes.byteLength, 16 + 6 * 8 + 4 + 2 * 8 + 6 + 1);
    assert.deepEqual(dayToAggregates(decodeDay(day, bytes), 'q', 'voice'), one);
  });

  test('a block handed out at an odd byte offset is read the same', () => {
    const bytes = encodeDay(day, aggregate(contacts.slice(0, 50)));
    const odd = new Uint8Array(bytes.byteLength + 1).subarray(1);
    odd.set(bytes);
    const block = decodeDay(day, odd);
    assert.equal(contactsInDay(block), 50);
    assert.equal(slotStart(block, 0), Math.min(...aggregate(contacts.slice(0, 50)).map((x) => x.intervalStart)));
  });
});
