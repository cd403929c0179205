// src/web/imports/upload-form.tsx — the upload form and what follows it: upload progress, import progress (polled), the result

import { Button, Checkbox, Input, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useEffectEvent, useRef, useState } from 'react';
import type { TImportRun } from '../../contracts/contact-data.js';
import { ErrorAlert, fieldIssues } from '../components/errors.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { useSession } from '../lib/session.js';
import { ImportProgress, ImportSummary, UploadProgress } from './import-summary.js';
import { type CsvMapping, type ImportFormat, type Upload, csvMappings, importFormats, uploadContactFile } from './upload.js';

const POLL_MS = 500;

type Phase =
  | { kind: 'idle' }
  | { kind: 'uploading'; sent: number; total: number }
  | { kind: 'importing'; run: TImportRun }
  | { kind: 'done'; run: TImportRun };

/** Polls a running import until it stops running; `onStep` gets each state, the last one with another status. */
const usePolling = (run: TImportRun | null, onStep: (run: TImportRun) => void, onError: (e: unknown) => void) => {
  const id = run?.status === 'running' ? run.id : null;
  const step = useEffectEvent(onStep);
  const fail = useEffectEvent(onError);
  useEffect(() => {
    if (id === null) return;
    let live = true;
    let timer = 0;
    const tick = async () => {
      try {
        const next = await api.get<TImportRun>(`/api/v1/imports/${encodeURIComponent(id)}`);
        if (!live) return;
        step(next);
        if (next.status === 'running') timer = window.setTimeout(tick, POLL_MS);
      } catch (e) {
        if (live) fail(e);
      }
    };
    timer = window.setTimeout(tick, POLL_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [id]);
};

export function UploadForm({ onFinished, startedAtOf }: { onFinished: () => void; startedAtOf: (importId: string) => string | null }) {
  const { t } = useI18n();
  const { me } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<ImportFormat>('queue_log');
  const [mapping, setMapping] = useState<CsvMapping>('canonical');
  const [timeZone, setTimeZone] = useState('');
  const [force, setForce] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const upload = useRef<Upload | null>(null);
  const busy = phase.kind === 'uploading' || phase.kind === 'importing';
  const issues = fieldIssues(t, error);

  useEffect(() => () => upload.current?.abort(), []);
  usePolling(
    phase.kind === 'importing' ? phase.run : null,
    (run) => {
      setPhase(run.status === 'running' ? { kind: 'importing', run } : { kind: 'done', run });
      if (run.status !== 'running') onFinished();
    },
    (e) => {
      setError(e);
      setPhase({ kind: 'idle' });
    },
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return setFileError(t.imports.fileRequired);
    setFileError(null);
    setError(null);
    setPhase({ kind: 'uploading', sent: 0, total: file.size });
    const started = uploadContactFile({
      file,
      format,
      mapping,
      timeZone,
      force,
      csrfToken: me.csrfToken,
      organisationId: me.activeOrganisationId,
      onProgress: (sent, total) => setPhase({ kind: 'uploading', sent, total }),
    });
    upload.current = started;
    try {
      const run = await started.done;
      setPhase(run.status === 'running' ? { kind: 'importing', run } : { kind: 'done', run });
      onFinished();
    } catch (err) {
      setError(err);
      setPhase({ kind: 'idle' });
    } finally {
      upload.current = null;
    }
  };

  return (
    <Stack gap="lg" p="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Input.Wrapper label={t.imports.file} error={fileError ?? issues.file} withAsterisk id="import-file">
            <input
              id="import-file"
              type="file"
              aria-invalid={fileError || issues.file ? true : undefined}
              aria-describedby={fileError || issues.file ? 'import-file-error' : undefined}
              onChange={(e) => {
                setFile(e.currentTarget.files?.[0] ?? null);
                setFileError(null);
              }}
              disabled={busy}
              style={{ display: 'block', marginTop: 4 }}
            />
          </Input.Wrapper>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <NativeSelect
              label={t.imports.format}
              value={format}
              onChange={(e) => setFormat(e.currentTarget.value as ImportFormat)}
              data={importFormats.map((f) => ({ value: f, label: t.imports.formats[f] }))}
              disabled={busy}
            />
            {format === 'csv' && (
              <NativeSelect
                label={t.imports.mapping}
                value={mapping}
                onChange={(e) => setMapping(e.currentTarget.value as CsvMapping)}
                data={csvMappings.map((m) => ({ value: m, label: t.imports.mappings[m] }))}
                disabled={busy}
              />
            )}
            <TextInput
              label={`${t.imports.timeZone} (${t.common.optional})`}
              description={t.imports.timeZoneHint}
              placeholder="Europe/Stockholm"
              value={timeZone}
              onChange={(e) => setTimeZone(e.currentTarget.value)}
              error={issues.tz}
              spellCheck={false}
              disabled={busy}
            />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t.imports.formatHelp[format]}
          </Text>
          <Checkbox
            label={t.imports.force}
            description={t.imports.forceHint}
            checked={force}
            onChange={(e) => setForce(e.currentTarget.checked)}
            disabled={busy}
          />
          <div>
            <Button type="submit" loading={busy}>
              {t.imports.submit}
            </Button>
          </div>
        </Stack>
      </form>
      <div aria-live="polite">
        {phase.kind === 'uploading' && <UploadProgress sent={phase.sent} total={phase.total} />}
        {phase.kind === 'importing' && <ImportProgress run={phase.run} />}
        {phase.kind === 'done' && (
          <ImportSummary
            run={phase.run}
            earlierStartedAt={phase.run.detail.alreadyImportedAs ? startedAtOf(phase.run.detail.alreadyImportedAs) : null}
          />
        )}
      </div>
      {error !== null && <ErrorAlert error={error} />}
    </Stack>
  );
}
