// src/web/webhooks/WebhooksPage.tsx — an organisation's administrators add, test and remove outgoing webhooks and read their delivery logs

import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { TWebhook, TWebhookDelivery } from '../../contracts/notifications.js';
import { formatDate } from '../../i18n/index.js';
import { ConfirmModal } from '../components/confirm-modal.js';
import { type Column, DataTable, dateColumn } from '../components/data-table.js';
import { PageHeader } from '../components/layout.js';
import { AddButton, LoadedSection, useRowAction } from '../components/list-page.js';
import { useNotice } from '../components/notice.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { useLoad } from '../lib/use-load.js';
import { CreateWebhookModal, DeliveriesModal, VerifyHelp, WebhookSecretModal } from './webhook-dialogs.js';

export function WebhooksPage() {
  const { t, locale } = useI18n();
  const hooks = useLoad<TWebhook[]>('/api/v1/webhooks');
  const [notice, showNotice] = useNotice();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [removing, setRemoving] = useState<TWebhook | null>(null);
  const [logOf, setLogOf] = useState<TWebhook | null>(null);
  const action = useRowAction();
  const list = hooks.data ?? [];

  const test = (w: TWebhook) =>
    action.run(w.id, async () => {
      const d = await api.post<TWebhookDelivery>(`/api/v1/webhooks/${encodeURIComponent(w.id)}/test`, {});
      const outcome = d.lastError ?? (d.lastStatusCode === null ? '' : `HTTP ${d.lastStatusCode}`);
      showNotice(t.webhooks.testResult(`${t.webhooks.statuses[d.status]}${outcome ? ` (${outcome})` : ''}`));
    });
  const setActive = (w: TWebhook, active: boolean) =>
    action.run(w.id, async () => {
      await api.patch<TWebhook>(`/api/v1/webhooks/${encodeURIComponent(w.id)}`, { active });
      showNotice(active ? t.webhooks.resumedNotice(w.url) : t.webhooks.pausedNotice(w.url));
      hooks.reload();
    });
  const remove = (w: TWebhook) =>
    action.run(w.id, async () => {
      try {
        await api.delete(`/api/v1/webhooks/${encodeURIComponent(w.id)}`, {});
      } finally {
        setRemoving(null);
      }
      showNotice(t.webhooks.removed(w.url));
      hooks.reload();
    });

  const columns: Column<TWebhook>[] = [
    {
      key: 'url',
      header: t.webhooks.url,
      cell: (w) => (
        <Stack gap={0}>
          <Text size="sm" fw={500} style={{ wordBreak: 'break-all' }}>
            {w.url}
          </Text>
          {w.description && (
            <Text size="xs" c="dimmed">
              {w.description}
            </Text>
          )}
          {!w.active && (
            <Badge size="sm" variant="light" color="yellow" w="fit-content">
              {t.webhooks.paused}
            </Badge>
          )}
        </Stack>
      ),
    },
    {
      key: 'events',
      header: t.webhooks.events,
      cell: (w) =>
        w.events.length === 0 ? (
          <Text size="sm">{t.webhooks.allEvents}</Text>
        ) : (
          <Group gap={4}>
            {w.events.map((k) => (
              <Badge key={k} size="sm" variant="light" color="gray">
                {t.webhooks.eventKinds[k]}
              </Badge>
            ))}
          </Group>
        ),
    },
    dateColumn(
      'created',
      t.common.createdAt,
      (w) => w.createdAt,
      (iso) => formatDate(iso, locale),
      t.common.none,
    ),
    {
      key: 'actions',
      header: t.common.actions,
      hiddenHeader: true,
      tdProps: { ta: 'right', className: 'ccq-nowrap' },
      cell: (w) => (
        <Group gap={6} justify="flex-end" wrap="nowrap">
          <Button
            size="compact-sm"
            variant="default"
            aria-label={t.webhooks.testOf(w.url)}
            loading={action.busyId === w.id}
            onClick={() => void test(w)}
          >
            {t.webhooks.test}
          </Button>
          <Button size="compact-sm" variant="default" aria-label={t.webhooks.logOf(w.url)} onClick={() => setLogOf(w)}>
            {t.webhooks.log}
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            aria-label={w.active ? t.webhooks.pauseOf(w.url) : t.webhooks.resumeOf(w.url)}
            disabled={action.busyId === w.id}
            onClick={() => void setActive(w, !w.active)}
          >
            {w.active ? t.webhooks.pause : t.webhooks.resume}
          </Button>
          <Button size="compact-sm" variant="default" color="red" aria-label={t.webhooks.removeOf(w.url)} onClick={() => setRemoving(w)}>
            {t.webhooks.remove}
          </Button>
        </Group>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t.webhooks.title}
        description={t.webhooks.intro}
        actions={<AddButton onClick={() => setCreating(true)}>{t.webhooks.add}</AddButton>}
      />
      {notice}
      {action.errorNode}
      <Stack gap="lg">
        <LoadedSection
          id="webhooks"
          title={hooks.data ? t.webhooks.count(list.length) : t.webhooks.title}
          error={hooks.error}
          onRetry={hooks.reload}
        >
          <DataTable columns={columns} rows={hooks.data ? list : null} rowKey={(w) => w.id} empty={t.webhooks.empty} minWidth={760} />
        </LoadedSection>
        <Paper withBorder radius="md" p="lg">
          <VerifyHelp />
        </Paper>
      </Stack>

      <CreateWebhookModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(created) => {
          setCreating(false);
          setSecret(created.secret);
          hooks.reload();
        }}
      />
      <WebhookSecretModal secret={secret} onClose={() => setSecret(null)} />
      <DeliveriesModal webhook={logOf} onClose={() => setLogOf(null)} />
      <ConfirmModal
        title={t.webhooks.removeTitle}
        text={removing && t.webhooks.removeConfirm(removing.url)}
        confirmLabel={t.webhooks.remove}
        busy={removing !== null && action.busyId === removing.id}
        onConfirm={() => removing && void remove(removing)}
        onClose={() => setRemoving(null)}
      />
    </>
  );
}
