// src/web/qa/scorecards-panel.tsx — the centre's scorecards with their versions; loading a file (YAML or JSON) as the next version

import { Badge, Button, Group, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { TScorecard } from '../../contracts/qa.js';
import { formatDate } from '../../i18n/format.js';
import { type Column, DataTable } from '../components/data-table.js';
import { ErrorAlert } from '../components/errors.js';
import { FormModal, useFormSubmit } from '../components/form-modal.js';
import { Section } from '../components/layout.js';
import { ApiError, api } from '../lib/api.js';
import { can } from '../lib/access.js';
import { useI18n } from '../lib/i18n.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';

export function ScorecardsPanel() {
  const { t, locale } = useI18n();
  const { active } = useSession();
  const cards = useLoad<TScorecard[]>('/api/v1/qa/scorecards');
  const [loading, setLoading] = useState(false);
  const columns: Column<TScorecard>[] = [
    { key: 'name', header: t.qa.scorecard, cell: (c) => c.name },
    { key: 'version', header: t.qa.version, cell: (c) => <Badge variant="light">v{c.version}</Badge> },
    { key: 'criteria', header: t.qa.criteria, cell: (c) => c.content.sections.reduce((n, s) => n + s.criteria.length, 0) },
    {
      key: 'critical',
      header: t.qa.criticalCriteria,
      cell: (c) => c.content.sections.flatMap((s) => s.criteria.filter((x) => x.critical)).length,
    },
    { key: 'created', header: t.qa.loadedOn, cell: (c) => formatDate(c.createdAt, locale) },
  ];
  return (
    <Section
      title={t.qa.scorecards}
      description={t.qa.scorecardsIntro}
      actions={can(active, 'qa:manage') ? <Button onClick={() => setLoading(true)}>{t.qa.loadScorecard}</Button> : null}
    >
      {cards.error ? <ErrorAlert error={cards.error} onRetry={cards.reload} /> : null}
      <DataTable columns={columns} rows={cards.error ? [] : cards.data} rowKey={(c) => c.id} empty={t.qa.noScorecards} />
      {loading && (
        <LoadScorecard
          onClose={() => setLoading(false)}
          onLoaded={() => {
            setLoading(false);
            cards.reload();
          }}
        />
      )}
    </Section>
  );
}

function LoadScorecard({ onClose, onLoaded }: { onClose: () => void; onLoaded: () => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const form = useFormSubmit(async () => {
    await api.post('/api/v1/qa/scorecards', { text, fileName: 'scorecard.yaml' });
    onLoaded();
  });
  const problems = form.error instanceof ApiError ? form.error.issues : [];
  return (
    <FormModal opened onClose={onClose} title={t.qa.loadScorecard} form={form} submitLabel={t.qa.load}>
      <Textarea
        label={t.qa.scorecardFile}
        description={t.qa.scorecardFileHelp}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={8}
        ff="monospace"
        data-autofocus
      />
      {problems.length > 0 && (
        <Group gap={4} component="ul" role="list">
          {problems.map((p) => (
            <Text key={`${p.path}:${p.message}`} component="li" size="sm" c="red">
              {p.path} {p.message}
            </Text>
          ))}
        </Group>
      )}
    </FormModal>
  );
}
