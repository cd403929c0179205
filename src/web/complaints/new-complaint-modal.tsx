// src/web/complaints/new-complaint-modal.tsx — registering a complaint received by phone, email, letter… (ISO 10002 receipt)

import { NativeSelect, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { TComplaint } from '../../contracts/complaints.js';
import type { TRelationship } from '../../contracts/organisations.js';
import { complaintCategories, complaintChannels } from '../../domain/complaints/complaint.js';
import { FormModal, TextField, useFormSubmit } from '../components/form-modal.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';

export function NewComplaintModal({
  opened,
  relationships,
  onClose,
  onCreated,
}: {
  opened: boolean;
  relationships: TRelationship[];
  onClose: () => void;
  onCreated: (c: TComplaint) => void;
}) {
  const { t } = useI18n();
  const tc = t.complaints;
  const [relationshipId, setRelationshipId] = useState(relationships[0]?.id ?? '');
  const [channel, setChannel] = useState<string>('voice');
  const [category, setCategory] = useState('');
  const [description, setDescription] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const form = useFormSubmit(async () => {
    const c = await api.post<TComplaint>('/api/v1/complaints', {
      relationshipId: relationshipId || relationships[0]?.id,
      channel,
      description,
      category: category || null,
      complainant: { name: name || null, email: email || null, phone: phone || null },
    });
    setDescription('');
    setName('');
    setEmail('');
    setPhone('');
    onCreated(c);
  });
  return (
    <FormModal opened={opened} title={tc.add} form={form} submitLabel={tc.add} onClose={onClose}>
      <NativeSelect
        label={tc.relationship}
        value={relationshipId}
        onChange={(e) => setRelationshipId(e.currentTarget.value)}
        data={relationships.map((r) => ({ value: r.id, label: r.name }))}
        error={form.issues.relationshipId}
      />
      <NativeSelect
        label={tc.channel}
        value={channel}
        onChange={(e) => setChannel(e.currentTarget.value)}
        data={complaintChannels.map((c) => ({ value: c, label: tc.channels[c] }))}
      />
      <Textarea
        label={tc.description}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        error={form.issues.description}
        autosize
        minRows={3}
        withAsterisk
        data-autofocus
      />
      <NativeSelect
        label={tc.category}
        value={category}
        onChange={(e) => setCategory(e.currentTarget.value)}
        data={[{ value: '', label: tc.none }, ...complaintCategories.map((c) => ({ value: c, label: tc.categories[c] }))]}
      />
      <TextField label={tc.name} value={name} onValue={setName} error={form.issues['complainant.name']} />
      <TextField label={tc.email} type="email" value={email} onValue={setEmail} error={form.issues['complainant.email']} />
      <TextField label={tc.phone} type="tel" value={phone} onValue={setPhone} error={form.issues['complainant.phone']} />
    </FormModal>
  );
}
