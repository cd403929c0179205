// src/web/members/MembersPage.tsx — an organisation admin lists, adds, re-roles and removes members

import { ActionIcon, Badge, Button, Group, Modal, NativeSelect, Skeleton, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { TMember } from '../../contracts/organisations.js';
import { type Role, roleFitsKind, roles } from '../../domain/access/roles.js';
import { formatDate } from '../../i18n/index.js';
import { ErrorAlert, errorText, fieldIssues } from '../components/errors.js';
import { IconPlus, IconTrash } from '../components/icons.js';
import { Empty, PageHeader, Section } from '../components/layout.js';
import { useNotice } from '../components/notice.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';

export function MembersPage() {
  const { t, locale } = useI18n();
  const { me, active } = useSession();
  const orgId = active?.organisationId ?? null;
  const members = useLoad<TMember[]>(orgId ? `/api/v1/organisations/${encodeURIComponent(orgId)}/members` : null);
  const [notice, showNotice] = useNotice();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<TMember | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  if (!active) return null;
  const roleOptions = roles.filter((r) => roleFitsKind(r, active.organisationKind)).map((r) => ({ value: r, label: t.roles[r] }));
  const nameOf = (m: TMember) => m.displayName || m.email;

  const changeRole = async (m: TMember, role: Role) => {
    setBusyId(m.id);
    setActionError(null);
    try {
      await api.patch(`/api/v1/members/${encodeURIComponent(m.id)}`, { role });
      showNotice(t.members.roleChanged(nameOf(m)));
      members.reload();
    } catch (e) {
      setActionError(e);
    } finally {
      setBusyId(null);
    }
  };

  const remove = async (m: TMember) => {
    setBusyId(m.id);
    setActionError(null);
    try {
      await api.delete(`/api/v1/members/${encodeURIComponent(m.id)}`, {});
      showNotice(t.members.removed(nameOf(m)));
      setRemoving(null);
      members.reload();
    } catch (e) {
      setRemoving(null);
      setActionError(e);
    } finally {
      setBusyId(null);
    }
  };

  const list = members.data ?? [];
  return (
    <>
      <PageHeader
        title={t.members.title}
        description={t.members.intro(active.organisationName)}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
            {t.members.add}
          </Button>
        }
      />
      {notice}
      {actionError !== null && (
        <Stack mb="md">
          <ErrorAlert error={actionError} />
        </Stack>
      )}
      {members.error !== null ? (
        <ErrorAlert error={members.error} onRetry={members.reload} />
      ) : (
        <Section id="members" title={members.data ? t.members.count(list.length) : t.members.title}>
          {!members.data ? (
            <Stack p="lg" gap="sm" aria-busy="true">
              <Skeleton h={28} />
              <Skeleton h={28} />
              <Skeleton h={28} />
            </Stack>
          ) : list.length === 0 ? (
            <Empty>{t.members.empty}</Empty>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table verticalSpacing="sm" horizontalSpacing="lg" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t.common.name}</Table.Th>
                    <Table.Th scope="col">{t.common.email}</Table.Th>
                    <Table.Th scope="col">{t.members.role}</Table.Th>
                    <Table.Th scope="col">{t.common.status}</Table.Th>
                    <Table.Th scope="col">{t.members.addedOn}</Table.Th>
                    <Table.Th scope="col">
                      <span className="ccq-visually-hidden">{t.common.actions}</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((m) => {
                    const self = m.userId === me.user.id;
                    return (
                      <Table.Tr key={m.id}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {nameOf(m)}
                            {self && (
                              <Text span c="dimmed" size="sm" fw={400}>
                                {' '}
                                ({t.members.you})
                              </Text>
                            )}
                          </Text>
                        </Table.Td>
                        <Table.Td>{m.email}</Table.Td>
                        <Table.Td>
                          <NativeSelect
                            aria-label={t.members.roleFor(nameOf(m))}
                            size="xs"
                            w={210}
                            value={m.role}
                            data={
                              roleOptions.some((o) => o.value === m.role)
                                ? roleOptions
                                : [...roleOptions, { value: m.role, label: t.roles[m.role] }]
                            }
                            disabled={busyId === m.id}
                            onChange={(e) => void changeRole(m, e.currentTarget.value as Role)}
                          />
                        </Table.Td>
                        <Table.Td>
                          <Badge size="sm" variant="dot" color={m.disabled ? 'gray' : 'teal'}>
                            {m.disabled ? t.common.disabled : t.common.active}
                          </Badge>
                        </Table.Td>
                        <Table.Td className="ccq-nowrap">{formatDate(m.createdAt, locale)}</Table.Td>
                        <Table.Td ta="right">
                          <Tooltip label={t.members.removeMember(nameOf(m))} withArrow>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={t.members.removeMember(nameOf(m))}
                              onClick={() => setRemoving(m)}
                              disabled={busyId === m.id}
                            >
                              <IconTrash size={16} />
                            </ActionIcon>
                          </Tooltip>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Section>
      )}

      <AddMemberModal
        opened={adding}
        organisationId={active.organisationId}
        roleOptions={roleOptions}
        onClose={() => setAdding(false)}
        onAdded={(name) => {
          setAdding(false);
          showNotice(t.members.added(name));
          members.reload();
        }}
      />

      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title={t.members.removeTitle} centered>
        {removing && (
          <Stack>
            <Text size="sm">{t.members.removeConfirm(nameOf(removing), active.organisationName)}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRemoving(null)}>
                {t.common.cancel}
              </Button>
              <Button color="red" loading={busyId === removing.id} onClick={() => void remove(removing)}>
                {t.common.remove}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}

function AddMemberModal({
  opened,
  organisationId,
  roleOptions,
  onClose,
  onAdded,
}: {
  opened: boolean;
  organisationId: string;
  roleOptions: { value: Role; label: string }[];
  onClose: () => void;
  onAdded: (name: string) => void;
}) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>(roleOptions[0]?.value ?? 'agent');
  const [displayName, setDisplayName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const issues = fieldIssues(error);

  const reset = () => {
    setEmail('');
    setDisplayName('');
    setError(null);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = { email: email.trim(), role, ...(displayName.trim() ? { displayName: displayName.trim() } : {}) };
      const m = await api.post<TMember>(`/api/v1/organisations/${encodeURIComponent(organisationId)}/members`, body);
      reset();
      onAdded(m?.displayName || m?.email || email.trim());
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={() => {
        reset();
        onClose();
      }}
      title={t.members.addTitle}
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t.common.email}
            type="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={issues.email}
            withAsterisk
            data-autofocus
          />
          <NativeSelect
            label={t.members.role}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as Role)}
            data={roleOptions}
            error={issues.role}
          />
          <TextInput
            label={`${t.members.displayName} (${t.common.optional})`}
            description={t.members.addHint}
            value={displayName}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
            error={issues.displayName}
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
              {t.common.add}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
