// src/web/staffing/plan-chart.tsx — a plan per interval: forecast contacts on one axis, agents by Erlang C, Erlang A and scheduled staff on the other

import { Skeleton } from '@mantine/core';
import { Suspense, lazy, useMemo } from 'react';
import type { TPlanInterval } from '../../contracts/staffing.js';
import { type Locale, type Messages, formatNumber } from '../../i18n/index.js';
import { useI18n } from '../lib/i18n.js';
import { chartColors, chartFont } from './chart-style.js';
import type { ChartOption } from '../components/echart.js';
import { dayOf, timeOf } from './staffing-kit.js';

const EChart = lazy(() => import('../components/echart.js'));

/** Above this many points the chart gets a zoom slider (a week of 30-minute intervals is 336). */
export const ZOOM_FROM = 96;

/** Interval labels: the clock time within one day, the date and time across several. */
export const intervalLabels = (starts: readonly string[]): string[] => {
  const oneDay = starts.length > 0 && dayOf(starts[0] ?? '') === dayOf(starts[starts.length - 1] ?? '');
  return starts.map((s) => (oneDay ? timeOf(s) : `${s.slice(8, 10)}/${s.slice(5, 7)} ${timeOf(s)}`));
};

/** The common frame of the staffing charts over intervals: tooltip, legend, category axis, zoom when long. */
export const intervalFrame = (labels: string[]): ChartOption => ({
  textStyle: { fontFamily: chartFont },
  tooltip: { trigger: 'axis' },
  legend: { top: 0, left: 0 },
  grid: { left: 8, right: 8, top: 56, bottom: labels.length > ZOOM_FROM ? 56 : 16, containLabel: true },
  xAxis: { type: 'category', data: labels, axisTick: { alignWithLabel: true } },
  ...(labels.length > ZOOM_FROM ? { dataZoom: [{ type: 'inside' }, { type: 'slider', bottom: 8 }] } : {}),
});

const planOption = (t: Messages, locale: Locale, rows: readonly TPlanInterval[]): ChartOption => {
  const p = t.staffing.plan;
  const count = (v: unknown) => (typeof v === 'number' ? formatNumber(v, locale, { maximumFractionDigits: 1 }) : '–');
  const line = (name: string, data: (number | null)[], color: string) => ({
    type: 'line' as const,
    name,
    yAxisIndex: 1,
    step: 'middle' as const,
    showSymbol: false,
    data,
    itemStyle: { color },
    tooltip: { valueFormatter: count },
  });
  const hasA = rows.some((r) => r.erlangA !== null);
  return {
    ...intervalFrame(intervalLabels(rows.map((r) => r.start))),
    yAxis: [
      { type: 'value', name: p.contacts, axisLabel: { formatter: (v: number) => formatNumber(v, locale) } },
      { type: 'value', name: p.agentsAxis, minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: p.forecastContacts,
        data: rows.map((r) => r.offered),
        itemStyle: { color: chartColors.contacts },
        tooltip: { valueFormatter: count },
      },
      line(
        p.agentsErlangC,
        rows.map((r) => r.erlangC.agents),
        chartColors.erlangC,
      ),
      ...(hasA
        ? [
            line(
              p.agentsErlangA,
              rows.map((r) => r.erlangA?.agents ?? null),
              chartColors.erlangA,
            ),
          ]
        : []),
      line(
        p.scheduled,
        rows.map((r) => r.scheduled),
        chartColors.scheduled,
      ),
    ],
  };
};

export function PlanChart({ rows }: { rows: readonly TPlanInterval[] }) {
  const { t, locale } = useI18n();
  const option = useMemo(() => planOption(t, locale, rows), [t, locale, rows]);
  return (
    <Suspense fallback={<Skeleton h={340} />}>
      <EChart option={option} label={t.staffing.plan.chartLabel} height={340} />
    </Suspense>
  );
}
