// src/web/kpis/kpi-charts.tsx — the two charts per period: volumes with the service level, and speed of answer with handling time

import { Skeleton } from '@mantine/core';
import { Suspense, lazy, useMemo } from 'react';
import type { TKpiResult } from '../../contracts/contact-data.js';
import type { PeriodGrouping } from '../../domain/kpi/compute.js';
import { kpiById } from '../../domain/kpi/dictionary.js';
import { type Locale, type Messages, formatNumber, formatPercent } from '../../i18n/index.js';
import { Section } from '../components/layout.js';
import { useI18n } from '../lib/i18n.js';
import type { ChartOption } from '../components/echart.js';
import { calendarSlots, formatKpi, formatSeconds, periodLabel } from './kpi-format.js';
import { kpiTitle } from './kpi-label.js';

// ECharts is the largest library of the app and only this page draws charts: it loads with the first chart.
const EChart = lazy(() => import('../components/echart.js'));

const colors = { offered: '#a5cedd', answered: '#10769b', abandoned: '#e8590c', serviceLevel: '#2f9e44', asa: '#10769b', aht: '#7048e8' };
const font = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans", sans-serif';

type Series = { labels: string[]; values: (id: string) => (number | null)[] };

/** One point per calendar period where the grouping allows (a day without contacts is a gap), else per period with data. */
const seriesOf = (t: Messages, locale: Locale, result: TKpiResult, grouping: PeriodGrouping): Series => {
  const slots = calendarSlots(grouping, result.from.slice(0, 10), result.to.slice(0, 10));
  if (slots === null || slots.length > 1000)
    return {
      labels: result.groups.map((g) => (g.periodStart ? periodLabel(t, locale, grouping, g.periodStart) : '')),
      values: (id) => result.groups.map((g) => g.kpis[id] ?? null),
    };
  const byDate = new Map(result.groups.map((g) => [g.periodStart?.slice(0, 10) ?? '', g]));
  return {
    labels: slots.map((d) => periodLabel(t, locale, grouping, d)),
    values: (id) => slots.map((d) => byDate.get(d)?.kpis[id] ?? null),
  };
};

const name = (t: Messages, locale: Locale, result: TKpiResult, id: string): string => {
  const def = kpiById.get(id);
  return def ? kpiTitle(t, locale, def, result.parameters) : id;
};

const common = (labels: string[]): ChartOption => ({
  textStyle: { fontFamily: font },
  tooltip: { trigger: 'axis' },
  legend: { top: 0, left: 0 },
  grid: { left: 8, right: 8, top: 72, bottom: 8 },
  xAxis: { type: 'category', data: labels, axisTick: { alignWithLabel: true } },
});

const volumeOption = (t: Messages, locale: Locale, result: TKpiResult, s: Series): ChartOption => {
  const count = (v: unknown) => (typeof v === 'number' ? formatKpi(t, locale, 'count', v) : t.common.none);
  const bar = (id: 'offered' | 'answered' | 'abandoned') => ({
    type: 'bar' as const,
    name: name(t, locale, result, id),
    data: s.values(id),
    itemStyle: { color: colors[id] },
    tooltip: { valueFormatter: count },
  });
  return {
    ...common(s.labels),
    yAxis: [
      { type: 'value', name: t.kpis.count, minInterval: 1, axisLabel: { formatter: (v: number) => formatNumber(v, locale) } },
      {
        type: 'value',
        min: 0,
        max: 1,
        splitLine: { show: false },
        axisLabel: { formatter: (v: number) => formatPercent(v, locale) },
      },
    ],
    series: [
      bar('offered'),
      bar('answered'),
      bar('abandoned'),
      {
        type: 'line',
        name: name(t, locale, result, 'service_level'),
        yAxisIndex: 1,
        data: s.values('service_level'),
        itemStyle: { color: colors.serviceLevel },
        lineStyle: { width: 2.5 },
        tooltip: { valueFormatter: (v) => (typeof v === 'number' ? formatKpi(t, locale, 'share', v) : t.common.none) },
      },
    ],
  };
};

const timesOption = (t: Messages, locale: Locale, result: TKpiResult, s: Series): ChartOption => {
  const line = (id: 'asa' | 'aht') => ({
    type: 'line' as const,
    name: name(t, locale, result, id),
    data: s.values(id),
    itemStyle: { color: colors[id] },
    lineStyle: { width: 2.5 },
    tooltip: { valueFormatter: (v: unknown) => (typeof v === 'number' ? formatSeconds(t, locale, v) : t.common.none) },
  });
  return {
    ...common(s.labels),
    yAxis: { type: 'value', min: 0, axisLabel: { formatter: (v: number) => t.kpis.seconds(formatNumber(v, locale)) } },
    series: [line('asa'), line('aht')],
  };
};

/** Both charts, full width so that long periods stay legible; the figures are the same as in the table below them. */
export function KpiCharts({ result, grouping }: { result: TKpiResult; grouping: PeriodGrouping }) {
  const { t, locale } = useI18n();
  const options = useMemo(() => {
    const s = seriesOf(t, locale, result, grouping);
    return { volume: volumeOption(t, locale, result, s), times: timesOption(t, locale, result, s) };
  }, [t, locale, result, grouping]);
  const fallback = <Skeleton h={320} />;
  return (
    <>
      <Section id="kpi-volume" title={t.kpis.volumeChart} description={t.kpis.volumeChartHint}>
        <div style={{ padding: 'var(--mantine-spacing-md)' }}>
          <Suspense fallback={fallback}>
            <EChart option={options.volume} label={t.kpis.volumeChart} />
          </Suspense>
        </div>
      </Section>
      <Section id="kpi-times" title={t.kpis.timesChart} description={t.kpis.timesChartHint}>
        <div style={{ padding: 'var(--mantine-spacing-md)' }}>
          <Suspense fallback={fallback}>
            <EChart option={options.times} label={t.kpis.timesChart} />
          </Suspense>
        </div>
      </Section>
    </>
  );
}
