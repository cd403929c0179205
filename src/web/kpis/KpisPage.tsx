// src/web/kpis/KpisPage.tsx — the queues' KPIs over a period: headline figures, charts per period and the full table

import { Anchor, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { TKpiResult } from '../../contracts/contact-data.js';
import type { TQueue } from '../../contracts/organisations.js';
import { type PeriodGrouping, periodGroupings } from '../../domain/kpi/compute.js';
import { formatDate } from '../../i18n/index.js';
import { paths } from '../app/paths.js';
import { ErrorAlert } from '../components/errors.js';
import { Empty, PageHeader } from '../components/layout.js';
import { can, readsImports } from '../lib/access.js';
import { useI18n } from '../lib/i18n.js';
import { href } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { KpiCharts } from './kpi-charts.js';
import { KpiFilterForm } from './kpi-filters.js';
import { addDays } from './kpi-format.js';
import { KpiHeadlines } from './kpi-headlines.js';
import { contactKpis, defaultFilters, filterProblems, kpiPaths } from './kpi-query.js';
import { KpiTable } from './kpi-table.js';

/** The period a result is grouped by, read from the result itself so labels never mix two groupings while a new one loads. */
const groupingOf = (r: TKpiResult): PeriodGrouping =>
  (periodGroupings as readonly string[]).find((g) => r.by.includes(g)) as PeriodGrouping;

export function KpisPage() {
  const { t, locale } = useI18n();
  const { active } = useSession();
  const [filters, setFilters] = useState(defaultFilters);
  // Typing a threshold or a date asks once the typing pauses, not at every key.
  const [settled] = useDebouncedValue(filters, 350);
  const query = kpiPaths(settled);
  const queues = useLoad<TQueue[]>('/api/v1/queues');
  const summary = useLoad<TKpiResult>(query?.summary ?? null);
  const contactSummary = useLoad<TKpiResult>(query?.contactSummary ?? null);
  const series = useLoad<TKpiResult>(query?.series ?? null);
  const byQueue = useLoad<TKpiResult>(query?.byQueue ?? null);
  const error = summary.error ?? contactSummary.error ?? series.error ?? (filters.perQueue ? byQueue.error : null);
  const retry = () => {
    summary.reload();
    contactSummary.reload();
    series.reload();
    byQueue.reload();
  };

  // The contact-level KPIs arrive later: the headlines show the rest at once and these when ready.
  const contactKpisOf = contactSummary.loading ? null : contactSummary.data?.groups[0]?.kpis;
  const whole: TKpiResult | null = summary.data && {
    ...summary.data,
    groups: summary.data.groups.map((g) => ({ ...g, kpis: { ...g.kpis, ...(contactKpisOf ?? {}) } })),
  };
  const empty = whole !== null && whole.groups.length === 0;
  const table = filters.perQueue ? byQueue.data : series.data;

  return (
    <>
      <PageHeader title={t.kpis.title} description={t.kpis.intro} />
      <Stack gap="xl">
        <KpiFilterForm
          filters={filters}
          onChange={setFilters}
          problems={filterProblems(t, filters)}
          queues={queues.data ?? []}
          busy={summary.loading || contactSummary.loading || series.loading || byQueue.loading}
        />
        {error !== null && <ErrorAlert error={error} onRetry={retry} />}
        {error === null && whole === null && <Skeleton h={160} aria-busy="true" />}
        {whole !== null && (
          <section aria-labelledby="kpi-whole-heading">
            <Title order={2} fz={17} fw={600} id="kpi-whole-heading">
              {t.kpis.wholePeriod}
            </Title>
            <Text c="dimmed" size="sm" mb="sm">
              {t.kpis.periodIn(
                formatDate(whole.from.slice(0, 10), locale),
                formatDate(addDays(whole.to.slice(0, 10), -1), locale),
                whole.timeZone,
              )}
            </Text>
            {empty ? (
              <Empty>
                {t.kpis.noData}{' '}
                {readsImports(active) && can(active, 'contact_data:import') && (
                  <Anchor href={href(paths.imports)}>{t.kpis.importLink}</Anchor>
                )}
              </Empty>
            ) : (
              <KpiHeadlines result={whole} pending={contactKpisOf ? [] : contactKpis} />
            )}
          </section>
        )}
        {!empty && series.data && series.data.groups.length > 0 && <KpiCharts result={series.data} grouping={groupingOf(series.data)} />}
        {!empty && table && table.groups.length > 0 && (
          <KpiTable
            id="kpi-table"
            title={filters.perQueue ? t.kpis.tableByQueue : t.kpis.table}
            result={table}
            grouping={groupingOf(table)}
          />
        )}
      </Stack>
    </>
  );
}
