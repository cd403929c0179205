// src/web/queues/queue-dialogs.tsx — the dialogs that add a queue and a site to the acting contact centre

import { NativeSelect } from '@mantine/core';
import { useState } from 'react';
import type { TQueue, TRelationship, TSite } from '../../contracts/organisations.js';
import { type Channel, channels } from '../../domain/organisations/model.js';
import { FirstField, FormModal, TextField, useFormSubmit } from '../components/form-modal.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';

type DialogProps<T> = { opened: boolean; onClose: () => void; onAdded: (added: T) => void };

/** `relationships` are those the centre serves; `sites` are the centre's own. */
export function AddQueueModal({
  opened,
  onClose,
  onAdded,
  relationships,
  sites,
}: DialogProps<TQueue> & { relationships: TRelationship[]; sites: TSite[] }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [channel, setChannel] = useState<Channel>('voice');
  const [relationshipId, setRelationshipId] = useState('');
  const [siteId, setSiteId] = useState('');
  const form = useFormSubmit(async () => {
    const body = { code: code.trim(), name: name.trim(), channel, relationshipId: relationshipId || null, siteId: siteId || null };
    const q = await api.post<TQueue>('/api/v1/queues', body);
    setCode('');
    setName('');
    onAdded(q);
  });
  const { issues } = form;
  const none = (label: string) => [{ value: '', label }];

  return (
    <FormModal opened={opened} title={t.queues.addQueue} form={form} submitLabel={t.common.add} onClose={onClose}>
      <FirstField
        label={t.home.queueCode}
        description={t.queues.codeHint}
        value={code}
        onValue={setCode}
        error={issues.code}
        spellCheck={false}
      />
      <TextField label={t.home.queueName} value={name} onValue={setName} error={issues.name} withAsterisk />
      <NativeSelect
        label={t.home.channel}
        value={channel}
        onChange={(e) => setChannel(e.currentTarget.value as Channel)}
        data={channels.map((c) => ({ value: c, label: t.channels[c] }))}
        error={issues.channel}
      />
      <NativeSelect
        label={t.home.relationship}
        value={relationshipId}
        onChange={(e) => setRelationshipId(e.currentTarget.value)}
        data={[...none(t.queues.noRelationship), ...relationships.map((r) => ({ value: r.id, label: r.name }))]}
        error={issues.relationshipId}
      />
      <NativeSelect
        label={t.queues.site}
        value={siteId}
        onChange={(e) => setSiteId(e.currentTarget.value)}
        data={[...none(t.queues.noSite), ...sites.map((s) => ({ value: s.id, label: s.name }))]}
        error={issues.siteId}
      />
    </FormModal>
  );
}

export function AddSiteModal({ opened, onClose, onAdded, organisationId }: DialogProps<TSite> & { organisationId: string }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [city, setCity] = useState('');
  const form = useFormSubmit(async () => {
    const body = { name: name.trim(), ...(city.trim() ? { city: city.trim() } : {}) };
    const s = await api.post<TSite>(`/api/v1/organisations/${encodeURIComponent(organisationId)}/sites`, body);
    setName('');
    setCity('');
    onAdded(s);
  });
  const { issues } = form;

  return (
    <FormModal opened={opened} title={t.queues.addSite} form={form} submitLabel={t.common.add} onClose={onClose}>
      <FirstField label={t.common.name} value={name} onValue={setName} error={issues.name} />
      <TextField label={`${t.home.city} (${t.common.optional})`} value={city} onValue={setCity} error={issues.city} />
    </FormModal>
  );
}
