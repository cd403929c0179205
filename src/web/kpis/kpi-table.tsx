// src/web/kpis/kpi-table.tsx — every KPI per period (and per queue), each header with its definition on hover

import { Text } from '@mantine/core';
import type { TKpiResult } from '../../contracts/contact-data.js';
import type { PeriodGrouping } from '../../domain/kpi/compute.js';
import { kpiDictionary } from '../../domain/kpi/dictionary.js';
import { type Column, DataTable } from '../components/data-table.js';
import { Section } from '../components/layout.js';
import { useI18n } from '../lib/i18n.js';
import { formatKpi, periodLabel } from './kpi-format.js';
import { KpiLabel } from './kpi-label.js';

type Group = TKpiResult['groups'][number];

/** Rows beyond this would make the page slow to draw; a longer grouping shows the rest. */
const MAX_ROWS = 750;

export function KpiTable({ id, title, result, grouping }: { id: string; title: string; result: TKpiResult; grouping: PeriodGrouping }) {
  const { t, locale } = useI18n();
  const shown = Object.keys(result.groups[0]?.kpis ?? {});
  const perQueue = result.by.includes('queue');
  const queueName = new Map(result.queues.map((q) => [q.id, q.name]));
  const columns: Column<Group>[] = [
    {
      key: 'period',
      header: t.kpis.period,
      tdProps: { className: 'ccq-nowrap' },
      cell: (g) =>
        g.periodStart ? <time dateTime={g.periodStart}>{periodLabel(t, locale, grouping, g.periodStart)}</time> : t.common.none,
    },
    ...(perQueue
      ? [
          {
            key: 'queue',
            header: t.kpis.queue,
            cell: (g: Group) => (
              <code className="ccq-code" title={g.queueId ? queueName.get(g.queueId) : undefined}>
                {g.queue}
              </code>
            ),
          },
        ]
      : []),
    ...kpiDictionary
      .filter((d) => shown.includes(d.id))
      .map(
        (d): Column<Group> => ({
          key: d.id,
          header: <KpiLabel id={d.id} parameters={result.parameters} />,
          thProps: { ta: 'right' },
          tdProps: { ta: 'right', className: 'ccq-num ccq-nowrap' },
          cell: (g) => formatKpi(t, locale, d.unit, g.kpis[d.id]),
        }),
      ),
  ];
  const rows = result.groups.slice(0, MAX_ROWS);
  return (
    <Section id={id} title={title} description={t.kpis.tableHint}>
      <DataTable
        columns={columns}
        rows={rows}
        rowKey={(g) => `${g.queueId ?? ''}|${g.periodStart ?? ''}`}
        empty={t.kpis.noData}
        minWidth={perQueue ? 1900 : 1800}
        highlightOnHover
      />
      {result.groups.length > MAX_ROWS && (
        <Text size="sm" c="dimmed" px="lg" py="sm">
          {t.kpis.tableCapped(MAX_ROWS, result.groups.length)}
        </Text>
      )}
    </Section>
  );
}
