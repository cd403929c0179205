// src/web/components/form-modal.tsx — a dialog with one form: field errors, a general error, cancel and submit

import { Button, Group, Modal, Stack, Text, TextInput, type TextInputProps } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useI18n } from '../lib/i18n.js';
import { errorText, fieldIssues } from './errors.js';

export type FormSubmit = {
  busy: boolean;
  error: unknown;
  /** Field messages keyed by path, for each input's `error`. */
  issues: Record<string, string>;
  submit: (e: FormEvent) => Promise<void>;
  clearError: () => void;
};

/** Runs `action` on submit, keeping busy and the failure (if any) for the form to show. */
export function useFormSubmit(action: () => Promise<void>): FormSubmit {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, issues: fieldIssues(t, error), submit, clearError: () => setError(null) };
}

/**
 * The inputs go in `children`; an error that belongs to no field is shown above the buttons. Closing
 * forgets the last failure, so the dialog opens clean next time.
 */
export function FormModal({
  opened,
  title,
  form,
  submitLabel,
  onClose,
  children,
}: {
  opened: boolean;
  title: string;
  form: FormSubmit;
  submitLabel: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const close = () => {
    form.clearError();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={title} centered>
      <form onSubmit={form.submit} noValidate>
        <Stack>
          {children}
          {form.error !== null && (
            <Text c="red" size="sm" role="alert">
              {errorText(t, form.error)}
            </Text>
          )}
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={close} type="button">
              {t.common.cancel}
            </Button>
            <Button type="submit" loading={form.busy}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** A text input that hands its new value to `onValue`. */
export function TextField({ onValue, ...props }: Omit<TextInputProps, 'onChange'> & { onValue: (value: string) => void }) {
  return <TextInput {...props} onChange={(e) => onValue(e.currentTarget.value)} />;
}

/** The required e-mail address that a dialog opens on. */
export function EmailField({ value, onValue, error }: { value: string; onValue: (value: string) => void; error?: string }) {
  const { t } = useI18n();
  return <TextField label={t.common.email} type="email" value={value} onValue={onValue} error={error} withAsterisk data-autofocus />;
}

/** The required field a dialog opens on (the cursor starts there). */
export function FirstField(props: Omit<TextInputProps, 'onChange'> & { onValue: (value: string) => void }) {
  return <TextField {...props} withAsterisk data-autofocus />;
}
