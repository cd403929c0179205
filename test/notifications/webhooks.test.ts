// test/notifications/webhooks.test.ts — outgoing webhooks against a real local receiver: HMAC signatures verified, retries with growing backoff, giving up, the delivery log, the notification API and tenancy

import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { type IncomingHttpHeaders, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { deliverDueWebhooks, pruneDeliveryLog } from '../../src/app/deliver-webhooks.js';
import { notify } from '../../src/app/notify.js';
import { createMandate, signMandate } from '../../src/app/manage-mandates.js';
import { sendTestEvent } from '../../src/app/manage-webhooks.js';
import { verifySignature } from '../../src/domain/notifications/webhook.js';
import type { Context } from '../../src/main/context.js';
import { createApp } from '../../src/main/server.js';
import { callerFor, openTestContext, steppingClock } from '../support/context.js';
import { dialects } from '../support/databases.js';
import { type HttpClient, signInAs } from '../support/http.js';
import { TEST_PASSWORD, type Tenant, seedTenant } from '../support/tenants.js';

type Received = { path: string; headers: IncomingHttpHeaders; body: string };

/** A webhook receiver on 127.0.0.1: answers 204, or 503 under /fail; keeps every request it got. */
const startReceiver = async () => {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => {
      body += c;
    });
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body });
      res.statusCode = req.url?.startsWith('/fail') ? 503 : 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

const hmac = (key: string, message: string) => createHmac('sha256', key).update(message, 'utf8').digest('hex');

