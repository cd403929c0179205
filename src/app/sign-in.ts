// src/app/sign-in.ts — password sign-in, session checks with idle and absolute expiry, sign-out

import { normaliseEmail } from '../domain/organisations/model.js';
import { AppError } from '../domain/shared/errors.js';
import type { Deps, Session, StoredUser } from './ports.js';

export type SignInOptions = { email: string; password: string; ip: string | null; userAgent: string | null };
export type SignedIn = { token: string; session: Session; user: StoredUser };

const minutes = (n: number) => n * 60_000;

/** A fixed hash so that an unknown email costs as much time as a wrong password (no user probing). */
let decoyHash: Promise<string> | null = null;

/**
 * Checks the password and opens a session. Every failure — unknown email, wrong password, disabled
 * account, account without a password — gives the same CCQ_ERR_INVALID_CREDENTIALS. A hash made with
 * older parameters is replaced on success.
 */
export const signIn = async (deps: Deps, o: SignInOptions): Promise<SignedIn> => {
  const { store, hasher, secrets, clock, ids, sessionPolicy } = deps;
  const user = await store.users.findByEmail(normaliseEmail(o.email));
  if (!user?.passwordHash) {
    decoyHash ??= hasher.hash('decoy-password-for-timing');
    await hasher.verify(o.password, await decoyHash);
    throw new AppError('CCQ_ERR_INVALID_CREDENTIALS');
  }
  const check = await hasher.verify(o.password, user.passwordHash);
  if (!check.ok || user.disabled) throw new AppError('CCQ_ERR_INVALID_CREDENTIALS');
  const now = clock();
  if (check.needsRehash) await store.users.update(user.id, { passwordHash: await hasher.hash(o.password) }, now.toISOString());
  const token = secrets.randomToken();
  const session: Session = {
    id: ids(),
    userId: user.id,
    activeOrganisationId: null,
    csrfToken: secrets.randomToken(),
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + sessionPolicy.absoluteHours * 3_600_000).toISOString(),
  };
  await store.sessions.insert({ ...session, tokenHash: secrets.sha256(token), ip: o.ip, userAgent: o.userAgent });
  await store.sessions.deleteExpired(now.toISOString());
  return { token, session, user };
};

/**
 * Finds the live session behind a cookie token. Past its absolute expiry, or idle for longer than the
 * policy allows, the session is deleted and CCQ_ERR_SESSION_EXPIRED is thrown; a disabled user's
 * sessions end at once.
 */
export const authenticateSession = async (deps: Deps, token: string): Promise<{ session: Session; user: StoredUser }> => {
  const { store, secrets, clock, sessionPolicy } = deps;
  const session = await store.sessions.findByTokenHash(secrets.sha256(token));
  if (!session) throw new AppError('CCQ_ERR_SESSION_EXPIRED');
  const now = clock();
  const idleSince = new Date(session.lastSeenAt).getTime();
  if (now.toISOString() >= session.expiresAt || now.getTime() - idleSince > minutes(sessionPolicy.idleMinutes)) {
    await store.sessions.delete(session.id);
    throw new AppError('CCQ_ERR_SESSION_EXPIRED');
  }
  const user = await store.users.findById(session.userId);
  if (!user || user.disabled) {
    await store.sessions.delete(session.id);
    throw new AppError('CCQ_ERR_SESSION_EXPIRED');
  }
  // Renew the idle clock at most once a minute, so a busy page does not write on every request.
  if (now.getTime() - idleSince > 60_000) await store.sessions.touch(session.id, now.toISOString());
  return { session, user };
};

export const signOut = async (deps: Deps, token: string): Promise<void> => {
  const session = await deps.store.sessions.findByTokenHash(deps.secrets.sha256(token));
  if (session) await deps.store.sessions.delete(session.id);
};

/** Authenticates a personal API token (`ccq_...`); revoked, expired or unknown tokens are all "unauthenticated". */
export const authenticateApiToken = async (deps: Deps, token: string): Promise<StoredUser> => {
  const t = await deps.store.apiTokens.findByHash(deps.secrets.sha256(token));
  const now = deps.clock().toISOString();
  if (!t || t.revokedAt || (t.expiresAt && t.expiresAt <= now)) throw new AppError('CCQ_ERR_UNAUTHENTICATED', 'The API token is not valid');
  const user = await deps.store.users.findById(t.userId);
  if (!user || user.disabled) throw new AppError('CCQ_ERR_UNAUTHENTICATED', 'The API token is not valid');
  if (!t.lastUsedAt || Date.parse(now) - Date.parse(t.lastUsedAt) > 60_000) await deps.store.apiTokens.touch(t.id, now);
  return user;
};
