// src/web/mandates/scope-section.tsx — the mandate's purpose and scope (ISO 18295-2 C3.a–b): services, channels, queues, segments, languages

import { Checkbox, Group, MultiSelect, SimpleGrid, TagsInput, Textarea } from '@mantine/core';
import type { MandateContent } from '../../domain/mandates/mandate.js';
import { type Channel, channels } from '../../domain/organisations/model.js';
import { useI18n } from '../lib/i18n.js';
import { EditorSection, useEditor } from './editor-kit.js';

type Scope = Pick<MandateContent, 'purpose' | 'services' | 'channels' | 'queueIds' | 'segments' | 'languages'>;

export function ScopeSection({ value, onChange }: { value: Scope; onChange: (patch: Partial<Scope>) => void }) {
  const { t, locale } = useI18n();
  const e = t.mandates.editor;
  const { readOnly, err, queues } = useEditor();
  const known = new Set(queues.map((q) => q.id));
  // A queue the content names but the list does not show (gone, or not visible) stays choosable by its id.
  const queueOptions = [
    ...[...queues].sort((a, b) => a.code.localeCompare(b.code, locale)).map((q) => ({ value: q.id, label: `${q.code} – ${q.name}` })),
    ...value.queueIds.filter((id) => !known.has(id)).map((id) => ({ value: id, label: id })),
  ];
  return (
    <EditorSection id="mandate-scope" title={e.sections.scope}>
      <Textarea
        label={e.purpose}
        description={e.purposeHint}
        value={value.purpose}
        onChange={(ev) => onChange({ purpose: ev.currentTarget.value })}
        readOnly={readOnly}
        error={err('purpose')}
        autosize
        minRows={2}
        maxRows={8}
      />
      <Checkbox.Group
        label={e.channels}
        value={value.channels}
        onChange={(v) => onChange({ channels: channels.filter((c) => v.includes(c)) as Channel[] })}
        error={err('channels')}
      >
        <Group gap="md" mt={6}>
          {channels.map((c) => (
            <Checkbox key={c} value={c} label={t.channels[c]} disabled={readOnly} />
          ))}
        </Group>
      </Checkbox.Group>
      <MultiSelect
        label={e.queues}
        description={queues.length ? e.queuesHint : e.noQueues}
        data={queueOptions}
        value={value.queueIds}
        onChange={(v) => onChange({ queueIds: v })}
        readOnly={readOnly}
        error={err('queueIds')}
        searchable
        clearable={!readOnly}
      />
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <TagsInput
          label={e.services}
          description={e.tagsHint}
          value={value.services}
          onChange={(v) => onChange({ services: v })}
          readOnly={readOnly}
          error={err('services')}
        />
        <TagsInput
          label={e.segments}
          description={e.tagsHint}
          value={value.segments}
          onChange={(v) => onChange({ segments: v })}
          readOnly={readOnly}
          error={err('segments')}
        />
        <TagsInput
          label={e.languages}
          description={e.tagsHint}
          value={value.languages}
          onChange={(v) => onChange({ languages: v })}
          readOnly={readOnly}
          error={err('languages')}
        />
      </SimpleGrid>
    </EditorSection>
  );
}
