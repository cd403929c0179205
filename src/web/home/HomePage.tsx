// src/web/home/HomePage.tsx — the active organisation at a glance: relationships, queues and sites as the role sees them

import { Badge, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import type { THome } from '../../contracts/organisations.js';
import { formatDate, formatNumber } from '../../i18n/index.js';
import { paths } from '../app/paths.js';
import { kindColor } from '../components/colors.js';
import { type Column, DataTable, NameCell, StatusBadge, dateColumn } from '../components/data-table.js';
import { ErrorAlert } from '../components/errors.js';
import { PageHeader, Section } from '../components/layout.js';
import { can } from '../lib/access.js';
import { useI18n } from '../lib/i18n.js';
import { href } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { queueColumns, siteColumns } from '../queues/queue-columns.js';
import { ConformityCard } from './conformity-card.js';
import { ObligationsCard } from './obligations-card.js';

export function HomePage() {
  const { t } = useI18n();
  const { me, active } = useSession();
  const home = useLoad<THome>(active ? '/api/v1/home' : null);

  if (!active) {
    return (
      <>
        <PageHeader title={t.home.noOrganisationTitle} />
        <Paper withBorder radius="md" p="lg">
          <Text>{me.user.platformAdmin ? t.home.noOrganisationBody : t.home.noOrganisationMember}</Text>
          {me.user.platformAdmin && (
            <Group gap="sm" mt="md">
              <Button component="a" href={href(paths.organisations)} variant="light">
                {t.shell.nav.organisations}
              </Button>
              <Button component="a" href={href(paths.users)} variant="light">
                {t.shell.nav.users}
              </Button>
            </Group>
          )}
        </Paper>
      </>
    );
  }
  if (home.error) return <ErrorAlert error={home.error} onRetry={home.reload} />;
  if (!home.data) return <HomeSkeleton />;
  return <HomeView home={home.data} />;
}

function HomeSkeleton() {
  const { t } = useI18n();
  return (
    <Stack gap="lg" aria-busy="true">
      <Text className="ccq-visually-hidden" role="status">
        {t.common.loading}
      </Text>
      <Skeleton h={36} w={320} />
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} h={72} />
        ))}
      </SimpleGrid>
      <Skeleton h={180} />
    </Stack>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder radius="md" px="md" py="sm" className="ccq-stat">
      <Text component="dt" size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text component="dd" fw={650} fz={24} mt={2} lh={1.2} className="ccq-num">
        {value}
      </Text>
    </Paper>
  );
}

function HomeView({ home }: { home: THome }) {
  const { t, locale } = useI18n();
  const { active } = useSession();
  const { organisation: org, role } = home;
  const num = (n: number) => formatNumber(n, locale);
  const day = (d: string) => formatDate(d, locale);
  const intro = role === 'admin' ? `${t.home.intro.admin} ${t.home.adminSide[org.kind]}` : t.home.intro[role];

  const relationshipColumns: Column<THome['relationships'][number]>[] = [
    {
      key: 'name',
      header: t.home.relationship,
      cell: (r) => <NameCell name={r.name} tag={r.inHouse && { label: t.home.inHouse, color: 'violet', size: 'sm' }} />,
    },
    { key: 'client', header: t.home.client, cell: (r) => r.clientName },
    { key: 'centre', header: t.home.centre, cell: (r) => r.centreName },
    {
      key: 'queues',
      header: t.home.queues,
      thProps: { ta: 'right' },
      tdProps: { ta: 'right', className: 'ccq-num' },
      cell: (r) => (
        <>
          <span className="ccq-visually-hidden">{t.home.queueCount(r.queueCount)}</span>
          <span aria-hidden="true">{num(r.queueCount)}</span>
        </>
      ),
    },
    dateColumn('startsOn', t.home.startsOn, (r) => r.startsOn, day, t.common.none),
    {
      key: 'status',
      header: t.common.status,
      cell: (r) => <StatusBadge color={r.status === 'active' ? 'teal' : 'gray'}>{t.relationshipStatuses[r.status]}</StatusBadge>,
    },
  ];

  const queues = queueColumns<THome['queues'][number]>(t, (q) => q.relationshipName);

  return (
    <Stack gap="xl">
      <div>
        <PageHeader
          eyebrow={
            <Text size="xs" fw={600} c="ccq.7" tt="uppercase" className="ccq-eyebrow">
              {t.home.title}
            </Text>
          }
          title={org.name}
          description={
            <>
              <Group gap="xs" mt={4} mb={8} component="span">
                <Badge variant="light" color={kindColor[org.kind]} component="span">
                  {t.kinds[org.kind]}
                </Badge>
                <Badge variant="outline" color="gray" component="span">
                  {t.home.yourRole}: {t.roles[role]}
                </Badge>
              </Group>
              <Text span display="block" size="sm" c="dimmed">
                {intro}
              </Text>
            </>
          }
        />
        <SimpleGrid component="dl" cols={{ base: 2, md: home.memberCount === null ? 3 : 4 }} spacing="sm" className="ccq-stats">
          <Stat label={t.home.relationships} value={num(home.relationships.length)} />
          <Stat label={t.home.queues} value={num(home.queues.length)} />
          <Stat label={t.home.sites} value={num(home.sites.length)} />
          {home.memberCount !== null && <Stat label={t.home.members} value={num(home.memberCount)} />}
        </SimpleGrid>
      </div>

      {(can(active, 'assessment:read') || can(active, 'finding:read')) && <ConformityCard conformity={home.conformity} />}
      {can(active, 'mandate:read') && <ObligationsCard obligations={home.obligations} />}

      <Section id="relationships" title={t.home.relationships} description={t.home.relationshipsIntro}>
        <DataTable
          columns={relationshipColumns}
          rows={home.relationships}
          rowKey={(r) => r.id}
          empty={t.home.noRelationships}
          minWidth={680}
        />
      </Section>

      <Section id="queues" title={t.home.queues}>
        <DataTable columns={queues} rows={home.queues} rowKey={(q) => q.id} empty={t.home.noQueues} minWidth={560} />
      </Section>

      <Section id="sites" title={t.home.sites}>
        <DataTable columns={siteColumns(t)} rows={home.sites} rowKey={(s) => s.id} empty={t.home.noSites} highlightOnHover={false} />
      </Section>
    </Stack>
  );
}
