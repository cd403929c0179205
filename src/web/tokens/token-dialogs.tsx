// src/web/tokens/token-dialogs.tsx — the dialog that creates an API token and the one that shows its secret once

import { Alert, Button, CopyButton, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { FirstField, FormModal, useFormSubmit } from '../components/form-modal.js';
import { IconAlert, IconCheck, IconCopy } from '../components/icons.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';

/** Short-lived by default: a forgotten token should not work for ever. */
const DEFAULT_DAYS = '90';

export function CreateTokenModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (token: string) => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [days, setDays] = useState(DEFAULT_DAYS);
  const form = useFormSubmit(async () => {
    const body = { name: name.trim(), ...(days ? { expiresInDays: Number(days) } : {}) };
    const created = await api.post<{ token: string }>('/api/v1/me/api-tokens', body);
    setName('');
    setDays(DEFAULT_DAYS);
    onCreated(created.token);
  });
  const { issues } = form;

  return (
    <FormModal opened={opened} title={t.tokens.create} form={form} submitLabel={t.common.create} onClose={onClose}>
      <FirstField label={t.common.name} description={t.tokens.nameHint} value={name} onValue={setName} error={issues.name} />
      <NativeSelect
        label={t.tokens.expiry}
        value={days}
        onChange={(e) => setDays(e.currentTarget.value)}
        data={[
          { value: '30', label: t.tokens.days(30) },
          { value: '90', label: t.tokens.days(90) },
          { value: '365', label: t.tokens.oneYear },
          { value: '', label: t.tokens.noExpiry },
        ]}
        error={issues.expiresInDays}
      />
    </FormModal>
  );
}

/** The new token's secret, shown this one time with a copy button; closing the dialog forgets it. */
export function SecretModal({ secret, onClose }: { secret: string | null; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal opened={secret !== null} onClose={onClose} title={t.tokens.createdTitle} centered size="lg" closeOnClickOutside={false}>
      {secret && (
        <Stack>
          <Alert color="orange" variant="light" icon={<IconAlert />} role="alert">
            {t.tokens.secretWarning}
          </Alert>
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              label={t.tokens.secret}
              value={secret}
              readOnly
              flex={1}
              onFocus={(e) => e.currentTarget.select()}
              classNames={{ input: 'ccq-secret' }}
              data-autofocus
            />
            <CopyButton value={secret}>
              {({ copied, copy }) => (
                <Button
                  variant={copied ? 'light' : 'default'}
                  color={copied ? 'teal' : undefined}
                  leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  onClick={copy}
                >
                  {copied ? t.tokens.copied : t.tokens.copy}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Group justify="flex-end" mt="xs">
            <Button onClick={onClose}>{t.tokens.done}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
