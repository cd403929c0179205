// src/web/components/list-page.tsx — pieces the admin list pages share: add button, loaded section, row actions, status

import { Button, Stack } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useI18n } from '../lib/i18n.js';
import { StatusBadge } from './data-table.js';
import { ErrorAlert } from './errors.js';
import { IconPlus } from './icons.js';
import { Section } from './layout.js';

/** The page header's button that opens the "add" or "create" dialog. */
export function AddButton({
  onClick,
  children,
  variant = 'filled',
}: {
  onClick: () => void;
  children: ReactNode;
  /** `light` for a second, less common add next to the main one. */
  variant?: 'filled' | 'light';
}) {
  return (
    <Button leftSection={<IconPlus size={16} />} onClick={onClick} variant={variant}>
      {children}
    </Button>
  );
}

/** A section for a loaded list, or the load error with a retry in its place. */
export function LoadedSection({
  id,
  title,
  error,
  onRetry,
  children,
}: {
  id: string;
  title: string;
  error: unknown;
  onRetry: () => void;
  children: ReactNode;
}) {
  if (error !== null) return <ErrorAlert error={error} onRetry={onRetry} />;
  return (
    <Section id={id} title={title}>
      {children}
    </Section>
  );
}

/**
 * One change at a time to a row of a list: `busyId` is the row being changed, and the node shows the
 * last failure (cleared when the next change starts).
 */
export function useRowAction(): {
  busyId: string | null;
  run: (id: string, action: () => Promise<void>) => Promise<void>;
  errorNode: ReactNode;
} {
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async (id: string, action: () => Promise<void>) => {
    setBusyId(id);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e);
    } finally {
      setBusyId(null);
    }
  };
  const errorNode = error !== null && (
    <Stack mb="md">
      <ErrorAlert error={error} />
    </Stack>
  );
  return { busyId, run, errorNode };
}

/** Whether an account or a membership is active or disabled. */
export function ActiveBadge({ disabled }: { disabled: boolean }) {
  const { t } = useI18n();
  return <StatusBadge color={disabled ? 'gray' : 'teal'}>{disabled ? t.common.disabled : t.common.active}</StatusBadge>;
}
