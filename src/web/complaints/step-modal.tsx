// src/web/complaints/step-modal.tsx — taking one lifecycle step: a note, and what the step asks for (category, response, root cause, satisfaction)

import { NativeSelect, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { TComplaint, TComplaintDetail } from '../../contracts/complaints.js';
import { complaintCategories, rootCauses } from '../../domain/complaints/complaint.js';
import { FormModal, useFormSubmit } from '../components/form-modal.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';

type Step = TComplaint['steps'][number];

export function StepModal({
  complaint,
  step,
  onClose,
  onDone,
}: {
  complaint: TComplaint;
  step: Step | null;
  onClose: () => void;
  onDone: (d: TComplaintDetail) => void;
}) {
  const { t } = useI18n();
  const tc = t.complaints;
  const [note, setNote] = useState('');
  const [category, setCategory] = useState<string>(complaint.category ?? '');
  const [rootCause, setRootCause] = useState<string>(complaint.rootCause ?? '');
  const [response, setResponse] = useState('');
  const [satisfaction, setSatisfaction] = useState('');
  const form = useFormSubmit(async () => {
    const d = await api.post<TComplaintDetail>(`/api/v1/complaints/${encodeURIComponent(complaint.id)}/steps`, {
      step,
      note: note || null,
      ...(step === 'assess' ? { category: category || null } : {}),
      ...(step === 'respond' ? { response } : {}),
      ...(step === 'close' ? { rootCause: rootCause || null, satisfaction: satisfaction ? Number(satisfaction) : null } : {}),
    });
    setNote('');
    setResponse('');
    onDone(d);
  });
  if (!step) return null;
  return (
    <FormModal opened title={tc.steps[step]} form={form} submitLabel={tc.steps[step]} onClose={onClose}>
      {step === 'assess' && (
        <NativeSelect
          label={tc.category}
          value={category}
          onChange={(e) => setCategory(e.currentTarget.value)}
          data={[{ value: '', label: tc.none }, ...complaintCategories.map((c) => ({ value: c, label: tc.categories[c] }))]}
          error={form.issues.category}
          withAsterisk
        />
      )}
      {step === 'respond' && (
        <Textarea
          label={tc.response}
          value={response}
          onChange={(e) => setResponse(e.currentTarget.value)}
          error={form.issues.response}
          autosize
          minRows={3}
          withAsterisk
          data-autofocus
        />
      )}
      {step === 'close' && (
        <>
          <NativeSelect
            label={tc.rootCause}
            value={rootCause}
            onChange={(e) => setRootCause(e.currentTarget.value)}
            data={[{ value: '', label: tc.none }, ...rootCauses.map((c) => ({ value: c, label: tc.rootCauses[c] }))]}
            error={form.issues.rootCause}
            withAsterisk
          />
          <NativeSelect
            label={tc.satisfaction}
            value={satisfaction}
            onChange={(e) => setSatisfaction(e.currentTarget.value)}
            data={[{ value: '', label: tc.none }, ...['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }))]}
            error={form.issues.satisfaction}
          />
        </>
      )}
      <Textarea
        label={tc.note}
        description={tc.noteHint}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={form.issues.note}
        autosize
        minRows={2}
        withAsterisk={step === 'escalate'}
      />
    </FormModal>
  );
}
