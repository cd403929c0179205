// src/web/qa/qa-kpi-table.tsx — the QA KPIs of a relationship and month, each with its sample size, 95 % interval and low-sample flag

import { Badge, Text, Tooltip } from '@mantine/core';
import { kpiById } from '../../domain/kpi/dictionary.js';
import { type Column, DataTable } from '../components/data-table.js';
import { ErrorAlert } from '../components/errors.js';
import { useI18n } from '../lib/i18n.js';
import { useLoad } from '../lib/use-load.js';
import { monthRange } from '../lib/months.js';
import { kpiText, qaKpiIds } from './qa-kit.js';

type Measured = { value: number | null; n: number; ci: [number, number] | null; lowSample: boolean };
type Row = Measured & { kpi: string };

export function QaKpiTable({ relationshipId, month }: { relationshipId: string; month: string }) {
  const { t, locale } = useI18n();
  const { from, to } = monthRange(month);
  const kpis = useLoad<Record<string, Measured>>(
    `/api/v1/qa/kpis?relationship=${encodeURIComponent(relationshipId)}&from=${from}&to=${to}`,
  );
  const rows: Row[] | null = kpis.data
    ? qaKpiIds.map((id) => ({ kpi: id, ...(kpis.data?.[id] ?? { value: null, n: 0, ci: null, lowSample: true }) }))
    : null;
  const columns: Column<Row>[] = [
    {
      key: 'kpi',
      header: t.qa.kpi,
      cell: (k) => (
        <Tooltip label={kpiById.get(k.kpi)?.definition[locale] ?? ''} multiline w={320}>
          <Text size="sm" fw={500} tabIndex={0}>
            {kpiById.get(k.kpi)?.name[locale] ?? k.kpi}
          </Text>
        </Tooltip>
      ),
    },
    {
      key: 'value',
      header: t.qa.value,
      cell: (k) => (k.value === null ? <Text c="dimmed">{t.qa.noValue}</Text> : kpiText(k.kpi, k.value, locale)),
    },
    { key: 'n', header: t.qa.sample, cell: (k) => k.n },
    {
      key: 'ci',
      header: t.qa.interval,
      cell: (k) => (k.ci ? `${kpiText(k.kpi, k.ci[0], locale)} – ${kpiText(k.kpi, k.ci[1], locale)}` : '–'),
    },
    {
      key: 'low',
      header: t.qa.lowSample,
      hiddenHeader: true,
      cell: (k) =>
        k.lowSample ? (
          <Badge color="yellow" variant="light">
            {t.qa.lowSample}
          </Badge>
        ) : null,
    },
  ];
  if (kpis.error) return <ErrorAlert error={kpis.error} onRetry={kpis.reload} />;
  return <DataTable columns={columns} rows={rows} rowKey={(k) => k.kpi} empty={t.qa.noValue} minWidth={560} />;
}
