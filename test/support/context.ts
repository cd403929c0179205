// test/support/context.ts — a real database with the real use-cases, fast password hashing, and tenant fixtures

import { scryptHasher } from '../../src/adapters/auth/scrypt-hasher.js';
import type { Caller } from '../../src/app/caller.js';
import type { Deps } from '../../src/app/ports.js';
import { resolveScope } from '../../src/app/resolve-scope.js';
import { systemScope } from '../../src/domain/access/scope.js';
import type { Clock } from '../../src/domain/shared/clock.js';
import { type Context, contextFor } from '../../src/main/context.js';
import { type DialectName, openTestDatabase } from './databases.js';

/** scrypt at N = 2^10 keeps tests quick; the production parameters have their own test. */
export const fastHasher = scryptHasher({ log2N: 10, r: 8, p: 1 });

export const operator: Caller = { scope: systemScope, label: 'test:operator' };

/** `webhookAllowPrivate`: for tests whose webhook receiver listens on 127.0.0.1 (ccq refuses local addresses otherwise). */
export const openTestContext = async (
  dialect: DialectName = 'sqlite',
  o: { clock?: Clock; webhookAllowPrivate?: boolean } = {},
): Promise<Context> =>
  contextFor(await openTestDatabase(dialect), {
    hasher: fastHasher,
    ...(o.clock ? { clock: o.clock } : {}),
    ...(o.webhookAllowPrivate ? { webhookAllowPrivate: true } : {}),
  });

/** A caller acting as the given user in the given organisation. */
export const callerFor = async (deps: Deps, email: string, organisationId: string | null): Promise<Caller> => {
  const user = await deps.store.users.findByEmail(email);
  if (!user) throw new Error(`no user ${email}`);
  return { scope: (await resolveScope(deps.store, user, organisationId, deps.clock())).scope, label: email };
};

/** A stepping clock: starts at `start` and can be moved forward. */
export const steppingClock = (start = '2026-11-28T10:00:00.000Z') => {
  let now = new Date(start).getTime();
  const clock: Clock = () => new Date(now);
  const advance = (ms: number): void => {
    now += ms;
  };
  return { clock, advance };
};
