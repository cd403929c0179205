// src/web/app/AppLayout.tsx — the signed-in frame: header with switches, side navigation, main content

import { AppShell, Burger, Divider, Group, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import {
  IconAlert,
  IconAssessment,
  IconBuilding,
  IconCheck,
  IconEvidence,
  IconFinding,
  IconFramework,
  IconHistory,
  IconHome,
  IconImport,
  IconKpi,
  IconQueue,
  IconReview,
  IconUserKey,
  IconUsers,
  IconMandate,
  IconWebhook,
} from '../components/icons.js';
import { can, readsEvidenceLibrary, readsImports } from '../lib/access.js';
import { useI18n } from '../lib/i18n.js';
import { href, useRoute } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import { NotificationBell } from '../notifications/NotificationBell.js';
import { LanguageSwitch, OrganisationSwitcher, UserMenu } from './HeaderControls.js';
import { readsPeoplePage } from '../people/people-kit.js';
import { paths } from './paths.js';

export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { me, active } = useSession();
  const [navOpen, nav] = useDisclosure(false);
  const path = useRoute();

  const link = (to: string, label: string, icon: ReactNode) => {
    // A page under a list (one assessment, one framework) keeps its list marked in the menu.
    const here = path === to || (to !== paths.home && path.startsWith(`${to}/`));
    return (
      <NavLink
        key={to}
        href={href(to)}
        label={label}
        leftSection={icon}
        active={here}
        aria-current={path === to ? 'page' : undefined}
        onClick={nav.close}
        className="ccq-navlink"
      />
    );
  };

  // A button, not an anchor: with hash routing, href="#main" would be read as a route.
  const focusMain = () => document.getElementById('main')?.focus();

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <button type="button" className="ccq-skip" onClick={focusMain}>
        {t.shell.skipToContent}
      </button>
      <AppShell.Header className="ccq-header">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpen} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label={t.shell.toggleNav} />
            <a href={href(paths.home)} className="ccq-brand">
              <span className="ccq-brand-mark" aria-hidden="true" />
              <span className="ccq-brand-name">{t.app.name}</span>
            </a>
            <Text size="xs" c="dimmed" visibleFrom="md" className="ccq-tagline">
              {t.app.tagline}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Group gap="sm" wrap="nowrap" visibleFrom="sm">
              <OrganisationSwitcher />
              <LanguageSwitch />
            </Group>
            <NotificationBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar aria-label={t.shell.mainNav} p="sm" className="ccq-navbar">
        {/* On small screens the header has no room: the switches live at the top of the menu. */}
        <AppShell.Section hiddenFrom="sm" pb="sm" mb="sm" className="ccq-nav-switches">
          <Stack gap="xs">
            <OrganisationSwitcher fullWidth />
            <LanguageSwitch fullWidth />
          </Stack>
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea}>
          {active && (
            <>
              <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt="xs" pb={6} className="ccq-nav-heading">
                {active.organisationName}
              </Text>
              {link(paths.home, t.shell.nav.home, <IconHome />)}
              {can(active, 'queue:read') && link(paths.queues, t.shell.nav.queues, <IconQueue />)}
              {can(active, 'kpi:read') && link(paths.kpis, t.shell.nav.kpis, <IconKpi />)}
              {readsImports(active) && link(paths.imports, t.shell.nav.imports, <IconImport />)}
              {can(active, 'framework:read') && link(paths.frameworks, t.shell.nav.frameworks, <IconFramework />)}
              {can(active, 'assessment:read') && link(paths.assessments, t.shell.nav.assessments, <IconAssessment />)}
              {can(active, 'finding:read') && link(paths.findings, t.shell.nav.findings, <IconFinding />)}
              {readsEvidenceLibrary(active) && link(paths.evidence, t.shell.nav.evidence, <IconEvidence />)}
              {can(active, 'mandate:read') && link(paths.mandates, t.shell.nav.mandates, <IconMandate />)}
              {can(active, 'mandate:read') && link(paths.reviews, t.shell.nav.reviews, <IconReview />)}
              {can(active, 'survey:read') && link(paths.surveys, t.shell.nav.surveys, <IconCheck />)}
              {can(active, 'complaint:read') && link(paths.complaints, t.shell.nav.complaints, <IconAlert />)}
              {readsPeoplePage(active) && link(paths.people, t.people.nav, <IconUsers />)}
              {can(active, 'kpi:read') && link(paths.qa, t.qa.nav, <IconCheck />)}
              {can(active, 'staffing:read') && link(paths.staffing, t.staffing.nav, <IconKpi />)}
              {active.role === 'admin' && active.via === 'membership' && link(paths.members, t.shell.nav.members, <IconUsers />)}
              {can(active, 'audit_trail:read') && link(paths.auditTrail, t.shell.nav.auditTrail, <IconHistory />)}
              {can(active, 'webhook:manage') && active.via === 'membership' && link(paths.webhooks, t.webhooks.nav, <IconWebhook />)}
            </>
          )}
          {!active && link(paths.home, t.shell.nav.home, <IconHome />)}
          {me.user.platformAdmin && (
            <>
              <Divider my="sm" />
              <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pb={6} className="ccq-nav-heading">
                {t.shell.nav.platform}
              </Text>
              {link(paths.organisations, t.shell.nav.organisations, <IconBuilding />)}
              {link(paths.users, t.shell.nav.users, <IconUserKey />)}
            </>
          )}
        </AppShell.Section>
        <AppShell.Section>
          <Text size="xs" c="dimmed" px="sm" py="xs">
            ISO 18295-1 · ISO 18295-2
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1} className="ccq-main">
        <div className="ccq-content">{children}</div>
      </AppShell.Main>
    </AppShell>
  );
}
