// src/web/mandates/obligations-section.tsx — what each party must provide (ISO 18295-2 C4: the client's information duties), due dates and reminders

import { NumberInput, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import type { Obligation, Party } from '../../domain/mandates/mandate.js';
import { parties } from '../../domain/mandates/mandate.js';
import { useI18n } from '../lib/i18n.js';
import { AddItem, Choice, EditorSection, ItemCard, freshId, orNull, removeAt, replaceAt, useEditor } from './editor-kit.js';

const recurrences = ['none', 'monthly', 'quarterly', 'yearly'] as const;

/** A month from today: a due date the user changes, never an empty one the server refuses. */
const inAMonth = (): string => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

export function ObligationsSection({ value, onChange }: { value: Obligation[]; onChange: (next: Obligation[]) => void }) {
  const { t } = useI18n();
  const o = t.mandates.editor.obligations;
  const add = () =>
    onChange([
      ...value,
      {
        id: freshId(
          'obligation',
          value.map((x) => x.id),
        ),
        title: '',
        description: null,
        owner: 'client',
        dueOn: inAMonth(),
        recurrence: 'none',
        leadTimeDays: 14,
        doneOn: null,
      },
    ]);
  return (
    <EditorSection id="mandate-obligations" title={t.mandates.editor.sections.obligations} intro={o.intro}>
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {o.none}
        </Text>
      )}
      {value.map((x, i) => (
        <ItemCard
          key={x.id}
          label={o.label(x.title || o.untitled)}
          removeLabel={o.remove(x.title || o.untitled)}
          onRemove={() => onChange(removeAt(value, i))}
        >
          <ObligationFields at={`obligations.${i}`} value={x} onChange={(next) => onChange(replaceAt(value, i, next))} />
        </ItemCard>
      ))}
      <AddItem onClick={add}>{o.add}</AddItem>
    </EditorSection>
  );
}

function ObligationFields({ at, value, onChange }: { at: string; value: Obligation; onChange: (next: Obligation) => void }) {
  const { t } = useI18n();
  const o = t.mandates.editor.obligations;
  const { readOnly, err } = useEditor();
  const set = (patch: Partial<Obligation>) => onChange({ ...value, ...patch });
  return (
    <>
      <TextInput
        label={o.title}
        value={value.title}
        onChange={(e) => set({ title: e.currentTarget.value })}
        readOnly={readOnly}
        error={err(`${at}.title`)}
        withAsterisk={!readOnly}
      />
      <Textarea
        label={o.description}
        value={value.description ?? ''}
        onChange={(e) => set({ description: orNull(e.currentTarget.value) })}
        readOnly={readOnly}
        error={err(`${at}.description`)}
        autosize
        minRows={1}
        maxRows={5}
      />
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
        <Choice
          label={o.owner}
          value={value.owner}
          onValue={(v) => set({ owner: v as Party })}
          data={parties.map((p) => ({ value: p, label: t.mandates.parties[p] }))}
          error={err(`${at}.owner`)}
        />
        <TextInput
          label={o.dueOn}
          type="date"
          value={value.dueOn}
          onChange={(e) => set({ dueOn: e.currentTarget.value })}
          readOnly={readOnly}
          error={err(`${at}.dueOn`)}
        />
        <Choice
          label={o.recurrence}
          value={value.recurrence}
          onValue={(v) => set({ recurrence: v as Obligation['recurrence'] })}
          data={recurrences.map((r) => ({ value: r, label: o.recurrences[r] }))}
          error={err(`${at}.recurrence`)}
        />
        <NumberInput
          label={o.leadTimeDays}
          value={Number.isFinite(value.leadTimeDays) ? value.leadTimeDays : ''}
          onChange={(v) => set({ leadTimeDays: typeof v === 'number' ? v : Number.NaN })}
          readOnly={readOnly}
          error={err(`${at}.leadTimeDays`)}
          min={0}
          max={365}
          allowDecimal={false}
          allowNegative={false}
        />
        <TextInput
          label={o.doneOn}
          type="date"
          value={value.doneOn ?? ''}
          onChange={(e) => set({ doneOn: orNull(e.currentTarget.value) })}
          readOnly={readOnly}
          error={err(`${at}.doneOn`)}
        />
      </SimpleGrid>
    </>
  );
}
