// src/web/mandates/hours-section.tsx — opening hours per channel (ISO 18295-2 C3.b): weekly pattern, closed days, days with other hours

import { ActionIcon, Group, SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import type { OpeningHours, TimeRange } from '../../domain/mandates/mandate.js';
import { weekdays } from '../../domain/mandates/mandate.js';
import { type Channel, channels } from '../../domain/organisations/model.js';
import { IconTrash } from '../components/icons.js';
import { useI18n } from '../lib/i18n.js';
import { AddItem, Choice, EditorSection, ItemCard, RangesInput, removeAt, replaceAt, useEditor } from './editor-kit.js';

const officeHours = (): OpeningHours['week'] => {
  const day: TimeRange[] = [{ from: '08:00', to: '17:00' }];
  return { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] };
};

/** New hours go to "all channels" first, then to the first channel the mandate lists that has none of its own. */
const nextChannel = (list: readonly OpeningHours[], inScope: readonly Channel[]): OpeningHours['channel'] => {
  const used = new Set(list.map((h) => h.channel));
  if (!used.has('all')) return 'all';
  return inScope.find((c) => !used.has(c)) ?? channels.find((c) => !used.has(c)) ?? 'all';
};

export function HoursSection({
  value,
  inScope,
  onChange,
}: {
  value: OpeningHours[];
  inScope: Channel[];
  onChange: (next: OpeningHours[]) => void;
}) {
  const { t } = useI18n();
  const h = t.mandates.editor.hours;
  const channelName = (c: OpeningHours['channel']) => (c === 'all' ? h.allChannels : t.channels[c]);
  return (
    <EditorSection id="mandate-hours" title={t.mandates.editor.sections.openingHours}>
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {h.none}
        </Text>
      )}
      {value.map((hours, i) => (
        <ItemCard
          // biome-ignore lint/suspicious/noArrayIndexKey: opening hours have no id; their channel is edited in place
          key={i}
          label={h.label(channelName(hours.channel))}
          removeLabel={h.remove(channelName(hours.channel))}
          onRemove={() => onChange(removeAt(value, i))}
        >
          <HoursEditor at={`openingHours.${i}`} value={hours} onChange={(next) => onChange(replaceAt(value, i, next))} />
        </ItemCard>
      ))}
      <AddItem
        onClick={() => onChange([...value, { channel: nextChannel(value, inScope), week: officeHours(), closed: [], exceptions: [] }])}
      >
        {h.add}
      </AddItem>
    </EditorSection>
  );
}

function HoursEditor({ at, value, onChange }: { at: string; value: OpeningHours; onChange: (next: OpeningHours) => void }) {
  const { t } = useI18n();
  const h = t.mandates.editor.hours;
  const { readOnly, err } = useEditor();
  const set = (patch: Partial<OpeningHours>) => onChange({ ...value, ...patch });
  return (
    <>
      <Choice
        label={h.channel}
        value={value.channel}
        onValue={(v) => set({ channel: v as OpeningHours['channel'] })}
        data={[{ value: 'all', label: h.allChannels }, ...channels.map((c) => ({ value: c, label: t.channels[c] }))]}
        error={err(`${at}.channel`)}
        maw={260}
      />
      <Text size="xs" c="dimmed">
        {h.rangesHint}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        {weekdays.map((d) => (
          <RangesInput
            key={d}
            label={h.days[d]}
            value={value.week[d]}
            onChange={(ranges) => set({ week: { ...value.week, [d]: ranges } })}
            error={err(`${at}.week.${d}`)}
          />
        ))}
      </SimpleGrid>
      <TagsInput
        label={h.closed}
        description={h.closedHint}
        value={value.closed}
        onChange={(v) => set({ closed: v })}
        readOnly={readOnly}
        error={err(`${at}.closed`)}
      />
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {h.exceptions}
        </Text>
        {value.exceptions.map((x, j) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: an exception day has no id; its date may be edited or repeated
          <Group key={j} align="flex-start" gap="sm" wrap="nowrap">
            <TextInput
              label={h.exceptionDate}
              type="date"
              value={x.date}
              onChange={(e) => set({ exceptions: replaceAt(value.exceptions, j, { ...x, date: e.currentTarget.value }) })}
              readOnly={readOnly}
              error={err(`${at}.exceptions.${j}.date`)}
              w={170}
            />
            <div style={{ flex: 1 }}>
              <RangesInput
                label={h.exceptionHours}
                value={x.hours}
                onChange={(hours) => set({ exceptions: replaceAt(value.exceptions, j, { ...x, hours }) })}
                error={err(`${at}.exceptions.${j}.hours`)}
              />
            </div>
            {!readOnly && (
              <ActionIcon
                variant="subtle"
                color="red"
                mt={26}
                aria-label={h.removeException(x.date)}
                title={h.removeException(x.date)}
                onClick={() => set({ exceptions: removeAt(value.exceptions, j) })}
              >
                <IconTrash size={16} />
              </ActionIcon>
            )}
          </Group>
        ))}
        <AddItem onClick={() => set({ exceptions: [...value.exceptions, { date: '', hours: [] }] })}>{h.addException}</AddItem>
      </Stack>
    </>
  );
}
