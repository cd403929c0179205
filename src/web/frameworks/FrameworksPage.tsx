// src/web/frameworks/FrameworksPage.tsx — the framework library: shipped ISO 18295 editions and the organisation's own, and loading a new one

import { Anchor, Badge, Button } from '@mantine/core';
import { useState } from 'react';
import type { TFrameworkSummary } from '../../contracts/conformity.js';
import { formatNumber } from '../../i18n/index.js';
import { pathTo } from '../app/paths.js';
import { useText } from '../components/conformity.js';
import { type Column, DataTable } from '../components/data-table.js';
import { IconUpload } from '../components/icons.js';
import { PageHeader } from '../components/layout.js';
import { LoadedSection } from '../components/list-page.js';
import { useNotice } from '../components/notice.js';
import { can } from '../lib/access.js';
import { useI18n } from '../lib/i18n.js';
import { href } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { LoadFrameworkModal } from './load-framework-modal.js';

export function FrameworksPage() {
  const { t, locale } = useI18n();
  const text = useText();
  const { active } = useSession();
  const list = useLoad<TFrameworkSummary[]>('/api/v1/frameworks');
  const [loading, setLoading] = useState(false);
  const [notice, showNotice] = useNotice();
  const num = (n: number) => formatNumber(n, locale);

  const origin = (f: TFrameworkSummary) =>
    f.ownerOrganisationId === null
      ? { label: t.frameworks.shipped, color: 'ccq' }
      : f.ownerOrganisationId === active?.organisationId
        ? { label: t.frameworks.own, color: 'violet' }
        : { label: t.frameworks.partners, color: 'gray' };

  const columns: Column<TFrameworkSummary>[] = [
    { key: 'edition', header: t.frameworks.edition, cell: (f) => <code className="ccq-code">{f.edition}</code> },
    {
      key: 'name',
      header: t.common.name,
      cell: (f) => (
        <Anchor href={href(pathTo.framework(f.id))} fw={500} size="sm">
          {text(f.name)}
        </Anchor>
      ),
    },
    { key: 'side', header: t.frameworks.side, cell: (f) => t.conformity.sides[f.side] },
    {
      key: 'requirements',
      header: t.frameworks.requirements,
      thProps: { ta: 'right' },
      tdProps: { ta: 'right', className: 'ccq-num' },
      cell: (f) => num(f.requirements),
    },
    {
      key: 'origin',
      header: t.frameworks.origin,
      cell: (f) => {
        const o = origin(f);
        return (
          <Badge size="sm" variant="light" color={o.color}>
            {o.label}
          </Badge>
        );
      },
    },
    {
      key: 'assessments',
      header: t.frameworks.assessments,
      thProps: { ta: 'right' },
      tdProps: { ta: 'right', className: 'ccq-num' },
      cell: (f) => num(f.assessments),
    },
  ];

  return (
    <>
      <PageHeader
        title={t.frameworks.title}
        description={t.frameworks.intro}
        actions={
          can(active, 'framework:manage') && (
            <Button leftSection={<IconUpload size={16} />} onClick={() => setLoading(true)}>
              {t.frameworks.load}
            </Button>
          )
        }
      />
      {notice}
      <LoadedSection
        id="frameworks"
        title={list.data ? t.frameworks.count(list.data.length) : t.frameworks.title}
        error={list.error}
        onRetry={list.reload}
      >
        <DataTable columns={columns} rows={list.data} rowKey={(f) => f.id} empty={t.frameworks.empty} minWidth={760} loadingRows={2} />
      </LoadedSection>
      <LoadFrameworkModal
        opened={loading}
        onClose={() => setLoading(false)}
        onLoaded={(edition) => {
          showNotice(t.frameworks.loaded(edition));
          list.reload();
        }}
      />
    </>
  );
}
