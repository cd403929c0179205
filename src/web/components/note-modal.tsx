// src/web/components/note-modal.tsx — a dialog that asks for a required note (why an assessment goes back, what a verifier checked) and sends it

import { Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { FormModal, useFormSubmit } from './form-modal.js';

/**
 * The note must not be blank; until it is written the dialog says so and sends nothing. `issuePath`
 * is the field the server names when it refuses the note.
 */
export function NoteModal({
  opened,
  title,
  hint,
  label,
  description,
  requiredMessage,
  submitLabel,
  issuePath,
  onSubmit,
  onClose,
}: {
  opened: boolean;
  title: string;
  hint?: string;
  label: string;
  description?: string;
  requiredMessage: string;
  submitLabel: string;
  issuePath: string;
  onSubmit: (note: string) => Promise<void>;
  onClose: () => void;
}) {
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const form = useFormSubmit(async () => {
    if (!note.trim()) return setMissing(true);
    await onSubmit(note.trim());
    setNote('');
  });
  return (
    <FormModal opened={opened} title={title} form={form} submitLabel={submitLabel} onClose={onClose}>
      {hint && (
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      )}
      <Textarea
        label={label}
        description={description}
        value={note}
        onChange={(e) => {
          setNote(e.currentTarget.value);
          setMissing(false);
        }}
        error={missing ? requiredMessage : form.issues[issuePath]}
        withAsterisk
        autosize
        minRows={3}
        data-autofocus
      />
    </FormModal>
  );
}
