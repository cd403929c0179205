// src/web/notifications/NotificationBell.tsx — the header's bell: unread count, and a list of the acting organisation's notifications to open and mark read

import { ActionIcon, Box, Button, Group, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { TNotification, TNotificationList } from '../../contracts/notifications.js';
import { formatDateTime } from '../../i18n/index.js';
import { errorText } from '../components/errors.js';
import { IconBell, IconCheck } from '../components/icons.js';
import { can } from '../lib/access.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { href, navigate } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import { notificationText } from './notification-text.js';

const LIMIT = 30;
/** The unread count is refreshed this often while the app is open (the server's check runs hourly). */
const REFRESH_MS = 60_000;

function NotificationItem({ n, onOpen, onRead }: { n: TNotification; onOpen: () => void; onRead: () => void }) {
  const { t, locale } = useI18n();
  const text = notificationText(t, locale, n);
  const unread = n.readAt === null;
  return (
    <Group gap={8} wrap="nowrap" align="flex-start" px="sm" py={8} className="ccq-notification" data-unread={unread || undefined}>
      <Box
        mt={6}
        w={8}
        h={8}
        style={{ borderRadius: 4, flex: 'none', background: unread ? `var(--mantine-color-${text.tone}-6)` : 'transparent' }}
        aria-hidden="true"
      />
      <UnstyledButton
        component="a"
        href={href(text.to)}
        onClick={(e) => {
          e.preventDefault();
          onOpen();
        }}
        style={{ flex: 1, minWidth: 0 }}
      >
        <Text size="sm" fw={unread ? 650 : 500} lh={1.35}>
          {unread && <span className="ccq-visually-hidden">{t.notifications.unread}: </span>}
          {text.title}
        </Text>
        <Text size="xs" c="dimmed" lh={1.4}>
          {text.detail}
        </Text>
        <Text size="xs" c="dimmed" lh={1.4}>
          {text.context} · {formatDateTime(n.createdAt, locale)}
        </Text>
      </UnstyledButton>
      {unread && (
        <ActionIcon
          size="sm"
          variant="subtle"
          color="gray"
          onClick={onRead}
          aria-label={`${t.notifications.markRead}: ${text.title}`}
          title={t.notifications.markRead}
        >
          <IconCheck size={14} />
        </ActionIcon>
      )}
    </Group>
  );
}

/** Shown to roles that read mandates (every notification is about one); the list follows the acting organisation. */
export function NotificationBell() {
  const { t, locale } = useI18n();
  const { me, active } = useSession();
  const [opened, setOpened] = useState(false);
  const [list, setList] = useState<TNotificationList | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const orgId = me.activeOrganisationId;
  const enabled = can(active, 'mandate:read');

  const load = useCallback(async (isLive: () => boolean = () => true) => {
    try {
      const data = await api.get<TNotificationList>(`/api/v1/notifications?limit=${LIMIT}`);
      if (!isLive()) return;
      setList(data);
      setError(null);
    } catch (e) {
      if (isLive()) setError(e);
    }
  }, []);

  useEffect(() => {
    if (!enabled || !orgId) return;
    let live = true;
    setList(null);
    void load(() => live);
    const every = window.setInterval(() => void load(() => live), REFRESH_MS);
    return () => {
      live = false;
      window.clearInterval(every);
    };
  }, [enabled, orgId, load]);

  if (!enabled) return null;
  const unread = list?.unread ?? 0;

  const markRead = async (n: TNotification) => {
    if (n.readAt !== null) return;
    const r = await api.post<{ unread: number }>(`/api/v1/notifications/${encodeURIComponent(n.id)}/read`, {});
    setList(
      (l) =>
        l && {
          unread: r.unread,
          notifications: l.notifications.map((x) => (x.id === n.id ? { ...x, readAt: new Date().toISOString() } : x)),
        },
    );
  };
  const markAll = async () => {
    setBusy(true);
    try {
      await api.post('/api/v1/notifications/read-all', {});
      await load();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const open = (n: TNotification) => {
    setOpened(false);
    navigate(notificationText(t, locale, n).to);
    void markRead(n).catch(setError);
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={400} shadow="md" withinPortal trapFocus>
      <Popover.Target>
        <Indicator label={unread > 99 ? '99+' : unread} size={16} color="red" disabled={unread === 0} offset={4}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={t.notifications.open(unread)}
            aria-expanded={opened}
            onClick={() => {
              if (!opened) void load();
              setOpened((o) => !o);
            }}
          >
            <IconBell size={20} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0}>
        <Group justify="space-between" px="sm" py={8} className="ccq-section-head">
          <Text fw={600} size="sm">
            {t.notifications.title}
          </Text>
          <Button size="compact-xs" variant="subtle" onClick={() => void markAll()} loading={busy} disabled={unread === 0}>
            {t.notifications.markAllRead}
          </Button>
        </Group>
        {error !== null && (
          <Text c="red" size="sm" px="sm" py={6} role="alert">
            {errorText(t, error)}
          </Text>
        )}
        <ScrollArea.Autosize mah={440} type="auto">
          {list && list.notifications.length === 0 && (
            <Text size="sm" c="dimmed" p="sm">
              {t.notifications.empty}
            </Text>
          )}
          <Stack gap={0}>
            {list?.notifications.map((n) => (
              <NotificationItem key={n.id} n={n} onOpen={() => open(n)} onRead={() => void markRead(n).catch(setError)} />
            ))}
          </Stack>
          {list && list.notifications.length >= LIMIT && (
            <Text size="xs" c="dimmed" px="sm" py={6}>
              {t.notifications.more(LIMIT)}
            </Text>
          )}
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
