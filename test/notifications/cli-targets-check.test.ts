// test/notifications/cli-targets-check.test.ts — `ccq targets check` as a process on the demo data: it notifies, and a second run notifies nobody again

import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { cliWorkspace } from '../support/cli.js';

const { ccq, remove } = cliWorkspace('ccq-cli-targets-check-');
after(remove);

type Check = {
  notified: number;
  findingsRaised: number;
  mandates: {
    title: string;
    months: string[];
    targets: { targetId: string; status: string }[];
    obligations: { obligationId: string }[];
    error: string | null;
  }[];
};

describe('ccq targets check', () => {
  test('judges the demo mandate once, notifies both parties, and is idempotent', () => {
    assert.equal(ccq('demo').code, 0);
    const first = ccq('targets', 'check', '--json');
    assert.equal(first.code, 0, first.err);
    const r = JSON.parse(first.out) as Check;
    assert.equal(r.mandates.length, 1);
    const m = r.mandates[0]!;
    assert.equal(m.title, 'Uppdrag Nordbank kundservice 2026');
    assert.equal(m.error, null);
    assert.ok(m.months.length >= 1);
    assert.deepEqual([...new Set(m.targets.map((t) => t.targetId))], ['sl-privat', 'abandon-privat', 'abandon-foretag']);
    // The demo's campaign plan is due within its lead time: both parties are told (two notifications at least).
    assert.deepEqual(
      m.obligations.map((o) => o.obligationId),
      ['kampanjplan'],
    );
    assert.ok(r.notified >= 2, `notified ${r.notified}`);

    const again = ccq('targets', 'check', '--json');
    assert.equal(again.code, 0, again.err);
    assert.deepEqual([(JSON.parse(again.out) as Check).notified, (JSON.parse(again.out) as Check).findingsRaised], [0, 0]);

    const table = ccq('targets', 'check');
    assert.equal(table.code, 0, table.err);
    assert.match(table.out, /Uppdrag Nordbank kundservice 2026/);
    assert.match(table.out, /0 new notification\(s\), 0 finding\(s\) raised/);
  });
});
