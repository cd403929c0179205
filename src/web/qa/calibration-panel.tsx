// src/web/qa/calibration-panel.tsx — calibration sessions of a relationship: open one, score it, read the agreement figures

import { Button, Group, NativeSelect, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import type { TCalibrationSession, TScorecard } from '../../contracts/qa.js';
import { formatDate } from '../../i18n/format.js';
import { type Column, DataTable } from '../components/data-table.js';
import { ErrorAlert } from '../components/errors.js';
import { FirstField, FormModal, TextField, useFormSubmit } from '../components/form-modal.js';
import { Section } from '../components/layout.js';
import { api } from '../lib/api.js';
import { can } from '../lib/access.js';
import { useI18n } from '../lib/i18n.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { CalibrationView } from './calibration-view.js';
import { latestVersions } from './qa-kit.js';

export function CalibrationPanel({ relationshipId }: { relationshipId: string }) {
  const { t, locale } = useI18n();
  const { active } = useSession();
  const sessions = useLoad<TCalibrationSession[]>('/api/v1/qa/calibrations');
  const [open, setOpen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const rows = sessions.data?.filter((s) => s.relationshipId === relationshipId) ?? null;
  const columns: Column<TCalibrationSession>[] = [
    {
      key: 'title',
      header: t.qa.sessionTitle,
      cell: (s) => (
        <UnstyledButton onClick={() => setOpen(s.id)} td="underline">
          {s.title}
        </UnstyledButton>
      ),
    },
    { key: 'held', header: t.qa.heldOn, cell: (s) => formatDate(s.heldOn, locale) },
    { key: 'contact', header: t.qa.contact, cell: (s) => s.contactSourceId },
  ];
  return (
    <Section
      title={t.qa.calibrations}
      description={t.qa.calibrationIntro}
      actions={can(active, 'qa:manage') ? <Button onClick={() => setCreating(true)}>{t.qa.newCalibration}</Button> : null}
    >
      {sessions.error ? <ErrorAlert error={sessions.error} onRetry={sessions.reload} /> : null}
      <DataTable columns={columns} rows={sessions.error ? [] : rows} rowKey={(s) => s.id} empty={t.qa.noCalibrations} />
      {open && <CalibrationView id={open} onClose={() => setOpen(null)} />}
      {creating && (
        <NewCalibration
          relationshipId={relationshipId}
          onClose={() => setCreating(false)}
          onSaved={(s) => {
            setCreating(false);
            sessions.reload();
            setOpen(s.id);
          }}
        />
      )}
    </Section>
  );
}

function NewCalibration({
  relationshipId,
  onClose,
  onSaved,
}: {
  relationshipId: string;
  onClose: () => void;
  onSaved: (s: TCalibrationSession) => void;
}) {
  const { t } = useI18n();
  const cards = useLoad<TScorecard[]>('/api/v1/qa/scorecards');
  const latest = latestVersions(cards.data ?? []);
  const [cardId, setCardId] = useState('');
  const [title, setTitle] = useState('');
  const [contact, setContact] = useState('');
  const [heldOn, setHeldOn] = useState(new Date().toISOString().slice(0, 10));
  const form = useFormSubmit(async () => {
    onSaved(
      await api.post<TCalibrationSession>('/api/v1/qa/calibrations', {
        relationshipId,
        scorecardId: cardId || latest[0]?.id,
        contactSourceId: contact,
        title,
        heldOn,
      }),
    );
  });
  return (
    <FormModal opened onClose={onClose} title={t.qa.newCalibration} form={form} submitLabel={t.qa.save}>
      <FirstField label={t.qa.sessionTitle} value={title} onValue={setTitle} error={form.issues.title} />
      <NativeSelect
        label={t.qa.scorecard}
        value={cardId || latest[0]?.id || ''}
        onChange={(e) => setCardId(e.currentTarget.value)}
        data={latest.map((c) => ({ value: c.id, label: `${c.name} (v${c.version})` }))}
      />
      <TextField label={t.qa.contact} value={contact} onValue={setContact} error={form.issues.contactSourceId} withAsterisk />
      <Group grow>
        <TextField label={t.qa.heldOn} type="date" value={heldOn} onValue={setHeldOn} error={form.issues.heldOn} withAsterisk />
      </Group>
    </FormModal>
  );
}
