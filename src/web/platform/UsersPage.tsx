// src/web/platform/UsersPage.tsx — a platform administrator lists, creates, disables and re-enables users

import { Badge, Button, Checkbox, Group, Modal, NativeSelect, PasswordInput, Skeleton, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { TUser } from '../../contracts/organisations.js';
import { type Locale, formatDate, isLocale } from '../../i18n/index.js';
import { ErrorAlert, errorText, fieldIssues } from '../components/errors.js';
import { IconPlus } from '../components/icons.js';
import { Empty, PageHeader, Section } from '../components/layout.js';
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
  const [busyId, setBusyId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const list = [...(users.data ?? [])].sort((a, b) => (a.displayName || a.email).localeCompare(b.displayName || b.email, locale));
  const nameOf = (u: TUser) => u.displayName || u.email;

  const setDisabled = async (u: TUser, disabled: boolean) => {
    setBusyId(u.id);
    setActionError(null);
    try {
      await api.patch(`/api/v1/admin/users/${encodeURIComponent(u.id)}`, { disabled });
      showNotice(disabled ? t.platform.userDisabled(nameOf(u)) : t.platform.userEnabled(nameOf(u)));
      users.reload();
    } catch (e) {
      setActionError(e);
    } finally {
      setBusyId(null);
    }
  };

  return (
    <>
      <PageHeader
        title={t.platform.usersTitle}
        description={t.platform.usersIntro}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t.platform.createUser}
          </Button>
        }
      />
      {notice}
      {actionError !== null && (
        <Stack mb="md">
          <ErrorAlert error={actionError} />
        </Stack>
      )}
      {users.error !== null ? (
        <ErrorAlert error={users.error} onRetry={users.reload} />
      ) : (
        <Section id="users" title={users.data ? t.platform.userCount(list.length) : t.platform.usersTitle}>
          {!users.data ? (
            <Stack p="lg" gap="sm" aria-busy="true">
              <Skeleton h={28} />
              <Skeleton h={28} />
            </Stack>
          ) : list.length === 0 ? (
            <Empty>{t.platform.noUsers}</Empty>
          ) : (
            <Table.ScrollContainer minWidth={760}>
              <Table verticalSpacing="sm" horizontalSpacing="lg" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t.common.name}</Table.Th>
                    <Table.Th scope="col">{t.common.email}</Table.Th>
                    <Table.Th scope="col">{t.platform.locale}</Table.Th>
                    <Table.Th scope="col">{t.common.status}</Table.Th>
                    <Table.Th scope="col">{t.common.createdAt}</Table.Th>
                    <Table.Th scope="col">
                      <span className="ccq-visually-hidden">{t.common.actions}</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((u) => (
                    <Table.Tr key={u.id}>
                      <Table.Td>
                        <Group gap={8} wrap="nowrap">
                          <Text size="sm" fw={500} className="ccq-nowrap">
                            {nameOf(u)}
                          </Text>
                          {u.platformAdmin && (
                            <Badge size="xs" variant="light" color="grape">
                              {t.platform.platformAdmin}
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>{u.email}</Table.Td>
                      <Table.Td>{t.language[u.locale]}</Table.Td>
                      <Table.Td>
                        <Badge size="sm" variant="dot" color={u.disabled ? 'gray' : 'teal'}>
                          {u.disabled ? t.common.disabled : t.common.active}
                        </Badge>
                      </Table.Td>
                      <Table.Td className="ccq-nowrap">{formatDate(u.createdAt, locale)}</Table.Td>
                      <Table.Td ta="right">
                        {u.id !== me.user.id && (
                          <Button
                            size="compact-sm"
                            variant={u.disabled ? 'light' : 'default'}
                            aria-label={u.disabled ? t.platform.enableUser(nameOf(u)) : t.platform.disableUser(nameOf(u))}
                            loading={busyId === u.id}
                            onClick={() => void setDisabled(u, !u.disabled)}
                          >
                            {u.disabled ? t.platform.enable : t.platform.disable}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Section>
      )}
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const issues = fieldIssues(error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
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
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t.platform.createUser} centered>
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
          <TextInput
            label={`${t.platform.displayName} (${t.common.optional})`}
            value={displayName}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
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
