// src/web/surveys/SurveysPage.tsx — customer surveys of a relationship: the list (the centre builds and runs them) and the results (both parties read them)

import { Button, Group, NativeSelect, NumberInput, Paper, Skeleton, Stack, Text, Code } from '@mantine/core';
import { useState } from 'react';
import type { TQueue, TRelationship } from '../../contracts/organisations.js';
import type { TSurvey } from '../../contracts/surveys.js';
import { type Column, DataTable, StatusBadge } from '../components/data-table.js';
import { ErrorAlert } from '../components/errors.js';
import { FormModal, useFormSubmit } from '../components/form-modal.js';
import { PageHeader, Section } from '../components/layout.js';
import { can } from '../lib/access.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { SurveyBuilder } from './survey-builder.js';
import { SurveyResults } from './survey-results.js';

function InviteModal({ survey, onClose }: { survey: TSurvey | null; onClose: () => void }) {
  const { t } = useI18n();
  const [count, setCount] = useState<number | string>(5);
  const [links, setLinks] = useState<string[]>([]);
  const form = useFormSubmit(async () => {
    if (!survey) return;
    const issued = await api.post<{ path: string }[]>(`/api/v1/surveys/${survey.id}/invitations`, { count: Number(count) });
    setLinks(issued.map((i) => `${window.location.origin}${i.path}`));
  });
  const close = () => {
    setLinks([]);
    onClose();
  };
  return (
    <FormModal opened={survey !== null} title={t.surveys.inviteTitle} form={form} submitLabel={t.surveys.invite} onClose={close}>
      <NumberInput label={t.surveys.inviteCount} min={1} max={500} value={count} onChange={setCount} />
      <Text size="sm" c="dimmed">
        {t.surveys.inviteHint}
      </Text>
      {links.map((l) => (
        <Code key={l} block data-testid="survey-link">
          {l}
        </Code>
      ))}
    </FormModal>
  );
}

export function SurveysPage() {
  const { t } = useI18n();
  const { active } = useSession();
  const relationships = useLoad<TRelationship[]>('/api/v1/relationships');
  const queues = useLoad<TQueue[]>('/api/v1/queues');
  const [chosen, setChosen] = useState<string | null>(null);
  const [building, setBuilding] = useState(false);
  const [inviting, setInviting] = useState<TSurvey | null>(null);
  const rel = (relationships.data ?? []).find((r) => r.id === chosen) ?? relationships.data?.[0];
  const surveys = useLoad<TSurvey[]>(rel ? `/api/v1/surveys?relationship=${encodeURIComponent(rel.id)}` : null);
  const manage = can(active, 'survey:manage');
  const relQueues = (queues.data ?? []).filter((q) => q.relationshipId === rel?.id);
  const setStatus = async (s: TSurvey, status: TSurvey['status']) => {
    await api.patch(`/api/v1/surveys/${s.id}`, { status });
    surveys.reload();
  };
  const columns: Column<TSurvey>[] = [
    { key: 'name', header: t.surveys.name, cell: (s) => s.name },
    { key: 'questions', header: t.surveys.questions, cell: (s) => s.questions.map((q) => t.surveys.kinds[q.kind]).join(', ') },
    {
      key: 'status',
      header: t.surveys.status,
      cell: (s) => <StatusBadge color={s.status === 'active' ? 'teal' : 'gray'}>{t.surveys.statuses[s.status]}</StatusBadge>,
    },
    ...(manage
      ? [
          {
            key: 'actions',
            header: t.surveys.status,
            hiddenHeader: true,
            cell: (s: TSurvey) => (
              <Group gap="xs" wrap="nowrap">
                {s.status === 'active' && (
                  <Button size="xs" variant="light" onClick={() => setInviting(s)}>
                    {t.surveys.invite}
                  </Button>
                )}
                <Button size="xs" variant="subtle" onClick={() => setStatus(s, s.status === 'active' ? 'closed' : 'active')}>
                  {s.status === 'active' ? t.surveys.close : t.surveys.reopen}
                </Button>
              </Group>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t.surveys.title}
        description={t.surveys.intro}
        actions={manage && rel ? <Button onClick={() => setBuilding(true)}>{t.surveys.create}</Button> : null}
      />
      <Stack gap="xl">
        {relationships.error ? <ErrorAlert error={relationships.error} onRetry={relationships.reload} /> : null}
        {!relationships.data && !relationships.error ? <Skeleton h={80} /> : null}
        {rel && (
          <>
            <Paper withBorder radius="md" p="md">
              <NativeSelect
                label={t.surveys.relationship}
                value={rel.id}
                onChange={(e) => setChosen(e.currentTarget.value)}
                data={(relationships.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
                maw={420}
              />
            </Paper>
            <Section title={t.surveys.title}>
              {surveys.error ? <ErrorAlert error={surveys.error} onRetry={surveys.reload} /> : null}
              <DataTable columns={columns} rows={surveys.data} rowKey={(s) => s.id} empty={t.surveys.none} />
            </Section>
            <Section title={t.surveys.results}>
              <SurveyResults key={rel.id} relationshipId={rel.id} queues={relQueues} />
            </Section>
            <SurveyBuilder
              opened={building}
              relationshipId={rel.id}
              queues={relQueues}
              onClose={() => setBuilding(false)}
              onCreated={() => {
                setBuilding(false);
                surveys.reload();
              }}
            />
            <InviteModal survey={inviting} onClose={() => setInviting(null)} />
          </>
        )}
      </Stack>
    </>
  );
}
