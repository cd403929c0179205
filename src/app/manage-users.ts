// src/app/manage-users.ts — accounts: create, list, disable, set password, change own preferences

import { authorize } from '../domain/access/can.js';
import { type Locale, type User, normaliseEmail } from '../domain/organisations/model.js';
import { AppError } from '../domain/shared/errors.js';
import { definedOnly } from '../domain/shared/patch.js';
import { type Caller, recordChange } from './caller.js';
import type { Deps, StoredUser } from './ports.js';

export const MIN_PASSWORD_LENGTH = 12;

const publicUser = ({ passwordHash: _, ...u }: StoredUser): User => u;

export const checkPassword = (password: string): void => {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new AppError('CCQ_ERR_VALIDATION', `The password must have at least ${MIN_PASSWORD_LENGTH} characters`, [
      { path: 'password', message: `at least ${MIN_PASSWORD_LENGTH} characters` },
    ]);
};

export type CreateUserOptions = {
  email: string;
  displayName?: string | undefined;
  password?: string | undefined;
  platformAdmin?: boolean | undefined;
  locale?: Locale | undefined;
};

/** Creates an account (a platform administrator's act). Without a password the account cannot sign in yet. */
export const createUser = async (deps: Deps, caller: Caller, o: CreateUserOptions): Promise<User> => {
  authorize(caller.scope, 'user:manage', { type: 'platform' }, 'CCQ_ERR_NOT_FOUND');
  return insertUser(deps, caller, o);
};

/** Inserts an account; callers have already decided the actor may. */
export const insertUser = async (deps: Deps, caller: Caller, o: CreateUserOptions): Promise<User> => {
  const email = normaliseEmail(o.email);
  if (o.password !== undefined) checkPassword(o.password);
  const passwordHash = o.password !== undefined ? await deps.hasher.hash(o.password) : null;
  return deps.store.transaction(async (tx) => {
    if (await tx.users.findByEmail(email))
      throw new AppError('CCQ_ERR_EMAIL_TAKEN', undefined, [{ path: 'email', message: 'already in use' }]);
    const user: StoredUser = {
      id: deps.ids(),
      email,
      displayName: o.displayName?.trim() || email.split('@')[0] || email,
      locale: o.locale ?? 'sv',
      platformAdmin: o.platformAdmin ?? false,
      disabled: false,
      createdAt: deps.clock().toISOString(),
      passwordHash,
    };
    await tx.users.insert(user);
    await recordChange(tx, deps, caller, {
      organisationIds: [],
      entity: 'user',
      entityId: user.id,
      action: 'create',
      before: null,
      after: publicUser(user),
    });
    return publicUser(user);
  });
};

export const listUsers = (deps: Deps, caller: Caller): Promise<User[]> => {
  authorize(caller.scope, 'user:manage', { type: 'platform' }, 'CCQ_ERR_NOT_FOUND');
  return deps.store.users.list(caller.scope);
};

/** Looks a user up by id or email, for platform administrators. */
export const findUser = async (deps: Deps, caller: Caller, idOrEmail: string): Promise<User> => {
  authorize(caller.scope, 'user:manage', { type: 'platform' }, 'CCQ_ERR_NOT_FOUND');
  const u = idOrEmail.includes('@')
    ? await deps.store.users.findByEmail(normaliseEmail(idOrEmail))
    : await deps.store.users.findById(idOrEmail);
  if (!u) throw new AppError('CCQ_ERR_USER_NOT_FOUND');
  return publicUser(u);
};

/** Changes an account; disabling it also ends its sessions at once. */
export const updateUser = async (
  deps: Deps,
  caller: Caller,
  id: string,
  patch: { disabled?: boolean | undefined; platformAdmin?: boolean | undefined; displayName?: string | undefined },
): Promise<User> => {
  authorize(caller.scope, 'user:manage', { type: 'platform' }, 'CCQ_ERR_NOT_FOUND');
  return deps.store.transaction(async (tx) => {
    const before = await tx.users.findById(id);
    if (!before) throw new AppError('CCQ_ERR_USER_NOT_FOUND');
    if (caller.scope.userId === id && (patch.disabled || patch.platformAdmin === false))
      throw new AppError('CCQ_ERR_CONFLICT', 'You cannot disable yourself or drop your own administrator right');
    const clean = definedOnly(patch);
    await tx.users.update(id, clean, deps.clock().toISOString());
    if (patch.disabled) await tx.sessions.deleteForUser(id);
    const after = { ...publicUser(before), ...clean } as User;
    await recordChange(tx, deps, caller, {
      organisationIds: [],
      entity: 'user',
      entityId: id,
      action: 'update',
      before: publicUser(before),
      after,
    });
    return after;
  });
};

/** Sets a new password (operator or platform administrator) and ends the user's sessions. */
export const setPassword = async (deps: Deps, caller: Caller, id: string, password: string): Promise<void> => {
  authorize(caller.scope, 'user:manage', { type: 'platform' }, 'CCQ_ERR_NOT_FOUND');
  checkPassword(password);
  const hash = await deps.hasher.hash(password);
  await deps.store.transaction(async (tx) => {
    if (!(await tx.users.findById(id))) throw new AppError('CCQ_ERR_USER_NOT_FOUND');
    await tx.users.update(id, { passwordHash: hash }, deps.clock().toISOString());
    await tx.sessions.deleteForUser(id);
  });
};

/** A user's own preferences (language, display name). */
export const updateMe = async (
  deps: Deps,
  userId: string,
  patch: { locale?: Locale | undefined; displayName?: string | undefined },
): Promise<void> => {
  const clean = definedOnly(patch);
  if (Object.keys(clean).length) await deps.store.users.update(userId, clean, deps.clock().toISOString());
};
