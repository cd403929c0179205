// src/web/frameworks/load-framework-modal.tsx — load a framework file: validate first and show every problem, then load, then show the outcome

import { Alert, Button, Group, Input, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { z } from 'zod';
import type { ZLoadFrameworkResult, ZValidationReport } from '../../contracts/conformity.js';
import { ErrorAlert } from '../components/errors.js';
import { IconCheck } from '../components/icons.js';
import { ApiError, api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { LoadOutcome, ProblemTable, type Problem } from './load-report.js';

type Report = z.infer<typeof ZValidationReport>;
type Result = z.infer<typeof ZLoadFrameworkResult>;

type Phase =
  | { kind: 'pick' }
  | { kind: 'checking' }
  | { kind: 'checked'; report: Report }
  | { kind: 'loading'; report: Report }
  | { kind: 'loaded'; result: Result }
  | { kind: 'refused'; problems: Problem[] };

/** A refused load names each problem as "file:line:column key.path"; split it back into its parts for the table. */
const problemsOf = (e: ApiError): Problem[] =>
  e.issues.map((i) => {
    const m = /^(.*?):(\d+):(\d+)\s*(.*)$/.exec(i.path);
    return m
      ? { line: Number(m[2]), column: Number(m[3]), path: m[4] ?? '', message: i.message }
      : { line: 0, column: 0, path: i.path, message: i.message };
  });

export function LoadFrameworkModal({
  opened,
  onClose,
  onLoaded,
}: {
  opened: boolean;
  onClose: () => void;
  onLoaded: (edition: string) => void;
}) {
  const { t } = useI18n();
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'pick' });
  const [error, setError] = useState<unknown>(null);

  const close = () => {
    setFile(null);
    setPhase({ kind: 'pick' });
    setError(null);
    onClose();
  };

  const pick = async (picked: File | null) => {
    setError(null);
    if (!picked) return setPhase({ kind: 'pick' });
    setPhase({ kind: 'checking' });
    try {
      const content = await picked.text();
      setFile({ name: picked.name, content });
      const report = await api.post<Report>('/api/v1/frameworks/validate', { fileName: picked.name, content });
      setPhase({ kind: 'checked', report });
    } catch (e) {
      setError(e);
      setPhase({ kind: 'pick' });
    }
  };

  const load = async (report: Report) => {
    if (!file) return;
    setError(null);
    setPhase({ kind: 'loading', report });
    try {
      const result = await api.post<Result>('/api/v1/frameworks', { fileName: file.name, content: file.content });
      setPhase({ kind: 'loaded', result });
      onLoaded(result.framework.edition);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CCQ_ERR_FRAMEWORK_INVALID') setPhase({ kind: 'refused', problems: problemsOf(e) });
      else {
        setError(e);
        setPhase({ kind: 'checked', report });
      }
    }
  };

  const report = phase.kind === 'checked' || phase.kind === 'loading' ? phase.report : null;

  return (
    <Modal opened={opened} onClose={close} title={t.frameworks.loadTitle} size="xl" centered>
      <Stack>
        <Text size="sm" c="dimmed">
          {t.frameworks.loadIntro}
        </Text>
        {phase.kind !== 'loaded' && (
          <Input.Wrapper label={t.frameworks.file} description={t.frameworks.fileHint} id="framework-file" withAsterisk>
            <input
              id="framework-file"
              type="file"
              accept=".yaml,.yml,.json,application/json,text/yaml"
              onChange={(e) => void pick(e.currentTarget.files?.[0] ?? null)}
              disabled={phase.kind === 'checking' || phase.kind === 'loading'}
              style={{ display: 'block', marginTop: 6 }}
            />
          </Input.Wrapper>
        )}
        <div aria-live="polite">
          {phase.kind === 'checking' && (
            <Text size="sm" role="status">
              {t.frameworks.checking}
            </Text>
          )}
          {report?.valid && (
            <Alert color="teal" variant="light" icon={<IconCheck />} title={t.frameworks.valid}>
              {t.frameworks.validDetail(report.edition ?? '', report.requirements)}
            </Alert>
          )}
          {report && !report.valid && (
            <Stack gap="xs">
              <Alert color="red" variant="light" title={t.frameworks.invalid(report.problems.length)}>
                {t.frameworks.invalidHint}
              </Alert>
              <ProblemTable problems={report.problems} />
            </Stack>
          )}
          {phase.kind === 'refused' && (
            <Stack gap="xs">
              <Alert color="red" variant="light" title={t.frameworks.invalid(phase.problems.length)}>
                {t.frameworks.invalidHint}
              </Alert>
              <ProblemTable problems={phase.problems} />
            </Stack>
          )}
          {phase.kind === 'loaded' && <LoadOutcome result={phase.result} />}
        </div>
        {error !== null && <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {phase.kind === 'loaded' ? t.common.close : t.common.cancel}
          </Button>
          {report?.valid && (
            <Button onClick={() => void load(report)} loading={phase.kind === 'loading'}>
              {t.frameworks.loadSubmit}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
