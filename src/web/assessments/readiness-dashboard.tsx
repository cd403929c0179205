// src/web/assessments/readiness-dashboard.tsx — readiness of an assessment: totals, a bar chart and a table by clause, then trend and comparison

import { Paper, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { Suspense, lazy, useMemo } from 'react';
import type { TAssessmentView } from '../../contracts/conformity.js';
import { type Locale, type Messages, formatNumber, formatPercent } from '../../i18n/index.js';
import { textIn } from '../../domain/conformity/framework.js';
import { ReadinessBar } from '../components/conformity.js';
import { type Column, DataTable } from '../components/data-table.js';
import { Section } from '../components/layout.js';
import type { ChartOption } from '../components/echart.js';
import { useI18n } from '../lib/i18n.js';
import { TrendAndCompare } from './trend-compare.js';

// ECharts loads with the first chart, as on the KPI page.
const EChart = lazy(() => import('../components/echart.js'));

type Clause = TAssessmentView['readiness']['byClause'][number];

const colors = { conformant: '#2f9e44', partiallyConformant: '#f08c00', nonconformant: '#e03131', open: '#ced4da' };
const font = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans", sans-serif';

/** Stacked bars per clause: how many applicable requirements are conformant, partly, not, or still open. */
const clauseOption = (t: Messages, locale: Locale, clauses: Clause[], title: (ref: string) => string): ChartOption => {
  const labels = clauses.map((c) => c.ref);
  const bar = (key: keyof typeof colors, name: string) => ({
    type: 'bar' as const,
    name,
    stack: 'all',
    data: clauses.map((c) => c[key]),
    itemStyle: { color: colors[key] },
  });
  return {
    textStyle: { fontFamily: font },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const list = params as { axisValue: string; seriesName: string; value: number; marker: string }[];
        const ref = list[0]?.axisValue ?? '';
        const clause = clauses.find((c) => c.ref === ref);
        const head = `<b>${ref} ${title(ref)}</b><br/>${t.conformity.readiness}: ${clause?.readiness == null ? t.common.none : formatPercent(clause.readiness, locale)}`;
        return `${head}<br/>${list.map((p) => `${p.marker}${p.seriesName}: ${formatNumber(p.value, locale)}`).join('<br/>')}`;
      },
    },
    legend: { top: 0, left: 0 },
    grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value', minInterval: 1, name: t.assessments.requirementsAxis },
    series: [
      bar('conformant', t.conformity.results.conformant),
      bar('partiallyConformant', t.conformity.results.partially_conformant),
      bar('nonconformant', t.conformity.results.nonconformant),
      bar('open', t.conformity.notAssessed),
    ],
  };
};

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder radius="md" px="md" py="sm" className="ccq-stat">
      <Text component="dt" size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text component="dd" fw={650} fz={22} mt={2} lh={1.2} className="ccq-num">
        {value}
      </Text>
    </Paper>
  );
}

export function ReadinessDashboard({ view }: { view: TAssessmentView }) {
  const { t, locale } = useI18n();
  const { total } = view.readiness;
  // Worked out once per answer saved, not at every render: the chart redraws when its option changes.
  const { clauses, title, option } = useMemo(() => {
    const titles = new Map(view.framework.nodes.map((n) => [n.ref, textIn(n.title, locale)]));
    const title = (ref: string) => titles.get(ref) ?? '';
    const clauses = view.readiness.byClause.filter((c) => c.applicable + c.notApplicable > 0);
    return { clauses, title, option: clauseOption(t, locale, clauses, title) };
  }, [t, locale, view.framework, view.readiness]);
  const num = (n: number) => formatNumber(n, locale);

  const columns: Column<Clause>[] = [
    { key: 'ref', header: t.assessments.clause, cell: (c) => <code className="ccq-code">{c.ref}</code> },
    { key: 'title', header: t.assessments.clauseTitle, cell: (c) => title(c.ref) },
    {
      key: 'readiness',
      header: t.conformity.readiness,
      cell: (c) => <ReadinessBar value={c.readiness} label={`${c.ref} ${title(c.ref)}`} w={100} />,
    },
    ...(['conformant', 'partiallyConformant', 'nonconformant', 'open', 'notApplicable'] as const).map(
      (k): Column<Clause> => ({
        key: k,
        header: t.assessments.counts[k],
        thProps: { ta: 'right' },
        tdProps: { ta: 'right', className: 'ccq-num' },
        cell: (c) => num(c[k]),
      }),
    ),
  ];

  return (
    <Stack gap="xl">
      <SimpleGrid component="dl" cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" className="ccq-stats">
        <Stat label={t.conformity.readiness} value={total.readiness === null ? t.common.none : formatPercent(total.readiness, locale)} />
        <Stat label={t.assessments.counts.conformant} value={num(total.conformant)} />
        <Stat label={t.assessments.counts.partiallyConformant} value={num(total.partiallyConformant)} />
        <Stat label={t.assessments.counts.nonconformant} value={num(total.nonconformant)} />
        <Stat label={t.assessments.counts.open} value={num(total.open)} />
        <Stat label={t.assessments.counts.notApplicable} value={num(total.notApplicable)} />
      </SimpleGrid>
      <Text size="sm" c="dimmed" mt={-12}>
        {t.conformity.readinessHint}
      </Text>
      <Section id="readiness-chart" title={t.assessments.byClause} description={t.assessments.byClauseHint}>
        <div style={{ padding: 'var(--mantine-spacing-md)' }}>
          <Suspense fallback={<Skeleton h={300} />}>
            <EChart option={option} label={t.assessments.byClause} height={300} />
          </Suspense>
        </div>
        <DataTable columns={columns} rows={clauses} rowKey={(c) => c.ref} empty={t.common.none} minWidth={760} highlightOnHover={false} />
      </Section>
      <TrendAndCompare view={view} />
    </Stack>
  );
}
