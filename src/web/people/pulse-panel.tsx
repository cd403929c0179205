// src/web/people/pulse-panel.tsx — anonymous pulse surveys: results by group (groups under five are suppressed by the server), a new survey with its one-time links

import { Badge, Button, Code, Group, Modal, NativeSelect, Progress, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { TPulseGroup, TPulseResults, TPulseSurvey } from '../../contracts/people.js';
import { formatNumber } from '../../i18n/format.js';
import { ErrorAlert } from '../components/errors.js';
import { FormModal, useFormSubmit } from '../components/form-modal.js';
import { type Column, DataTable } from '../components/data-table.js';
import { Empty, Section } from '../components/layout.js';
import { can } from '../lib/access.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { recentMonths } from '../lib/months.js';

function Results({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const r = useLoad<TPulseResults>(`/api/v1/people/pulse/${encodeURIComponent(id)}/results`);
  const fig = (f: TPulseGroup['enps']) => (f ? formatNumber(f.value, locale, { maximumFractionDigits: 1 }) : '–');
  const columns: Column<TPulseGroup>[] = [
    { key: 'group', header: t.people.group, cell: (g) => (g.group === 'all' ? <strong>{t.people.all}</strong> : g.group) },
    { key: 'invited', header: t.people.invited, cell: (g) => g.invited },
    {
      key: 'n',
      header: t.people.respondents,
      cell: (g) =>
        g.suppressed ? (
          <Text c="dimmed" size="sm">
            {t.people.suppressed(r.data?.threshold ?? 5)}
          </Text>
        ) : (
          g.respondents
        ),
    },
    { key: 'enps', header: t.people.enps, cell: (g) => fig(g.enps) },
    {
      key: 'engagement',
      header: t.people.engagement,
      cell: (g) =>
        g.engagement ? (
          <Group gap="xs" wrap="nowrap">
            <Progress value={g.engagement.value} w={100} aria-hidden />
            <span>{fig(g.engagement)}</span>
          </Group>
        ) : (
          '–'
        ),
    },
  ];
  if (r.error) return <ErrorAlert error={r.error} onRetry={r.reload} />;
  return (
    <Stack gap="xs">
      <DataTable columns={columns} rows={r.data ? [...r.data.groups, r.data.overall] : null} rowKey={(g) => g.group} empty="" />
      <Text size="sm" c="dimmed">
        {t.people.anonymityNote(r.data?.threshold ?? 5)}
      </Text>
    </Stack>
  );
}

function NewPulse({ relationshipId, onCreated }: { relationshipId: string; onCreated: () => void }) {
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  const [title, setTitle] = useState('');
  const [period, setPeriod] = useState(recentMonths(1, { fromCurrent: false })[0] ?? '');
  const [groups, setGroups] = useState('');
  const [links, setLinks] = useState<{ group: string; token: string }[] | null>(null);
  const form = useFormSubmit(async () => {
    const parsed = groups
      .split('\n')
      .map((l) => l.split(';'))
      .filter((p) => p[0]?.trim())
      .map(([name, count]) => ({ name: (name ?? '').trim(), invitations: Number(count ?? 0) || 0 }));
    const r = await api.post<{ invitations: { group: string; token: string }[] }>('/api/v1/people/pulse', {
      title,
      period,
      relationshipId,
      groups: parsed,
    });
    setOpened(false);
    setLinks(r.invitations);
    onCreated();
  });
  return (
    <>
      <Button variant="light" onClick={() => setOpened(true)}>
        {t.people.newPulse}
      </Button>
      <FormModal opened={opened} title={t.people.newPulse} form={form} submitLabel={t.people.create} onClose={() => setOpened(false)}>
        <TextInput
          label={t.people.pulseTitle}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          required
          error={form.issues.title}
        />
        <TextInput
          label={t.people.period}
          value={period}
          onChange={(e) => setPeriod(e.currentTarget.value)}
          required
          error={form.issues.period}
        />
        <Textarea
          label={t.people.groups}
          description={t.people.groupsHint}
          value={groups}
          onChange={(e) => setGroups(e.currentTarget.value)}
          autosize
          minRows={3}
          error={form.issues.groups}
        />
      </FormModal>
      <Modal opened={links !== null} onClose={() => setLinks(null)} title={t.people.tokensTitle} size="lg">
        <Stack gap="xs">
          <Text size="sm">{t.people.tokensIntro}</Text>
          {(links ?? []).map((l) => (
            <Code key={l.token} block>{`${l.group}: ${window.location.origin}/pulse/${l.token}`}</Code>
          ))}
        </Stack>
      </Modal>
    </>
  );
}

export function PulsePanel({ relationshipId }: { relationshipId: string }) {
  const { t } = useI18n();
  const { active } = useSession();
  const list = useLoad<TPulseSurvey[]>('/api/v1/people/pulse');
  const [chosen, setChosen] = useState<string | null>(null);
  const surveys = (list.data ?? []).filter((s) => s.relationshipId === relationshipId || s.relationshipId === null);
  const survey = surveys.find((s) => s.id === chosen) ?? surveys[0];
  const manage = can(active, 'people:manage');
  const close = async (id: string) => {
    await api.post(`/api/v1/people/pulse/${encodeURIComponent(id)}/close`);
    list.reload();
  };
  return (
    <Section title={t.people.pulse} actions={manage ? <NewPulse relationshipId={relationshipId} onCreated={list.reload} /> : undefined}>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      {list.data && surveys.length === 0 && <Empty>{t.people.noPulse}</Empty>}
      {survey && (
        <Stack p="lg">
          <Group align="flex-end">
            <NativeSelect
              label={t.people.pulse}
              value={survey.id}
              onChange={(e) => setChosen(e.currentTarget.value)}
              data={surveys.map((s) => ({ value: s.id, label: `${s.title} (${s.period})` }))}
              miw={280}
            />
            <Badge variant="light" color={survey.status === 'open' ? 'green' : 'gray'}>
              {survey.status === 'open' ? t.people.open : t.people.closed}
            </Badge>
            {manage && survey.status === 'open' && (
              <Button variant="subtle" onClick={() => close(survey.id)}>
                {t.people.close}
              </Button>
            )}
          </Group>
          <Results key={survey.id} id={survey.id} />
        </Stack>
      )}
    </Section>
  );
}
