// src/web/mandates/MandatesPage.tsx — the mandates of the relationships you see: versions and signatures, what is still missing, and the target board

import { Alert, Badge, Button, Group, List, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { TMandate } from '../../contracts/mandates.js';
import type { Party } from '../../domain/mandates/mandate.js';
import { formatDateTime } from '../../i18n/index.js';
import { ErrorAlert } from '../components/errors.js';
import { Empty, PageHeader } from '../components/layout.js';
import { can } from '../lib/access.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { TargetBoard } from './target-board.js';

type Version = {
  number: number;
  status: 'draft' | 'signed' | 'superseded';
  hash: string;
  signatures: { party: Party; name: string; at: string }[];
};
type View = {
  mandate: TMandate;
  versions: Version[];
  current: Version;
  inForce: Version | null;
  gaps: { id: string; isoRef: string; sv: string; en: string }[];
  missingSignatures: Party[];
};

export function MandatesPage() {
  const { t } = useI18n();
  const list = useLoad<TMandate[]>('/api/v1/mandates');
  return (
    <>
      <PageHeader title={t.mandates.title} description={t.mandates.intro} />
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      {!list.data && !list.error ? <Skeleton h={200} /> : null}
      {list.data?.length === 0 && <Empty>{t.mandates.none}</Empty>}
      <Stack gap="xl">
        {list.data?.map((m) => (
          <MandateCard key={m.id} id={m.id} />
        ))}
      </Stack>
    </>
  );
}

function MandateCard({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const { active } = useSession();
  const view = useLoad<View>(`/api/v1/mandates/${id}`);
  const [error, setError] = useState<unknown>(null);
  if (view.error) return <ErrorAlert error={view.error} onRetry={view.reload} />;
  if (!view.data) return <Skeleton h={160} />;
  const v = view.data;
  const sign = async (party: Party) => {
    setError(null);
    try {
      view.setData(await api.post<View>(`/api/v1/mandates/${id}/signatures`, { versionHash: v.current.hash, party }));
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
              {v.mandate.title}
            </Title>
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
        {v.gaps.length > 0 && (
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
              <Button key={p} size="xs" onClick={() => void sign(p)}>
                {t.mandates.signAs[p]}
              </Button>
            ))}
            <Text size="xs" c="dimmed" className="ccq-code">
              {v.current.hash.slice(0, 16)}…
            </Text>
          </Group>
        )}
        {error ? <ErrorAlert error={error} /> : null}
        <Title order={3} fz={16}>
          {t.mandates.board}
        </Title>
        <TargetBoard mandateId={id} />
      </Stack>
    </Paper>
  );
}
