// src/web/mandates/responsibilities-section.tsx — who does what (ISO 18295-2 C5–C7): each topic owned by the client, the centre or both, with a note

import { Table, TextInput } from '@mantine/core';
import { type Responsibility, type ResponsibilityTopic, responsibilityTopics } from '../../domain/mandates/mandate.js';
import { useI18n } from '../lib/i18n.js';
import { Choice, EditorSection, orNull, useEditor } from './editor-kit.js';

const owners = ['client', 'centre', 'shared'] as const;

export function ResponsibilitiesSection({ value, onChange }: { value: Responsibility[]; onChange: (next: Responsibility[]) => void }) {
  const { t } = useI18n();
  const r = t.mandates.editor.responsibilities;
  const { readOnly, err } = useEditor();
  const byTopic = new Map(value.map((x, i) => [x.topic, { ...x, i }]));
  // Kept in the order of the topic list, so a change never reorders the content (and the diff stays quiet).
  const put = (topic: ResponsibilityTopic, next: Responsibility | null) =>
    onChange(
      responsibilityTopics.flatMap((tp) => {
        if (tp === topic) return next ? [next] : [];
        const cur = byTopic.get(tp);
        return cur ? [{ topic: cur.topic, owner: cur.owner, note: cur.note }] : [];
      }),
    );
  return (
    <EditorSection id="mandate-responsibilities" title={t.mandates.editor.sections.responsibilities} intro={r.intro}>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={6} aria-label={t.mandates.editor.sections.responsibilities}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{r.topic}</Table.Th>
              <Table.Th scope="col" w={200}>
                {r.owner}
              </Table.Th>
              <Table.Th scope="col">{r.note}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {responsibilityTopics.map((topic) => {
              const cur = byTopic.get(topic);
              const at = cur ? `responsibilities.${cur.i}` : null;
              return (
                <Table.Tr key={topic}>
                  <Table.Th scope="row" fw={500} fz="sm">
                    {r.topics[topic]}
                  </Table.Th>
                  <Table.Td>
                    <Choice
                      aria-label={`${r.owner}: ${r.topics[topic]}`}
                      value={cur?.owner ?? ''}
                      onValue={(v) => {
                        const owner = v as Responsibility['owner'] | '';
                        put(topic, owner ? { topic, owner, note: cur?.note ?? null } : null);
                      }}
                      data={[{ value: '', label: t.mandates.editor.notSet }, ...owners.map((o) => ({ value: o, label: r.owners[o] }))]}
                      error={at ? err(`${at}.owner`) : undefined}
                      size="xs"
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`${r.note}: ${r.topics[topic]}`}
                      value={cur?.note ?? ''}
                      onChange={(e) => cur && put(topic, { topic, owner: cur.owner, note: orNull(e.currentTarget.value) })}
                      readOnly={readOnly || !cur}
                      error={at ? err(`${at}.note`) : undefined}
                      size="xs"
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </EditorSection>
  );
}
