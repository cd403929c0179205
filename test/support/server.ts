// test/support/server.ts — a real ccq server on a random port over a fresh SQLite file, for browser tests

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Context, openContext } from '../../src/main/context.js';
import { createApp, defaultWebRoot, loadDemoIfEmpty } from '../../src/main/server.js';
import { fastHasher } from './context.js';

/** `ctx` lets a test put data in place through the use-cases (an import of known calls) before the browser looks. */
export type TestServer = { url: string; ctx: Context; close: () => Promise<void> };

/** Starts the server with the built web app (run `vite build` first; `npm test` does) and optional demo data. */
export const startTestServer = async (o: { demo?: boolean } = {}): Promise<TestServer> => {
  const dir = mkdtempSync(join(tmpdir(), 'ccq-e2e-'));
  // Browser tests receive webhooks on 127.0.0.1, which a real server refuses to reach.
  const ctx = await openContext({ databaseUrl: `sqlite:${join(dir, 'ccq.db')}`, hasher: fastHasher, webhookAllowPrivate: true });
  if (o.demo) await loadDemoIfEmpty(ctx);
  const app = await createApp(ctx, { webRoot: defaultWebRoot });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    ctx,
    close: async () => {
      await app.close();
      await ctx.conn.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
