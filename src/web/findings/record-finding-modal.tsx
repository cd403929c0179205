// src/web/findings/record-finding-modal.tsx — record a finding on requirements: grade, title, description, the requirements and the evidence seen

import { MultiSelect, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { TEvidence, TFinding, TFrameworkNode } from '../../contracts/conformity.js';
import { type FindingGrade, findingGrades } from '../../domain/conformity/finding.js';
import { useText } from '../components/conformity.js';
import { FirstField, FormModal, useFormSubmit } from '../components/form-modal.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';

export function RecordFindingModal({
  opened,
  onClose,
  onRecorded,
  assessmentId,
  requirements,
  initialRefs,
  evidence,
}: {
  opened: boolean;
  onClose: () => void;
  onRecorded: (f: TFinding) => void;
  assessmentId: string;
  /** The assessable requirements a finding may concern. */
  requirements: readonly TFrameworkNode[];
  initialRefs: string[];
  evidence: readonly TEvidence[];
}) {
  const { t } = useI18n();
  const text = useText();
  const [grade, setGrade] = useState<FindingGrade>('minor_nonconformity');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [refs, setRefs] = useState<string[] | null>(null);
  const [evidenceIds, setEvidenceIds] = useState<string[]>([]);
  const chosenRefs = refs ?? initialRefs;

  const close = () => {
    setRefs(null);
    onClose();
  };
  const form = useFormSubmit(async () => {
    const body = {
      grade,
      title: title.trim(),
      description: description.trim() || null,
      refs: chosenRefs,
      ...(evidenceIds.length ? { evidenceIds } : {}),
    };
    const f = await api.post<TFinding>(`/api/v1/assessments/${encodeURIComponent(assessmentId)}/findings`, body);
    setTitle('');
    setDescription('');
    setRefs(null);
    setEvidenceIds([]);
    onRecorded(f);
  });
  const { issues } = form;

  return (
    <FormModal opened={opened} title={t.findings.record} form={form} submitLabel={t.findings.recordSubmit} onClose={close}>
      <Radio.Group
        label={t.findings.grade}
        description={t.findings.gradeHint}
        value={grade}
        onChange={(v) => setGrade(v as FindingGrade)}
        error={issues.grade}
      >
        <Stack gap={6} mt={6}>
          {findingGrades.map((g) => (
            <Radio key={g} value={g} label={t.conformity.grades[g]} description={t.findings.gradeHelp[g]} />
          ))}
        </Stack>
      </Radio.Group>
      <FirstField label={t.findings.titleLabel} value={title} onValue={setTitle} error={issues.title} />
      <Textarea
        label={`${t.findings.description} (${t.common.optional})`}
        description={t.findings.descriptionHint}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        error={issues.description}
        autosize
        minRows={3}
      />
      <MultiSelect
        label={t.findings.requirements}
        data={requirements.map((n) => ({ value: n.ref, label: `${n.ref} ${text(n.title)}` }))}
        value={chosenRefs}
        onChange={setRefs}
        error={issues.refs}
        searchable
        withAsterisk
      />
      {evidence.length > 0 ? (
        <MultiSelect
          label={`${t.findings.evidence} (${t.common.optional})`}
          data={evidence.map((e) => ({ value: e.id, label: e.title }))}
          value={evidenceIds}
          onChange={setEvidenceIds}
          searchable
          clearable
        />
      ) : (
        <Text size="xs" c="dimmed">
          {t.findings.noEvidenceToCite}
        </Text>
      )}
    </FormModal>
  );
}
