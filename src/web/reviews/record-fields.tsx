// src/web/reviews/record-fields.tsx — the inputs of a meeting record: held on, attendees of both parties, decisions, actions with owners, notes

import { SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { Fragment } from 'react';
import type { TReviewRecord } from '../../contracts/reviews.js';
import { useI18n } from '../lib/i18n.js';
import { Item, ListBlock, PartyField, orNull, removeAt, replaceAt } from './record-parts.js';
import { nextId } from './review-kit.js';

type Props = {
  draft: TReviewRecord;
  onDraft: (r: TReviewRecord) => void;
  readOnly: boolean;
  /** The issue text of a field (its path and, unless `exact`, anything below it), if any. */
  err: (path: string, exact?: boolean) => string | undefined;
};

type Attendee = TReviewRecord['attendees'][number];
type Action = TReviewRecord['actions'][number];

export function RecordFields({ draft, onDraft, readOnly, err }: Props) {
  const { t } = useI18n();
  const w = t.reviews;
  const set = (patch: Partial<TReviewRecord>) => onDraft({ ...draft, ...patch });
  const { attendees, decisions, actions } = draft;
  const setAttendee = (i: number, a: Attendee) => set({ attendees: replaceAt(attendees, i, a) });
  const setAction = (i: number, a: Action) => set({ actions: replaceAt(actions, i, a) });
  const addAttendee = () => set({ attendees: [...attendees, { name: '', party: 'client', role: null }] });
  const addDecision = () =>
    set({
      decisions: [
        ...decisions,
        {
          id: nextId(
            'd',
            decisions.map((d) => d.id),
          ),
          text: '',
        },
      ],
    });
  const newAction = (): Action => ({
    id: nextId(
      'a',
      actions.map((a) => a.id),
    ),
    title: '',
    owner: '',
    ownerParty: 'centre',
    dueOn: null,
  });

  return (
    <Stack gap="lg">
      <TextInput
        label={w.heldOn}
        type="date"
        value={draft.heldOn ?? ''}
        onChange={(e) => set({ heldOn: orNull(e.currentTarget.value) })}
        readOnly={readOnly}
        error={err('heldOn')}
        maw={220}
      />
      <ListBlock
        id="record-attendees"
        title={w.attendees}
        error={err('attendees', true)}
        addLabel={w.addAttendee}
        readOnly={readOnly}
        empty={attendees.length ? null : w.noAttendees}
        onAdd={addAttendee}
      >
        {attendees.map((a, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: attendees have no id; their place is their identity while editing
          <Fragment key={i}>
            <Item
              label={w.attendee(i + 1)}
              removeLabel={w.removeAttendee(i + 1)}
              readOnly={readOnly}
              onRemove={() => set({ attendees: removeAt(attendees, i) })}
            >
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput
                  label={w.name}
                  value={a.name}
                  readOnly={readOnly}
                  error={err(`attendees.${i}`)}
                  onChange={(e) => setAttendee(i, { ...a, name: e.currentTarget.value })}
                />
                <PartyField label={w.party} value={a.party} readOnly={readOnly} onValue={(party) => setAttendee(i, { ...a, party })} />
                <TextInput
                  label={w.role}
                  value={a.role ?? ''}
                  readOnly={readOnly}
                  onChange={(e) => setAttendee(i, { ...a, role: orNull(e.currentTarget.value) })}
                />
              </SimpleGrid>
            </Item>
          </Fragment>
        ))}
      </ListBlock>
      <ListBlock
        id="record-decisions"
        title={w.decisions}
        addLabel={w.addDecision}
        readOnly={readOnly}
        empty={decisions.length ? null : w.noDecisions}
        onAdd={addDecision}
      >
        {decisions.map((d, i) => (
          <Item
            key={d.id}
            label={w.decision(i + 1)}
            removeLabel={w.removeDecision(i + 1)}
            readOnly={readOnly}
            onRemove={() => set({ decisions: removeAt(decisions, i) })}
          >
            <Textarea
              label={w.decision(i + 1)}
              value={d.text}
              readOnly={readOnly}
              autosize
              minRows={2}
              error={err(`decisions.${i}`)}
              onChange={(e) => set({ decisions: replaceAt(decisions, i, { ...d, text: e.currentTarget.value }) })}
            />
          </Item>
        ))}
      </ListBlock>
      <ListBlock
        id="record-actions"
        title={w.actions}
        addLabel={w.addAction}
        readOnly={readOnly}
        empty={actions.length ? null : w.noActions}
        onAdd={() => set({ actions: [...actions, newAction()] })}
      >
        {actions.map((a, i) => (
          <Item
            key={a.id}
            label={w.action(i + 1)}
            removeLabel={w.removeAction(i + 1)}
            readOnly={readOnly}
            onRemove={() => set({ actions: removeAt(actions, i) })}
          >
            <Stack gap="sm">
              <TextInput
                label={w.actionTitle}
                value={a.title}
                readOnly={readOnly}
                error={err(`actions.${i}.title`)}
                onChange={(e) => setAction(i, { ...a, title: e.currentTarget.value })}
              />
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput
                  label={w.owner}
                  value={a.owner}
                  readOnly={readOnly}
                  error={err(`actions.${i}.owner`)}
                  onChange={(e) => setAction(i, { ...a, owner: e.currentTarget.value })}
                />
                <PartyField
                  label={w.ownerParty}
                  value={a.ownerParty}
                  readOnly={readOnly}
                  onValue={(ownerParty) => setAction(i, { ...a, ownerParty })}
                />
                <TextInput
                  label={w.dueOn}
                  type="date"
                  value={a.dueOn ?? ''}
                  readOnly={readOnly}
                  error={err(`actions.${i}.dueOn`)}
                  onChange={(e) => setAction(i, { ...a, dueOn: orNull(e.currentTarget.value) })}
                />
              </SimpleGrid>
            </Stack>
          </Item>
        ))}
      </ListBlock>
      <Textarea
        label={w.notes}
        value={draft.notes ?? ''}
        readOnly={readOnly}
        autosize
        minRows={3}
        error={err('notes')}
        onChange={(e) => set({ notes: orNull(e.currentTarget.value) })}
      />
    </Stack>
  );
}
