// src/web/mandates/MandatesPage.tsx — the mandates of the relationships you see (or one of them, `#/mandates/<id>/<tab>`), and a new one for those who draft them

import { Anchor, Skeleton, Stack } from '@mantine/core';
import { useState } from 'react';
import type { TMandate } from '../../contracts/mandates.js';
import type { TRelationship } from '../../contracts/organisations.js';
import { paths, pathTo } from '../app/paths.js';
import { ErrorAlert } from '../components/errors.js';
import { Empty, PageHeader } from '../components/layout.js';
import { AddButton } from '../components/list-page.js';
import { useNotice } from '../components/notice.js';
import { can } from '../lib/access.js';
import { useI18n } from '../lib/i18n.js';
import { href, navigate } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { MandateCard } from './mandate-card.js';
import { tabOf } from './mandate-view.js';
import { NewMandateModal } from './new-mandate-modal.js';

export function MandatesPage({ id, tab }: { id: string | null; tab: string | null }) {
  const { t } = useI18n();
  const { active } = useSession();
  const list = useLoad<TMandate[]>('/api/v1/mandates');
  const relationships = useLoad<TRelationship[]>('/api/v1/relationships');
  const [creating, setCreating] = useState(false);
  const [notice, showNotice] = useNotice();
  const mayEdit = can(active, 'mandate:edit');
  const relName = new Map((relationships.data ?? []).map((r) => [r.id, r.name]));
  const nameOf = (m: TMandate | undefined) => (m ? relName.get(m.relationshipId) : undefined);

  return (
    <>
      <PageHeader
        title={t.mandates.title}
        description={t.mandates.intro}
        eyebrow={
          id ? (
            <Anchor href={href(paths.mandates)} size="sm">
              ← {t.mandates.allMandates}
            </Anchor>
          ) : undefined
        }
        actions={mayEdit && <AddButton onClick={() => setCreating(true)}>{t.mandates.create.button}</AddButton>}
      />
      {notice}
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      {!list.data && !list.error ? <Skeleton h={200} /> : null}
      {id ? (
        <MandateCard key={id} id={id} tab={tabOf(tab)} single relationshipName={nameOf(list.data?.find((m) => m.id === id))} />
      ) : (
        <>
          {list.data?.length === 0 && <Empty>{mayEdit ? t.mandates.none : t.mandates.noneReadOnly}</Empty>}
          <Stack gap="xl">
            {list.data?.map((m) => (
              <MandateCard key={m.id} id={m.id} tab="board" single={false} relationshipName={nameOf(m)} />
            ))}
          </Stack>
        </>
      )}
      {mayEdit && (
        <NewMandateModal
          opened={creating}
          onClose={() => setCreating(false)}
          relationships={relationships.data ?? []}
          mandates={list.data ?? []}
          onCreated={(v) => {
            setCreating(false);
            list.reload();
            showNotice(t.mandates.create.created(v.mandate.title));
            navigate(pathTo.mandate(v.mandate.id, 'content'));
          }}
        />
      )}
    </>
  );
}
