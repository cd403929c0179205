// src/web/home/HomePage.tsx — the active organisation at a glance: relationships, queues and sites as the role sees them

import { Badge, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Table, Text } from '@mantine/core';
import type { THome } from '../../contracts/organisations.js';
import { formatDate, formatNumber } from '../../i18n/index.js';
import { paths } from '../app/paths.js';
import { kindColor } from '../components/colors.js';
import { ErrorAlert } from '../components/errors.js';
import { Empty, PageHeader, Section } from '../components/layout.js';
import { useI18n } from '../lib/i18n.js';
import { href } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';

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
  const { organisation: org, role } = home;
  const num = (n: number) => formatNumber(n, locale);
  const intro = role === 'admin' ? `${t.home.intro.admin} ${t.home.adminSide[org.kind]}` : t.home.intro[role];

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

      <Section id="relationships" title={t.home.relationships} description={t.home.relationshipsIntro}>
        {home.relationships.length === 0 ? (
          <Empty>{t.home.noRelationships}</Empty>
        ) : (
          <Table.ScrollContainer minWidth={680}>
            <Table verticalSpacing="sm" horizontalSpacing="lg" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t.home.relationship}</Table.Th>
                  <Table.Th scope="col">{t.home.client}</Table.Th>
                  <Table.Th scope="col">{t.home.centre}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t.home.queues}
                  </Table.Th>
                  <Table.Th scope="col">{t.home.startsOn}</Table.Th>
                  <Table.Th scope="col">{t.common.status}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {home.relationships.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      <Group gap={8} wrap="nowrap">
                        <Text size="sm" fw={500}>
                          {r.name}
                        </Text>
                        {r.inHouse && (
                          <Badge size="sm" variant="light" color="violet">
                            {t.home.inHouse}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{r.clientName}</Table.Td>
                    <Table.Td>{r.centreName}</Table.Td>
                    <Table.Td ta="right" className="ccq-num">
                      <span className="ccq-visually-hidden">{t.home.queueCount(r.queueCount)}</span>
                      <span aria-hidden="true">{num(r.queueCount)}</span>
                    </Table.Td>
                    <Table.Td className="ccq-nowrap">{r.startsOn ? formatDate(r.startsOn, locale) : t.common.none}</Table.Td>
                    <Table.Td>
                      <Badge size="sm" variant="dot" color={r.status === 'active' ? 'teal' : 'gray'}>
                        {t.relationshipStatuses[r.status]}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>

      <Section id="queues" title={t.home.queues}>
        {home.queues.length === 0 ? (
          <Empty>{t.home.noQueues}</Empty>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm" horizontalSpacing="lg" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t.home.queueCode}</Table.Th>
                  <Table.Th scope="col">{t.home.queueName}</Table.Th>
                  <Table.Th scope="col">{t.home.channel}</Table.Th>
                  <Table.Th scope="col">{t.home.relationship}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {home.queues.map((q) => (
                  <Table.Tr key={q.id}>
                    <Table.Td>
                      <code className="ccq-code">{q.code}</code>
                    </Table.Td>
                    <Table.Td>{q.name}</Table.Td>
                    <Table.Td>
                      <Badge size="sm" variant="light" color="gray" radius="sm">
                        {t.channels[q.channel]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{q.relationshipName ?? t.common.none}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>

      <Section id="sites" title={t.home.sites}>
        {home.sites.length === 0 ? (
          <Empty>{t.home.noSites}</Empty>
        ) : (
          <Table verticalSpacing="sm" horizontalSpacing="lg">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.common.name}</Table.Th>
                <Table.Th scope="col">{t.home.city}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {home.sites.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{s.name}</Table.Td>
                  <Table.Td>{s.city ?? t.common.none}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>
    </Stack>
  );
}
