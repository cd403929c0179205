// src/web/evidence/evidence-dialogs.tsx — add evidence: upload a file (≤ 25 MB) or record a link, optionally attached to requirements at once

import { Input, SimpleGrid, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { TEvidence } from '../../contracts/conformity.js';
import { evidenceLimits } from '../../domain/conformity/evidence.js';
import { FirstField, FormModal, TextField, useFormSubmit } from '../components/form-modal.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';

/** Where new evidence goes besides the library: requirements of one assessment. */
export type AttachTo = { assessmentId: string; refs: string[] };

type DialogProps = { opened: boolean; onClose: () => void; onAdded: (e: TEvidence) => void; attachTo?: AttachTo };

const maxMb = evidenceLimits.maxBytes / 1024 / 1024;

function Validity({
  from,
  until,
  setFrom,
  setUntil,
  issues,
}: {
  from: string;
  until: string;
  setFrom: (v: string) => void;
  setUntil: (v: string) => void;
  issues: Record<string, string>;
}) {
  const { t } = useI18n();
  return (
    <SimpleGrid cols={2}>
      <TextField
        label={`${t.evidence.validFrom} (${t.common.optional})`}
        type="date"
        value={from}
        onValue={setFrom}
        error={issues.validFrom}
      />
      <TextField
        label={`${t.evidence.validUntil} (${t.common.optional})`}
        description={t.evidence.validUntilHint(evidenceLimits.expiryWarningDays)}
        type="date"
        value={until}
        onValue={setUntil}
        error={issues.validUntil}
      />
    </SimpleGrid>
  );
}

export function UploadEvidenceModal({ opened, onClose, onAdded, attachTo }: DialogProps) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const form = useFormSubmit(async () => {
    if (!file) {
      setFileError(t.evidence.fileRequired);
      return;
    }
    if (file.size > evidenceLimits.maxBytes) {
      setFileError(t.evidence.tooLarge(maxMb));
      return;
    }
    const body = new FormData();
    body.append('title', title.trim() || file.name);
    if (description.trim()) body.append('description', description.trim());
    if (from) body.append('validFrom', from);
    if (until) body.append('validUntil', until);
    if (attachTo) {
      body.append('assessmentId', attachTo.assessmentId);
      body.append('refs', attachTo.refs.join(','));
    }
    body.append('file', file, file.name);
    const e = await api.postForm<TEvidence>('/api/v1/evidence/files', body);
    setFile(null);
    setTitle('');
    setDescription('');
    setFrom('');
    setUntil('');
    onAdded(e);
  });
  const { issues } = form;

  return (
    <FormModal opened={opened} title={t.evidence.uploadTitle} form={form} submitLabel={t.evidence.upload} onClose={onClose}>
      {attachTo && (
        <Text size="sm" c="dimmed">
          {t.evidence.attachingTo(attachTo.refs.join(', '))}
        </Text>
      )}
      <Input.Wrapper
        label={t.evidence.file}
        description={t.evidence.fileHint(maxMb)}
        error={fileError ?? issues.file}
        withAsterisk
        id="evidence-file"
      >
        <input
          id="evidence-file"
          type="file"
          data-autofocus
          aria-invalid={fileError || issues.file ? true : undefined}
          onChange={(e) => {
            setFile(e.currentTarget.files?.[0] ?? null);
            setFileError(null);
          }}
          style={{ display: 'block', marginTop: 6 }}
        />
      </Input.Wrapper>
      <TextField
        label={t.evidence.titleLabel}
        description={t.evidence.titleHint}
        value={title}
        onValue={setTitle}
        error={issues.title}
        placeholder={file?.name}
      />
      <Textarea
        label={`${t.evidence.description} (${t.common.optional})`}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        error={issues.description}
        autosize
        minRows={2}
      />
      <Validity from={from} until={until} setFrom={setFrom} setUntil={setUntil} issues={issues} />
    </FormModal>
  );
}

export function AddLinkModal({ opened, onClose, onAdded, attachTo }: DialogProps) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const form = useFormSubmit(async () => {
    const body = {
      kind: 'link' as const,
      title: title.trim(),
      url: url.trim(),
      description: description.trim() || null,
      validFrom: from || null,
      validUntil: until || null,
      ...(attachTo ? { attachTo } : {}),
    };
    const e = await api.post<TEvidence>('/api/v1/evidence', body);
    setTitle('');
    setUrl('');
    setDescription('');
    setFrom('');
    setUntil('');
    onAdded(e);
  });
  const { issues } = form;

  return (
    <FormModal opened={opened} title={t.evidence.linkTitle} form={form} submitLabel={t.common.add} onClose={onClose}>
      {attachTo && (
        <Text size="sm" c="dimmed">
          {t.evidence.attachingTo(attachTo.refs.join(', '))}
        </Text>
      )}
      <FirstField label={t.evidence.url} type="url" value={url} onValue={setUrl} error={issues.url} placeholder="https://" />
      <TextField label={t.evidence.titleLabel} value={title} onValue={setTitle} error={issues.title} withAsterisk />
      <Textarea
        label={`${t.evidence.description} (${t.common.optional})`}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        error={issues.description}
        autosize
        minRows={2}
      />
      <Validity from={from} until={until} setFrom={setFrom} setUntil={setUntil} issues={issues} />
    </FormModal>
  );
}
