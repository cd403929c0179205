// src/web/staffing/saved-plans.tsx — the saved plans of one queue, newest first, each with its files and its comparison with what happened

import { Button, Group, Text } from '@mantine/core';
import type { TSavedPlan } from '../../contracts/staffing.js';
import { formatDate, formatDateTime } from '../../i18n/index.js';
import { type Column, DataTable } from '../components/data-table.js';
import { ErrorAlert } from '../components/errors.js';
import { Section } from '../components/layout.js';
import { useI18n } from '../lib/i18n.js';
import { useLoad } from '../lib/use-load.js';
import { PlanDownloads } from './plan-downloads.js';
import { modelName, num, pct } from './staffing-kit.js';

type Props = { queueId: string; openId: string | null; onOpen: (plan: TSavedPlan) => void };

export function SavedPlans({ queueId, openId, onOpen }: Props) {
  const { t, locale } = useI18n();
  const p = t.staffing.plan;
  const plans = useLoad<TSavedPlan[]>(`/api/v1/staffing/plans?queue=${encodeURIComponent(queueId)}`);
  const right = { tdProps: { ta: 'right' as const }, thProps: { ta: 'right' as const } };
  const period = (r: TSavedPlan) => `${formatDate(r.from, locale)} – ${formatDate(r.to, locale)}`;
  const columns: Column<TSavedPlan>[] = [
    {
      key: 'period',
      header: p.period,
      cell: (r) => (
        <>
          <Text size="sm" className="ccq-nowrap">
            {period(r)}
          </Text>
          <Text size="xs" c="dimmed">
            {`${modelName(r.model)} · ${t.staffing.calc.minutes(r.intervalMinutes)} · ${p.savedAt(formatDateTime(r.createdAt, locale))}`}
          </Text>
        </>
      ),
    },
    { key: 'hours', header: p.scheduledHours, ...right, cell: (r) => num(r.scheduledHours, locale, 1) },
    { key: 'sl', header: p.expectedSl, ...right, cell: (r) => pct(r.expectedServiceLevel, locale) },
    {
      key: 'actions',
      header: p.files,
      hiddenHeader: true,
      cell: (r) => (
        <Group gap="md" wrap="nowrap" justify="flex-end">
          <PlanDownloads planId={r.id} />
          <Button
            size="compact-sm"
            variant={openId === r.id ? 'filled' : 'light'}
            onClick={() => onOpen(r)}
            aria-pressed={openId === r.id}
            aria-label={p.openActual(period(r))}
          >
            {p.planVsActual}
          </Button>
        </Group>
      ),
    },
  ];
  return (
    <Section id="saved-plans" title={p.savedTitle} description={p.savedHelp}>
      {plans.error ? <ErrorAlert error={plans.error} onRetry={plans.reload} /> : null}
      {!plans.error && <DataTable columns={columns} rows={plans.data} rowKey={(r) => r.id} empty={p.noSaved} minWidth={720} />}
    </Section>
  );
}
