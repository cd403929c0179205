// src/web/complaints/ComplaintsPage.tsx — the complaints board: deadlines and overdue flags, filters, registering a complaint, the public form

import { Anchor, Button, Group, NativeSelect, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { TComplaint } from '../../contracts/complaints.js';
import type { TRelationship } from '../../contracts/organisations.js';
import { formatDateTime } from '../../i18n/index.js';
import { pathTo } from '../app/paths.js';
import { type Column, DataTable } from '../components/data-table.js';
import { ErrorAlert } from '../components/errors.js';
import { IconPlus } from '../components/icons.js';
import { PageHeader, Section } from '../components/layout.js';
import { can } from '../lib/access.js';
import { useI18n } from '../lib/i18n.js';
import { href, navigate } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { Deadline, OwnerBadge, StatusBadge, isOpen } from './complaint-kit.js';
import { FormPanel } from './form-panel.js';
import { NewComplaintModal } from './new-complaint-modal.js';

type Filter = 'open' | 'overdue' | 'all';

export function ComplaintsPage() {
  const { t, locale } = useI18n();
  const tc = t.complaints;
  const { active } = useSession();
  const relationships = useLoad<TRelationship[]>('/api/v1/relationships');
  const [relationshipId, setRelationshipId] = useState('');
  const [filter, setFilter] = useState<Filter>('open');
  const [adding, setAdding] = useState(false);
  const query = new URLSearchParams();
  if (relationshipId) query.set('relationship', relationshipId);
  if (filter === 'overdue') query.set('overdue', 'true');
  const list = useLoad<TComplaint[]>(`/api/v1/complaints?${query.toString()}`);
  const rows = list.data ? list.data.filter((c) => filter !== 'open' || isOpen(c)) : null;
  const rels = relationships.data ?? [];
  const relName = new Map(rels.map((r) => [r.id, r.name]));

  const columns: Column<TComplaint>[] = [
    {
      key: 'reference',
      header: tc.reference,
      cell: (c) => (
        <Anchor href={href(pathTo.complaint(c.id))} ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {c.reference}
        </Anchor>
      ),
    },
    {
      key: 'received',
      header: tc.received,
      tdProps: { style: { whiteSpace: 'nowrap' } },
      cell: (c) => formatDateTime(c.receivedAt, locale),
    },
    {
      key: 'what',
      header: tc.category,
      cell: (c) => (
        <Stack gap={0}>
          <Text size="sm">{c.category ? tc.categories[c.category] : tc.none}</Text>
          <Text size="xs" c="dimmed">
            {tc.channels[c.channel]}
            {rels.length > 1 ? ` · ${relName.get(c.relationshipId) ?? ''}` : ''}
          </Text>
        </Stack>
      ),
    },
    { key: 'status', header: tc.status, cell: (c) => <StatusBadge status={c.status} /> },
    { key: 'owner', header: tc.owner, cell: (c) => <OwnerBadge owner={c.owner} /> },
    {
      key: 'ack',
      header: tc.ackDue,
      cell: (c) =>
        c.acknowledgedAt ? (
          <Text size="sm">✓ {formatDateTime(c.acknowledgedAt, locale)}</Text>
        ) : (
          <Deadline at={c.ackDueAt} overdue={c.overdue.ack} label={tc.overdue} />
        ),
    },
    {
      key: 'resolve',
      header: tc.resolveDue,
      cell: (c) =>
        c.respondedAt ? (
          <Text size="sm">✓ {formatDateTime(c.respondedAt, locale)}</Text>
        ) : (
          <Deadline at={c.resolveDueAt} overdue={c.overdue.resolution} label={tc.overdue} />
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={tc.title}
        description={tc.intro}
        actions={
          can(active, 'complaint:handle') &&
          rels.length > 0 && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
              {tc.add}
            </Button>
          )
        }
      />
      <Stack gap="xl">
        <Paper withBorder radius="md" p="lg">
          <Group gap="md" align="flex-end" wrap="wrap">
            <NativeSelect
              label={tc.relationship}
              value={relationshipId}
              onChange={(e) => setRelationshipId(e.currentTarget.value)}
              data={[{ value: '', label: tc.allRelationships }, ...rels.map((r) => ({ value: r.id, label: r.name }))]}
              miw={280}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="complaints-filter-label">
                {tc.show}
              </Text>
              <SegmentedControl
                aria-labelledby="complaints-filter-label"
                value={filter}
                onChange={(v) => setFilter(v as Filter)}
                data={(['open', 'overdue', 'all'] as const).map((f) => ({ value: f, label: tc.filters[f] }))}
              />
            </Stack>
          </Group>
        </Paper>
        <Section id="complaints-board" title={tc.board}>
          {list.error ? (
            <ErrorAlert error={list.error} onRetry={list.reload} />
          ) : (
            <DataTable columns={columns} rows={rows} rowKey={(c) => c.id} empty={tc.empty} minWidth={900} />
          )}
        </Section>
        {(relationshipId || rels.length === 1) && (
          <FormPanel key={relationshipId || rels[0]?.id} relationshipId={relationshipId || (rels[0]?.id ?? '')} />
        )}
      </Stack>
      {adding && (
        <NewComplaintModal
          opened
          relationships={relationshipId ? rels.filter((r) => r.id === relationshipId) : rels}
          onClose={() => setAdding(false)}
          onCreated={(c) => {
            setAdding(false);
            navigate(pathTo.complaint(c.id));
          }}
        />
      )}
    </>
  );
}
