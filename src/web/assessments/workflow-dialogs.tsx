// src/web/assessments/workflow-dialogs.tsx — the assessment's dialogs: return with a comment, share, invite an auditor, carry over

import { Checkbox, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { TAssessment, TAssessmentView, TFrameworkSummary } from '../../contracts/conformity.js';
import type { TRelationship } from '../../contracts/organisations.js';
import { type AuditKind, auditKinds } from '../../domain/conformity/audit.js';
import { useText } from '../components/conformity.js';
import { EmailField, FormModal, TextField, useFormSubmit } from '../components/form-modal.js';
import { NoteModal } from '../components/note-modal.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { useLoad } from '../lib/use-load.js';

type Props<T> = { opened: boolean; onClose: () => void; onDone: (result: T) => void; assessment: TAssessment };

const base = (a: TAssessment) => `/api/v1/assessments/${encodeURIComponent(a.id)}`;

/** Returning a submitted assessment says what needs more work; the comment is kept in the history. */
export function ReturnModal({ opened, onClose, onDone, assessment }: Props<TAssessmentView>) {
  const { t } = useI18n();
  return (
    <NoteModal
      opened={opened}
      title={t.assessments.returnTitle}
      label={t.assessments.returnComment}
      description={t.assessments.returnHint}
      requiredMessage={t.assessments.returnRequired}
      submitLabel={t.conformity.workflow.return}
      issuePath="comment"
      onSubmit={async (comment) =>
        onDone(await api.post<TAssessmentView>(`${base(assessment)}/transitions`, { action: 'return', comment }))
      }
      onClose={onClose}
    />
  );
}

export function ShareModal({
  opened,
  onClose,
  onDone,
  assessment,
  relationships,
}: Props<TAssessment> & { relationships: TRelationship[] }) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<string[] | null>(null);
  const value = chosen ?? assessment.sharedWith;
  const form = useFormSubmit(async () => {
    const a = await api.put<TAssessment>(`${base(assessment)}/shares`, { relationshipIds: value });
    setChosen(null);
    onDone(a);
  });
  return (
    <FormModal opened={opened} title={t.assessments.shareTitle} form={form} submitLabel={t.common.save} onClose={onClose}>
      <Text size="sm" c="dimmed">
        {t.assessments.shareHint}
      </Text>
      {relationships.length === 0 ? (
        <Text size="sm">{t.assessments.noRelationships}</Text>
      ) : (
        <Checkbox.Group value={value} onChange={setChosen} label={t.assessments.shareWith} error={form.issues.relationshipIds}>
          <Stack gap={6} mt={6}>
            {relationships.map((r) => (
              <Checkbox key={r.id} value={r.id} label={r.name} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
    </FormModal>
  );
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export function InviteAuditorModal({ opened, onClose, onDone, assessment }: Props<string>) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [kind, setKind] = useState<AuditKind>('internal');
  const [body, setBody] = useState('');
  const [until, setUntil] = useState(() => inDays(30));
  const form = useFormSubmit(async () => {
    // The access lasts to the end of the chosen day where the user is.
    const endsAt = new Date(`${until}T23:59:59`).toISOString();
    await api.post(`${base(assessment)}/audits`, { auditorEmail: email.trim(), kind, body: body.trim() || null, endsAt });
    onDone(email.trim());
    setEmail('');
    setBody('');
  });
  const { issues } = form;
  return (
    <FormModal opened={opened} title={t.assessments.inviteTitle} form={form} submitLabel={t.assessments.inviteSubmit} onClose={onClose}>
      <Text size="sm" c="dimmed">
        {t.assessments.inviteHint}
      </Text>
      <EmailField value={email} onValue={setEmail} error={issues.auditorEmail} />
      <SimpleGrid cols={2}>
        <NativeSelect
          label={t.assessments.auditKind}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as AuditKind)}
          data={auditKinds.map((k) => ({ value: k, label: t.conformity.auditKinds[k] }))}
        />
        <TextField label={t.assessments.auditUntil} type="date" value={until} onValue={setUntil} error={issues.endsAt} withAsterisk />
      </SimpleGrid>
      <TextField
        label={`${t.assessments.auditBody} (${t.common.optional})`}
        description={t.assessments.auditBodyHint}
        value={body}
        onValue={setBody}
        error={issues.body}
      />
    </FormModal>
  );
}

export function CarryOverModal({ opened, onClose, onDone, assessment }: Props<TAssessmentView>) {
  const { t } = useI18n();
  const text = useText();
  const frameworks = useLoad<TFrameworkSummary[]>(opened ? '/api/v1/frameworks' : null);
  const family = assessment.edition.split(':')[0];
  const editions = (frameworks.data ?? []).filter((f) => f.family === family);
  const [frameworkId, setFrameworkId] = useState('');
  const [title, setTitle] = useState('');
  const form = useFormSubmit(async () => {
    const body = { ...(frameworkId ? { frameworkId } : {}), ...(title.trim() ? { title: title.trim() } : {}) };
    const v = await api.post<TAssessmentView>(`${base(assessment)}/carry-over`, body);
    setTitle('');
    onDone(v);
  });
  return (
    <FormModal
      opened={opened}
      title={t.assessments.carryOverTitle}
      form={form}
      submitLabel={t.assessments.carryOverSubmit}
      onClose={onClose}
    >
      <Text size="sm" c="dimmed">
        {t.assessments.carryOverHint}
      </Text>
      <NativeSelect
        label={t.assessments.framework}
        value={frameworkId || assessment.frameworkId}
        onChange={(e) => setFrameworkId(e.currentTarget.value)}
        data={(editions.length ? editions : [{ id: assessment.frameworkId, edition: assessment.edition, name: {} }]).map((f) => ({
          value: f.id,
          label: `${f.edition}${text(f.name) ? ` – ${text(f.name)}` : ''}`,
        }))}
        error={form.issues.frameworkId}
        data-autofocus
      />
      <TextField label={`${t.assessments.titleLabel} (${t.common.optional})`} value={title} onValue={setTitle} error={form.issues.title} />
    </FormModal>
  );
}
