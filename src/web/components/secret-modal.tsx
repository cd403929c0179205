// src/web/components/secret-modal.tsx — a secret shown once (API token, webhook signing key) with a copy button

import { Alert, Button, CopyButton, Group, Modal, Stack, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../lib/i18n.js';
import { IconAlert, IconCheck, IconCopy } from './icons.js';

/**
 * A new secret (an API token, a webhook's signing key), shown this one time with a copy button;
 * closing the dialog forgets it. `children` explain how the secret is used.
 */
export function SecretModal({
  secret,
  onClose,
  title,
  warning,
  label,
  children,
}: {
  secret: string | null;
  onClose: () => void;
  title: string;
  warning: string;
  label: string;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Modal opened={secret !== null} onClose={onClose} title={title} centered size="lg" closeOnClickOutside={false}>
      {secret && (
        <Stack>
          <Alert color="orange" variant="light" icon={<IconAlert />} role="alert">
            {warning}
          </Alert>
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              label={label}
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
          {children}
          <Group justify="flex-end" mt="xs">
            <Button onClick={onClose}>{t.tokens.done}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
