// src/web/staffing/plan-form.tsx — what a staffing plan is computed for: the queue, the dates, the interval, shrinkage, model and history

import { Button, Checkbox, Grid, Group, NativeSelect, Paper, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import type { TQueue } from '../../contracts/organisations.js';
import type { Messages } from '../../i18n/index.js';
import { useI18n } from '../lib/i18n.js';
import { localDate, parseNumber } from './staffing-kit.js';

export type PlanForm = {
  queue: string;
  from: string;
  to: string;
  intervalMinutes: '15' | '30';
  shrinkage: string;
  model: 'auto' | 'erlang-c' | 'erlang-a';
  historyWeeks: string;
  /** Also simulate the whole plan (seeded) to check it. */
  check: boolean;
};

/** Today and a week on, 30-minute intervals, 30 % shrinkage; four weeks of history, which the demo data holds. */
export const defaultPlanForm = (queue: string): PlanForm => ({
  queue,
  from: localDate(0),
  to: localDate(7),
  intervalMinutes: '30',
  shrinkage: '30',
  model: 'auto',
  historyWeeks: '4',
  check: false,
});

export type PlanBody = {
  queue: string;
  from: string;
  to: string;
  intervalMinutes: 15 | 30;
  shrinkage: number;
  model?: 'erlang-c' | 'erlang-a';
  historyWeeks: number;
  save: boolean;
  check?: { seed: number; replications: number };
};

/** The request body, or the fields whose text is no figure the server could take (it checks the rest itself). */
export const planBody = (t: Messages, f: PlanForm, save: boolean): { body: PlanBody } | { issues: Record<string, string> } => {
  const issues: Record<string, string> = {};
  const shrinkage = parseNumber(f.shrinkage) ?? 0;
  if (!(shrinkage >= 0 && shrinkage < 100)) issues.shrinkage = t.staffing.plan.shrinkageRange;
  const weeks = parseNumber(f.historyWeeks) ?? 8;
  if (!(Number.isInteger(weeks) && weeks >= 1 && weeks <= 52)) issues.historyWeeks = t.staffing.plan.weeksRange;
  if (!f.from) issues.from = t.staffing.plan.dateRequired;
  if (!f.to) issues.to = t.staffing.plan.dateRequired;
  else if (f.from && f.to <= f.from) issues.to = t.staffing.plan.toAfterFrom;
  if (Object.keys(issues).length > 0) return { issues };
  return {
    body: {
      queue: f.queue,
      from: f.from,
      to: f.to,
      intervalMinutes: f.intervalMinutes === '15' ? 15 : 30,
      shrinkage: shrinkage / 100,
      ...(f.model === 'auto' ? {} : { model: f.model }),
      historyWeeks: weeks,
      save,
      ...(f.check ? { check: { seed: 1, replications: 10 } } : {}),
    },
  };
};

type Props = {
  form: PlanForm;
  queues: TQueue[];
  issues: Record<string, string>;
  busy: boolean;
  onChange: (patch: Partial<PlanForm>) => void;
  onSubmit: () => void;
};

export function PlanFormPanel({ form, queues, issues, busy, onChange, onSubmit }: Props) {
  const { t } = useI18n();
  const p = t.staffing.plan;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <Paper withBorder radius="md" p="lg" component="form" onSubmit={submit} noValidate>
      <Stack gap="md">
        <Grid gap="sm" align="flex-end">
          <Grid.Col span={{ base: 12, sm: 12, lg: 6 }}>
            <NativeSelect
              label={p.queue}
              value={form.queue}
              onChange={(e) => onChange({ queue: e.currentTarget.value })}
              data={queues.map((q) => ({ value: q.id, label: `${q.name} (${q.code})` }))}
              error={issues.queue}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
            <TextInput
              type="date"
              label={p.from}
              value={form.from}
              onChange={(e) => onChange({ from: e.currentTarget.value })}
              error={issues.from}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
            <TextInput
              type="date"
              label={p.to}
              description={p.toHelp}
              value={form.to}
              onChange={(e) => onChange({ to: e.currentTarget.value })}
              error={issues.to}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
            <NativeSelect
              label={p.interval}
              value={form.intervalMinutes}
              onChange={(e) => onChange({ intervalMinutes: e.currentTarget.value === '15' ? '15' : '30' })}
              data={['15', '30'].map((m) => ({ value: m, label: t.staffing.calc.minutes(Number(m)) }))}
              error={issues.intervalMinutes}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
            <TextInput
              label={p.shrinkage}
              description={t.staffing.calc.shrinkageHelp}
              value={form.shrinkage}
              inputMode="decimal"
              onChange={(e) => onChange({ shrinkage: e.currentTarget.value })}
              error={issues.shrinkage}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
            <NativeSelect
              label={p.model}
              description={p.modelHelp}
              value={form.model}
              onChange={(e) => onChange({ model: e.currentTarget.value as PlanForm['model'] })}
              data={[
                { value: 'auto', label: p.modelAuto },
                { value: 'erlang-c', label: 'Erlang C' },
                { value: 'erlang-a', label: 'Erlang A' },
              ]}
              error={issues.model}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
            <TextInput
              label={p.historyWeeks}
              description={p.historyWeeksHelp}
              value={form.historyWeeks}
              inputMode="numeric"
              onChange={(e) => onChange({ historyWeeks: e.currentTarget.value })}
              error={issues.historyWeeks}
            />
          </Grid.Col>
        </Grid>
        <Group>
          <Button type="submit" loading={busy} disabled={!form.queue}>
            {p.compute}
          </Button>
          <Checkbox
            label={p.checkLabel}
            description={p.checkHelp}
            checked={form.check}
            onChange={(e) => onChange({ check: e.currentTarget.checked })}
          />
        </Group>
      </Stack>
    </Paper>
  );
}
