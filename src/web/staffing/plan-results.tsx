// src/web/staffing/plan-results.tsx — a computed plan: what it rests on, its totals, the chart and table of one day (or all), saving and its files

import { Alert, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { TPlan } from '../../contracts/staffing.js';
import { formatDate } from '../../i18n/index.js';
import { ErrorAlert } from '../components/errors.js';
import { Section } from '../components/layout.js';
import { useI18n } from '../lib/i18n.js';
import { PlanChart } from './plan-chart.js';
import { PlanDownloads } from './plan-downloads.js';
import { PlanBasis, PlanTotals } from './plan-summary.js';
import { PlanTable } from './plan-table.js';
import { dayLabel, dayOf, daysOf } from './staffing-kit.js';

const ALL = 'all';

type Props = {
  plan: TPlan;
  /** Null when the role may not save plans: the button is not shown. */
  onSave: (() => void) | null;
  saving: boolean;
  saveError: unknown;
};

/** The day first shown: the first with contacts forecast, so a plan starting at night does not open on an empty chart. */
const firstBusyDay = (plan: TPlan): string =>
  dayOf(plan.intervals.find((i) => i.offered > 0)?.start ?? plan.intervals[0]?.start ?? plan.from);

export function PlanResults({ plan, onSave, saving, saveError }: Props) {
  const { t, locale } = useI18n();
  const p = t.staffing.plan;
  const days = useMemo(() => daysOf(plan.intervals.map((i) => i.start)), [plan]);
  const [day, setDay] = useState<string>(() => (days.length > 1 ? firstBusyDay(plan) : ALL));
  const rows = useMemo(() => (day === ALL ? plan.intervals : plan.intervals.filter((i) => dayOf(i.start) === day)), [plan, day]);
  const period = `${formatDate(plan.from, locale)} – ${formatDate(plan.to, locale)}`;

  const actions =
    plan.id !== null ? (
      <Group gap="md">
        <Text size="sm" c="green.8" role="status">
          {p.saved}
        </Text>
        <PlanDownloads planId={plan.id} />
      </Group>
    ) : onSave ? (
      <Button onClick={onSave} loading={saving}>
        {p.save}
      </Button>
    ) : null;

  return (
    <Section
      id="staffing-plan"
      title={p.resultTitle(plan.queue.name)}
      description={p.resultPeriod(period, plan.timeZone, plan.intervalMinutes)}
      actions={actions}
    >
      <Stack gap="lg" px="lg" pb="lg">
        {saveError ? <ErrorAlert error={saveError} /> : null}
        {plan.totals.intervalsWithContacts === 0 && (
          <Alert variant="light" color="orange">
            {p.noContacts}
          </Alert>
        )}
        <PlanTotals plan={plan} />
        <PlanBasis plan={plan} />
        <Stack gap="xs">
          {days.length > 1 && (
            <NativeSelect
              label={p.day}
              value={day}
              onChange={(e) => setDay(e.currentTarget.value)}
              data={[...days.map((d) => ({ value: d, label: dayLabel(d, locale) })), { value: ALL, label: p.allDays }]}
              w={240}
            />
          )}
          <PlanChart rows={rows} />
          <PlanTable rows={rows} />
        </Stack>
      </Stack>
    </Section>
  );
}
