// src/web/home/conformity-card.tsx — conformity at a glance on the home page: open findings, overdue actions (in red), expiring evidence, assessments

import { Alert, Anchor, Group, List, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { THome } from '../../contracts/organisations.js';
import type { AssessmentStatus } from '../../domain/conformity/assessment.js';
import type { Validity } from '../../domain/conformity/evidence.js';
import { formatDate, formatNumber } from '../../i18n/index.js';
import { pathTo, paths } from '../app/paths.js';
import { AssessmentStatusBadge, ReadinessBar, ValidityBadge } from '../components/conformity.js';
import { IconAlert } from '../components/icons.js';
import { Empty, Section } from '../components/layout.js';
import { useI18n } from '../lib/i18n.js';
import { href } from '../lib/router.js';

type Conformity = THome['conformity'];

function Figure({ label, value, to, alert = false }: { label: string; value: number; to: string; alert?: boolean }) {
  const { locale } = useI18n();
  return (
    <Paper withBorder radius="md" px="md" py="sm" className={alert && value > 0 ? 'ccq-stat ccq-stat-alert' : 'ccq-stat'}>
      <Text component="dt" size="xs" c={alert && value > 0 ? 'red.8' : 'dimmed'} fw={500}>
        {label}
      </Text>
      <Text component="dd" fw={650} fz={24} mt={2} lh={1.2} className="ccq-num" c={alert && value > 0 ? 'red.8' : undefined}>
        <Anchor href={href(to)} inherit c="inherit" underline="hover">
          {formatNumber(value, locale)}
        </Anchor>
      </Text>
    </Paper>
  );
}

export function ConformityCard({ conformity: c }: { conformity: Conformity }) {
  const { t, locale } = useI18n();
  const day = (d: string) => formatDate(d, locale);
  return (
    <Section id="conformity" title={t.home.conformity} description={t.home.conformityIntro}>
      <Stack gap="lg" p="lg">
        <SimpleGrid component="dl" cols={{ base: 2, md: 4 }} spacing="sm" className="ccq-stats">
          <Figure label={t.home.openFindings} value={c.openFindings} to={paths.findings} />
          <Figure label={t.home.openNonconformities} value={c.openNonconformities} to={paths.findings} alert />
          <Figure label={t.home.overdueActions} value={c.overdueActions.length} to={paths.findings} alert />
          <Figure label={t.home.expiringEvidence} value={c.expiringEvidence.length} to={paths.evidence} />
        </SimpleGrid>
        {c.overdueActions.length > 0 && (
          <Alert color="red" variant="light" icon={<IconAlert />} title={t.home.overdueTitle(c.overdueActions.length)} role="alert">
            <List size="sm" spacing={4}>
              {c.overdueActions.map((a) => (
                <List.Item key={a.id}>
                  <Anchor href={href(pathTo.finding(a.findingId))} size="sm" c="red.9" fw={500}>
                    {a.action}
                  </Anchor>{' '}
                  <Text span size="xs" c="red.8">
                    {t.home.overdueSince(day(a.dueOn), a.findingTitle)}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {c.expiringEvidence.length > 0 && (
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              {t.home.expiringTitle}
            </Text>
            {c.expiringEvidence.map((e) => (
              <Group key={e.id} gap="xs">
                <ValidityBadge validity={e.validity as Validity} />
                <Anchor href={href(paths.evidence)} size="sm">
                  {e.title}
                </Anchor>
                {e.validUntil && (
                  <Text size="xs" c="dimmed">
                    {t.evidence.until(day(e.validUntil))}
                  </Text>
                )}
              </Group>
            ))}
          </Stack>
        )}
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            {t.home.recentAssessments}
          </Text>
          {c.assessments.length === 0 ? (
            <Empty>{t.assessments.empty}</Empty>
          ) : (
            c.assessments.map((a) => (
              <Group key={a.id} justify="space-between" wrap="nowrap" gap="sm">
                <Group gap="xs" wrap="nowrap">
                  <Anchor href={href(pathTo.assessment(a.id))} size="sm" fw={500}>
                    {a.title}
                  </Anchor>
                  <AssessmentStatusBadge status={a.status as AssessmentStatus} />
                </Group>
                <ReadinessBar value={a.readiness} label={t.assessments.readinessOf(a.title)} w={140} />
              </Group>
            ))
          )}
        </Stack>
      </Stack>
    </Section>
  );
}
