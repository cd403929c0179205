// src/web/staffing/patience-panel.tsx — the queue's customers' patience: the estimate Erlang A uses and the Kaplan–Meier curve of time to abandon beside the exponential it assumes

import { Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Suspense, lazy, useMemo } from 'react';
import type { z } from 'zod';
import type { ZPatience } from '../../contracts/staffing.js';
import { type Locale, type Messages, formatPercent } from '../../i18n/index.js';
import type { ChartOption } from '../components/echart.js';
import { ErrorAlert } from '../components/errors.js';
import { useI18n } from '../lib/i18n.js';
import { useLoad } from '../lib/use-load.js';
import { chartColors, chartFont } from './chart-style.js';
import { num, pct, secs } from './staffing-kit.js';
import { Stat } from './stat.js';

const EChart = lazy(() => import('../components/echart.js'));

type Patience = z.infer<typeof ZPatience>;

/** The day `days` before a YYYY-MM-DD date, in the same form (calendar arithmetic in UTC: no zone can shift it). */
const daysBefore = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * Survival as steps (Kaplan–Meier) with its 95 % band, and e^(−t/mean) — the exponential patience
 * Erlang A assumes. Where the steps leave the curve, the centre's customers are not exponential and
 * the simulation (empirical patience) is the better check.
 */
const survivalOption = (t: Messages, locale: Locale, p: Patience): ChartOption => {
  const points = p.survival.points;
  const last = points.at(-1)?.seconds ?? 0;
  const mean = p.estimate?.meanSeconds ?? null;
  const step = Math.max(1, Math.ceil(last / 60));
  const exponential =
    mean === null ? [] : Array.from({ length: Math.floor(last / step) + 1 }, (_, i) => [i * step, Math.exp((-i * step) / mean)]);
  const percent = (v: unknown) => (typeof v === 'number' ? formatPercent(v, locale, 1) : '–');
  return {
    textStyle: { fontFamily: chartFont },
    tooltip: { trigger: 'axis', valueFormatter: percent },
    legend: { top: 0, left: 0 },
    grid: { left: 8, right: 24, top: 40, bottom: 28, containLabel: true },
    xAxis: { type: 'value', min: 0, name: t.staffing.patience.seconds, nameLocation: 'middle', nameGap: 26 },
    yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v: number) => formatPercent(v, locale) } },
    series: [
      {
        type: 'line',
        name: t.staffing.patience.survival,
        step: 'end',
        symbol: 'none',
        data: [[0, 1], ...points.map((x) => [x.seconds, x.survival])],
        itemStyle: { color: chartColors.actual },
      },
      {
        type: 'line',
        name: t.staffing.patience.band,
        step: 'end',
        symbol: 'none',
        lineStyle: { type: 'dotted', width: 1 },
        data: [[0, 1], ...points.map((x) => [x.seconds, x.lower])],
        itemStyle: { color: chartColors.contacts },
      },
      {
        type: 'line',
        name: t.staffing.patience.exponential,
        symbol: 'none',
        lineStyle: { type: 'dashed' },
        data: exponential,
        itemStyle: { color: chartColors.abandon },
      },
    ],
  };
};

export function PatiencePanel({ queueId, before, weeks }: { queueId: string; before: string; weeks: number }) {
  const { t, locale } = useI18n();
  const tp = t.staffing.patience;
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(before) && Number.isInteger(weeks) && weeks >= 1 && weeks <= 52;
  const from = valid ? daysBefore(before, weeks * 7) : '';
  const path = valid ? `/api/v1/staffing/patience?queue=${encodeURIComponent(queueId)}&from=${from}&to=${before}` : null;
  const loaded = useLoad<Patience>(path);
  const p = loaded.data;
  const option = useMemo(() => (p ? survivalOption(t, locale, p) : null), [p, t, locale]);
  if (!valid) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={tp.title}>
      <Stack gap="sm">
        <Title order={2} fz={18}>
          {tp.title}
        </Title>
        <Text size="sm" c="dimmed">
          {tp.help(from, before)}
        </Text>
        {loaded.error ? <ErrorAlert error={loaded.error} onRetry={loaded.reload} /> : null}
        {!p && !loaded.error ? <Skeleton h={120} /> : null}
        {p && (
          <>
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              <Stat
                label={tp.mean}
                value={secs(p.estimate?.meanSeconds ?? null, locale)}
                hint={p.estimate ? tp.ci(secs(p.estimate.ci95[0], locale), secs(p.estimate.ci95[1], locale)) : tp.noAbandons}
              />
              <Stat label={tp.median} value={secs(p.survival.medianSeconds, locale)} />
              <Stat label={tp.abandoned} value={num(p.abandoned, locale)} hint={tp.ofQueued(num(p.queued, locale))} />
              <Stat label={tp.abandonShare} value={pct(p.queued > 0 ? p.abandoned / p.queued : null, locale)} />
            </SimpleGrid>
            {option && p.survival.points.length > 0 && (
              <Suspense fallback={<Skeleton h={280} />}>
                <EChart option={option} label={tp.chartLabel} height={280} />
              </Suspense>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
