// src/web/reviews/record-parts.tsx — building blocks of the meeting-record form: titled lists, list items, the party choice

import { ActionIcon, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { type Party, parties } from '../../domain/mandates/mandate.js';
import { IconPlus, IconTrash } from '../components/icons.js';
import { useI18n } from '../lib/i18n.js';

/** Empty text is "not given" where the record allows null. */
export const orNull = (v: string): string | null => (v.trim() === '' ? null : v);
export const replaceAt = <T,>(xs: readonly T[], i: number, x: T): T[] => xs.map((y, j) => (j === i ? x : y));
export const removeAt = <T,>(xs: readonly T[], i: number): T[] => xs.filter((_, j) => j !== i);

/** A titled list (attendees, decisions, actions): its issue, an empty line, the items, and the add button while it can change. */
export function ListBlock(p: {
  id: string;
  title: string;
  error?: string | undefined;
  addLabel: string;
  onAdd: () => void;
  readOnly: boolean;
  empty: string | null;
  children: ReactNode;
}) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={`${p.id}-title`}>
      <Title order={3} fz={15} fw={600} id={`${p.id}-title`}>
        {p.title}
      </Title>
      {p.error && (
        <Text size="sm" c="red.8">
          {p.error}
        </Text>
      )}
      {p.empty && (
        <Text size="sm" c="dimmed">
          {p.empty}
        </Text>
      )}
      {p.children}
      {!p.readOnly && (
        <Group>
          <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={p.onAdd}>
            {p.addLabel}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** One item of a list: a named group with a remove button while the record can change. */
export function Item(p: { label: string; removeLabel: string; onRemove: () => void; readOnly: boolean; children: ReactNode }) {
  return (
    <Paper role="group" aria-label={p.label} withBorder radius="sm" p="md" bg="gray.0">
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <div style={{ flex: 1, minWidth: 0 }}>{p.children}</div>
        {!p.readOnly && (
          <ActionIcon variant="subtle" color="red" aria-label={p.removeLabel} title={p.removeLabel} onClick={p.onRemove}>
            <IconTrash size={16} />
          </ActionIcon>
        )}
      </Group>
    </Paper>
  );
}

/** Client or centre; read-only it is a text field, so the chosen word is not greyed out. */
export function PartyField(p: { label: string; value: Party; onValue: (party: Party) => void; readOnly: boolean }) {
  const { t } = useI18n();
  if (p.readOnly) return <TextInput label={p.label} value={t.reviews.parties[p.value]} readOnly />;
  return (
    <NativeSelect
      label={p.label}
      value={p.value}
      onChange={(e) => p.onValue(e.currentTarget.value as Party)}
      data={parties.map((x) => ({ value: x, label: t.reviews.parties[x] }))}
    />
  );
}
