// src/web/findings/FindingsPage.tsx — the findings board: open and closed findings with grade, requirements, assessment and their actions

import { Anchor, Group, SegmentedControl, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import type { TFinding } from '../../contracts/conformity.js';
import type { TMember } from '../../contracts/organisations.js';
import { formatDate } from '../../i18n/index.js';
import { pathTo, paths } from '../app/paths.js';
import { GradeBadge, OverdueBadge } from '../components/conformity.js';
import { type Column, DataTable, StatusBadge } from '../components/data-table.js';
import { PageHeader } from '../components/layout.js';
import { LoadedSection } from '../components/list-page.js';
import { can } from '../lib/access.js';
import { useI18n } from '../lib/i18n.js';
import { href, navigate } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { FindingDrawer } from './finding-drawer.js';

const filters = ['open', 'closed', 'all'] as const;
type Filter = (typeof filters)[number];

export function FindingsPage({ findingId }: { findingId: string | null }) {
  const { t, locale } = useI18n();
  const { active } = useSession();
  const list = useLoad<TFinding[]>('/api/v1/findings');
  const members = useLoad<TMember[]>(
    active && can(active, 'member:read') ? `/api/v1/organisations/${encodeURIComponent(active.organisationId)}/members` : null,
  );
  const [filter, setFilter] = useState<Filter>('open');
  const rows = list.data ? list.data.filter((f) => filter === 'all' || f.status === filter) : null;
  const count = (s: Filter) => (list.data ?? []).filter((f) => s === 'all' || f.status === s).length;

  const columns: Column<TFinding>[] = [
    {
      key: 'title',
      header: t.findings.finding,
      cell: (f) => (
        <UnstyledButton onClick={() => navigate(pathTo.finding(f.id))} className="ccq-link-button">
          <Text size="sm" fw={500} c="ccq.8" span>
            F-{f.seq} · {f.title}
          </Text>
        </UnstyledButton>
      ),
    },
    { key: 'grade', header: t.findings.grade, cell: (f) => <GradeBadge grade={f.grade} /> },
    {
      key: 'refs',
      header: t.findings.requirements,
      cell: (f) => (
        <Group gap={4}>
          {f.refs.map((r) => (
            <code key={r} className="ccq-code">
              {r}
            </code>
          ))}
        </Group>
      ),
    },
    {
      key: 'assessment',
      header: t.assessments.assessment,
      cell: (f) => (
        <Anchor href={href(pathTo.assessment(f.assessmentId))} size="sm">
          {f.assessmentTitle}
        </Anchor>
      ),
    },
    {
      key: 'actions',
      header: t.findings.actions,
      cell: (f) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm" className="ccq-num">
            {t.findings.actionCount(f.actions.length)}
          </Text>
          {f.actions.some((a) => a.overdue) && <OverdueBadge />}
        </Group>
      ),
    },
    { key: 'raised', header: t.findings.raisedOn, tdProps: { className: 'ccq-nowrap' }, cell: (f) => formatDate(f.raisedAt, locale) },
    {
      key: 'status',
      header: t.common.status,
      cell: (f) => <StatusBadge color={f.status === 'open' ? 'orange' : 'gray'}>{t.conformity.findingStatuses[f.status]}</StatusBadge>,
    },
  ];

  return (
    <>
      <PageHeader title={t.findings.title} description={t.findings.intro} />
      <Stack gap="md">
        <SegmentedControl
          aria-label={t.findings.show}
          value={filter}
          onChange={(v) => setFilter(v as Filter)}
          data={filters.map((f) => ({ value: f, label: `${t.findings.filters[f]} (${count(f)})` }))}
          w="fit-content"
        />
        <LoadedSection id="findings" title={t.findings.listTitle[filter]} error={list.error} onRetry={list.reload}>
          <DataTable columns={columns} rows={rows} rowKey={(f) => f.id} empty={t.findings.empty} minWidth={900} loadingRows={3} />
        </LoadedSection>
      </Stack>
      <FindingDrawer
        id={findingId}
        onClose={() => navigate(paths.findings)}
        onChanged={list.reload}
        members={members.error ? null : members.data}
      />
    </>
  );
}
