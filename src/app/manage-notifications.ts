// src/app/manage-notifications.ts — a user's notifications in the acting organisation: the list with unread marks, and marking them read

import { AppError } from '../domain/shared/errors.js';
import { type Caller, actingOrganisation } from './caller.js';
import type { Deps, NotificationView } from './ports.js';

export type NotificationList = { notifications: NotificationView[]; unread: number };

export type ListNotificationsOptions = { limit?: number | undefined };

/** The user's id; notifications are read per person, so the local operator (no user) has none. */
const readerOf = (caller: Caller): string => {
  actingOrganisation(caller);
  if (!caller.scope.userId) throw new AppError('CCQ_ERR_FORBIDDEN', 'Notifications are read by a signed-in person');
  return caller.scope.userId;
};

/**
 * The acting organisation's notifications about the relationships whose mandates the caller may
 * read, newest first, each with whether this user has read it, and how many are unread in all.
 */
export const listNotifications = async (deps: Deps, caller: Caller, o: ListNotificationsOptions = {}): Promise<NotificationList> => {
  const userId = readerOf(caller);
  const limit = Math.min(Math.max(o.limit ?? 50, 1), 200);
  const [notifications, unread] = await Promise.all([
    deps.store.notifications.list(caller.scope, { userId, limit }),
    deps.store.notifications.unreadCount(caller.scope, userId),
  ]);
  return { notifications, unread };
};

/** Marks one notification read for the caller; one the caller cannot see is "not found". */
export const markNotificationRead = async (deps: Deps, caller: Caller, id: string): Promise<{ unread: number }> => {
  const userId = readerOf(caller);
  const n = await deps.store.notifications.findById(caller.scope, id);
  if (!n) throw new AppError('CCQ_ERR_NOTIFICATION_NOT_FOUND');
  await deps.store.notifications.markRead(userId, [n.id], deps.clock().toISOString());
  return { unread: await deps.store.notifications.unreadCount(caller.scope, userId) };
};

/** Marks every notification the caller sees in the acting organisation read. */
export const markAllNotificationsRead = async (deps: Deps, caller: Caller): Promise<{ marked: number; unread: number }> => {
  const userId = readerOf(caller);
  const unread = (await deps.store.notifications.list(caller.scope, { userId, limit: 100_000 })).filter((n) => n.readAt === null);
  await deps.store.notifications.markRead(
    userId,
    unread.map((n) => n.id),
    deps.clock().toISOString(),
  );
  return { marked: unread.length, unread: await deps.store.notifications.unreadCount(caller.scope, userId) };
};
