// src/web/audit/AuditTrailPage.tsx — the hash-chained audit trail of the acting organisation, newest first, page by page

import { Badge, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import type { z } from 'zod';
import type { ZAuditEntry } from '../../contracts/organisations.js';
import { formatDateTime, formatNumber } from '../../i18n/index.js';
import { type Column, DataTable } from '../components/data-table.js';
import { PageHeader } from '../components/layout.js';
import { LoadedSection, useRowAction } from '../components/list-page.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { useLoad } from '../lib/use-load.js';
import { summarizeChanges } from './changes.js';

type TAuditEntry = z.infer<typeof ZAuditEntry>;

const PAGE = 100;
const MAX_FIELDS = 4;
const pagePath = (before?: number) => `/api/v1/audit-trail?limit=${PAGE}${before ? `&before=${before}` : ''}`;

export function AuditTrailPage() {
  const { t, locale } = useI18n();
  const first = useLoad<TAuditEntry[]>(pagePath());
  const [older, setOlder] = useState<TAuditEntry[]>([]);
  const [lastPageSize, setLastPageSize] = useState<number | null>(null);
  const action = useRowAction();
  const entries = first.data ? [...first.data, ...older] : null;
  // A short page means the start of the trail has been reached.
  const hasOlder = entries !== null && (lastPageSize ?? first.data?.length ?? 0) === PAGE;

  const showOlder = () =>
    action.run('older', async () => {
      const oldest = Math.min(...(entries ?? []).map((e) => e.seq));
      const page = await api.get<TAuditEntry[]>(pagePath(oldest));
      setOlder((o) => [...o, ...page]);
      setLastPageSize(page.length);
    });

  const entities = t.audit.entities as Record<string, string>;
  const verbs = t.audit.actions as Record<string, string>;
  const columns: Column<TAuditEntry>[] = [
    {
      key: 'at',
      header: t.audit.time,
      tdProps: { className: 'ccq-nowrap' },
      cell: (e) => <time dateTime={e.at}>{formatDateTime(e.at, locale)}</time>,
    },
    { key: 'who', header: t.audit.who, tdProps: { className: 'ccq-nowrap' }, cell: (e) => e.actorLabel },
    {
      key: 'what',
      header: t.audit.what,
      tdProps: { className: 'ccq-nowrap' },
      cell: (e) => (
        <Group gap={6} wrap="nowrap">
          <Badge size="sm" variant="light" color="gray" radius="sm">
            {entities[e.entity] ?? e.entity}
          </Badge>
          <Text size="sm">{verbs[e.action] ?? e.action}</Text>
        </Group>
      ),
    },
    { key: 'changes', header: t.audit.changes, thProps: { w: '32%' }, cell: (e) => <ChangeList entry={e} /> },
    {
      key: 'seq',
      header: t.audit.seq,
      thProps: { ta: 'right' },
      tdProps: { ta: 'right', className: 'ccq-num' },
      cell: (e) => formatNumber(e.seq, locale),
    },
  ];

  return (
    <>
      <PageHeader title={t.audit.title} description={t.audit.intro} />
      {action.errorNode}
      <LoadedSection
        id="audit-trail"
        title={entries ? t.audit.shown(entries.length) : t.audit.title}
        error={first.error}
        onRetry={first.reload}
      >
        <DataTable columns={columns} rows={entries} rowKey={(e) => e.id} empty={t.audit.empty} minWidth={860} loadingRows={4} />
      </LoadedSection>
      {hasOlder && (
        <Group justify="center" mt="md">
          <Button variant="default" loading={action.busyId === 'older'} onClick={() => void showOlder()}>
            {t.audit.showOlder}
          </Button>
        </Group>
      )}
    </>
  );
}

function ChangeList({ entry }: { entry: TAuditEntry }) {
  const { t, locale } = useI18n();
  const changes = summarizeChanges(t, locale, entry.before, entry.after);
  if (changes.length === 0) return t.common.none;
  const hidden = changes.length - MAX_FIELDS;
  return (
    <ul className="ccq-changes">
      {changes.slice(0, MAX_FIELDS).map((c) => (
        <li key={c.key}>
          <Text span size="xs" fw={600} c="gray.8">
            {c.field}:
          </Text>{' '}
          {c.text}
        </li>
      ))}
      {hidden > 0 && <li>{t.audit.more(hidden)}</li>}
    </ul>
  );
}
