// src/web/staffing/calculator-chart.tsx — service level (and abandon rate under Erlang A) against the number of agents, with the target marked

import { Skeleton } from '@mantine/core';
import { Suspense, lazy, useMemo } from 'react';
import type { CalculatorResult } from '../../domain/staffing/calculator.js';
import { type Locale, type Messages, formatPercent } from '../../i18n/index.js';
import { useI18n } from '../lib/i18n.js';
import { chartColors, chartFont } from './chart-style.js';
import type { ChartOption } from '../components/echart.js';

// ECharts is large: it loads with the first staffing chart, not with the app.
const EChart = lazy(() => import('../components/echart.js'));

const curveOption = (t: Messages, locale: Locale, r: CalculatorResult): ChartOption => {
  const labels = r.curve.map((m) => String(m.agents));
  const percent = (v: unknown) => (typeof v === 'number' ? formatPercent(v, locale, 1) : '–');
  const target = r.targets.serviceLevel?.fraction;
  const chosen = {
    silent: true,
    symbol: 'none',
    lineStyle: { color: '#868e96', type: 'dotted' as const },
    label: { formatter: t.staffing.calc.chartChosen },
    data: [{ xAxis: String(r.agents) }],
  };
  const targetLine =
    target === undefined
      ? chosen
      : {
          ...chosen,
          data: [
            ...chosen.data,
            {
              yAxis: target,
              lineStyle: { color: chartColors.target, type: 'dashed' as const },
              label: { formatter: t.staffing.calc.chartTarget, position: 'insideStartTop' as const },
            },
          ],
        };
  return {
    textStyle: { fontFamily: chartFont },
    tooltip: { trigger: 'axis', valueFormatter: percent },
    legend: { top: 0, left: 0 },
    grid: { left: 8, right: 24, top: 48, bottom: 24, containLabel: true },
    xAxis: { type: 'category', data: labels, name: t.staffing.calc.chartAgents, nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v: number) => formatPercent(v, locale) } },
    series: [
      {
        type: 'line',
        name: t.staffing.measures.serviceLevel,
        data: r.curve.map((m) => m.serviceLevel),
        itemStyle: { color: chartColors.serviceLevel },
        markLine: targetLine,
      },
      ...(r.model === 'erlang-a'
        ? [
            {
              type: 'line' as const,
              name: t.staffing.measures.abandon,
              data: r.curve.map((m) => m.probabilityAbandon),
              itemStyle: { color: chartColors.abandon },
            },
          ]
        : []),
    ],
  };
};

/** The chart of the calculator's curve; the same figures for the chosen number of agents stand beside it in words. */
export function CalculatorChart({ result }: { result: CalculatorResult }) {
  const { t, locale } = useI18n();
  const option = useMemo(() => curveOption(t, locale, result), [t, locale, result]);
  return (
    <Suspense fallback={<Skeleton h={300} />}>
      <EChart option={option} label={t.staffing.calc.chartLabel} height={300} />
    </Suspense>
  );
}
