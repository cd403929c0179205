// src/web/platform/OrganisationsPage.tsx — a platform administrator lists and creates organisations

import { Badge, Button, Group, Modal, NativeSelect, Skeleton, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { TOrganisation } from '../../contracts/organisations.js';
import { type OrganisationKind, organisationKinds } from '../../domain/organisations/model.js';
import { formatDate } from '../../i18n/index.js';
import { kindColor } from '../components/colors.js';
import { ErrorAlert, errorText, fieldIssues } from '../components/errors.js';
import { IconPlus } from '../components/icons.js';
import { Empty, PageHeader, Section } from '../components/layout.js';
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

  return (
    <>
      <PageHeader
        title={t.platform.organisationsTitle}
        description={t.platform.organisationsIntro}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t.platform.createOrganisation}
          </Button>
        }
      />
      {notice}
      {orgs.error !== null ? (
        <ErrorAlert error={orgs.error} onRetry={orgs.reload} />
      ) : (
        <Section id="organisations" title={orgs.data ? t.platform.organisationCount(list.length) : t.platform.organisationsTitle}>
          {!orgs.data ? (
            <Stack p="lg" gap="sm" aria-busy="true">
              <Skeleton h={28} />
              <Skeleton h={28} />
            </Stack>
          ) : list.length === 0 ? (
            <Empty>{t.platform.noOrganisations}</Empty>
          ) : (
            <Table.ScrollContainer minWidth={600}>
              <Table verticalSpacing="sm" horizontalSpacing="lg" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t.common.name}</Table.Th>
                    <Table.Th scope="col">{t.platform.kind}</Table.Th>
                    <Table.Th scope="col">{t.platform.timeZone}</Table.Th>
                    <Table.Th scope="col">{t.common.createdAt}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((o) => (
                    <Table.Tr key={o.id}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {o.name}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge size="sm" variant="light" color={kindColor[o.kind]}>
                          {t.kinds[o.kind]}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{o.timeZone}</Table.Td>
                      <Table.Td className="ccq-nowrap">{formatDate(o.createdAt, locale)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Section>
      )}
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const issues = fieldIssues(error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const o = await api.post<TOrganisation>('/api/v1/admin/organisations', { name: name.trim(), kind, timeZone: timeZone.trim() });
      setName('');
      onCreated(o);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t.platform.createOrganisation} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t.common.name}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={issues.name}
            withAsterisk
            data-autofocus
          />
          <NativeSelect
            label={t.platform.kind}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as OrganisationKind)}
            data={organisationKinds.map((k) => ({ value: k, label: t.kinds[k] }))}
            error={issues.kind}
          />
          <TextInput
            label={t.platform.timeZone}
            value={timeZone}
            onChange={(e) => setTimeZone(e.currentTarget.value)}
            error={issues.timeZone}
          />
          {error !== null && Object.keys(issues).length === 0 && (
            <Text c="red" size="sm" role="alert">
              {errorText(t, error)}
            </Text>
          )}
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose} type="button">
              {t.common.cancel}
            </Button>
            <Button type="submit" loading={busy}>
              {t.common.create}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
