// src/web/tokens/token-dialogs.tsx — the dialog that creates an API token and the one that shows its secret once

import { NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { FirstField, FormModal, useFormSubmit } from '../components/form-modal.js';
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
