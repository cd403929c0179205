// src/web/app/HeaderControls.tsx — the organisation switcher, the language switch and the user menu

import { Avatar, Badge, Group, Menu, NativeSelect, Select, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { type Locale, formatDate, isLocale } from '../../i18n/index.js';
import { errorText } from '../components/errors.js';
import { IconChevronDown, IconKey, IconLogout, IconWebhook } from '../components/icons.js';
import { can } from '../lib/access.js';
import { useI18n } from '../lib/i18n.js';
import { href } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import { paths } from './paths.js';

/** Lists every organisation the user acts in (memberships and audit grants) and switches between them. */
export function OrganisationSwitcher({ fullWidth = false }: { fullWidth?: boolean }) {
  const { t, locale } = useI18n();
  const { me, switchOrganisation } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (me.memberships.length === 0) return null;

  const data = me.memberships.map((m) => ({ value: m.organisationId, label: `${m.organisationName} · ${t.roles[m.role]}` }));
  const byId = new Map(me.memberships.map((m) => [m.organisationId, m]));
  /** The second line of an option: the role, and for an audit grant how long it lasts. */
  const detail = (id: string) => {
    const m = byId.get(id);
    if (!m) return '';
    const until = m.until ? ` ${t.shell.until(formatDate(m.until, locale))}` : '';
    return m.via === 'audit_grant' ? `${t.roles[m.role]} · ${t.shell.viaAuditGrant}${until}` : t.roles[m.role];
  };

  const onChange = async (id: string | null) => {
    if (!id || id === me.activeOrganisationId) return;
    setBusy(true);
    setError(null);
    try {
      await switchOrganisation(id);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Select
      aria-label={t.shell.organisation}
      title={t.shell.organisationHint}
      data={data}
      value={me.activeOrganisationId}
      onChange={onChange}
      allowDeselect={false}
      disabled={busy}
      error={error}
      w={fullWidth ? '100%' : { base: 220, md: 300, lg: 340 }}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            {byId.get(option.value)?.organisationName ?? option.label}
          </Text>
          <Text size="xs" c="dimmed">
            {detail(option.value)}
          </Text>
        </Stack>
      )}
      size="sm"
      comboboxProps={{ shadow: 'md', width: 'target', position: 'bottom-start' }}
      maxDropdownHeight={320}
    />
  );
}

/** Svenska / English; the choice is remembered on the device and on the account. */
export function LanguageSwitch({ fullWidth = false }: { fullWidth?: boolean }) {
  const { t, locale, setLocale } = useI18n();
  return (
    <NativeSelect
      aria-label={t.language.label}
      title={t.language.label}
      value={locale}
      onChange={(e) => {
        const v = e.currentTarget.value;
        if (isLocale(v)) setLocale(v as Locale);
      }}
      data={[
        { value: 'sv', label: t.language.sv },
        { value: 'en', label: t.language.en },
      ]}
      size="sm"
      w={fullWidth ? '100%' : 112}
    />
  );
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((p) => p[0]?.toUpperCase() ?? '')
    .join('');

export function UserMenu() {
  const { t } = useI18n();
  const { me, active, logout } = useSession();
  const name = me.user.displayName || me.user.email;
  return (
    <Menu position="bottom-end" shadow="md" width={260} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t.shell.userMenu(name)} className="ccq-user-button">
          <Group gap={8} wrap="nowrap">
            <Avatar size={30} radius="xl" color="ccq" variant="light">
              {initials(name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="lg" truncate maw={160}>
              {name}
            </Text>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Stack gap={2} px="sm" py={8}>
          <Text size="xs" c="dimmed">
            {t.shell.signedInAs}
          </Text>
          <Text size="sm" fw={500}>
            {name}
          </Text>
          <Text size="xs" c="dimmed">
            {me.user.email}
          </Text>
          {me.user.platformAdmin && (
            <Badge size="xs" variant="light" color="grape" mt={4}>
              {t.shell.platformAdmin}
            </Badge>
          )}
        </Stack>
        <Menu.Divider />
        <Menu.Item component="a" href={href(paths.tokens)} leftSection={<IconKey size={16} />}>
          {t.shell.apiTokens}
        </Menu.Item>
        {can(active, 'webhook:manage') && active?.via === 'membership' && (
          <Menu.Item component="a" href={href(paths.webhooks)} leftSection={<IconWebhook size={16} />}>
            {t.webhooks.nav}
          </Menu.Item>
        )}
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void logout()}>
          {t.shell.logout}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
