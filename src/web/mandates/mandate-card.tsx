// src/web/mandates/mandate-card.tsx — one mandate: its versions and signatures, and tabs for the target board, the content editor and version comparison

import { Alert, Anchor, Badge, Button, Group, List, Paper, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { TQueue } from '../../contracts/organisations.js';
import type { MandateContent, Party } from '../../domain/mandates/mandate.js';
import { formatDateTime } from '../../i18n/index.js';
import { pathTo } from '../app/paths.js';
import { ErrorAlert } from '../components/errors.js';
import { can } from '../lib/access.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { href, navigate } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { MandateDiff } from './mandate-diff.js';
import { GapsPanel } from './gaps-panel.js';
import { MandateEditor, isDirty } from './mandate-editor.js';
import { type MandateTab, type MandateView, mandateTabs } from './mandate-view.js';
import { ObligationsPanel } from '../reviews/obligations-panel.js';
import { TargetBoard } from './target-board.js';

const pathOf = (id: string, tab: MandateTab) => pathTo.mandate(id, tab === 'board' ? undefined : tab);

/**
 * `single`: the card is the page (`#/mandates/<id>/<tab>`) and its tabs switch in place; in the list,
 * a tab opens the mandate's own page on that tab.
 */
export function MandateCard({
  id,
  tab,
  single,
  relationshipName,
}: {
  id: string;
  tab: MandateTab;
  single: boolean;
  relationshipName?: string;
}) {
  const { t, locale } = useI18n();
  const { active } = useSession();
  const view = useLoad<MandateView>(`/api/v1/mandates/${encodeURIComponent(id)}`);
  const [draft, setDraft] = useState<MandateContent | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (view.error) return <ErrorAlert error={view.error} onRetry={view.reload} />;
  if (!view.data) return <Skeleton h={160} />;
  const v = view.data;
  const dirty = isDirty(draft, v.current.content);
  const sign = async (party: Party) => {
    setError(null);
    try {
      view.setData(
        await api.post<MandateView>(`/api/v1/mandates/${encodeURIComponent(id)}/signatures`, { versionHash: v.current.hash, party }),
      );
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Paper withBorder radius="md" p="lg" className="ccq-section">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={2} fz={20}>
              {single ? v.mandate.title : <Anchor href={href(pathOf(id, 'board'))}>{v.mandate.title}</Anchor>}
            </Title>
            {relationshipName && (
              <Text size="sm" c="dimmed">
                {t.mandates.relationshipOf(relationshipName)}
              </Text>
            )}
            <Text size="sm" c="dimmed">
              {v.inForce ? t.mandates.inForce(v.inForce.number) : t.mandates.noneInForce}
            </Text>
          </Stack>
          <Badge color={v.current.status === 'signed' ? 'green' : 'yellow'} variant="light">
            {t.mandates.versionStatus(v.current.number, v.current.status)}
          </Badge>
        </Group>
        <List size="sm" spacing={2}>
          {v.versions.map((x) => (
            <List.Item key={x.number}>
              {t.mandates.versionLine(x.number, x.status)}{' '}
              <Text span size="xs" c="dimmed">
                {x.signatures.map((s) => `${t.mandates.parties[s.party]}: ${s.name}, ${formatDateTime(s.at, locale)}`).join(' · ') ||
                  t.mandates.unsigned}
              </Text>
            </List.Item>
          ))}
        </List>
        {v.gaps.length > 0 && tab !== 'content' && (
          <Alert color="yellow" variant="light" title={t.mandates.gaps(v.gaps.length)}>
            <List size="sm" spacing={2}>
              {v.gaps.map((g) => (
                <List.Item key={g.id}>
                  {locale === 'sv' ? g.sv : g.en}{' '}
                  <Text span size="xs" c="dimmed">
                    (ISO 18295-2 {g.isoRef})
                  </Text>
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {v.missingSignatures.length > 0 && can(active, 'mandate:sign') && (
          <Group gap="sm">
            <Text size="sm">{t.mandates.toSign}</Text>
            {v.missingSignatures.map((p) => (
              <Button key={p} size="xs" onClick={() => void sign(p)} disabled={dirty}>
                {t.mandates.signAs[p]}
              </Button>
            ))}
            <Text size="xs" c="dimmed" className="ccq-code">
              {v.current.hash.slice(0, 16)}…
            </Text>
            {dirty && (
              <Text size="xs" c="yellow.9">
                {t.mandates.saveBeforeSigning}
              </Text>
            )}
          </Group>
        )}
        {error ? <ErrorAlert error={error} /> : null}
        <Tabs value={tab} onChange={(next) => next && navigate(pathOf(id, next as MandateTab))} keepMounted={false}>
          <Tabs.List mb="md">
            {mandateTabs.map((x) => (
              <Tabs.Tab key={x} value={x}>
                {t.mandates.tabs[x]}
                {x === 'content' && dirty && (
                  <Text span c="yellow.8" ml={6} title={t.mandates.unsavedTab}>
                    ●<span className="ccq-visually-hidden">, {t.mandates.unsavedTab}</span>
                  </Text>
                )}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="board">{tab === 'board' && <TargetBoard mandateId={id} />}</Tabs.Panel>
          <Tabs.Panel value="obligations">{tab === 'obligations' && <ObligationsPanel mandateId={id} />}</Tabs.Panel>
          {single && (
            <>
              <Tabs.Panel value="content">
                {tab === 'content' && <ContentTab view={v} onView={view.setData} draft={draft} onDraft={setDraft} />}
              </Tabs.Panel>
              <Tabs.Panel value="compare">{tab === 'compare' && <MandateDiff key={v.current.hash} view={v} />}</Tabs.Panel>
            </>
          )}
        </Tabs>
      </Stack>
    </Paper>
  );
}

/** The editor, once the relationship's queues are known (a failed queue list still lets the content be read and edited). */
function ContentTab({
  view,
  onView,
  draft,
  onDraft,
}: {
  view: MandateView;
  onView: (v: MandateView) => void;
  draft: MandateContent | null;
  onDraft: (c: MandateContent | null) => void;
}) {
  const queues = useLoad<TQueue[]>('/api/v1/queues');
  if (!queues.data && !queues.error)
    return (
      <Stack gap="md">
        <Skeleton h={240} />
        <GapsPanel gaps={view.gaps} />
      </Stack>
    );
  const ofRelationship = (queues.data ?? []).filter((q) => q.relationshipId === view.mandate.relationshipId);
  return <MandateEditor view={view} onView={onView} draft={draft} onDraft={onDraft} queues={ofRelationship} />;
}
