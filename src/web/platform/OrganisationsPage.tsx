// src/web/platform/OrganisationsPage.tsx — a platform administrator lists and creates organisations

import { Badge, NativeSelect, Text } from '@mantine/core';
import { useState } from 'react';
import type { TOrganisation } from '../../contracts/organisations.js';
import { type OrganisationKind, organisationKinds } from '../../domain/organisations/model.js';
import { formatDate } from '../../i18n/index.js';
import { kindColor } from '../components/colors.js';
import { type Column, DataTable } from '../components/data-table.js';
import { FirstField, FormModal, TextField, useFormSubmit } from '../components/form-modal.js';
import { PageHeader } from '../components/layout.js';
import { AddButton, LoadedSection } from '../components/list-page.js';
import { useNotice } from '../components/notice.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { useLoad } from '../lib/use-load.js';

export function OrganisationsPage() {
  const { t, locale } = useI18n();
  const orgs = useLoad<TOrganisation[]>('/api/v1/admin/organisations');
  const [notice, showNotice] = useNotice();
  const [creating, setCreating] = useState(false);
  const list = [...(orgs.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, locale));

  const columns: Column<TOrganisation>[] = [
    {
      key: 'name',
      header: t.common.name,
      cell: (o) => (
        <Text size="sm" fw={500}>
          {o.name}
        </Text>
      ),
    },
    {
      key: 'kind',
      header: t.platform.kind,
      cell: (o) => (
        <Badge size="sm" variant="light" color={kindColor[o.kind]}>
          {t.kinds[o.kind]}
        </Badge>
      ),
    },
    { key: 'timeZone', header: t.platform.timeZone, cell: (o) => o.timeZone },
    { key: 'created', header: t.common.createdAt, tdProps: { className: 'ccq-nowrap' }, cell: (o) => formatDate(o.createdAt, locale) },
  ];

  return (
    <>
      <PageHeader
        title={t.platform.organisationsTitle}
        description={t.platform.organisationsIntro}
        actions={<AddButton onClick={() => setCreating(true)}>{t.platform.createOrganisation}</AddButton>}
      />
      {notice}
      <LoadedSection
        id="organisations"
        title={orgs.data ? t.platform.organisationCount(list.length) : t.platform.organisationsTitle}
        error={orgs.error}
        onRetry={orgs.reload}
      >
        <DataTable
          columns={columns}
          rows={orgs.data ? list : null}
          rowKey={(o) => o.id}
          empty={t.platform.noOrganisations}
          minWidth={600}
        />
      </LoadedSection>
      <CreateOrganisationModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(o) => {
          setCreating(false);
          showNotice(t.platform.organisationCreated(o.name));
          orgs.reload();
        }}
      />
    </>
  );
}

function CreateOrganisationModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (o: TOrganisation) => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganisationKind>('contact_centre');
  const [timeZone, setTimeZone] = useState('Europe/Stockholm');
  const form = useFormSubmit(async () => {
    const o = await api.post<TOrganisation>('/api/v1/admin/organisations', { name: name.trim(), kind, timeZone: timeZone.trim() });
    setName('');
    onCreated(o);
  });
  const { issues } = form;

  return (
    <FormModal opened={opened} title={t.platform.createOrganisation} form={form} submitLabel={t.common.create} onClose={onClose}>
      <FirstField label={t.common.name} value={name} onValue={setName} error={issues.name} />
      <NativeSelect
        label={t.platform.kind}
        value={kind}
        onChange={(e) => setKind(e.currentTarget.value as OrganisationKind)}
        data={organisationKinds.map((k) => ({ value: k, label: t.kinds[k] }))}
        error={issues.kind}
      />
      <TextField label={t.platform.timeZone} value={timeZone} onValue={setTimeZone} error={issues.timeZone} />
    </FormModal>
  );
}
