// src/web/qa/evaluations-panel.tsx — the month's evaluations of a relationship (or the agent's own), opened one at a time

import { Badge, Button, Group, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import type { TEvaluation, TScorecard } from '../../contracts/qa.js';
import { formatDateTime } from '../../i18n/format.js';
import { type Column, DataTable } from '../components/data-table.js';
import { ErrorAlert } from '../components/errors.js';
import { Section } from '../components/layout.js';
import { can } from '../lib/access.js';
import { useI18n } from '../lib/i18n.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { EvaluationForm } from './evaluation-form.js';
import { EvaluationView } from './evaluation-view.js';
import { scoreText } from './qa-kit.js';
import { type SampledContact, SamplePanel } from './sample-panel.js';

/** `relationshipId` null: the signed-in agent's own evaluations. */
export function EvaluationsPanel({ relationshipId, from, to }: { relationshipId: string | null; from: string; to: string }) {
  const [sampled, setSampled] = useState<SampledContact | null>(null);
  const { t, locale } = useI18n();
  const { active } = useSession();
  const path =
    relationshipId === null
      ? '/api/v1/qa/evaluations/mine'
      : `/api/v1/qa/evaluations?relationship=${encodeURIComponent(relationshipId)}&from=${from}T00:00:00.000Z&to=${to}T00:00:00.000Z`;
  const list = useLoad<TEvaluation[]>(path);
  const cards = useLoad<TScorecard[]>(relationshipId !== null && can(active, 'qa:evaluate') ? '/api/v1/qa/scorecards' : null);
  const [open, setOpen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const columns: Column<TEvaluation>[] = [
    {
      key: 'when',
      header: t.qa.contactAt,
      cell: (e) => (
        <UnstyledButton onClick={() => setOpen(e.id)} td="underline">
          {formatDateTime(e.contactAt, locale)}
        </UnstyledButton>
      ),
    },
    { key: 'agent', header: t.qa.agent, cell: (e) => e.agent },
    { key: 'score', header: t.qa.score, cell: (e) => scoreText(e.score, locale) },
    {
      key: 'critical',
      header: t.qa.criticalErrors,
      cell: (e) => (
        <Group gap={4}>
          {e.criticalErrors.map((k) => (
            <Badge key={k} size="sm" color="red" variant="light">
              {t.qa.critical[k]}
            </Badge>
          ))}
        </Group>
      ),
    },
    { key: 'status', header: t.qa.statusLabel, cell: (e) => t.qa.status[e.status] },
  ];
  return (
    <Section
      title={relationshipId === null ? t.qa.myEvaluations : t.qa.evaluations}
      actions={
        relationshipId !== null && can(active, 'qa:evaluate') && (cards.data?.length ?? 0) > 0 ? (
          <Button
            onClick={() => {
              setSampled(null);
              setCreating(true);
            }}
          >
            {t.qa.newEvaluation}
          </Button>
        ) : null
      }
    >
      {relationshipId !== null && can(active, 'qa:evaluate') && (cards.data?.length ?? 0) > 0 && (
        <SamplePanel
          relationshipId={relationshipId}
          month={from.slice(0, 7)}
          onEvaluate={(c) => {
            setSampled(c);
            setCreating(true);
          }}
        />
      )}
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <DataTable columns={columns} rows={list.error ? [] : list.data} rowKey={(e) => e.id} empty={t.qa.noEvaluations} minWidth={640} />
      {open && <EvaluationView id={open} onClose={() => setOpen(null)} onChanged={list.reload} />}
      {creating && relationshipId !== null && cards.data && (
        <EvaluationForm
          opened
          onClose={() => setCreating(false)}
          relationshipId={relationshipId}
          scorecards={cards.data}
          initial={sampled}
          onSaved={(e) => {
            setCreating(false);
            list.reload();
            setOpen(e.id);
          }}
        />
      )}
    </Section>
  );
}
