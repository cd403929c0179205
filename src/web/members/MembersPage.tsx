// src/web/members/MembersPage.tsx — an organisation admin lists, adds, re-roles and removes members

import { ActionIcon, NativeSelect, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import type { TMember } from '../../contracts/organisations.js';
import { type Role, roleFitsKind, roles } from '../../domain/access/roles.js';
import { formatDate } from '../../i18n/index.js';
import { ConfirmModal } from '../components/confirm-modal.js';
import { type Column, DataTable } from '../components/data-table.js';
import { EmailField, FormModal, TextField, useFormSubmit } from '../components/form-modal.js';
import { IconTrash } from '../components/icons.js';
import { PageHeader } from '../components/layout.js';
import { ActiveBadge, AddButton, LoadedSection, useRowAction } from '../components/list-page.js';
import { useNotice } from '../components/notice.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';

type RoleOption = { value: Role; label: string };

export function MembersPage() {
  const { t, locale } = useI18n();
  const { me, active } = useSession();
  const orgId = active?.organisationId ?? null;
  const members = useLoad<TMember[]>(orgId ? `/api/v1/organisations/${encodeURIComponent(orgId)}/members` : null);
  const [notice, showNotice] = useNotice();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<TMember | null>(null);
  const action = useRowAction();

  if (!active) return null;
  const roleOptions: RoleOption[] = roles
    .filter((r) => roleFitsKind(r, active.organisationKind))
    .map((r) => ({ value: r, label: t.roles[r] }));
  const nameOf = (m: TMember) => m.displayName || m.email;

  const changeRole = (m: TMember, role: Role) =>
    action.run(m.id, async () => {
      await api.patch(`/api/v1/members/${encodeURIComponent(m.id)}`, { role });
      showNotice(t.members.roleChanged(nameOf(m)));
      members.reload();
    });

  const remove = (m: TMember) =>
    action.run(m.id, async () => {
      try {
        await api.delete(`/api/v1/members/${encodeURIComponent(m.id)}`, {});
      } finally {
        setRemoving(null);
      }
      showNotice(t.members.removed(nameOf(m)));
      members.reload();
    });

  const columns: Column<TMember>[] = [
    {
      key: 'name',
      header: t.common.name,
      cell: (m) => (
        <Text size="sm" fw={500}>
          {nameOf(m)}
          {m.userId === me.user.id && (
            <Text span c="dimmed" size="sm" fw={400}>
              {' '}
              ({t.members.you})
            </Text>
          )}
        </Text>
      ),
    },
    { key: 'email', header: t.common.email, cell: (m) => m.email },
    {
      key: 'role',
      header: t.members.role,
      cell: (m) => (
        <NativeSelect
          aria-label={t.members.roleFor(nameOf(m))}
          size="xs"
          w={210}
          value={m.role}
          data={roleOptions.some((o) => o.value === m.role) ? roleOptions : [...roleOptions, { value: m.role, label: t.roles[m.role] }]}
          disabled={action.busyId === m.id}
          onChange={(e) => void changeRole(m, e.currentTarget.value as Role)}
        />
      ),
    },
    { key: 'status', header: t.common.status, cell: (m) => <ActiveBadge disabled={m.disabled} /> },
    { key: 'added', header: t.members.addedOn, tdProps: { className: 'ccq-nowrap' }, cell: (m) => formatDate(m.createdAt, locale) },
    {
      key: 'actions',
      header: t.common.actions,
      hiddenHeader: true,
      tdProps: { ta: 'right' },
      cell: (m) => (
        <Tooltip label={t.members.removeMember(nameOf(m))} withArrow>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t.members.removeMember(nameOf(m))}
            onClick={() => setRemoving(m)}
            disabled={action.busyId === m.id}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t.members.title}
        description={t.members.intro(active.organisationName)}
        actions={<AddButton onClick={() => setAdding(true)}>{t.members.add}</AddButton>}
      />
      {notice}
      {action.errorNode}
      <LoadedSection
        id="members"
        title={members.data ? t.members.count(members.data.length) : t.members.title}
        error={members.error}
        onRetry={members.reload}
      >
        <DataTable columns={columns} rows={members.data} rowKey={(m) => m.id} empty={t.members.empty} minWidth={720} loadingRows={3} />
      </LoadedSection>

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

      <ConfirmModal
        title={t.members.removeTitle}
        text={removing && t.members.removeConfirm(nameOf(removing), active.organisationName)}
        confirmLabel={t.common.remove}
        busy={removing !== null && action.busyId === removing.id}
        onConfirm={() => removing && void remove(removing)}
        onClose={() => setRemoving(null)}
      />
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
  roleOptions: RoleOption[];
  onClose: () => void;
  onAdded: (name: string) => void;
}) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  // Start from the least-privileged role, so nobody becomes an admin by accident.
  const safest = (['agent', 'client_viewer'] as Role[]).find((r) => roleOptions.some((o) => o.value === r));
  const [role, setRole] = useState<Role>(safest ?? roleOptions[roleOptions.length - 1]?.value ?? 'agent');
  const [displayName, setDisplayName] = useState('');
  const clearFields = () => {
    setEmail('');
    setDisplayName('');
  };
  // The failure, if any, was cleared when this submit started.
  const form = useFormSubmit(async () => {
    const body = { email: email.trim(), role, ...(displayName.trim() ? { displayName: displayName.trim() } : {}) };
    const m = await api.post<TMember>(`/api/v1/organisations/${encodeURIComponent(organisationId)}/members`, body);
    clearFields();
    onAdded(m?.displayName || m?.email || email.trim());
  });
  const { issues } = form;

  return (
    <FormModal
      opened={opened}
      title={t.members.addTitle}
      form={form}
      submitLabel={t.common.add}
      onClose={() => {
        clearFields();
        onClose();
      }}
    >
      <EmailField value={email} onValue={setEmail} error={issues.email} />
      <NativeSelect
        label={t.members.role}
        value={role}
        onChange={(e) => setRole(e.currentTarget.value as Role)}
        data={roleOptions}
        error={issues.role}
      />
      <TextField
        label={`${t.members.displayName} (${t.common.optional})`}
        description={t.members.addHint}
        value={displayName}
        onValue={setDisplayName}
        error={issues.displayName}
      />
    </FormModal>
  );
}
