// src/web/people/people-kpi-table.tsx — the people and pulse KPIs of a relationship and month, each with its sample size, interval and low-sample flag

import { Badge, Text, Tooltip } from '@mantine/core';
import type { TPeopleKpi } from '../../contracts/people.js';
import { kpiById } from '../../domain/kpi/dictionary.js';
import { ErrorAlert } from '../components/errors.js';
import { type Column, DataTable } from '../components/data-table.js';
import { useI18n } from '../lib/i18n.js';
import { useLoad } from '../lib/use-load.js';
import { monthRange } from '../lib/months.js';
import { kpiName, kpiText } from './people-kit.js';

export function PeopleKpiTable({ relationshipId, month }: { relationshipId: string; month: string }) {
  const { t, locale } = useI18n();
  const { from, to } = monthRange(month);
  const kpis = useLoad<TPeopleKpi[]>(`/api/v1/people/kpis?relationship=${encodeURIComponent(relationshipId)}&from=${from}&to=${to}`);
  const columns: Column<TPeopleKpi>[] = [
    {
      key: 'kpi',
      header: t.people.kpi,
      cell: (k) => (
        <Tooltip
          label={kpiById.get(k.kpi)?.definition[locale] ?? ''}
          multiline
          w={320}
          withArrow
          events={{ hover: true, focus: true, touch: true }}
        >
          <Text size="sm" fw={500} tabIndex={0}>
            {kpiName(k.kpi, locale)}
          </Text>
        </Tooltip>
      ),
    },
    {
      key: 'value',
      header: t.people.value,
      cell: (k) => (k.value === null ? <Text c="dimmed">{t.people.noValue}</Text> : kpiText(k.kpi, k.value, locale)),
    },
    { key: 'n', header: t.people.sample, cell: (k) => k.n },
    {
      key: 'ci',
      header: t.people.interval,
      cell: (k) => (k.ci ? `${kpiText(k.kpi, k.ci[0], locale)} – ${kpiText(k.kpi, k.ci[1], locale)}` : '–'),
    },
    {
      key: 'flag',
      header: t.people.lowSample,
      hiddenHeader: true,
      cell: (k) =>
        k.lowSample ? (
          <Badge color="yellow" variant="light">
            {t.people.lowSample}
          </Badge>
        ) : null,
    },
  ];
  if (kpis.error) return <ErrorAlert error={kpis.error} onRetry={kpis.reload} />;
  return <DataTable columns={columns} rows={kpis.data} rowKey={(k) => k.kpi} empty={t.people.noValue} />;
}
