// src/web/mandates/new-mandate-modal.tsx — start a relationship's mandate: the server drafts version 1 from the ISO 18295-2 template

import { NativeSelect, Text } from '@mantine/core';
import { useState } from 'react';
import type { TMandate } from '../../contracts/mandates.js';
import type { TRelationship } from '../../contracts/organisations.js';
import { FormModal, TextField, useFormSubmit } from '../components/form-modal.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import type { MandateView } from './mandate-view.js';

export function NewMandateModal({
  opened,
  onClose,
  onCreated,
  relationships,
  mandates,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (v: MandateView) => void;
  relationships: TRelationship[];
  mandates: TMandate[];
}) {
  const { t, locale } = useI18n();
  const c = t.mandates.create;
  const withMandate = new Set(mandates.map((m) => m.relationshipId));
  const choices = [...relationships]
    .filter((r) => r.status === 'active')
    .sort((a, b) => Number(withMandate.has(a.id)) - Number(withMandate.has(b.id)) || a.name.localeCompare(b.name, locale));
  const [picked, setPicked] = useState('');
  const [title, setTitle] = useState('');
  // The first relationship without a mandate is the likely choice.
  const relationshipId = picked || (choices.find((r) => !withMandate.has(r.id))?.id ?? '');

  const form = useFormSubmit(async () => {
    const v = await api.post<MandateView>('/api/v1/mandates', { relationshipId, title: title.trim() });
    setPicked('');
    setTitle('');
    onCreated(v);
  });

  return (
    <FormModal opened={opened} title={c.title} form={form} submitLabel={t.common.create} onClose={onClose}>
      <Text size="sm" c="dimmed">
        {c.intro}
      </Text>
      {choices.length === 0 ? (
        <Text size="sm">{c.noRelationships}</Text>
      ) : (
        <NativeSelect
          label={c.relationship}
          value={relationshipId}
          onChange={(e) => setPicked(e.currentTarget.value)}
          data={[
            { value: '', label: c.pickRelationship },
            ...choices.map((r) => ({ value: r.id, label: withMandate.has(r.id) ? c.hasMandate(r.name) : r.name })),
          ]}
          error={form.issues.relationshipId}
          withAsterisk
          data-autofocus
        />
      )}
      <TextField
        label={`${c.titleLabel} (${t.common.optional})`}
        description={c.titleHint}
        value={title}
        onValue={setTitle}
        error={form.issues.title}
        maxLength={200}
      />
    </FormModal>
  );
}
