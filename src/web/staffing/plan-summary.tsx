// src/web/staffing/plan-summary.tsx — what a plan rests on (targets and their source, patience, the forecast and its backtest) and its totals

import { Badge, Grid, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { TPlan } from '../../contracts/staffing.js';
import { formatDate } from '../../i18n/index.js';
import { useI18n } from '../lib/i18n.js';
import { modelName, num, pct, secs } from './staffing-kit.js';
import { Stat } from './stat.js';

function Box({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap={6}>
        <Title order={3} fz={15} fw={600}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function Targets({ plan }: { plan: TPlan }) {
  const { t, locale } = useI18n();
  const p = t.staffing.plan;
  const s = plan.targetSource;
  const g = plan.targets;
  const source =
    s.kind === 'mandate'
      ? p.sourceMandate(s.title, s.version, s.signed ? p.signed : p.unsigned)
      : s.kind === 'given'
        ? p.sourceGiven
        : p.sourceDefault;
  return (
    <Box title={p.targetsTitle}>
      <Text size="sm">{source}</Text>
      <Text size="sm" component="ul" m={0} pl="md">
        {g.serviceLevel && <li>{p.targetSl(pct(g.serviceLevel.fraction, locale, 0), num(g.serviceLevel.thresholdSeconds, locale))}</li>}
        {g.maxAsaSeconds !== undefined && <li>{p.targetAsa(secs(g.maxAsaSeconds, locale))}</li>}
        {g.maxAbandonRate !== undefined && <li>{p.targetAbandon(pct(g.maxAbandonRate, locale))}</li>}
        {g.maxOccupancy !== undefined && <li>{p.targetOccupancy(pct(g.maxOccupancy, locale, 0))}</li>}
      </Text>
    </Box>
  );
}

function Model({ plan }: { plan: TPlan }) {
  const { t, locale } = useI18n();
  const p = t.staffing.plan;
  const pa = plan.patience;
  const ci = pa.estimate?.ci95;
  return (
    <Box title={p.modelTitle}>
      <Text size="sm">{p.modelUsed(modelName(plan.model), pct(plan.shrinkage, locale, 0))}</Text>
      <Text size="sm">
        {pa.seconds === null
          ? p.patienceNone
          : p.patienceUsed(secs(pa.seconds, locale), (p.patienceSource as Record<string, string>)[pa.source] ?? pa.source)}
      </Text>
      {ci && (
        <Text size="xs" c="dimmed">
          {p.patienceCi(secs(ci[0], locale), secs(ci[1], locale), num(pa.estimate?.abandoned ?? 0, locale))}
        </Text>
      )}
    </Box>
  );
}

/** The plan simulated back to back: the service level with its interval beside the one the models expect. */
function Check({ plan }: { plan: TPlan }) {
  const { t, locale } = useI18n();
  const p = t.staffing.plan;
  const c = plan.check;
  if (!c) return null;
  const ci = c.serviceLevel.ci95;
  return (
    <Box title={p.checkTitle}>
      <Text size="sm">
        {p.checkResult(
          pct(c.serviceLevel.value, locale),
          ci ? `${pct(ci[0], locale)} – ${pct(ci[1], locale)}` : '–',
          pct(plan.totals.expectedServiceLevel, locale),
        )}
      </Text>
      <Text size="xs" c="dimmed">
        {p.checkDetail(
          pct(c.probabilityAbandon.value, locale),
          num(c.contacts, locale),
          num(c.replications, locale),
          p.checkPatience[c.patience],
        )}
      </Text>
    </Box>
  );
}

function Forecast({ plan }: { plan: TPlan }) {
  const { t, locale } = useI18n();
  const p = t.staffing.plan;
  const f = plan.forecast;
  const method = (m: string) => (p.methods as Record<string, string>)[m] ?? m;
  return (
    <Box title={p.forecastTitle}>
      <Text size="sm">{p.forecastUsed(method(f.offered.method), method(f.aht.method))}</Text>
      <Text size="xs" c="dimmed">
        {p.history(
          formatDate(plan.history.from, locale),
          formatDate(plan.history.to, locale),
          num(plan.history.days, locale),
          num(plan.history.offered, locale),
        )}
      </Text>
      <Table withTableBorder={false} verticalSpacing={4} fz="sm" aria-label={p.backtest}>
        <Table.Caption>{p.backtestHelp}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{p.method}</Table.Th>
            <Table.Th scope="col" ta="right">
              MAE
            </Table.Th>
            <Table.Th scope="col" ta="right">
              MASE
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {p.origins}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {f.offered.evaluation.map((e) => (
            <Table.Tr key={e.method}>
              <Table.Td>
                {method(e.method)}{' '}
                {e.method === f.offered.method && (
                  <Badge size="xs" variant="light">
                    {p.chosen}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right">{num(e.mae, locale, 2)}</Table.Td>
              <Table.Td ta="right">{num(e.mase, locale, 2)}</Table.Td>
              <Table.Td ta="right">{num(e.origins, locale)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}

/** The plan's totals as figures, named so each can be found by what it is. */
export function PlanTotals({ plan }: { plan: TPlan }) {
  const { t, locale } = useI18n();
  const p = t.staffing.plan;
  const x = plan.totals;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
      <Stat label={p.totalContacts} value={num(x.offered, locale)} />
      <Stat label={p.agentHours} value={num(x.agentHours, locale, 1)} />
      <Stat label={p.scheduledHours} value={num(x.scheduledHours, locale, 1)} />
      <Stat label={p.peakScheduled} value={num(x.peakScheduled, locale)} />
      <Stat label={p.expectedSl} value={pct(x.expectedServiceLevel, locale)} />
      <Stat label={p.expectedAbandon} value={pct(x.expectedAbandonRate, locale)} />
    </SimpleGrid>
  );
}

/** Where the targets came from, the model and patience, the forecast with its backtest. */
export function PlanBasis({ plan }: { plan: TPlan }) {
  return (
    <Grid gap="sm">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="sm">
          <Targets plan={plan} />
          <Model plan={plan} />
          <Check plan={plan} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Forecast plan={plan} />
      </Grid.Col>
    </Grid>
  );
}
