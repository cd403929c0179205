// src/web/platform/UsersPage.tsx — a platform administrator lists, creates, disables and re-enables users

import { Button, Checkbox, NativeSelect, PasswordInput } from '@mantine/core';
import { useState } from 'react';
import type { TUser } from '../../contracts/organisations.js';
import { type Locale, formatDate, isLocale } from '../../i18n/index.js';
import { type Column, DataTable, NameCell } from '../components/data-table.js';
import { EmailField, FormModal, TextField, useFormSubmit } from '../components/form-modal.js';
import { PageHeader } from '../components/layout.js';
import { ActiveBadge, AddButton, LoadedSection, useRowAction } from '../components/list-page.js';
import { useNotice } from '../components/notice.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';

export function UsersPage() {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const users = useLoad<TUser[]>('/api/v1/admin/users');
  const [notice, showNotice] = useNotice();
  const [creating, setCreating] = useState(false);
  const action = useRowAction();
  const list = [...(users.data ?? [])].sort((a, b) => (a.displayName || a.email).localeCompare(b.displayName || b.email, locale));
  const nameOf = (u: TUser) => u.displayName || u.email;

  const setDisabled = (u: TUser, disabled: boolean) =>
    action.run(u.id, async () => {
      await api.patch(`/api/v1/admin/users/${encodeURIComponent(u.id)}`, { disabled });
      showNotice(disabled ? t.platform.userDisabled(nameOf(u)) : t.platform.userEnabled(nameOf(u)));
      users.reload();
    });

  const columns: Column<TUser>[] = [
    {
      key: 'name',
      header: t.common.name,
      cell: (u) => (
        <NameCell name={nameOf(u)} nowrap tag={u.platformAdmin && { label: t.platform.platformAdmin, color: 'grape', size: 'xs' }} />
      ),
    },
    { key: 'email', header: t.common.email, cell: (u) => u.email },
    { key: 'locale', header: t.platform.locale, cell: (u) => t.language[u.locale] },
    { key: 'status', header: t.common.status, cell: (u) => <ActiveBadge disabled={u.disabled} /> },
    { key: 'created', header: t.common.createdAt, tdProps: { className: 'ccq-nowrap' }, cell: (u) => formatDate(u.createdAt, locale) },
    {
      key: 'actions',
      header: t.common.actions,
      hiddenHeader: true,
      tdProps: { ta: 'right' },
      cell: (u) =>
        u.id !== me.user.id && (
          <Button
            size="compact-sm"
            variant={u.disabled ? 'light' : 'default'}
            aria-label={u.disabled ? t.platform.enableUser(nameOf(u)) : t.platform.disableUser(nameOf(u))}
            loading={action.busyId === u.id}
            onClick={() => void setDisabled(u, !u.disabled)}
          >
            {u.disabled ? t.platform.enable : t.platform.disable}
          </Button>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t.platform.usersTitle}
        description={t.platform.usersIntro}
        actions={<AddButton onClick={() => setCreating(true)}>{t.platform.createUser}</AddButton>}
      />
      {notice}
      {action.errorNode}
      <LoadedSection
        id="users"
        title={users.data ? t.platform.userCount(list.length) : t.platform.usersTitle}
        error={users.error}
        onRetry={users.reload}
      >
        <DataTable columns={columns} rows={users.data ? list : null} rowKey={(u) => u.id} empty={t.platform.noUsers} minWidth={760} />
      </LoadedSection>
      <CreateUserModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(u) => {
          setCreating(false);
          showNotice(t.platform.userCreated(nameOf(u)));
          users.reload();
        }}
      />
    </>
  );
}

function CreateUserModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (u: TUser) => void }) {
  const { t, locale: uiLocale } = useI18n();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [userLocale, setUserLocale] = useState<Locale>(uiLocale);
  const [platformAdmin, setPlatformAdmin] = useState(false);
  const form = useFormSubmit(async () => {
    const body = {
      email: email.trim(),
      ...(displayName.trim() ? { displayName: displayName.trim() } : {}),
      ...(password ? { password } : {}),
      locale: userLocale,
      platformAdmin,
    };
    const u = await api.post<TUser>('/api/v1/admin/users', body);
    setEmail('');
    setDisplayName('');
    setPassword('');
    setPlatformAdmin(false);
    onCreated(u);
  });
  const { issues } = form;

  return (
    <FormModal opened={opened} title={t.platform.createUser} form={form} submitLabel={t.common.create} onClose={onClose}>
      <EmailField value={email} onValue={setEmail} error={issues.email} />
      <TextField
        label={`${t.platform.displayName} (${t.common.optional})`}
        value={displayName}
        onValue={setDisplayName}
        error={issues.displayName}
      />
      <PasswordInput
        label={`${t.platform.password} (${t.common.optional})`}
        description={t.platform.passwordHint}
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.currentTarget.value)}
        error={issues.password}
        visibilityToggleButtonProps={{ 'aria-label': t.login.showPassword }}
      />
      <NativeSelect
        label={t.platform.locale}
        value={userLocale}
        onChange={(e) => {
          const v = e.currentTarget.value;
          if (isLocale(v)) setUserLocale(v);
        }}
        data={[
          { value: 'sv', label: t.language.sv },
          { value: 'en', label: t.language.en },
        ]}
      />
      <Checkbox label={t.platform.platformAdmin} checked={platformAdmin} onChange={(e) => setPlatformAdmin(e.currentTarget.checked)} />
    </FormModal>
  );
}
