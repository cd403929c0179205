// src/web/surveys/survey-builder.tsx — the survey builder: name, questions (CSAT, NPS, CES, free text) in both languages, queues and channels

import { ActionIcon, Button, Checkbox, Group, MultiSelect, NativeSelect, Paper, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { TQueue } from '../../contracts/organisations.js';
import type { TSurvey, TSurveyQuestion } from '../../contracts/surveys.js';
import { channels } from '../../domain/organisations/model.js';
import { questionKinds } from '../../domain/surveys/survey.js';
import { FormModal, useFormSubmit } from '../components/form-modal.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';

const blank = (i: number, kind: TSurveyQuestion['kind']): TSurveyQuestion => ({
  id: i === 0 ? kind : `${kind}-${i + 1}`,
  kind,
  label: { sv: '', en: '' },
  required: i === 0,
});

export function SurveyBuilder({
  opened,
  relationshipId,
  queues,
  onClose,
  onCreated,
}: {
  opened: boolean;
  relationshipId: string;
  queues: TQueue[];
  onClose: () => void;
  onCreated: (s: TSurvey) => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [questions, setQuestions] = useState<TSurveyQuestion[]>([blank(0, 'csat')]);
  // A stable key per question row (ids and kinds are edited in place).
  const [keys, setKeys] = useState<number[]>([0]);
  const [queueIds, setQueueIds] = useState<string[]>([]);
  const [chosenChannels, setChannels] = useState<string[]>([]);
  const form = useFormSubmit(async () => {
    const s = await api.post<TSurvey>('/api/v1/surveys', { relationshipId, name, questions, queueIds, channels: chosenChannels });
    setName('');
    setQuestions([blank(0, 'csat')]);
    setKeys([0]);
    onCreated(s);
  });
  const change = (i: number, patch: Partial<TSurveyQuestion>) => setQuestions((qs) => qs.map((q, j) => (j === i ? { ...q, ...patch } : q)));

  return (
    <FormModal opened={opened} title={t.surveys.createTitle} form={form} submitLabel={t.surveys.save} onClose={onClose}>
      <TextInput label={t.surveys.name} value={name} onChange={(e) => setName(e.currentTarget.value)} required error={form.issues.name} />
      {questions.map((q, i) => (
        <Paper key={keys[i]} withBorder p="sm" radius="md" aria-label={t.surveys.question(i + 1)} component="fieldset">
          <Stack gap="xs">
            <Group gap="sm" align="flex-end" wrap="nowrap">
              <NativeSelect
                label={t.surveys.kind}
                value={q.kind}
                onChange={(e) => change(i, { kind: e.currentTarget.value as TSurveyQuestion['kind'] })}
                data={questionKinds.map((k) => ({ value: k, label: t.surveys.kinds[k] }))}
              />
              <TextInput
                label={t.surveys.questionId}
                value={q.id}
                onChange={(e) => change(i, { id: e.currentTarget.value })}
                error={form.issues[`questions.${i}.id`]}
                w={120}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t.surveys.removeQuestion}
                disabled={questions.length === 1}
                onClick={() => {
                  setQuestions((qs) => qs.filter((_, j) => j !== i));
                  setKeys((ks) => ks.filter((_, j) => j !== i));
                }}
              >
                ×
              </ActionIcon>
            </Group>
            <TextInput
              label={t.surveys.labelSv}
              value={q.label.sv}
              onChange={(e) => change(i, { label: { ...q.label, sv: e.currentTarget.value } })}
              required
              error={form.issues[`questions.${i}.label.sv`]}
            />
            <TextInput
              label={t.surveys.labelEn}
              value={q.label.en}
              onChange={(e) => change(i, { label: { ...q.label, en: e.currentTarget.value } })}
              required
              error={form.issues[`questions.${i}.label.en`]}
            />
            <Checkbox label={t.surveys.required} checked={q.required} onChange={(e) => change(i, { required: e.currentTarget.checked })} />
          </Stack>
        </Paper>
      ))}
      <Button
        variant="light"
        disabled={questions.length >= 20}
        onClick={() => {
          setQuestions((qs) => [...qs, blank(qs.length, qs.length === 1 ? 'nps' : 'text')]);
          setKeys((ks) => [...ks, Math.max(...ks) + 1]);
        }}
      >
        {t.surveys.addQuestion}
      </Button>
      <MultiSelect
        label={t.surveys.queues}
        data={queues.map((q) => ({ value: q.id, label: q.name }))}
        value={queueIds}
        onChange={setQueueIds}
        clearable
      />
      <MultiSelect
        label={t.surveys.channels}
        data={channels.map((c) => ({ value: c, label: t.channels[c] }))}
        value={chosenChannels}
        onChange={setChannels}
        clearable
      />
    </FormModal>
  );
}
