// src/web/queues/QueuesPage.tsx — the queues the acting organisation sees and, for a centre, its sites; managers add both

import { Stack } from '@mantine/core';
import { useState } from 'react';
import type { TQueue, TRelationship, TSite } from '../../contracts/organisations.js';
import { PageHeader } from '../components/layout.js';
import { AddButton, LoadedSection } from '../components/list-page.js';
import { DataTable } from '../components/data-table.js';
import { useNotice } from '../components/notice.js';
import { actsAsCentre, can } from '../lib/access.js';
import { useI18n } from '../lib/i18n.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { AddQueueModal, AddSiteModal } from './queue-dialogs.js';
import { queueColumns, siteColumns } from './queue-columns.js';

export function QueuesPage() {
  const { t, locale } = useI18n();
  const { active } = useSession();
  const orgId = active?.organisationId ?? null;
  const centre = actsAsCentre(active);
  // Sites belong to one organisation: a centre lists its own; a client has none to show.
  const showSites = centre && can(active, 'site:read');
  const queues = useLoad<TQueue[]>('/api/v1/queues');
  const relationships = useLoad<TRelationship[]>('/api/v1/relationships');
  const sites = useLoad<TSite[]>(showSites && orgId ? `/api/v1/organisations/${encodeURIComponent(orgId)}/sites` : null);
  const [notice, showNotice] = useNotice();
  const [dialog, setDialog] = useState<'queue' | 'site' | null>(null);

  if (!active || !orgId) return null;
  const mayAddQueue = centre && can(active, 'queue:manage');
  const mayAddSite = centre && can(active, 'site:manage');
  const relName = new Map((relationships.data ?? []).map((r) => [r.id, r.name]));
  const siteName = new Map((sites.data ?? []).map((s) => [s.id, s.name]));
  const byName = <T extends { name: string }>(list: T[] | null) => list && [...list].sort((a, b) => a.name.localeCompare(b.name, locale));
  const queueList = queues.data && [...queues.data].sort((a, b) => a.code.localeCompare(b.code, locale));
  const served = (relationships.data ?? []).filter((r) => r.centreOrganisationId === orgId);
  const columns = queueColumns<TQueue>(
    t,
    (q) => (q.relationshipId ? (relName.get(q.relationshipId) ?? null) : null),
    showSites ? (q) => (q.siteId ? (siteName.get(q.siteId) ?? null) : null) : undefined,
  );
  const added = (text: string, reload: () => void) => {
    setDialog(null);
    showNotice(text);
    reload();
  };

  return (
    <>
      <PageHeader
        title={t.queues.title}
        description={t.queues.intro}
        actions={
          (mayAddQueue || mayAddSite) && (
            <>
              {mayAddQueue && <AddButton onClick={() => setDialog('queue')}>{t.queues.addQueue}</AddButton>}
              {mayAddSite && (
                <AddButton variant="light" onClick={() => setDialog('site')}>
                  {t.queues.addSite}
                </AddButton>
              )}
            </>
          )
        }
      />
      {notice}
      <Stack gap="xl">
        <LoadedSection
          id="queues"
          title={queueList ? t.queues.count(queueList.length) : t.home.queues}
          error={queues.error ?? relationships.error}
          onRetry={() => {
            queues.reload();
            relationships.reload();
          }}
        >
          <DataTable columns={columns} rows={queueList} rowKey={(q) => q.id} empty={t.home.noQueues} minWidth={680} loadingRows={3} />
        </LoadedSection>
        {showSites && (
          <LoadedSection
            id="sites"
            title={sites.data ? t.queues.siteCount(sites.data.length) : t.home.sites}
            error={sites.error}
            onRetry={sites.reload}
          >
            <DataTable
              columns={siteColumns(t)}
              rows={byName(sites.data)}
              rowKey={(s) => s.id}
              empty={t.home.noSites}
              highlightOnHover={false}
            />
          </LoadedSection>
        )}
      </Stack>

      <AddQueueModal
        opened={dialog === 'queue'}
        onClose={() => setDialog(null)}
        onAdded={(q) => added(t.queues.queueAdded(q.code), queues.reload)}
        relationships={served}
        sites={sites.data ?? []}
      />
      <AddSiteModal
        opened={dialog === 'site'}
        organisationId={orgId}
        onClose={() => setDialog(null)}
        onAdded={(s) => added(t.queues.siteAdded(s.name), sites.reload)}
      />
    </>
  );
}
