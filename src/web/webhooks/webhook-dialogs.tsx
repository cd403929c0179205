// src/web/webhooks/webhook-dialogs.tsx — adding a webhook, its secret shown once with how to verify signatures, and a webhook's delivery log

import { Button, Checkbox, Code, Group, List, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { TCreatedWebhook, TWebhookDelivery } from '../../contracts/notifications.js';
import { type NotificationKind, notificationKinds } from '../../domain/notifications/notification.js';
import type { DeliveryStatus } from '../../domain/notifications/webhook.js';
import { formatDateTime, formatNumber } from '../../i18n/index.js';
import { type Column, DataTable, StatusBadge, dateColumn } from '../components/data-table.js';
import { ErrorAlert } from '../components/errors.js';
import { FirstField, FormModal, TextField, useFormSubmit } from '../components/form-modal.js';
import { SecretModal } from '../components/secret-modal.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { useLoad } from '../lib/use-load.js';

export const deliveryColor: Record<DeliveryStatus, string> = { pending: 'gray', failed: 'orange', succeeded: 'teal', gave_up: 'red' };

export function CreateWebhookModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (created: TCreatedWebhook) => void;
}) {
  const { t } = useI18n();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<string[]>([]);
  const form = useFormSubmit(async () => {
    const created = await api.post<TCreatedWebhook>('/api/v1/webhooks', {
      url: url.trim(),
      description: description.trim() || null,
      events: events as NotificationKind[],
    });
    setUrl('');
    setDescription('');
    setEvents([]);
    onCreated(created);
  });
  const { issues } = form;
  return (
    <FormModal opened={opened} title={t.webhooks.add} form={form} submitLabel={t.common.create} onClose={onClose}>
      <FirstField
        label={t.webhooks.url}
        description={t.webhooks.urlHint}
        placeholder="https://"
        type="url"
        value={url}
        onValue={setUrl}
        error={issues.url}
      />
      <TextField
        label={t.webhooks.description}
        description={t.webhooks.descriptionHint}
        value={description}
        onValue={setDescription}
        error={issues.description}
      />
      <Checkbox.Group
        label={t.webhooks.events}
        description={t.webhooks.eventsHint}
        value={events}
        onChange={setEvents}
        error={issues.events}
      >
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} mt={8}>
          {notificationKinds.map((k) => (
            <Checkbox key={k} value={k} label={t.webhooks.eventKinds[k]} size="sm" />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
    </FormModal>
  );
}

/** How a receiver checks a delivery's signature; shown with the secret and on the page. */
export function VerifyHelp() {
  const { t } = useI18n();
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        {t.webhooks.verifyTitle}
      </Text>
      <List size="sm" spacing={4} type="ordered">
        <List.Item>{t.webhooks.verifyHeader}</List.Item>
        <List.Item>{t.webhooks.verifyHmac}</List.Item>
        <List.Item>{t.webhooks.verifyTime}</List.Item>
        <List.Item>{t.webhooks.verifyRetry}</List.Item>
      </List>
      <Code block>{'expected = hex(HMAC_SHA256(secret, t + "." + body))\nok = constant_time_equal(expected, v1) && |now - t| <= 300'}</Code>
      <Text size="xs" c="dimmed">
        {t.webhooks.retries}
      </Text>
    </Stack>
  );
}

/** The new webhook's secret, this one time, with the way to verify what it signs. */
export function WebhookSecretModal({ secret, onClose }: { secret: string | null; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <SecretModal
      secret={secret}
      onClose={onClose}
      title={t.webhooks.secretTitle}
      warning={t.webhooks.secretWarning}
      label={t.webhooks.secret}
    >
      <VerifyHelp />
    </SecretModal>
  );
}

/** A webhook's deliveries, newest first: event, status, attempts, the last answer or error, and the next attempt. */
export function DeliveriesModal({ webhook, onClose }: { webhook: { id: string; url: string } | null; onClose: () => void }) {
  const { t, locale } = useI18n();
  const log = useLoad<TWebhookDelivery[]>(webhook ? `/api/v1/webhooks/${encodeURIComponent(webhook.id)}/deliveries` : null);
  const instant = (iso: string) => formatDateTime(iso, locale);
  const columns: Column<TWebhookDelivery>[] = [
    { key: 'event', header: t.webhooks.event, cell: (d) => t.webhooks.eventKinds[d.eventKind] },
    dateColumn('created', t.webhooks.created, (d) => d.createdAt, instant, t.common.none),
    {
      key: 'status',
      header: t.common.status,
      cell: (d) => <StatusBadge color={deliveryColor[d.status]}>{t.webhooks.statuses[d.status]}</StatusBadge>,
    },
    { key: 'attempts', header: t.webhooks.attempts, tdProps: { ta: 'right' }, cell: (d) => formatNumber(d.attempts, locale) },
    {
      key: 'answer',
      header: t.webhooks.lastAnswer,
      cell: (d) => (
        <Stack gap={0}>
          <Text size="sm">{d.lastError ?? (d.lastStatusCode === null ? t.common.none : `HTTP ${d.lastStatusCode}`)}</Text>
          {d.lastDurationMs !== null && (
            <Text size="xs" c="dimmed">
              {t.webhooks.duration(formatNumber(d.lastDurationMs, locale))}
            </Text>
          )}
        </Stack>
      ),
    },
    dateColumn(
      'next',
      t.webhooks.nextAttempt,
      (d) => (d.status === 'failed' || d.status === 'pending' ? d.nextAttemptAt : null),
      instant,
      t.common.none,
    ),
  ];
  return (
    <Modal opened={webhook !== null} onClose={onClose} title={webhook ? t.webhooks.logTitle(webhook.url) : ''} size="xl" centered>
      <Stack>
        {log.error !== null ? (
          <ErrorAlert error={log.error} onRetry={log.reload} />
        ) : (
          <DataTable columns={columns} rows={log.data} rowKey={(d) => d.id} empty={t.webhooks.noDeliveries} minWidth={720} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={log.reload} loading={log.loading}>
            {t.common.retry}
          </Button>
          <Button onClick={onClose}>{t.common.close}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
