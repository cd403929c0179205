// test/notifications/background-jobs.test.ts — the server's jobs: the target check at start-up, the webhook worker on its interval, both stopped by closing the server

import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { createMandate, signMandate } from '../../src/app/manage-mandates.js';
import { createWebhook } from '../../src/app/manage-webhooks.js';
import { listNotifications } from '../../src/app/manage-notifications.js';
import { notify } from '../../src/app/notify.js';
import { mandateTemplate } from '../../src/domain/mandates/template.js';
import type { Context } from '../../src/main/context.js';
import { createApp } from '../../src/main/server.js';
import { callerFor, openTestContext, steppingClock } from '../support/context.js';
import { dialects } from '../support/databases.js';
import { type Tenant, seedTenant } from '../support/tenants.js';

const until = async (what: string, ok: () => Promise<boolean>, ms = 10_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

for (const d of await dialects()) {
  describe(`background jobs of ccq serve (${d.name})`, { skip: d.skip }, () => {
    let ctx: Context;
    let t: Tenant;
    let hits = 0;
    const receiver = createServer((req, res) => {
      hits++;
      req.resume();
      req.on('end', () => res.writeHead(204).end());
    });
    let url = '';

    before(async () => {
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
      ctx = await openTestContext(d.name, { clock: steppingClock('2026-11-03T07:00:00.000Z').clock, webhookAllowPrivate: true });
      t = await seedTenant(ctx.deps, 'Jobs');
      const client = await callerFor(ctx.deps, 'admin4@jobs.example', t.clientId);
      const centre = await callerFor(ctx.deps, 'admin0@jobs.example', t.centreId);
      // A signed mandate whose client obligation was due a month ago.
      const content = {
        ...mandateTemplate(),
        obligations: [
          {
            id: 'forecast',
            title: 'Volume forecast',
            description: null,
            owner: 'client' as const,
            dueOn: '2026-10-01',
            recurrence: 'none' as const,
            leadTimeDays: 14,
            doneOn: null,
          },
        ],
      };
      const m = await createMandate(ctx.deps, client, { relationshipId: t.relationshipId, title: 'Jobs mandate', content });
      await signMandate(ctx.deps, client, m.mandate.id, { versionHash: m.current.hash });
      await signMandate(ctx.deps, centre, m.mandate.id, { versionHash: m.current.hash });
      await createWebhook(ctx.deps, centre, { url, events: ['obligation_overdue'] });
    });
    after(async () => {
      receiver.closeAllConnections();
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
      await ctx?.conn.close();
    });

    test('the check runs at start-up, the worker delivers, and closing the server stops both', async () => {
      const app = await createApp(ctx, { webRoot: null, background: { targetCheckMs: 3_600_000, webhookMs: 25 } });
      const client = await callerFor(ctx.deps, 'admin4@jobs.example', t.clientId);
      await until('the start-up target check', async () =>
        (await listNotifications(ctx.deps, client)).notifications.some((n) => n.kind === 'obligation_overdue'),
      );
      await until('the webhook delivery', async () => hits === 1);
      await app.close();

      // After close nothing runs: an event queued now stays pending.
      const rel = { id: t.relationshipId, clientOrganisationId: t.clientId, centreOrganisationId: t.centreId };
      const params = {
        mandateId: 'M',
        mandateTitle: 'Jobs mandate',
        obligationId: 'x',
        title: 'X',
        owner: 'client' as const,
        dueOn: '2026-09-01',
      };
      await ctx.deps.store.transaction((tx) => notify(tx, ctx.deps, rel, { kind: 'obligation_overdue', params }));
      await new Promise((r) => setTimeout(r, 150));
      assert.equal(hits, 1);
      const hooks = await ctx.deps.store.webhooks.activeOf(t.centreId);
      const log = await ctx.deps.store.webhooks.deliveries(hooks[0]!.id, { limit: 10 });
      assert.deepEqual(
        log.map((x) => x.status),
        ['pending', 'succeeded'],
      );
    });

    test('without the option (as in every other test) no job runs', async () => {
      const app = await createApp(ctx, { webRoot: null });
      await new Promise((r) => setTimeout(r, 100));
      await app.close();
      assert.equal(hits, 1);
    });
  });
}
