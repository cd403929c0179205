// src/web/components/relationship-month-picker.tsx — the bar on top of the pages that show one relationship and one month (people, quality, joint reviews)

import { Group, NativeSelect, Paper } from '@mantine/core';
import { monthLabel } from '../lib/months.js';
import { useI18n } from '../lib/i18n.js';

export function RelationshipMonthPicker(p: {
  labels: { relationship: string; month: string };
  relationships: { value: string; label: string }[];
  relationshipId: string;
  onRelationship: (id: string) => void;
  months: string[];
  month: string;
  onMonth: (month: string) => void;
}) {
  const { locale } = useI18n();
  return (
    <Paper withBorder radius="md" p="lg">
      <Group gap="md" align="flex-end" wrap="wrap">
        <NativeSelect
          label={p.labels.relationship}
          value={p.relationshipId}
          onChange={(e) => p.onRelationship(e.currentTarget.value)}
          data={p.relationships}
          miw={300}
        />
        <NativeSelect
          label={p.labels.month}
          value={p.month}
          onChange={(e) => p.onMonth(e.currentTarget.value)}
          data={p.months.map((m) => ({ value: m, label: monthLabel(m, locale) }))}
          miw={200}
        />
      </Group>
    </Paper>
  );
}
