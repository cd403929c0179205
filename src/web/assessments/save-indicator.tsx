// src/web/assessments/save-indicator.tsx — whether the answers are saved: saving, saved at, waiting for a justification, or failed with a retry

import { Button, Group, Loader, Text } from '@mantine/core';
import { formatDateTime } from '../../i18n/index.js';
import { errorText } from '../components/errors.js';
import { IconAlert, IconCheck } from '../components/icons.js';
import { useI18n } from '../lib/i18n.js';
import type { AnswerSaver } from './use-answer-saver.js';

/** Announced politely; the save button sends waiting edits at once for those who prefer to save by hand. */
export function SaveIndicator({ saver }: { saver: AnswerSaver }) {
  const { t, locale } = useI18n();
  const s = saver.state;
  const waiting = saver.hasUnsaved();
  return (
    <Group gap="xs" wrap="nowrap">
      <div role="status" aria-live="polite" className="ccq-save-state">
        {s.kind === 'saving' && (
          <Group gap={6} wrap="nowrap">
            <Loader size={12} aria-hidden="true" />
            <Text size="sm" c="dimmed">
              {t.assessments.saving}
            </Text>
          </Group>
        )}
        {s.kind === 'saved' && !waiting && (
          <Group gap={4} wrap="nowrap" c="teal.8">
            <IconCheck size={14} />
            <Text size="sm">{t.assessments.savedAt(formatDateTime(s.at, locale))}</Text>
          </Group>
        )}
        {s.kind === 'blocked' && (
          <Text size="sm" c="orange.8">
            {t.assessments.waitingForJustification(s.ref)}
          </Text>
        )}
        {s.kind === 'failed' && (
          <Group gap={4} wrap="nowrap" c="red.8">
            <IconAlert size={14} />
            <Text size="sm">{t.assessments.saveFailed(s.ref, errorText(t, s.error))}</Text>
          </Group>
        )}
        {(s.kind === 'idle' || (s.kind === 'saved' && waiting)) && waiting && (
          <Text size="sm" c="dimmed">
            {t.assessments.unsaved}
          </Text>
        )}
      </div>
      {(waiting || s.kind === 'failed') && s.kind !== 'saving' && (
        <Button
          size="compact-sm"
          variant={s.kind === 'failed' ? 'filled' : 'light'}
          color={s.kind === 'failed' ? 'red' : undefined}
          onClick={saver.flush}
        >
          {s.kind === 'failed' ? t.common.retry : t.common.save}
        </Button>
      )}
    </Group>
  );
}
