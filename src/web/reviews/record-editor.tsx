// src/web/reviews/record-editor.tsx — the meeting record of a review: edit and save, approve the minutes (with the server's reasons when it refuses), then read-only

import { Alert, Badge, Button, Group, List, Stack } from '@mantine/core';
import { useState } from 'react';
import type { TReview, TReviewRecord } from '../../contracts/reviews.js';
import { formatDateTime } from '../../i18n/index.js';
import { ConfirmModal } from '../components/confirm-modal.js';
import { ErrorAlert } from '../components/errors.js';
import { IconCheck } from '../components/icons.js';
import { Section } from '../components/layout.js';
import { useNotice } from '../components/notice.js';
import { can } from '../lib/access.js';
import { ApiError, api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { useSession } from '../lib/session.js';
import { RecordFields } from './record-fields.js';
import { issueText } from './review-kit.js';

type Issue = { path: string; message: string };

/** Field issues of a failed save or close; body paths (`record.actions.0.owner`) lose their `record.` prefix. */
const issuesOf = (err: unknown): Issue[] =>
  err instanceof ApiError ? err.issues.map((i) => ({ path: i.path.replace(/^record\./, ''), message: i.message })) : [];

const same = (a: TReviewRecord, b: TReviewRecord): boolean => JSON.stringify(a) === JSON.stringify(b);

export function RecordEditor({ review, onReview }: { review: TReview; onReview: (r: TReview) => void }) {
  const { t, locale } = useI18n();
  const { active } = useSession();
  const w = t.reviews;
  const [draft, setDraft] = useState<TReviewRecord>(review.record);
  const [busy, setBusy] = useState<'save' | 'close' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<{ title: string; error: unknown } | null>(null);
  const [notice, showNotice] = useNotice();
  const closed = review.status === 'closed';
  const readOnly = closed || !can(active, 'mandate:edit');
  const dirty = !same(draft, review.record);
  const issues = failure ? issuesOf(failure.error) : [];

  const err = (path: string, exact = false) => {
    const found = issues.filter((i) => i.path === path || (!exact && i.path.startsWith(`${path}.`)));
    return found.length ? [...new Set(found.map((i) => issueText(t, i.message)))].join('; ') : undefined;
  };
  /** "Åtgärd 1 – Ansvarig"-style place of an issue, for the list above the buttons. */
  const where = (path: string): string => {
    const [head = '', index] = path.split('.');
    const field = (w.fields as Record<string, string>)[head] ?? head;
    return index !== undefined && /^\d+$/.test(index) ? `${field} ${Number(index) + 1}` : field;
  };

  const save = async (): Promise<TReview | null> => {
    try {
      const next = await api.put<TReview>(`/api/v1/reviews/${encodeURIComponent(review.id)}/record`, { record: draft });
      onReview(next);
      setDraft(next.record);
      return next;
    } catch (e) {
      setFailure({ title: w.cannotSave, error: e });
      return null;
    }
  };

  const onSave = async () => {
    setBusy('save');
    setFailure(null);
    if (await save()) showNotice(w.saved);
    setBusy(null);
  };

  const onClose = async () => {
    setConfirming(false);
    setBusy('close');
    setFailure(null);
    try {
      if (dirty && !(await save())) return;
      onReview(await api.post<TReview>(`/api/v1/reviews/${encodeURIComponent(review.id)}/close`));
      showNotice(w.closed);
    } catch (e) {
      setFailure({ title: w.cannotClose, error: e });
    } finally {
      setBusy(null);
    }
  };

  const actions = closed ? (
    <Badge color="green" variant="light" leftSection={<IconCheck size={12} />}>
      {w.statuses.closed}
    </Badge>
  ) : (
    dirty && (
      <Badge color="yellow" variant="light">
        {w.unsaved}
      </Badge>
    )
  );

  return (
    <Section id="review-record" title={w.record} description={w.recordIntro} actions={actions}>
      <Stack p="lg" gap="lg">
        {notice}
        {closed && review.closedAt && (
          <Alert color="green" variant="light" icon={<IconCheck />}>
            {w.closedNotice(formatDateTime(review.closedAt, locale))}
          </Alert>
        )}
        <RecordFields draft={draft} onDraft={setDraft} readOnly={readOnly} err={err} />
        {failure &&
          (issues.length ? (
            <Alert color="red" variant="light" title={failure.title} role="alert">
              <List size="sm" spacing={2}>
                {issues.map((i) => (
                  <List.Item key={`${i.path}:${i.message}`}>
                    {where(i.path)}: {issueText(t, i.message)}
                  </List.Item>
                ))}
              </List>
            </Alert>
          ) : (
            <ErrorAlert error={failure.error} title={failure.title} />
          ))}
        {!readOnly && (
          <Group justify="flex-end" gap="sm">
            <Button variant="default" loading={busy === 'save'} disabled={!dirty || busy !== null} onClick={() => void onSave()}>
              {w.save}
            </Button>
            <Button color="green" loading={busy === 'close'} disabled={busy !== null} onClick={() => setConfirming(true)}>
              {w.close}
            </Button>
          </Group>
        )}
      </Stack>
      <ConfirmModal
        title={w.close}
        text={confirming ? w.closeConfirm : null}
        confirmLabel={w.close}
        busy={busy === 'close'}
        onConfirm={() => void onClose()}
        onClose={() => setConfirming(false)}
      />
    </Section>
  );
}
