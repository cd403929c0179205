// src/adapters/webhooks/address-guard.test.ts — webhooks reach public addresses only: loopback, private and metadata addresses are refused before any connection

import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { refusedAddress } from './address-guard.js';
import { httpWebhookTransport } from './http-transport.js';

test('special-purpose addresses are refused, public ones pass', () => {
  for (const a of [
    '127.0.0.1',
    '10.1.2.3',
    '172.20.0.5',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    'fe80::1',
    'fd00::5',
    '::ffff:10.0.0.1',
    '::ffff:127.0.0.1',
  ])
    assert.ok(refusedAddress(a), a);
  for (const a of ['8.8.8.8', '193.10.5.1', '172.32.0.1', '2a00:1450:4001:80b::200e', '::ffff:8.8.4.4'])
    assert.equal(refusedAddress(a), null, a);
});

test('a webhook to a local receiver is refused unless private addresses are allowed; the refusal says why', async () => {
  let hits = 0;
  const server = createServer((_req, res) => {
    hits += 1;
    res.writeHead(204).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const port = (server.address() as AddressInfo).port;
    const post = { headers: { 'content-type': 'application/json' }, body: '{}' };
    const guarded = httpWebhookTransport({ timeoutMs: 2000, allowPrivate: false });
    const byIp = await guarded.post({ url: `http://127.0.0.1:${port}/hook`, ...post });
    assert.equal(byIp.statusCode, null);
    assert.match(byIp.error ?? '', /127\.0\.0\.1 is a local or private address/);
    // A name is judged by what it resolves to, at connect time.
    const byName = await guarded.post({ url: `http://localhost:${port}/hook`, ...post });
    assert.equal(byName.statusCode, null);
    assert.match(byName.error ?? '', /is a local or private address/);
    assert.equal(hits, 0, 'nothing reached the receiver');
    const open = await httpWebhookTransport({ timeoutMs: 2000, allowPrivate: true }).post({
      url: `http://127.0.0.1:${port}/hook`,
      ...post,
    });
    assert.deepEqual([open.statusCode, open.error, hits], [204, null, 1]);
  } finally {
    server.close();
  }
});
