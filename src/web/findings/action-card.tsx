// src/web/findings/action-card.tsx — one corrective action: its plan, status and overdue flag, and the steps possible now

import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { TAction, TFinding } from '../../contracts/conformity.js';
import { type ActionStep, isVerification } from '../../domain/conformity/finding.js';
import { formatDate, formatDateTime } from '../../i18n/index.js';
import { ActionStatusBadge, OverdueBadge } from '../components/conformity.js';
import { ErrorAlert } from '../components/errors.js';
import { NoteModal } from '../components/note-modal.js';
import { can } from '../lib/access.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { useSession } from '../lib/session.js';

function Field({ label, value }: { label: string; value: string | null }) {
  if (!value) return null;
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {value}
      </Text>
    </div>
  );
}

/** The verifier says what was checked: the note is the evidence that the action worked (or did not). */
function VerifyModal({
  step,
  action,
  onClose,
  onDone,
}: {
  step: ActionStep | null;
  action: TAction;
  onClose: () => void;
  onDone: (f: TFinding) => void;
}) {
  const { t } = useI18n();
  return (
    <NoteModal
      opened={step !== null}
      title={step ? t.conformity.actionSteps[step] : ''}
      hint={t.findings.verifyHint}
      label={t.findings.verificationNote}
      requiredMessage={t.findings.noteRequired}
      submitLabel={t.findings.verifySubmit}
      issuePath="note"
      onSubmit={async (note) => onDone(await api.post<TFinding>(`/api/v1/actions/${encodeURIComponent(action.id)}/steps`, { step, note }))}
      onClose={onClose}
    />
  );
}

export function ActionCard({
  action: a,
  finding,
  ownerName,
  onChanged,
  onEdit,
}: {
  action: TAction;
  finding: TFinding;
  ownerName: string | null;
  onChanged: (f: TFinding) => void;
  onEdit: (() => void) | null;
}) {
  const { t, locale } = useI18n();
  const { me, active } = useSession();
  const [verify, setVerify] = useState<ActionStep | null>(null);
  const [busy, setBusy] = useState<ActionStep | null>(null);
  const [error, setError] = useState<unknown>(null);
  const own = active?.organisationId === finding.organisationId;
  const isOwner = me.user.id === a.ownerUserId;
  const steps = a.steps.filter((s) => (isVerification(s) ? can(active, 'action:verify') && !isOwner : own && can(active, 'action:manage')));

  const step = async (s: ActionStep) => {
    if (isVerification(s)) return setVerify(s);
    setBusy(s);
    setError(null);
    try {
      onChanged(await api.post<TFinding>(`/api/v1/actions/${encodeURIComponent(a.id)}/steps`, { step: s }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Paper withBorder radius="md" p="md" className={a.overdue ? 'ccq-overdue' : undefined}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {a.action}
          </Text>
          <Group gap={6} wrap="nowrap">
            {a.overdue && <OverdueBadge />}
            <ActionStatusBadge status={a.status} />
          </Group>
        </Group>
        <Text size="xs" c={a.overdue ? 'red.8' : 'dimmed'}>
          {t.findings.ownerDue(ownerName ?? t.findings.someoneInOrganisation, formatDate(a.dueOn, locale))}
        </Text>
        <Field label={t.findings.correction} value={a.correction} />
        <Field label={t.findings.rootCause} value={a.rootCause} />
        {a.verificationNote && (
          <Field
            label={a.verifiedAt ? t.findings.verifiedAt(formatDateTime(a.verifiedAt, locale)) : t.findings.verificationNote}
            value={a.verificationNote}
          />
        )}
        {error !== null && <ErrorAlert error={error} />}
        {(steps.length > 0 || onEdit) && (
          <Group gap="xs" mt={4}>
            {steps.map((s) => (
              <Button
                key={s}
                size="xs"
                variant={s === 'verify_not_effective' ? 'light' : 'filled'}
                color={s === 'verify_effective' ? 'teal' : s === 'verify_not_effective' ? 'red' : undefined}
                loading={busy === s}
                disabled={s === 'implement' && !a.rootCause?.trim()}
                onClick={() => void step(s)}
              >
                {t.conformity.actionSteps[s]}
              </Button>
            ))}
            {onEdit && (
              <Button size="xs" variant="default" onClick={onEdit}>
                {t.findings.editAction}
              </Button>
            )}
          </Group>
        )}
        {steps.includes('implement') && !a.rootCause?.trim() && (
          <Text size="xs" c="dimmed">
            {t.findings.rootCauseFirst}
          </Text>
        )}
        {isOwner && a.status === 'implemented' && can(active, 'action:verify') && (
          <Text size="xs" c="dimmed">
            {t.findings.someoneElseVerifies}
          </Text>
        )}
      </Stack>
      <VerifyModal
        step={verify}
        action={a}
        onClose={() => setVerify(null)}
        onDone={(f) => {
          setVerify(null);
          onChanged(f);
        }}
      />
    </Paper>
  );
}
