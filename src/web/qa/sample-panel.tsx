// src/web/qa/sample-panel.tsx — the month's sample to evaluate: n answered contacts per agent, drawn by seed; each opens the evaluation form

import { Button, Group, NumberInput, Text } from '@mantine/core';
import { useState } from 'react';
import { formatDateTime } from '../../i18n/format.js';
import { type Column, DataTable } from '../components/data-table.js';
import { errorText } from '../components/errors.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';

export type SampledContact = { sourceId: string; agent: string; queueId: string; enteredAt: string };

export function SamplePanel({
  relationshipId,
  month,
  onEvaluate,
}: {
  relationshipId: string;
  month: string;
  onEvaluate: (c: SampledContact) => void;
}) {
  const { t, locale } = useI18n();
  const [perAgent, setPerAgent] = useState<number>(4);
  const [rows, setRows] = useState<SampledContact[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const draw = async () => {
    setError(null);
    try {
      setRows(
        await api.post<SampledContact[]>('/api/v1/qa/sample', { relationshipId, month, perAgent, seed: Number(month.replace('-', '')) }),
      );
    } catch (e) {
      setError(e);
    }
  };
  const columns: Column<SampledContact>[] = [
    { key: 'when', header: t.qa.contactAt, cell: (c) => formatDateTime(c.enteredAt, locale) },
    { key: 'agent', header: t.qa.agent, cell: (c) => c.agent },
    { key: 'contact', header: t.qa.contact, cell: (c) => c.sourceId },
    {
      key: 'go',
      header: t.qa.newEvaluation,
      hiddenHeader: true,
      cell: (c) => (
        <Button size="xs" variant="light" onClick={() => onEvaluate(c)}>
          {t.qa.evaluate}
        </Button>
      ),
    },
  ];
  return (
    <>
      <Group align="flex-end" px="lg" py="sm">
        <NumberInput label={t.qa.perAgent} value={perAgent} onChange={(v) => setPerAgent(Number(v) || 1)} min={1} max={100} w={160} />
        <Button variant="default" onClick={draw}>
          {t.qa.drawSample}
        </Button>
      </Group>
      {error !== null && (
        <Text c="red" size="sm" role="alert" px="lg">
          {errorText(t, error)}
        </Text>
      )}
      {rows !== null && <DataTable columns={columns} rows={rows} rowKey={(c) => c.sourceId} empty={t.qa.sampleEmpty} minWidth={560} />}
    </>
  );
}
