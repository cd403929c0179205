// src/web/staffing/calculator-form.tsx — the calculator's fields: the load, the targets and the staffing, each with its own problem shown beside it

import { NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { StaffingModel } from '../../domain/staffing/measures.js';
import { useI18n } from '../lib/i18n.js';
import type { CalculatorField, CalculatorForm } from './calculator-model.js';
import { issueText } from './staffing-kit.js';

type Props = {
  form: CalculatorForm;
  issues: Partial<Record<CalculatorField | 'general', string>>;
  onChange: (patch: Partial<CalculatorForm>) => void;
};

function FieldGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="sm">
      <Title order={3} fz={15} fw={600}>
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        {children}
      </SimpleGrid>
    </Stack>
  );
}

export function CalculatorFormPanel({ form, issues, onChange }: Props) {
  const { t } = useI18n();
  const c = t.staffing.calc;
  const erlangA = form.model === 'erlang-a';
  // One text field per figure: typed text is kept as typed (a decimal comma, a half-typed number) and parsed on each change.
  const field = (key: Exclude<CalculatorField, 'intervalMinutes'>, label: string, unit: string, description?: string) => (
    <TextInput
      key={key}
      label={label}
      description={description}
      value={form[key]}
      onChange={(e) => onChange({ [key]: e.currentTarget.value })}
      inputMode="decimal"
      autoComplete="off"
      rightSection={
        unit ? (
          <Text size="xs" c="dimmed">
            {unit}
          </Text>
        ) : undefined
      }
      rightSectionWidth={unit.length > 2 ? 48 : 32}
      error={issues[key] ? issueText(t, issues[key]) : undefined}
    />
  );

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="lg">
        <FieldGroup title={c.load}>
          <NativeSelect
            label={c.model}
            value={form.model}
            onChange={(e) => onChange({ model: e.currentTarget.value as StaffingModel })}
            data={[
              { value: 'erlang-c', label: 'Erlang C' },
              { value: 'erlang-a', label: 'Erlang A' },
            ]}
          />
          <NativeSelect
            label={c.interval}
            value={form.intervalMinutes}
            onChange={(e) => onChange({ intervalMinutes: e.currentTarget.value as CalculatorForm['intervalMinutes'] })}
            data={['15', '30', '60'].map((m) => ({ value: m, label: c.minutes(Number(m)) }))}
            error={issues.intervalMinutes ? issueText(t, issues.intervalMinutes) : undefined}
          />
          {field('calls', c.calls, '')}
          {field('aht', c.aht, 's')}
          {erlangA && field('patience', c.patience, 's', c.patienceHelp)}
        </FieldGroup>
        <FieldGroup title={c.targets}>
          {field('targetSl', c.targetSl, '%')}
          {field('targetSeconds', c.targetSeconds, 's')}
          {field('maxOccupancy', c.maxOccupancy, '%', t.common.optional)}
          {field('maxAsa', c.maxAsa, 's', t.common.optional)}
          {erlangA && field('maxAbandon', c.maxAbandon, '%', t.common.optional)}
        </FieldGroup>
        <FieldGroup title={c.staff}>
          {field('shrinkage', c.shrinkage, '%', c.shrinkageHelp)}
          {field('agents', c.agents, '', c.agentsHelp)}
        </FieldGroup>
      </Stack>
    </Paper>
  );
}
