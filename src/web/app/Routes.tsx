// src/web/app/Routes.tsx — which page answers which path, and who may see it

import { Anchor, Stack, Text, Title } from '@mantine/core';
import { AuditTrailPage } from '../audit/AuditTrailPage.js';
import { HomePage } from '../home/HomePage.js';
import { ImportsPage } from '../imports/ImportsPage.js';
import { KpisPage } from '../kpis/KpisPage.js';
import { can, readsImports } from '../lib/access.js';
import { useI18n } from '../lib/i18n.js';
import { href, useRoute } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import { MembersPage } from '../members/MembersPage.js';
import { OrganisationsPage } from '../platform/OrganisationsPage.js';
import { UsersPage } from '../platform/UsersPage.js';
import { QueuesPage } from '../queues/QueuesPage.js';
import { TokensPage } from '../tokens/TokensPage.js';
import { paths } from './paths.js';

export function Routes() {
  const path = useRoute();
  const { me, active } = useSession();
  // Pages that show organisation data start afresh when the active organisation changes.
  const orgKey = me.activeOrganisationId ?? 'none';

  if (path === paths.home) return <HomePage key={orgKey} />;
  if (path === paths.members && active?.role === 'admin' && active.via === 'membership') return <MembersPage key={orgKey} />;
  if (path === paths.queues && can(active, 'queue:read')) return <QueuesPage key={orgKey} />;
  if (path === paths.auditTrail && can(active, 'audit_trail:read')) return <AuditTrailPage key={orgKey} />;
  if (path === paths.kpis && can(active, 'kpi:read')) return <KpisPage key={orgKey} />;
  if (path === paths.imports && readsImports(active)) return <ImportsPage key={orgKey} />;
  if (path === paths.tokens) return <TokensPage />;
  if (path === paths.organisations && me.user.platformAdmin) return <OrganisationsPage />;
  if (path === paths.users && me.user.platformAdmin) return <UsersPage />;
  return <NotFound />;
}

function NotFound() {
  const { t } = useI18n();
  return (
    <Stack gap="sm">
      <Title order={1} fz={26}>
        {t.shell.notFound}
      </Title>
      <Text>
        <Anchor href={href(paths.home)}>{t.shell.backHome}</Anchor>
      </Text>
    </Stack>
  );
}
