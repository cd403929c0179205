// src/web/components/relationship-month-picker.tsx — the bar on top of the pages that show one relationship and one month (people, quality, joint reviews)

import { Group, NativeSelect, Paper, Skeleton, Stack } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import type { TRelationship } from '../../contracts/organisations.js';
import { useI18n } from '../lib/i18n.js';
import { monthLabel, recentMonths } from '../lib/months.js';
import { useLoad } from '../lib/use-load.js';
import { ErrorAlert } from './errors.js';
import { Empty } from './layout.js';

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

/**
 * A page about one relationship and one month: loads the relationships the user sees, keeps the
 * choice, shows loading, errors and "none" in one way, the picker, and then `children` for the
 * chosen relationship and month.
 */
export function RelationshipMonthScope(p: {
  labels: { relationship: string; month: string };
  /** Shown when the user sees no relationship. */
  empty: string;
  /** Offer the months from the current one (default) or from the last one that is over. */
  fromCurrent?: boolean;
  children: (relationship: TRelationship, month: string) => ReactNode;
}) {
  const relationships = useLoad<TRelationship[]>('/api/v1/relationships');
  const months = recentMonths(12, { fromCurrent: p.fromCurrent ?? true });
  const [month, setMonth] = useState(months[0] ?? '');
  const [chosen, setChosen] = useState<string | null>(null);
  const list = relationships.data ?? [];
  const rel = list.find((r) => r.id === chosen) ?? list[0];
  return (
    <Stack gap="xl">
      {relationships.error ? <ErrorAlert error={relationships.error} onRetry={relationships.reload} /> : null}
      {!relationships.data && !relationships.error ? <Skeleton h={120} /> : null}
      {relationships.data?.length === 0 && <Empty>{p.empty}</Empty>}
      {rel && (
        <>
          <RelationshipMonthPicker
            labels={p.labels}
            relationships={list.map((r) => ({ value: r.id, label: r.name }))}
            relationshipId={rel.id}
            onRelationship={setChosen}
            months={months}
            month={month}
            onMonth={setMonth}
          />
          {p.children(rel, month)}
        </>
      )}
    </Stack>
  );
}