for (const d of await dialects()) {
  describe(`outgoing webhooks (${d.name})`, { skip: d.skip }, () => {
    let ctx: Context;
    let app: FastifyInstance;
    let receiver: Awaited<ReturnType<typeof startReceiver>>;
    let clock: ReturnType<typeof steppingClock>;
    let hook: Tenant;
    let other: Tenant;
    let centreAdmin: HttpClient;
    let clientAdmin: HttpClient;
    let clientManager: HttpClient;
    let qualityManager: HttpClient;
    let otherAdmin: HttpClient;
    let webhookId = '';
    let secret = '';
    const nowSeconds = () => Math.floor(clock.clock().getTime() / 1000);

    before(async () => {
      clock = steppingClock('2026-11-03T07:00:00.000Z');
      ctx = await openTestContext(d.name, { clock: clock.clock, webhookAllowPrivate: true });
      hook = await seedTenant(ctx.deps, 'Hook');
      other = await seedTenant(ctx.deps, 'Other');
      receiver = await startReceiver();
      app = await createApp(ctx, { webRoot: null });
      centreAdmin = await signInAs(app, 'admin0@hook.example', TEST_PASSWORD);
      qualityManager = await signInAs(app, 'quality_manager1@hook.example', TEST_PASSWORD);
      clientAdmin = await signInAs(app, 'admin4@hook.example', TEST_PASSWORD);
      clientManager = await signInAs(app, 'client_manager5@hook.example', TEST_PASSWORD);
      otherAdmin = await signInAs(app, 'admin0@other.example', TEST_PASSWORD);
    });
    after(async () => {
      await app?.close();
      await receiver?.close();
      await ctx?.conn.close();
    });

    test('an administrator adds a webhook; the secret is shown once; other roles and bad addresses are refused', async () => {
      const res = await centreAdmin.request('POST', '/api/v1/webhooks', { url: `${receiver.url}/ccq`, description: 'Ärendesystem' });
      assert.equal(res.statusCode, 201, res.body);
      const created = res.json() as { webhook: { id: string; url: string; events: string[] }; secret: string };
      assert.match(created.secret, /^whsec_[A-Za-z0-9_-]{43}$/);
      assert.deepEqual([created.webhook.url, created.webhook.events], [`${receiver.url}/ccq`, []]);
      webhookId = created.webhook.id;
      secret = created.secret;
      // Only target misses go to this one.
      const filtered = await centreAdmin.request('POST', '/api/v1/webhooks', { url: `${receiver.url}/misses`, events: ['target_missed'] });
      assert.equal(filtered.statusCode, 201);

      const list = await centreAdmin.request('GET', '/api/v1/webhooks');
      assert.equal(list.statusCode, 200);
      assert.deepEqual(
        (list.json() as { url: string }[]).map((w) => w.url),
        [`${receiver.url}/ccq`, `${receiver.url}/misses`],
      );
      assert.ok(!list.body.includes(secret), 'the secret is never listed');

      assert.equal((await qualityManager.request('GET', '/api/v1/webhooks')).statusCode, 403);
      assert.equal((await qualityManager.request('POST', '/api/v1/webhooks', { url: `${receiver.url}/x` })).statusCode, 403);
      assert.equal((await qualityManager.request('GET', `/api/v1/webhooks/${webhookId}/deliveries`)).statusCode, 404);
      for (const url of ['ftp://example.com/hook', 'not an address', 'https://user:pw@example.com/hook']) {
        const bad = await centreAdmin.request('POST', '/api/v1/webhooks', { url });
        assert.equal(bad.statusCode, 400, url);
        assert.equal((bad.json() as { error: { issues: { path: string }[] } }).error.issues[0]?.path, 'url');
      }
    });

    test('events of the mandate reach the receiver signed with the secret, once each, and are logged', async () => {
      const centre = await callerFor(ctx.deps, 'admin0@hook.example', hook.centreId);
      const client = await callerFor(ctx.deps, 'admin4@hook.example', hook.clientId);
      const m = await createMandate(ctx.deps, client, { relationshipId: hook.relationshipId, title: 'Hook mandate' });
      await signMandate(ctx.deps, client, m.mandate.id, { versionHash: m.current.hash });
      await signMandate(ctx.deps, centre, m.mandate.id, { versionHash: m.current.hash });

      const run = await deliverDueWebhooks(ctx.deps);
      assert.deepEqual(run, { attempted: 2, succeeded: 2, retrying: 0, gaveUp: 0 });
      assert.deepEqual(await deliverDueWebhooks(ctx.deps), { attempted: 0, succeeded: 0, retrying: 0, gaveUp: 0 });
      assert.equal(receiver.received.filter((r) => r.path === '/misses').length, 0, 'the filtered webhook got nothing');
      const got = receiver.received.filter((r) => r.path === '/ccq');
      assert.equal(got.length, 2);
      const log = (await centreAdmin.request('GET', `/api/v1/webhooks/${webhookId}/deliveries`)).json() as {
        id: string;
        eventKind: string;
        status: string;
        attempts: number;
        lastStatusCode: number;
        lastAttemptAt: string;
      }[];
      assert.deepEqual(log.map((x) => x.eventKind).sort(), ['mandate_awaiting_signature', 'mandate_signed']);
      for (const r of got) {
        const signature = String(r.headers['x-ccq-signature']);
        assert.match(signature, /^t=\d+,v1=[0-9a-f]{64}$/);
        assert.equal(verifySignature({ header: signature, body: r.body, secret, nowSeconds: nowSeconds(), hmac }), true);
        assert.equal(verifySignature({ header: signature, body: `${r.body} `, secret, nowSeconds: nowSeconds(), hmac }), false);
        assert.equal(verifySignature({ header: signature, body: r.body, secret: 'whsec_wrong', nowSeconds: nowSeconds(), hmac }), false);
        const body = JSON.parse(r.body) as {
          id: string;
          type: string;
          organisationId: string;
          relationshipId: string;
          data: { mandateId: string };
        };
        assert.equal(r.headers['x-ccq-event'], body.type);
        assert.equal(r.headers['content-type'], 'application/json');
        assert.deepEqual(
          [body.organisationId, body.relationshipId, body.data.mandateId],
          [hook.centreId, hook.relationshipId, m.mandate.id],
        );
        const entry = log.find((x) => x.id === r.headers['x-ccq-delivery']);
        assert.deepEqual([entry?.eventKind, entry?.status, entry?.attempts, entry?.lastStatusCode], [body.type, 'succeeded', 1, 204]);
      }
    });

    test('a test event is sent at once, signed, and logged', async () => {
      const res = await centreAdmin.request('POST', `/api/v1/webhooks/${webhookId}/test`, {});
      assert.equal(res.statusCode, 200, res.body);
      const delivery = res.json() as { id: string; eventKind: string; status: string; attempts: number; lastDurationMs: number };
      assert.deepEqual([delivery.eventKind, delivery.status, delivery.attempts], ['webhook_test', 'succeeded', 1]);
      const r = receiver.received.at(-1);
      assert.equal(r?.headers['x-ccq-delivery'], delivery.id);
      assert.equal(
        verifySignature({ header: String(r?.headers['x-ccq-signature']), body: r?.body ?? '', secret, nowSeconds: nowSeconds(), hmac }),
        true,
      );
    });

    test('notifications over the API: listed newest first with an unread count, read per person', async () => {
      const res = await clientAdmin.request('GET', '/api/v1/notifications');
      assert.equal(res.statusCode, 200);
      const list = res.json() as { notifications: { id: string; kind: string; readAt: string | null }[]; unread: number };
      assert.deepEqual(
        list.notifications.map((n) => n.kind),
        ['mandate_signed', 'mandate_awaiting_signature'],
      );
      assert.equal(list.unread, 2);
      const read = await clientAdmin.request('POST', `/api/v1/notifications/${list.notifications[0]!.id}/read`, {});
      assert.deepEqual(read.json(), { unread: 1 });
      const again = (await clientAdmin.request('GET', '/api/v1/notifications')).json() as typeof list;
      assert.ok(again.notifications[0]?.readAt);
      assert.equal(again.notifications[1]?.readAt, null);
      assert.deepEqual((await clientAdmin.request('POST', '/api/v1/notifications/read-all', {})).json(), { marked: 1, unread: 0 });
      // Another person of the same organisation has read nothing.
      assert.equal(((await clientManager.request('GET', '/api/v1/notifications')).json() as typeof list).unread, 2);
    });

    test('another tenant sees none of the notifications, webhooks or deliveries, and cannot touch them', async () => {
      const hookNotification = ((await clientAdmin.request('GET', '/api/v1/notifications')).json() as { notifications: { id: string }[] })
        .notifications[0]!.id;
      const lists = [await otherAdmin.request('GET', '/api/v1/notifications'), await otherAdmin.request('GET', '/api/v1/webhooks')];
      for (const res of lists) {
        assert.equal(res.statusCode, 200);
        for (const id of [...hook.ids, webhookId, hookNotification]) assert.ok(!res.body.includes(id), `leaked ${id}: ${res.body}`);
      }
      assert.deepEqual((lists[0]!.json() as { unread: number }).unread, 0);
      for (const [method, url] of [
        ['GET', `/api/v1/webhooks/${webhookId}/deliveries`],
        ['POST', `/api/v1/webhooks/${webhookId}/test`],
        ['DELETE', `/api/v1/webhooks/${webhookId}`],
        ['POST', `/api/v1/notifications/${hookNotification}/read`],
      ] as const) {
        const res = await otherAdmin.request(method, url, method === 'GET' ? undefined : {});
        assert.equal(res.statusCode, 404, `${method} ${url}`);
        assert.ok(!res.body.includes(webhookId) && !res.body.includes(hookNotification), 'the error does not echo the id');
        const asHook = await otherAdmin.request(method, url, method === 'GET' ? undefined : {}, { 'x-ccq-org': hook.centreId });
        assert.equal(asHook.statusCode, 404);
      }
      assert.equal(((await clientManager.request('GET', '/api/v1/notifications')).json() as { unread: number }).unread, 2);
      assert.ok(other.ids.length > 0);
    });

    test('an administrator pauses a webhook (nothing is queued or sent), changes it, and resumes it; the secret stays', async () => {
      const url = `/api/v1/webhooks/${webhookId}`;
      const paused = await centreAdmin.request('PATCH', url, { active: false });
      assert.equal(paused.statusCode, 200, paused.body);
      assert.equal((paused.json() as { active: boolean }).active, false);
      const logged = async () => ((await centreAdmin.request('GET', `${url}/deliveries`)).json() as unknown[]).length;
      const before = await logged();
      const rel = { id: hook.relationshipId, clientOrganisationId: hook.clientId, centreOrganisationId: hook.centreId };
      const params = {
        mandateId: 'M',
        mandateTitle: 'Hook mandate',
        obligationId: 'paused',
        title: 'P',
        owner: 'client' as const,
        dueOn: '2026-09-01',
      };
      await ctx.deps.store.transaction((tx) => notify(tx, ctx.deps, rel, { kind: 'obligation_overdue', params }));
      assert.equal(await logged(), before, 'no delivery is queued for a paused webhook');
      const changed = await centreAdmin.request('PATCH', url, {
        url: `${receiver.url}/moved`,
        events: ['target_missed'],
        description: 'Nytt system',
      });
      assert.equal(changed.statusCode, 200, changed.body);
      assert.deepEqual(
        [changed.json().url, changed.json().events, changed.json().description, changed.json().active],
        [`${receiver.url}/moved`, ['target_missed'], 'Nytt system', false],
      );
      assert.equal((await centreAdmin.request('PATCH', url, { url: 'ftp://example.com' })).statusCode, 400);
      // As for its delivery log, a role that may not manage webhooks does not see them at all.
      assert.equal((await qualityManager.request('PATCH', url, { active: true })).statusCode, 404);
      assert.equal((await otherAdmin.request('PATCH', url, { active: true })).statusCode, 404);
      const resumed = await centreAdmin.request('PATCH', url, { active: true, url: `${receiver.url}/ccq`, events: [] });
      assert.equal(resumed.json().active, true);
      // The same secret still signs: a test event verifies with it.
      const test = await centreAdmin.request('POST', `${url}/test`, {});
      assert.equal(test.json().status, 'succeeded');
      const last = receiver.received.at(-1);
      assert.ok(last);
      assert.equal(
        verifySignature({ header: last.headers['x-ccq-signature'] as string, body: last.body, secret, nowSeconds: nowSeconds(), hmac }),
        true,
      );
    });

    test('deleting a webhook removes it and its log', async () => {
      assert.equal((await centreAdmin.request('DELETE', `/api/v1/webhooks/${webhookId}`, {})).statusCode, 200);
      assert.equal((await centreAdmin.request('GET', `/api/v1/webhooks/${webhookId}/deliveries`)).statusCode, 404);
      const left = (await centreAdmin.request('GET', '/api/v1/webhooks')).json() as { id: string }[];
      assert.ok(!left.some((w) => w.id === webhookId));
    });

    test('a failing receiver is retried after 30 s, 2 min, 10 min, 1 h and 6 h, then given up', async () => {
      const created = (await centreAdmin.request('POST', '/api/v1/webhooks', { url: `${receiver.url}/fail` })).json() as {
        webhook: { id: string };
      };
      const first = await sendTestEvent(ctx.deps, await callerFor(ctx.deps, 'admin0@hook.example', hook.centreId), created.webhook.id);
      assert.deepEqual([first.status, first.attempts, first.lastStatusCode, first.lastError], ['failed', 1, 503, 'HTTP 503']);
      const waits: number[] = [];
      let last = first;
      for (const expected of [30_000, 120_000, 600_000, 3_600_000, 21_600_000]) {
        const wait = Date.parse(last.nextAttemptAt ?? '') - Date.parse(last.lastAttemptAt ?? '');
        waits.push(wait);
        assert.equal(wait, expected);
        // Not a moment early…
        clock.advance(wait - 1000);
        assert.equal((await deliverDueWebhooks(ctx.deps)).attempted, 0);
        clock.advance(1000);
        const run = await deliverDueWebhooks(ctx.deps);
        assert.equal(run.attempted, 1);
        const log = await ctx.deps.store.webhooks.deliveries(created.webhook.id, { limit: 10 });
        assert.equal(log.length, 1);
        last = log[0]!;
      }
      assert.deepEqual(waits, [30_000, 120_000, 600_000, 3_600_000, 21_600_000]);
      assert.deepEqual([last.status, last.attempts, last.nextAttemptAt], ['gave_up', 6, null]);
      assert.ok(last.finishedAt);
      clock.advance(86_400_000);
      assert.equal((await deliverDueWebhooks(ctx.deps)).attempted, 0, 'a delivery given up is never sent again');
      const attempts = receiver.received.filter((r) => r.path === '/fail');
      assert.equal(attempts.length, 6);
      assert.deepEqual([...new Set(attempts.map((r) => r.headers['x-ccq-delivery']))], [first.id]);
      assert.deepEqual([...new Set(attempts.map((r) => r.body))], [first.payload], 'every retry sends the same body');
      // The delivery log over the API (signed in afresh: a day has passed on the test clock).
      const admin = await signInAs(app, 'admin0@hook.example', TEST_PASSWORD);
      const log = (await admin.request('GET', `/api/v1/webhooks/${created.webhook.id}/deliveries`)).json() as {
        status: string;
        attempts: number;
        lastStatusCode: number;
        lastError: string;
        nextAttemptAt: string | null;
      }[];
      assert.deepEqual(
        log.map((x) => [x.status, x.attempts, x.lastStatusCode, x.lastError, x.nextAttemptAt]),
        [['gave_up', 6, 503, 'HTTP 503', null]],
      );
    });

    test('housekeeping prunes finished deliveries after 90 days and keeps the rest', async () => {
      const hooks = await ctx.deps.store.webhooks.activeOf(hook.centreId);
      const count = async () => {
        let n = 0;
        for (const h of hooks) n += (await ctx.deps.store.webhooks.deliveries(h.id, { limit: 1000 })).length;
        return n;
      };
      const before = await count();
      assert.ok(before > 0);
      assert.equal(await pruneDeliveryLog(ctx.deps), 0, 'nothing finished 90 days ago yet');
      // One more event, left pending: it must survive however old it gets.
      await ctx.deps.store.transaction((tx) =>
        notify(
          tx,
          ctx.deps,
          { id: hook.relationshipId, clientOrganisationId: hook.clientId, centreOrganisationId: hook.centreId },
          {
            kind: 'obligation_overdue',
            params: {
              mandateId: 'M',
              mandateTitle: 'Hook mandate',
              obligationId: 'late',
              title: 'Late',
              owner: 'client',
              dueOn: '2026-09-01',
            },
          },
        ),
      );
      const pending = (await count()) - before;
      assert.ok(pending > 0);
      clock.advance(91 * 86_400_000);
      assert.equal(await pruneDeliveryLog(ctx.deps), before);
      assert.equal(await count(), pending);
    });
  });
}
