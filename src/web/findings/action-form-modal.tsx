// src/web/findings/action-form-modal.tsx — add or change a corrective action: correction, root cause, action, owner and due date

import { NativeSelect, SimpleGrid, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { TAction, TFinding } from '../../contracts/conformity.js';
import type { TMember } from '../../contracts/organisations.js';
import { FormModal, TextField, useFormSubmit } from '../components/form-modal.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** With `action` it edits that action (PATCH), without it adds one to `findingId`. Mount with a key per action so it starts from its values. */
export function ActionFormModal({
  opened,
  onClose,
  onSaved,
  findingId,
  action,
  members,
}: {
  opened: boolean;
  onClose: () => void;
  onSaved: (f: TFinding) => void;
  findingId: string;
  action: TAction | null;
  members: TMember[];
}) {
  const { t } = useI18n();
  const [correction, setCorrection] = useState(action?.correction ?? '');
  const [rootCause, setRootCause] = useState(action?.rootCause ?? '');
  const [what, setWhat] = useState(action?.action ?? '');
  const [owner, setOwner] = useState(action?.ownerUserId ?? '');
  const [dueOn, setDueOn] = useState(action?.dueOn ?? inDays(30));
  const [missing, setMissing] = useState<Record<string, string>>({});

  const form = useFormSubmit(async () => {
    const gaps: Record<string, string> = {};
    if (!what.trim()) gaps.action = t.findings.actionRequired;
    if (!owner) gaps.ownerUserId = t.findings.ownerRequired;
    if (!dueOn) gaps.dueOn = t.findings.dueRequired;
    setMissing(gaps);
    if (Object.keys(gaps).length > 0) return;
    const body = {
      correction: correction.trim() || null,
      rootCause: rootCause.trim() || null,
      action: what.trim(),
      ownerUserId: owner,
      dueOn,
    };
    const f = action
      ? await api.patch<TFinding>(`/api/v1/actions/${encodeURIComponent(action.id)}`, body)
      : await api.post<TFinding>(`/api/v1/findings/${encodeURIComponent(findingId)}/actions`, body);
    onSaved(f);
  });
  const issues = { ...form.issues, ...missing };
  const area = (label: string, hint: string, value: string, set: (v: string) => void, error?: string, required = false) => (
    <Textarea
      label={required ? label : `${label} (${t.common.optional})`}
      description={hint}
      value={value}
      onChange={(e) => set(e.currentTarget.value)}
      error={error}
      withAsterisk={required}
      autosize
      minRows={2}
    />
  );

  return (
    <FormModal
      opened={opened}
      title={action ? t.findings.editAction : t.findings.addAction}
      form={form}
      submitLabel={t.common.save}
      onClose={onClose}
    >
      {area(t.findings.correction, t.findings.correctionHint, correction, setCorrection, issues.correction)}
      {area(t.findings.rootCause, t.findings.rootCauseHint, rootCause, setRootCause, issues.rootCause)}
      {area(t.findings.action, t.findings.actionHint, what, setWhat, issues.action, true)}
      <SimpleGrid cols={2}>
        <NativeSelect
          label={t.findings.owner}
          description={t.findings.ownerHint}
          value={owner}
          onChange={(e) => setOwner(e.currentTarget.value)}
          data={[{ value: '', label: t.findings.pickOwner }, ...members.map((m) => ({ value: m.userId, label: m.displayName || m.email }))]}
          error={issues.ownerUserId}
          withAsterisk
        />
        <TextField label={t.findings.dueOn} type="date" value={dueOn} onValue={setDueOn} error={issues.dueOn} withAsterisk />
      </SimpleGrid>
    </FormModal>
  );
}
