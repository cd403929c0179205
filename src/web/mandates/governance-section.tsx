// src/web/mandates/governance-section.tsx — how the mandate is run (ISO 18295-2 C3.e–i, C9): reporting, joint reviews, escalation, change control

import { ActionIcon, Group, NumberInput, SimpleGrid, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import type { MandateContent } from '../../domain/mandates/mandate.js';
import { IconTrash } from '../components/icons.js';
import { useI18n } from '../lib/i18n.js';
import { AddItem, Choice, EditorSection, orNull, removeAt, replaceAt, useEditor } from './editor-kit.js';

type Governance = Pick<MandateContent, 'reporting' | 'reviews' | 'escalation' | 'changeControl'>;

const reportingCadences = ['weekly', 'monthly', 'quarterly'] as const;
const reviewCadences = ['monthly', 'quarterly', 'yearly'] as const;

export function GovernanceSections({ value, onChange }: { value: Governance; onChange: (patch: Partial<Governance>) => void }) {
  const { t } = useI18n();
  const e = t.mandates.editor;
  const { readOnly, err } = useEditor();
  const notSet = { value: '', label: e.notSet };
  return (
    <>
      <EditorSection id="mandate-reporting" title={e.sections.reporting}>
        <Choice
          label={e.reporting.cadence}
          value={value.reporting.cadence ?? ''}
          onValue={(v) =>
            onChange({
              reporting: { ...value.reporting, cadence: (v || null) as MandateContent['reporting']['cadence'] },
            })
          }
          data={[notSet, ...reportingCadences.map((c) => ({ value: c, label: e.reporting.cadences[c] }))]}
          error={err('reporting.cadence')}
          maw={260}
        />
        <Textarea
          label={e.reporting.content}
          value={value.reporting.content ?? ''}
          onChange={(ev) => onChange({ reporting: { ...value.reporting, content: orNull(ev.currentTarget.value) } })}
          readOnly={readOnly}
          error={err('reporting.content')}
          autosize
          minRows={2}
          maxRows={6}
        />
      </EditorSection>
      <EditorSection id="mandate-reviews" title={e.sections.reviews}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Choice
            label={e.reviews.cadence}
            value={value.reviews.cadence ?? ''}
            onValue={(v) =>
              onChange({
                reviews: { ...value.reviews, cadence: (v || null) as MandateContent['reviews']['cadence'] },
              })
            }
            data={[notSet, ...reviewCadences.map((c) => ({ value: c, label: e.reviews.cadences[c] }))]}
            error={err('reviews.cadence')}
          />
          <TagsInput
            label={e.reviews.participants}
            description={e.reviews.participantsHint}
            value={value.reviews.participants}
            onChange={(v) => onChange({ reviews: { ...value.reviews, participants: v } })}
            readOnly={readOnly}
            error={err('reviews.participants')}
          />
        </SimpleGrid>
      </EditorSection>
      <EditorSection id="mandate-escalation" title={e.sections.escalation}>
        <Escalation value={value.escalation} onChange={(escalation) => onChange({ escalation })} />
      </EditorSection>
      <EditorSection id="mandate-change-control" title={e.sections.changeControl}>
        <Textarea
          label={e.changeControl}
          description={e.changeControlHint}
          value={value.changeControl ?? ''}
          onChange={(ev) => onChange({ changeControl: orNull(ev.currentTarget.value) })}
          readOnly={readOnly}
          error={err('changeControl')}
          autosize
          minRows={2}
          maxRows={8}
        />
      </EditorSection>
    </>
  );
}

function Escalation({ value, onChange }: { value: Governance['escalation']; onChange: (next: Governance['escalation']) => void }) {
  const { t } = useI18n();
  const x = t.mandates.editor.escalation;
  const { readOnly, err } = useEditor();
  return (
    <>
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {x.none}
        </Text>
      )}
      {value.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: escalation levels have no id; the level number itself is edited
        <Group key={i} align="flex-start" gap="sm" wrap="nowrap">
          <NumberInput
            label={x.level}
            value={Number.isFinite(row.level) ? row.level : ''}
            onChange={(v) => onChange(replaceAt(value, i, { ...row, level: typeof v === 'number' ? v : Number.NaN }))}
            readOnly={readOnly}
            error={err(`escalation.${i}.level`)}
            allowDecimal={false}
            allowNegative={false}
            w={90}
          />
          <TextInput
            label={x.contact}
            value={row.contact}
            onChange={(ev) => onChange(replaceAt(value, i, { ...row, contact: ev.currentTarget.value }))}
            readOnly={readOnly}
            error={err(`escalation.${i}.contact`)}
            style={{ flex: 1 }}
          />
          <TextInput
            label={x.when}
            value={row.when}
            onChange={(ev) => onChange(replaceAt(value, i, { ...row, when: ev.currentTarget.value }))}
            readOnly={readOnly}
            error={err(`escalation.${i}.when`)}
            style={{ flex: 2 }}
          />
          {!readOnly && (
            <ActionIcon
              variant="subtle"
              color="red"
              mt={26}
              aria-label={x.remove(row.level)}
              title={x.remove(row.level)}
              onClick={() => onChange(removeAt(value, i))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          )}
        </Group>
      ))}
      <AddItem
        onClick={() =>
          onChange([
            ...value,
            { level: Math.min(9, Math.max(0, ...value.map((r) => r.level).filter(Number.isFinite)) + 1), contact: '', when: '' },
          ])
        }
      >
        {x.add}
      </AddItem>
    </>
  );
}
