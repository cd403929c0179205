// src/web/assessments/answer-form.tsx — the answer to one requirement: result, justification, maturity, comment, assignee and due date

import { Button, Group, NativeSelect, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { type RefObject, useEffect, useRef } from 'react';
import type { TAnswer, TFramework } from '../../contracts/conformity.js';
import type { TMember } from '../../contracts/organisations.js';
import { type RequirementResult, requirementResults } from '../../domain/conformity/assessment.js';
import { useText } from '../components/conformity.js';
import { fieldIssues } from '../components/errors.js';
import { useI18n } from '../lib/i18n.js';
import { SaveIndicator } from './save-indicator.js';
import type { AnswerFields, AnswerSaver } from './use-answer-saver.js';

/** Typing waits this long for a pause before it is saved; choices are saved at once. */
export const TYPING_DELAY_MS = 800;

export type FocusRequest = { field: 'comment' | 'justification'; n: number } | null;

export function AnswerForm({
  answer,
  framework,
  members,
  readOnly,
  saver,
  focus,
}: {
  answer: TAnswer;
  framework: TFramework;
  members: TMember[] | null;
  readOnly: boolean;
  saver: AnswerSaver;
  focus: FocusRequest;
}) {
  const { t } = useI18n();
  const text = useText();
  const comment = useRef<HTMLTextAreaElement>(null);
  const justification = useRef<HTMLTextAreaElement>(null);
  const ref = answer.ref;
  const edit = (fields: AnswerFields, delay = 0) => saver.edit(ref, fields, delay);
  const failed = saver.state.kind === 'failed' && saver.state.ref === ref ? saver.state.error : null;
  const issues = fieldIssues(t, failed);
  const na = answer.result === 'not_applicable';
  const missingJustification = na && !(answer.justification ?? '').trim();

  // Only a request made while this form is shown moves the focus, not one left over from another requirement.
  const handled = useRef(focus?.n ?? 0);
  useEffect(() => {
    if (!focus || focus.n === handled.current) return;
    handled.current = focus.n;
    const target: RefObject<HTMLTextAreaElement | null> = focus.field === 'comment' ? comment : justification;
    target.current?.focus();
  }, [focus]);

  const memberOptions = (members ?? []).map((m) => ({ value: m.userId, label: m.displayName || m.email }));
  if (answer.assigneeUserId && !memberOptions.some((o) => o.value === answer.assigneeUserId))
    memberOptions.push({ value: answer.assigneeUserId, label: t.assessments.unknownPerson });

  return (
    <Stack gap="md" className="ccq-answer-form">
      <Group justify="space-between" align="center" gap="xs">
        <Text fw={600} id={`result-${ref}`}>
          {t.assessments.result}
        </Text>
        <SaveIndicator saver={saver} />
      </Group>
      <Group gap="xs" align="center">
        <SegmentedControl
          aria-labelledby={`result-${ref}`}
          value={answer.result ?? ''}
          onChange={(v) => edit({ result: v as RequirementResult }, v === 'not_applicable' && !answer.justification ? TYPING_DELAY_MS : 0)}
          data={requirementResults.map((r) => ({ value: r, label: t.conformity.results[r] }))}
          readOnly={readOnly}
          disabled={readOnly}
          color={answer.result === 'nonconformant' ? 'red' : answer.result === 'not_applicable' ? 'gray' : 'ccq'}
          size="sm"
        />
        {!readOnly && answer.result !== null && (
          <Button variant="subtle" size="compact-sm" color="gray" onClick={() => edit({ result: null })}>
            {t.assessments.clearResult}
          </Button>
        )}
      </Group>
      {issues.result && (
        <Text c="red" size="sm" role="alert">
          {issues.result}
        </Text>
      )}
      {(na || answer.justification) && (
        <Textarea
          ref={justification}
          label={t.assessments.justification}
          description={t.assessments.justificationHint}
          value={answer.justification ?? ''}
          onChange={(e) => edit({ justification: e.currentTarget.value }, TYPING_DELAY_MS)}
          error={issues.justification ?? (missingJustification ? t.assessments.justificationRequired : undefined)}
          withAsterisk={na}
          readOnly={readOnly}
          autosize
          minRows={2}
        />
      )}
      <Textarea
        ref={comment}
        label={t.assessments.comment}
        description={readOnly ? undefined : t.assessments.commentHint}
        value={answer.comment ?? ''}
        onChange={(e) => edit({ comment: e.currentTarget.value }, TYPING_DELAY_MS)}
        error={issues.comment}
        readOnly={readOnly}
        autosize
        minRows={3}
      />
      <SimpleGrid cols={{ base: 1, sm: framework.scale.length > 0 ? 3 : 2 }} spacing="md">
        {framework.scale.length > 0 && (
          <NativeSelect
            label={t.assessments.score}
            value={answer.score === null ? '' : String(answer.score)}
            onChange={(e) => edit({ score: e.currentTarget.value === '' ? null : Number(e.currentTarget.value) })}
            data={[
              { value: '', label: t.assessments.noScore },
              ...framework.scale.map((s) => ({ value: String(s.score), label: `${s.score} – ${text(s.label)}` })),
            ]}
            error={issues.score}
            disabled={readOnly}
          />
        )}
        <NativeSelect
          label={t.assessments.assignee}
          value={answer.assigneeUserId ?? ''}
          onChange={(e) => edit({ assigneeUserId: e.currentTarget.value || null })}
          data={[{ value: '', label: t.assessments.nobody }, ...memberOptions]}
          error={issues.assigneeUserId}
          disabled={readOnly || members === null}
        />
        <TextInput
          label={t.assessments.dueOn}
          type="date"
          value={answer.dueOn ?? ''}
          onChange={(e) => edit({ dueOn: e.currentTarget.value || null })}
          error={issues.dueOn}
          readOnly={readOnly}
        />
      </SimpleGrid>
    </Stack>
  );
}
