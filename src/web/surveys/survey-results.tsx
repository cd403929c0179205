// src/web/surveys/survey-results.tsx — results of a relationship's surveys over a period: headline figures, a breakdown chart and table, comments

import { Badge, Group, List, NativeSelect, Paper, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { Suspense, lazy, useState } from 'react';
import type { TEstimate, TSurveyResults } from '../../contracts/surveys.js';
import type { TQueue } from '../../contracts/organisations.js';
import { resultGroupings } from '../../domain/surveys/results.js';
import { type Column, DataTable } from '../components/data-table.js';
import { ErrorAlert } from '../components/errors.js';
import type { ChartOption } from '../components/echart.js';
import { useI18n } from '../lib/i18n.js';
import { useLoad } from '../lib/use-load.js';
import { ScoreCards } from './score-cards.js';
import { type FigureKind, ciText, dayFromToday, figureText } from './survey-format.js';

const EChart = lazy(() => import('../components/echart.js'));

type ResultRow = TSurveyResults['groups'][number];

export function SurveyResults({ relationshipId, queues }: { relationshipId: string; queues: TQueue[] }) {
  const { t, locale } = useI18n();
  const [from, setFrom] = useState(dayFromToday(-30));
  const [to, setTo] = useState(dayFromToday(1));
  const [by, setBy] = useState('queue');
  const query = new URLSearchParams({ relationship: relationshipId, from, to, ...(by ? { by } : {}) });
  const results = useLoad<TSurveyResults>(`/api/v1/surveys/results?${query}`);
  const queueName = new Map(queues.map((q) => [q.id, q.name]));
  const label = (key: string) => (key === '' ? t.surveys.untied : by === 'queue' ? (queueName.get(key) ?? key) : key);
  const r = results.data;

  const cell = (kind: FigureKind, e: TEstimate) => {
    const ci = ciText(kind, e, locale);
    return (
      <Stack gap={0}>
        <Text size="sm" fw={600}>
          {figureText(kind, e.value, locale)}
        </Text>
        <Text size="xs" c="dimmed">
          {t.surveys.n(e.n)}
          {ci ? ` · ${t.surveys.ci(ci[0], ci[1])}` : ''}
        </Text>
        {e.lowSample && e.n > 0 && (
          <Badge size="xs" color="yellow" variant="light">
            {t.surveys.lowSample}
          </Badge>
        )}
      </Stack>
    );
  };
  const columns: Column<ResultRow>[] = [
    { key: 'group', header: t.surveys.group, cell: (g) => label(g.key) },
    { key: 'answers', header: t.surveys.answers, cell: (g) => g.responses },
    { key: 'csat', header: t.surveys.csat, cell: (g) => cell('csat', g.csat) },
    { key: 'nps', header: t.surveys.nps, cell: (g) => cell('nps', g.nps) },
    { key: 'ces', header: t.surveys.ces, cell: (g) => cell('ces', g.ces) },
  ];

  const chartOf = (r: TSurveyResults | null): ChartOption | null => {
    if (!r || r.groups.length === 0) return null;
    const names = r.groups.map((g) => label(g.key));
    return {
      tooltip: { trigger: 'axis' },
      legend: { data: ['CSAT %', 'NPS'] },
      grid: { left: 48, right: 24, top: 40, bottom: 64 },
      xAxis: { type: 'category', data: names, axisLabel: { rotate: names.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', min: -100, max: 100 },
      series: [
        { name: 'CSAT %', type: 'bar', data: r.groups.map((g) => (g.csat.value === null ? null : Math.round(g.csat.value * 1000) / 10)) },
        { name: 'NPS', type: 'bar', data: r.groups.map((g) => (g.nps.value === null ? null : Math.round(g.nps.value * 10) / 10)) },
      ],
    };
  };
  const option = chartOf(r);

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Group gap="md" align="flex-end" wrap="wrap">
          <TextInput type="date" label={t.surveys.from} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
          <TextInput type="date" label={t.surveys.to} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
          <NativeSelect
            label={t.surveys.by}
            value={by}
            onChange={(e) => setBy(e.currentTarget.value)}
            data={[{ value: '', label: t.surveys.byNone }, ...resultGroupings.map((g) => ({ value: g, label: t.surveys.byOptions[g] }))]}
          />
        </Group>
      </Paper>
      {results.error ? <ErrorAlert error={results.error} onRetry={results.reload} /> : null}
      {!r && !results.error ? <Skeleton h={140} /> : null}
      {r && (
        <>
          <Text size="sm" c="dimmed">
            {t.surveys.answers}: {r.responses} · {t.surveys.lowSampleHint}
          </Text>
          <ScoreCards r={r} />
          {option && (
            <Suspense fallback={<Skeleton h={320} />}>
              <EChart option={option} label={t.surveys.chart} />
            </Suspense>
          )}
          {by && <DataTable columns={columns} rows={r.groups} rowKey={(g) => g.key} empty={t.surveys.none} />}
          <Title order={3} fz="md">
            {t.surveys.comments}
          </Title>
          {r.comments.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t.surveys.noComments}
            </Text>
          ) : (
            <List size="sm">
              {r.comments.map((c) => (
                <List.Item key={`${c.answeredAt}-${c.questionId}`}>{c.text}</List.Item>
              ))}
            </List>
          )}
        </>
      )}
    </Stack>
  );
}
