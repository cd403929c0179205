// src/web/imports/import-history.tsx — the centre's earlier imports, newest first, and the rejected rows of one of them

import { Badge, Button, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { z } from 'zod';
import type { TImportRun, ZImportReject } from '../../contracts/contact-data.js';
import { formatDateTime, formatNumber } from '../../i18n/index.js';
import { type Column, DataTable, StatusBadge } from '../components/data-table.js';
import { ErrorAlert } from '../components/errors.js';
import { useI18n } from '../lib/i18n.js';
import { useLoad } from '../lib/use-load.js';

type TImportReject = z.infer<typeof ZImportReject>;

const statusColor: Record<TImportRun['status'], string> = {
  running: 'blue',
  completed: 'teal',
  failed: 'red',
  interrupted: 'orange',
  already_imported: 'gray',
};

export function ImportHistoryTable({ runs }: { runs: TImportRun[] | null }) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState<TImportRun | null>(null);
  const num = (n: number) => formatNumber(n, locale);
  const count = (key: string, header: string, value: (r: TImportRun) => number): Column<TImportRun> => ({
    key,
    header,
    thProps: { ta: 'right' },
    tdProps: { ta: 'right', className: 'ccq-num' },
    cell: (r) => num(value(r)),
  });
  const columns: Column<TImportRun>[] = [
    {
      key: 'file',
      header: t.imports.fileName,
      cell: (r) => (
        <Stack gap={2}>
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {r.fileName}
          </Text>
          <Badge size="xs" variant="light" color="gray" radius="sm">
            {r.format}
          </Badge>
        </Stack>
      ),
    },
    {
      key: 'started',
      header: t.imports.started,
      tdProps: { className: 'ccq-nowrap' },
      cell: (r) => <time dateTime={r.startedAt}>{formatDateTime(r.startedAt, locale)}</time>,
    },
    { key: 'by', header: t.imports.by, cell: (r) => r.startedBy },
    {
      key: 'status',
      header: t.common.status,
      tdProps: { className: 'ccq-nowrap' },
      cell: (r) => <StatusBadge color={statusColor[r.status]}>{t.imports.statuses[r.status]}</StatusBadge>,
    },
    count('rows', t.imports.rowsRead, (r) => r.rowsRead),
    count('imported', t.imports.imported, (r) => r.imported),
    {
      key: 'rejected',
      header: t.imports.rejected,
      thProps: { ta: 'right' },
      tdProps: { ta: 'right', className: 'ccq-num' },
      cell: (r) =>
        r.rejected > 0 ? (
          <Button variant="subtle" size="compact-sm" color="red" onClick={() => setOpen(r)} aria-label={t.imports.showRejects(r.fileName)}>
            {num(r.rejected)}
          </Button>
        ) : (
          num(0)
        ),
    },
    count('duplicates', t.imports.duplicates, (r) => r.duplicates),
    count('skipped', t.imports.skipped, (r) => r.skipped),
  ];
  return (
    <>
      <DataTable columns={columns} rows={runs} rowKey={(r) => r.id} empty={t.imports.noImports} minWidth={980} loadingRows={3} />
      <RejectsModal run={open} onClose={() => setOpen(null)} />
    </>
  );
}

/** The rejected rows the server kept (the first 1,000): line number, the reason as the parser gave it, and the raw text. */
function RejectsModal({ run, onClose }: { run: TImportRun | null; onClose: () => void }) {
  const { t, locale } = useI18n();
  const rejects = useLoad<TImportReject[]>(run ? `/api/v1/imports/${encodeURIComponent(run.id)}/rejects` : null);
  const rows = run && rejects.data && !rejects.loading ? rejects.data : null;
  return (
    <Modal opened={run !== null} onClose={onClose} title={run ? t.imports.rejectsTitle(run.fileName) : ''} size="xl" centered>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t.imports.rejectsLimit}
        </Text>
        {rejects.error !== null ? (
          <ErrorAlert error={rejects.error} onRetry={rejects.reload} />
        ) : (
          <DataTable
            columns={[
              { key: 'line', header: t.imports.line, tdProps: { className: 'ccq-num' }, cell: (r) => formatNumber(r.line, locale) },
              { key: 'reason', header: t.imports.reason, cell: (r) => r.reason },
              {
                key: 'raw',
                header: t.imports.raw,
                cell: (r) => (
                  <code className="ccq-code" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {r.raw}
                  </code>
                ),
              },
            ]}
            rows={rows}
            rowKey={(r) => `${r.line}:${r.raw}`}
            empty={t.imports.noRejects}
            minWidth={640}
          />
        )}
      </Stack>
    </Modal>
  );
}
