// src/web/reviews/deliver-modal.tsx — records that the current occurrence of an obligation was delivered (date and an optional note)

import { Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { TObligationStatus } from '../../contracts/reviews.js';
import { formatDate } from '../../i18n/index.js';
import { FormModal, useFormSubmit } from '../components/form-modal.js';
import { ApiError, api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { issueText, todayIso } from './review-kit.js';

export type DeliveryResult = { recorded: boolean; obligations: TObligationStatus[] };

/** Open while `status` is set; the occurrence delivered is the one the obligation shows as due now. */
export function DeliverModal({
  mandateId,
  status,
  onClose,
  onDone,
}: {
  mandateId: string;
  status: TObligationStatus | null;
  onClose: () => void;
  onDone: (result: DeliveryResult, title: string) => void;
}) {
  const { t, locale } = useI18n();
  const w = t.reviews.obligations;
  const [doneOn, setDoneOn] = useState(todayIso());
  const [note, setNote] = useState('');
  useEffect(() => {
    if (status) {
      setDoneOn(todayIso());
      setNote('');
    }
  }, [status]);
  const form = useFormSubmit(async () => {
    if (!status) return;
    const path = `/api/v1/mandates/${encodeURIComponent(mandateId)}/obligations/${encodeURIComponent(status.obligation.id)}/completions`;
    const result = await api.post<DeliveryResult>(path, { dueOn: status.dueOn, doneOn, note: note.trim() || null });
    onDone(result, status.obligation.title);
  });
  // Every delivery check names the occurrence or the date; shown under the date the user chose.
  const dateIssue =
    form.error instanceof ApiError && form.error.issues.length
      ? form.error.issues.map((i) => issueText(t, i.message)).join('; ')
      : undefined;
  return (
    <FormModal
      opened={status !== null}
      title={status ? w.markDoneOf(status.obligation.title) : w.markDone}
      form={form}
      submitLabel={w.markDone}
      onClose={onClose}
    >
      {status && (
        <Text size="sm" c="dimmed">
          {w.occurrence(formatDate(status.dueOn, locale))}
        </Text>
      )}
      <TextInput
        label={w.doneOn}
        type="date"
        value={doneOn}
        max={todayIso()}
        onChange={(e) => setDoneOn(e.currentTarget.value)}
        error={dateIssue}
        withAsterisk
        data-autofocus
      />
      <Textarea label={w.note} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} maxLength={2000} />
    </FormModal>
  );
}
