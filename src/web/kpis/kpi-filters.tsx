// src/web/kpis/kpi-filters.tsx — the KPI page's selection: queues, period, grouping and the service-level parameters

import { Checkbox, Loader, MultiSelect, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { TQueue } from '../../contracts/organisations.js';
import { type PeriodGrouping, periodGroupings } from '../../domain/kpi/compute.js';
import { type ServiceLevelVariant, serviceLevelVariants } from '../../domain/kpi/formulas.js';
import { Section } from '../components/layout.js';
import { useI18n } from '../lib/i18n.js';
import type { FilterProblems, KpiFilters } from './kpi-query.js';

export function KpiFilterForm({
  filters,
  onChange,
  problems,
  queues,
  busy,
}: {
  filters: KpiFilters;
  onChange: (next: KpiFilters) => void;
  problems: FilterProblems;
  queues: TQueue[];
  busy: boolean;
}) {
  const { t, locale } = useI18n();
  const set = <K extends keyof KpiFilters>(key: K, value: KpiFilters[K]) => onChange({ ...filters, [key]: value });
  const queueOptions = [...queues]
    .sort((a, b) => a.code.localeCompare(b.code, locale))
    .map((q) => ({ value: q.id, label: `${q.code} – ${q.name}` }));

  return (
    <Section id="kpi-filters" title={t.kpis.filters} actions={busy && <Loader size="sm" aria-label={t.kpis.loading} role="status" />}>
      <Stack p="lg" gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
          <MultiSelect
            label={t.kpis.queues}
            placeholder={filters.queues.length === 0 ? t.kpis.allQueues : undefined}
            data={queueOptions}
            value={filters.queues}
            onChange={(v) => set('queues', v)}
            searchable
            clearable
            nothingFoundMessage={t.common.none}
          />
          <TextInput
            label={t.kpis.from}
            type="date"
            value={filters.from}
            onChange={(e) => set('from', e.currentTarget.value)}
            error={problems.from}
          />
          <TextInput
            label={t.kpis.to}
            type="date"
            value={filters.to}
            onChange={(e) => set('to', e.currentTarget.value)}
            error={problems.to}
          />
          <Stack gap={6}>
            <NativeSelect
              label={t.kpis.grouping}
              value={filters.grouping}
              onChange={(e) => set('grouping', e.currentTarget.value as PeriodGrouping)}
              data={periodGroupings.map((g) => ({ value: g, label: t.kpis.groupings[g] }))}
            />
            <Checkbox label={t.kpis.perQueue} checked={filters.perQueue} onChange={(e) => set('perQueue', e.currentTarget.checked)} />
          </Stack>
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <NativeSelect
            label={t.kpis.slVariant}
            description={t.kpis.slVariantHint}
            value={filters.slVariant}
            onChange={(e) => set('slVariant', e.currentTarget.value as ServiceLevelVariant)}
            data={serviceLevelVariants.map((v) => ({ value: v, label: `${v}: ${t.kpis.slVariants[v]}` }))}
          />
          <NumberInput
            label={t.kpis.threshold}
            description={t.kpis.thresholdHint}
            value={filters.threshold}
            onChange={(v) => set('threshold', v)}
            min={1}
            max={600}
            allowDecimal={false}
            allowNegative={false}
            error={problems.threshold}
          />
          <NumberInput
            label={t.kpis.shortAbandon}
            description={t.kpis.shortAbandonHint}
            value={filters.shortAbandon}
            onChange={(v) => set('shortAbandon', v)}
            min={0}
            max={600}
            allowDecimal={false}
            allowNegative={false}
            error={problems.shortAbandon}
          />
        </SimpleGrid>
      </Stack>
    </Section>
  );
}
