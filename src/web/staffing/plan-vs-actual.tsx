// src/web/staffing/plan-vs-actual.tsx — a saved plan against what happened: forecast vs offered contacts, expected vs measured service level, planned vs available agents

import { Alert, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { Suspense, lazy, useMemo } from 'react';
import type { TPlanVsActual } from '../../contracts/staffing.js';
import { type Locale, type Messages, formatDate, formatNumber, formatPercent } from '../../i18n/index.js';
import { ErrorAlert } from '../components/errors.js';
import { Section } from '../components/layout.js';
import { useI18n } from '../lib/i18n.js';
import { useLoad } from '../lib/use-load.js';
import { intervalFrame, intervalLabels } from './plan-chart.js';
import { chartColors } from './chart-style.js';
import type { ChartOption } from '../components/echart.js';
import { num, pct } from './staffing-kit.js';
import { Stat } from './stat.js';

const EChart = lazy(() => import('../components/echart.js'));

const compareOption = (t: Messages, locale: Locale, v: TPlanVsActual): ChartOption => {
  const a = t.staffing.actual;
  const count = (x: unknown) => (typeof x === 'number' ? formatNumber(x, locale, { maximumFractionDigits: 1 }) : '–');
  const share = (x: unknown) => (typeof x === 'number' ? formatPercent(x, locale, 1) : '–');
  const target = v.plan.targets.serviceLevel?.fraction;
  const sl = (name: string, data: (number | null)[], color: string, dashed: boolean) => ({
    type: 'line' as const,
    name,
    yAxisIndex: 1,
    showSymbol: false,
    connectNulls: false,
    data,
    itemStyle: { color },
    lineStyle: dashed ? { type: 'dashed' as const } : {},
    tooltip: { valueFormatter: share },
  });
  // An interval without forecast contacts expects nothing: no point, rather than a service level of 100 %.
  const expected = sl(
    a.expectedSl,
    v.rows.map((r) => (r.forecastOffered > 0 ? r.expectedServiceLevel : null)),
    chartColors.erlangC,
    true,
  );
  return {
    ...intervalFrame(intervalLabels(v.rows.map((r) => r.start))),
    yAxis: [
      { type: 'value', name: t.staffing.plan.contacts, axisLabel: { formatter: (x: number) => formatNumber(x, locale) } },
      { type: 'value', min: 0, max: 1, splitLine: { show: false }, axisLabel: { formatter: (x: number) => formatPercent(x, locale) } },
    ],
    series: [
      {
        type: 'bar',
        name: a.actualContacts,
        data: v.rows.map((r) => r.actualOffered),
        itemStyle: { color: chartColors.contacts },
        tooltip: { valueFormatter: count },
      },
      {
        type: 'line',
        name: a.forecastContacts,
        data: v.rows.map((r) => r.forecastOffered),
        showSymbol: false,
        itemStyle: { color: chartColors.actual },
        tooltip: { valueFormatter: count },
      },
      target === undefined
        ? expected
        : {
            ...expected,
            markLine: {
              silent: true,
              symbol: 'none',
              data: [{ yAxis: target }],
              lineStyle: { color: chartColors.target },
              label: { formatter: t.staffing.calc.chartTarget, position: 'insideStartTop' as const },
            },
          },
      sl(
        a.actualSl,
        v.rows.map((r) => r.actualServiceLevel),
        chartColors.serviceLevel,
        false,
      ),
    ],
  };
};

function Summary({ v }: { v: TPlanVsActual }) {
  const { t, locale } = useI18n();
  const a = t.staffing.actual;
  const s = v.summary;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm">
      <Stat label={a.forecastContacts} value={num(s.forecastOffered, locale)} />
      <Stat
        label={a.actualContacts}
        value={num(s.actualOffered, locale)}
        hint={s.volumeBias === null ? undefined : a.bias(pct(s.volumeBias, locale))}
      />
      <Stat label={a.wape} value={pct(s.forecastWape, locale)} hint={a.mae(num(s.forecastMae, locale, 2))} />
      <Stat label={a.expectedSl} value={pct(s.expectedServiceLevel, locale)} />
      <Stat label={a.actualSl} value={pct(s.actualServiceLevel, locale)} />
      <Stat label={a.plannedHours} value={num(s.plannedAgentHours, locale, 1)} />
      <Stat label={a.availableHours} value={num(s.availableAgentHours, locale, 1)} hint={v.hasAgentData ? undefined : a.noAgentData} />
      <Stat label={a.belowTarget} value={a.belowTargetValue(num(s.intervalsBelowTarget, locale), num(s.intervals, locale))} />
    </SimpleGrid>
  );
}

export function PlanVsActualPanel({ planId }: { planId: string }) {
  const { t, locale } = useI18n();
  const a = t.staffing.actual;
  const loaded = useLoad<TPlanVsActual>(`/api/v1/staffing/plans/${encodeURIComponent(planId)}/actual`);
  const v = loaded.data;
  const option = useMemo(() => (v ? compareOption(t, locale, v) : null), [t, locale, v]);
  const period = v ? `${formatDate(v.plan.from, locale)} – ${formatDate(v.plan.to, locale)}` : '';
  return (
    <Section id="plan-vs-actual" title={a.title} description={v ? a.subtitle(v.plan.queue.name, period) : a.help}>
      <Stack gap="lg" px="lg" pb="lg">
        {loaded.error ? <ErrorAlert error={loaded.error} onRetry={loaded.reload} /> : null}
        {!v && !loaded.error && <Skeleton h={200} />}
        {v && (
          <>
            <Summary v={v} />
            {v.summary.actualOffered === 0 && (
              <Alert variant="light">
                <Text size="sm">{a.noActuals}</Text>
              </Alert>
            )}
            {option && (
              <Suspense fallback={<Skeleton h={320} />}>
                <EChart option={option} label={a.chartLabel} height={320} />
              </Suspense>
            )}
          </>
        )}
      </Stack>
    </Section>
  );
}
