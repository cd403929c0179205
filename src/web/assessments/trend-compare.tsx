// src/web/assessments/trend-compare.tsx — readiness across the assessments of the same scope, and what changed since an earlier one

import { Anchor, Badge, Group, NativeSelect, Skeleton, Stack, Text } from '@mantine/core';
import { Suspense, lazy, useMemo, useState } from 'react';
import type { z } from 'zod';
import type { TAssessmentView, ZComparison, ZTrendPoint } from '../../contracts/conformity.js';
import type { AssessmentStatus, RequirementResult } from '../../domain/conformity/assessment.js';
import { textIn } from '../../domain/conformity/framework.js';
import { formatDate, formatPercent } from '../../i18n/index.js';
import { pathTo } from '../app/paths.js';
import { AssessmentStatusBadge, ReadinessBar, ResultBadge } from '../components/conformity.js';
import { type Column, DataTable } from '../components/data-table.js';
import { ErrorAlert } from '../components/errors.js';
import { Empty, Section } from '../components/layout.js';
import type { ChartOption } from '../components/echart.js';
import { useI18n } from '../lib/i18n.js';
import { href } from '../lib/router.js';
import { useLoad } from '../lib/use-load.js';

const EChart = lazy(() => import('../components/echart.js'));

type Point = z.infer<typeof ZTrendPoint>;
type Comparison = z.infer<typeof ZComparison>;
type Change = Comparison['changes'][number];

const noPoints: Point[] = [];

const directionColor: Record<Change['direction'], string> = {
  better: 'teal',
  worse: 'red',
  changed: 'gray',
  added: 'blue',
  removed: 'gray',
};

export function TrendAndCompare({ view }: { view: TAssessmentView }) {
  const { t, locale } = useI18n();
  const id = view.assessment.id;
  const trend = useLoad<Point[]>(`/api/v1/assessments/${encodeURIComponent(id)}/trend`);
  const points = trend.data ?? noPoints;
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? formatPercent(v, locale) : t.common.none) },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: points.map((p) => p.title) },
      yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v: number) => formatPercent(v, locale) } },
      series: [
        {
          type: 'line',
          name: t.conformity.readiness,
          data: points.map((p) => p.readiness),
          lineStyle: { width: 2.5 },
          itemStyle: { color: '#10769b' },
        },
      ],
    }),
    [t, locale, points],
  );
  const columns: Column<Point>[] = [
    {
      key: 'title',
      header: t.assessments.assessment,
      cell: (p) =>
        p.id === id ? (
          <Text size="sm" fw={600}>{`${p.title} (${t.assessments.thisOne})`}</Text>
        ) : (
          <Anchor href={href(pathTo.assessment(p.id))} size="sm">
            {p.title}
          </Anchor>
        ),
    },
    { key: 'edition', header: t.frameworks.edition, cell: (p) => <code className="ccq-code">{p.edition}</code> },
    { key: 'createdAt', header: t.common.createdAt, tdProps: { className: 'ccq-nowrap' }, cell: (p) => formatDate(p.createdAt, locale) },
    { key: 'status', header: t.common.status, cell: (p) => <AssessmentStatusBadge status={p.status as AssessmentStatus} /> },
    { key: 'readiness', header: t.conformity.readiness, cell: (p) => <ReadinessBar value={p.readiness} label={p.title} w={100} /> },
  ];
  const earlier = points.filter((p) => p.id !== id);

  return (
    <>
      <Section id="readiness-trend" title={t.assessments.trend} description={t.assessments.trendHint}>
        {trend.error !== null && <ErrorAlert error={trend.error} onRetry={trend.reload} />}
        {points.length > 1 && (
          <div style={{ padding: 'var(--mantine-spacing-md)' }}>
            <Suspense fallback={<Skeleton h={220} />}>
              <EChart option={option} label={t.assessments.trend} height={220} />
            </Suspense>
          </div>
        )}
        <DataTable columns={columns} rows={trend.data} rowKey={(p) => p.id} empty={t.common.none} minWidth={640} />
      </Section>
      <Section id="readiness-compare" title={t.assessments.compare} description={t.assessments.compareHint}>
        {earlier.length === 0 ? <Empty>{t.assessments.nothingToCompare}</Empty> : <Compare view={view} earlier={earlier} />}
      </Section>
    </>
  );
}

function Compare({ view, earlier }: { view: TAssessmentView; earlier: Point[] }) {
  const { t, locale } = useI18n();
  const [base, setBase] = useState(earlier[earlier.length - 1]?.id ?? '');
  const id = view.assessment.id;
  const cmp = useLoad<Comparison>(base ? `/api/v1/assessments/${encodeURIComponent(id)}/compare?base=${encodeURIComponent(base)}` : null);
  const titles = new Map(view.framework.nodes.map((n) => [n.ref, textIn(n.title, locale)]));
  const pct = (v: number | null | undefined) => (v == null ? t.common.none : formatPercent(v, locale));
  const side = (s: Change['before']) =>
    s === null ? (
      t.common.none
    ) : (
      <Group gap={6} wrap="nowrap">
        <ResultBadge result={s.result as RequirementResult | null} />
        {s.score !== null && (
          <Text size="xs" c="dimmed">
            {t.assessments.scoreShort(s.score)}
          </Text>
        )}
      </Group>
    );
  const columns: Column<Change>[] = [
    { key: 'ref', header: t.assessments.ref, cell: (c) => <code className="ccq-code">{c.ref}</code> },
    { key: 'title', header: t.assessments.clauseTitle, cell: (c) => titles.get(c.ref) ?? t.common.none },
    { key: 'before', header: t.assessments.before, cell: (c) => side(c.before) },
    { key: 'after', header: t.assessments.after, cell: (c) => side(c.after) },
    {
      key: 'direction',
      header: t.assessments.direction,
      cell: (c) => (
        <Badge size="sm" variant="light" color={directionColor[c.direction]}>
          {t.conformity.directions[c.direction]}
        </Badge>
      ),
    },
  ];
  const count = (d: Change['direction']) => cmp.data?.changes.filter((c) => c.direction === d).length ?? 0;
  return (
    <Stack gap={0}>
      <Group px="lg" py="md" gap="lg" align="flex-end">
        <NativeSelect
          label={t.assessments.compareWith}
          value={base}
          onChange={(e) => setBase(e.currentTarget.value)}
          data={earlier.map((p) => ({ value: p.id, label: `${p.title} (${formatDate(p.createdAt, locale)})` }))}
          w={360}
        />
        {cmp.data && (
          <Group gap="xs">
            <Text size="sm">
              {t.conformity.readiness}: {pct(cmp.data.readiness.base.total.readiness)} →{' '}
              <b>{pct(cmp.data.readiness.current.total.readiness)}</b>
            </Text>
            {(['better', 'worse', 'changed', 'added', 'removed'] as const).map((d) => (
              <Badge key={d} variant="light" color={directionColor[d]}>
                {t.conformity.directions[d]}: {count(d)}
              </Badge>
            ))}
          </Group>
        )}
      </Group>
      {cmp.error !== null && <ErrorAlert error={cmp.error} onRetry={cmp.reload} />}
      <DataTable
        columns={columns}
        rows={cmp.loading ? null : (cmp.data?.changes ?? [])}
        rowKey={(c) => c.ref}
        empty={t.assessments.noChanges}
        minWidth={640}
      />
    </Stack>
  );
}
