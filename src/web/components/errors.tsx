// src/web/components/errors.tsx — turn API failures into words the user can act on, without leaking details

import { Alert, Button } from '@mantine/core';
import type { Messages } from '../../i18n/index.js';
import { ApiError, NETWORK_ERROR } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { IconAlert } from './icons.js';

/** A translated message for the error's code; the server's own message when we have no translation. */
export const errorText = (t: Messages, err: unknown): string => {
  if (err instanceof ApiError) {
    if (err.code === NETWORK_ERROR) return t.errors.network;
    const known = (t.errors as Record<string, string>)[err.code];
    if (known) return known;
    return err.message || t.errors.unknown;
  }
  return t.errors.unknown;
};

/** Field messages from a validation error, keyed by path (`email`, `role`), in the user's language where known. */
export const fieldIssues = (t: Messages, err: unknown): Record<string, string> => {
  if (!(err instanceof ApiError)) return {};
  const words = t.issues as Record<string, string>;
  return Object.fromEntries(err.issues.map((i) => [i.path, words[i.message] ?? i.message]));
};

export function ErrorAlert({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useI18n();
  return (
    <Alert color="red" variant="light" title={title ?? t.common.errorTitle} icon={<IconAlert />} role="alert">
      {errorText(t, error)}
      {onRetry && (
        <Button variant="subtle" color="red" size="compact-sm" ml="sm" onClick={onRetry}>
          {t.common.retry}
        </Button>
      )}
    </Alert>
  );
}
