// src/web/assessments/AssessmentsPage.tsx — the assessments the user may read, with readiness and status, and starting a new one

import { Anchor, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { TAssessmentListItem } from '../../contracts/conformity.js';
import type { TRelationship } from '../../contracts/organisations.js';
import { formatDate } from '../../i18n/index.js';
import { pathTo } from '../app/paths.js';
import { AssessmentStatusBadge, ReadinessBar } from '../components/conformity.js';
import { type Column, DataTable, dateColumn } from '../components/data-table.js';
import { PageHeader } from '../components/layout.js';
import { AddButton, LoadedSection } from '../components/list-page.js';
import { can } from '../lib/access.js';
import { useI18n } from '../lib/i18n.js';
import { href, navigate } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { NewAssessmentModal } from './new-assessment-modal.js';

export function AssessmentsPage() {
  const { t, locale } = useI18n();
  const { active } = useSession();
  const list = useLoad<TAssessmentListItem[]>('/api/v1/assessments');
  const relationships = useLoad<TRelationship[]>('/api/v1/relationships');
  const [creating, setCreating] = useState(false);
  const relName = new Map((relationships.data ?? []).map((r) => [r.id, r.name]));
  const day = (d: string) => formatDate(d, locale);

  const columns: Column<TAssessmentListItem>[] = [
    {
      key: 'title',
      header: t.assessments.assessment,
      cell: (a) => (
        <Stack gap={0}>
          <Anchor href={href(pathTo.assessment(a.id))} fw={500} size="sm">
            {a.title}
          </Anchor>
          <Text size="xs" c="dimmed">
            {a.edition}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'scope',
      header: t.assessments.scope,
      cell: (a) =>
        a.scopeKind === 'relationship' && a.relationshipId
          ? `${t.conformity.scopeKinds.relationship}: ${relName.get(a.relationshipId) ?? t.common.none}`
          : t.conformity.scopeKinds[a.scopeKind],
    },
    { key: 'status', header: t.common.status, cell: (a) => <AssessmentStatusBadge status={a.status} /> },
    {
      key: 'readiness',
      header: t.conformity.readiness,
      cell: (a) => <ReadinessBar value={a.readiness.readiness} label={t.assessments.readinessOf(a.title)} w={110} />,
    },
    {
      key: 'open',
      header: t.assessments.openCount,
      thProps: { ta: 'right' },
      tdProps: { ta: 'right', className: 'ccq-num' },
      cell: (a) => a.readiness.open,
    },
    dateColumn('dueOn', t.assessments.dueOn, (a) => a.dueOn, day, t.common.none),
    dateColumn('updatedAt', t.assessments.updatedAt, (a) => a.updatedAt, day, t.common.none),
  ];

  return (
    <>
      <PageHeader
        title={t.assessments.title}
        description={t.assessments.intro}
        actions={can(active, 'assessment:manage') && <AddButton onClick={() => setCreating(true)}>{t.assessments.new}</AddButton>}
      />
      <LoadedSection
        id="assessments"
        title={list.data ? t.assessments.count(list.data.length) : t.assessments.title}
        error={list.error}
        onRetry={list.reload}
      >
        <DataTable columns={columns} rows={list.data} rowKey={(a) => a.id} empty={t.assessments.empty} minWidth={860} loadingRows={3} />
      </LoadedSection>
      <NewAssessmentModal
        opened={creating}
        onClose={() => setCreating(false)}
        relationships={relationships.data ?? []}
        onCreated={(id) => navigate(pathTo.assessment(id))}
      />
    </>
  );
}
