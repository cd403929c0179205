// src/web/qa/QaPage.tsx — quality monitoring (ISO 18295-1 clause 7): QA KPIs, evaluations, calibration and scorecards; an agent's own evaluations

import { Alert, Skeleton, Stack } from '@mantine/core';
import { useState } from 'react';
import type { TRelationship } from '../../contracts/organisations.js';
import { ErrorAlert } from '../components/errors.js';
import { Empty, PageHeader, Section } from '../components/layout.js';
import { can } from '../lib/access.js';
import { useI18n } from '../lib/i18n.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { CalibrationPanel } from './calibration-panel.js';
import { EvaluationsPanel } from './evaluations-panel.js';
import { QaKpiTable } from './qa-kpi-table.js';
import { monthRange, recentMonths } from '../lib/months.js';
import { RelationshipMonthPicker } from '../components/relationship-month-picker.js';
import { ScorecardsPanel } from './scorecards-panel.js';

export function QaPage() {
  const { t } = useI18n();
  const { active } = useSession();
  const relationships = useLoad<TRelationship[]>('/api/v1/relationships');
  const months = recentMonths(12);
  const [month, setMonth] = useState(months[0] ?? '');
  const [chosen, setChosen] = useState<string | null>(null);
  const list = relationships.data ?? [];
  const rel = list.find((r) => r.id === chosen) ?? list[0];
  // Evaluations are the centre's own; the client reads the aggregated KPIs of its relationship only.
  const centreWork = can(active, 'qa:read') && rel?.centreOrganisationId === active?.organisationId;
  const { from, to } = monthRange(month);

  // An agent: their own evaluations, to acknowledge or dispute (agents see no relationships).
  if (can(active, 'qa:acknowledge') && !can(active, 'qa:read'))
    return (
      <>
        <PageHeader title={t.qa.title} description={t.qa.agentIntro} />
        <EvaluationsPanel relationshipId={null} from={from} to={to} />
      </>
    );
  return (
    <>
      <PageHeader title={t.qa.title} description={t.qa.intro} />
      <Stack gap="xl">
        {relationships.error ? <ErrorAlert error={relationships.error} onRetry={relationships.reload} /> : null}
        {!relationships.data && !relationships.error ? <Skeleton h={120} /> : null}
        {relationships.data?.length === 0 && <Empty>{t.qa.noRelationships}</Empty>}
        {rel && (
          <>
            <RelationshipMonthPicker
              labels={{ relationship: t.qa.relationship, month: t.qa.month }}
              relationships={list.map((r) => ({ value: r.id, label: r.name }))}
              relationshipId={rel.id}
              onRelationship={setChosen}
              months={months}
              month={month}
              onMonth={setMonth}
            />
            <Section title={t.qa.kpis}>
              <QaKpiTable key={`${rel.id}:${month}`} relationshipId={rel.id} month={month} />
            </Section>
            {centreWork ? (
              <>
                <EvaluationsPanel key={`${rel.id}:${month}`} relationshipId={rel.id} from={from} to={to} />
                <CalibrationPanel key={rel.id} relationshipId={rel.id} />
                <ScorecardsPanel />
              </>
            ) : (
              <Alert variant="light">{t.qa.clientNote}</Alert>
            )}
          </>
        )}
      </Stack>
    </>
  );
}
