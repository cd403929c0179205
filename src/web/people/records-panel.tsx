// src/web/people/records-panel.tsx — the centre's people records: agents by code, the competence matrix against role profiles, the internal communication log

import { Badge, Group, Stack, Text } from '@mantine/core';
import type { TCommunication, TCompetenceMatrixRow, TPeopleAgent } from '../../contracts/people.js';
import { formatDate } from '../../i18n/format.js';
import { ErrorAlert } from '../components/errors.js';
import { type Column, DataTable } from '../components/data-table.js';
import { Section } from '../components/layout.js';
import { useI18n } from '../lib/i18n.js';
import { useLoad } from '../lib/use-load.js';

export function RecordsPanel({ relationshipId, onDate }: { relationshipId: string; onDate: string }) {
  const { t, locale } = useI18n();
  const agents = useLoad<TPeopleAgent[]>('/api/v1/people/agents');
  const matrix = useLoad<TCompetenceMatrixRow[]>(`/api/v1/people/competence-matrix?date=${onDate}`);
  const comms = useLoad<TCommunication[]>('/api/v1/people/communications');
  const ours = new Set((agents.data ?? []).filter((a) => a.relationshipId === relationshipId).map((a) => a.agentCode));
  const date = (d: string | null) => (d ? formatDate(d, locale) : '–');

  const agentColumns: Column<TPeopleAgent>[] = [
    { key: 'code', header: t.people.agentCode, cell: (a) => <Text ff="monospace">{a.agentCode}</Text> },
    { key: 'team', header: t.people.team, cell: (a) => a.team ?? '–' },
    { key: 'profile', header: t.people.roleProfile, cell: (a) => a.roleProfile ?? '–' },
    { key: 'started', header: t.people.started, cell: (a) => date(a.startedOn) },
    { key: 'left', header: t.people.left, cell: (a) => date(a.leftOn) },
  ];
  const matrixColumns: Column<TCompetenceMatrixRow>[] = [
    { key: 'code', header: t.people.agentCode, cell: (r) => <Text ff="monospace">{r.agentCode}</Text> },
    { key: 'profile', header: t.people.roleProfile, cell: (r) => r.roleProfile ?? '–' },
    {
      key: 'cells',
      header: t.people.matrix,
      cell: (r) => (
        <Group gap={4}>
          {r.cells.map((c) => (
            <Badge
              key={c.competence}
              variant="light"
              color={c.held ? 'green' : 'red'}
              title={`${c.held ? t.people.held : t.people.missing}${c.expiresOn ? `, ${t.people.expires(c.expiresOn)}` : ''}`}
            >
              {c.held ? '✓' : '✗'} {c.competence}
            </Badge>
          ))}
        </Group>
      ),
    },
  ];
  const commColumns: Column<TCommunication>[] = [
    { key: 'on', header: t.people.sentOn, cell: (c) => date(c.sentOn) },
    { key: 'subject', header: t.people.subject, cell: (c) => c.subject },
    { key: 'audience', header: t.people.audience, cell: (c) => c.audience },
    { key: 'ack', header: '', hiddenHeader: true, cell: (c) => t.people.acknowledged(c.acknowledged, c.told) },
  ];
  return (
    <Stack gap="xl">
      <Section title={t.people.agents}>
        {agents.error ? <ErrorAlert error={agents.error} onRetry={agents.reload} /> : null}
        <DataTable
          columns={agentColumns}
          rows={agents.data ? agents.data.filter((a) => ours.has(a.agentCode)) : null}
          rowKey={(a) => a.agentCode}
          empty={t.people.noAgents}
        />
      </Section>
      <Section title={t.people.matrix}>
        {matrix.error ? <ErrorAlert error={matrix.error} onRetry={matrix.reload} /> : null}
        <DataTable
          columns={matrixColumns}
          rows={matrix.data ? matrix.data.filter((r) => ours.has(r.agentCode)) : null}
          rowKey={(r) => r.agentCode}
          empty={t.people.noAgents}
        />
      </Section>
      <Section title={t.people.communications}>
        {comms.error ? <ErrorAlert error={comms.error} onRetry={comms.reload} /> : null}
        <DataTable columns={commColumns} rows={comms.data} rowKey={(c) => c.id} empty={t.people.noCommunications} />
      </Section>
    </Stack>
  );
}
