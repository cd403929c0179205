// src/web/qa/evaluation-form.tsx — a new evaluation: the contact, the agent, the pinned scorecard version and the answers

import { NativeSelect, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { TEvaluation, TScorecard } from '../../contracts/qa.js';
import { FirstField, FormModal, TextField, useFormSubmit } from '../components/form-modal.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { AnswersInput } from './answers-input.js';
import { type DraftAnswers, latestVersions } from './qa-kit.js';

export function EvaluationForm({
  opened,
  onClose,
  relationshipId,
  scorecards,
  onSaved,
  initial,
}: {
  opened: boolean;
  onClose: () => void;
  relationshipId: string;
  scorecards: TScorecard[];
  onSaved: (e: TEvaluation) => void;
  /** A sampled contact to evaluate (its id, agent, time and queue filled in). */
  initial?: { sourceId: string; agent: string; enteredAt: string; queueId: string } | null;
}) {
  const { t } = useI18n();
  const cards = latestVersions(scorecards);
  const [cardId, setCardId] = useState(cards[0]?.id ?? '');
  const [contact, setContact] = useState(initial?.sourceId ?? '');
  const [contactAt, setContactAt] = useState((initial ? new Date(initial.enteredAt) : new Date()).toISOString().slice(0, 16));
  const [agent, setAgent] = useState(initial?.agent ?? '');
  const [notes, setNotes] = useState('');
  const [answers, setAnswers] = useState<DraftAnswers>({});
  const card = cards.find((c) => c.id === cardId) ?? cards[0];
  const form = useFormSubmit(async () => {
    const e = await api.post<TEvaluation>('/api/v1/qa/evaluations', {
      relationshipId,
      queueId: initial?.queueId ?? null,
      scorecardId: card?.id,
      contactSourceId: contact,
      contactAt: new Date(contactAt).toISOString(),
      agent,
      answers,
      coachingNotes: notes.trim() || null,
    });
    setAnswers({});
    setContact('');
    onSaved(e);
  });
  return (
    <FormModal opened={opened} onClose={onClose} title={t.qa.newEvaluation} form={form} submitLabel={t.qa.save}>
      <NativeSelect
        label={t.qa.scorecard}
        value={card?.id ?? ''}
        onChange={(e) => {
          setCardId(e.currentTarget.value);
          setAnswers({});
        }}
        data={cards.map((c) => ({ value: c.id, label: `${c.name} (v${c.version})` }))}
      />
      <FirstField label={t.qa.contact} value={contact} onValue={setContact} error={form.issues.contactSourceId} />
      <TextField
        label={t.qa.contactAt}
        type="datetime-local"
        value={contactAt}
        onValue={setContactAt}
        error={form.issues.contactAt}
        withAsterisk
      />
      <TextField label={t.qa.agent} value={agent} onValue={setAgent} error={form.issues.agent} withAsterisk />
      {card && <AnswersInput card={card} value={answers} onChange={setAnswers} issues={form.issues} />}
      <Textarea label={t.qa.coachingNotes} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} autosize minRows={2} />
    </FormModal>
  );
}
