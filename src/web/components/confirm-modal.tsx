// src/web/components/confirm-modal.tsx — asks before an irreversible change (remove, revoke), with a red confirm button

import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useI18n } from '../lib/i18n.js';

/** Open while `text` is set; `busy` keeps the confirm button spinning while the change runs. */
export function ConfirmModal({
  title,
  text,
  confirmLabel,
  busy,
  onConfirm,
  onClose,
}: {
  title: string;
  text: string | null;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Modal opened={text !== null} onClose={onClose} title={title} centered>
      <Stack>
        <Text size="sm">{text}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t.common.cancel}
          </Button>
          <Button color="red" loading={busy} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
