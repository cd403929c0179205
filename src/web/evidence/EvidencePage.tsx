// src/web/evidence/EvidencePage.tsx — the evidence library: every file, link and KPI snapshot with validity, checksum and where it is used

import { Anchor, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import type { TAssessmentListItem, TEvidence } from '../../contracts/conformity.js';
import { formatDate } from '../../i18n/index.js';
import { pathTo } from '../app/paths.js';
import { ValidityBadge } from '../components/conformity.js';
import { type Column, DataTable, dateColumn } from '../components/data-table.js';
import { PageHeader } from '../components/layout.js';
import { AddButton, LoadedSection } from '../components/list-page.js';
import { useNotice } from '../components/notice.js';
import { can } from '../lib/access.js';
import { useI18n } from '../lib/i18n.js';
import { href } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { AddLinkModal, UploadEvidenceModal } from './evidence-dialogs.js';
import { EvidenceName, KindBadge, ShortHash } from './evidence-parts.js';

export function EvidencePage() {
  const { t, locale } = useI18n();
  const { active } = useSession();
  const list = useLoad<TEvidence[]>('/api/v1/evidence');
  const assessments = useLoad<TAssessmentListItem[]>('/api/v1/assessments');
  const [dialog, setDialog] = useState<'upload' | 'link' | null>(null);
  const [notice, showNotice] = useNotice();
  const titleOf = new Map((assessments.data ?? []).map((a) => [a.id, a.title]));
  const day = (d: string) => formatDate(d, locale);

  const used = (e: TEvidence) => {
    if (e.links.length === 0)
      return (
        <Text size="sm" c="dimmed">
          {t.evidence.unused}
        </Text>
      );
    const byAssessment = new Map<string, string[]>();
    for (const l of e.links) byAssessment.set(l.assessmentId, [...(byAssessment.get(l.assessmentId) ?? []), l.ref]);
    return (
      <Stack gap={2}>
        {[...byAssessment].map(([id, refs]) => (
          <Text size="sm" key={id}>
            <Anchor href={href(pathTo.assessment(id))} size="sm">
              {titleOf.get(id) ?? t.evidence.anAssessment}
            </Anchor>{' '}
            <Text span size="xs" c="dimmed">
              {refs.join(', ')}
            </Text>
          </Text>
        ))}
      </Stack>
    );
  };

  const columns: Column<TEvidence>[] = [
    { key: 'title', header: t.evidence.titleLabel, cell: (e) => <EvidenceName evidence={e} /> },
    { key: 'kind', header: t.evidence.kind, cell: (e) => <KindBadge kind={e.kind} /> },
    {
      key: 'validity',
      header: t.evidence.validity,
      cell: (e) => (
        <Tooltip label={t.evidence.validityHelp[e.validity]} withArrow multiline w={260}>
          <span>
            <ValidityBadge validity={e.validity} />
          </span>
        </Tooltip>
      ),
    },
    dateColumn('validUntil', t.evidence.validUntil, (e) => e.validUntil, day, t.evidence.noEnd),
    { key: 'sha', header: t.evidence.sha256, cell: (e) => <ShortHash sha256={e.sha256} /> },
    { key: 'used', header: t.evidence.usedIn, cell: used },
  ];

  const added = (e: TEvidence) => {
    setDialog(null);
    showNotice(t.evidence.addedNotice(e.title));
    list.reload();
  };

  return (
    <>
      <PageHeader
        title={t.evidence.title}
        description={t.evidence.intro}
        actions={
          can(active, 'evidence:manage') && (
            <Group gap="sm">
              <AddButton onClick={() => setDialog('upload')}>{t.evidence.upload}</AddButton>
              <AddButton variant="light" onClick={() => setDialog('link')}>
                {t.evidence.addLink}
              </AddButton>
            </Group>
          )
        }
      />
      {notice}
      <LoadedSection
        id="evidence"
        title={list.data ? t.evidence.count(list.data.length) : t.evidence.title}
        error={list.error}
        onRetry={list.reload}
      >
        <DataTable columns={columns} rows={list.data} rowKey={(e) => e.id} empty={t.evidence.empty} minWidth={1000} loadingRows={3} />
      </LoadedSection>
      <UploadEvidenceModal opened={dialog === 'upload'} onClose={() => setDialog(null)} onAdded={added} />
      <AddLinkModal opened={dialog === 'link'} onClose={() => setDialog(null)} onAdded={added} />
    </>
  );
}
