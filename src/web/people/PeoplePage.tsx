// src/web/people/PeoplePage.tsx — employees and leadership (ISO 18295-1 clause 6): the people KPIs of a relationship and month, pulse results by group, the centre's records

import { Alert, Skeleton, Stack } from '@mantine/core';
import { useState } from 'react';
import type { TRelationship } from '../../contracts/organisations.js';
import { ErrorAlert } from '../components/errors.js';
import { Empty, PageHeader, Section } from '../components/layout.js';
import { can } from '../lib/access.js';
import { useI18n } from '../lib/i18n.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { PeopleKpiTable } from './people-kpi-table.js';
import { monthRange, recentMonths } from '../lib/months.js';
import { RelationshipMonthPicker } from '../components/relationship-month-picker.js';
import { PulsePanel } from './pulse-panel.js';
import { RecordsPanel } from './records-panel.js';

export function PeoplePage() {
  const { t } = useI18n();
  const { active } = useSession();
  const relationships = useLoad<TRelationship[]>('/api/v1/relationships');
  const months = recentMonths(12, { fromCurrent: false });
  const [month, setMonth] = useState(months[0] ?? '');
  const [chosen, setChosen] = useState<string | null>(null);
  const list = relationships.data ?? [];
  const rel = list.find((r) => r.id === chosen) ?? list[0];
  // Records and pulse results are the centre's own; the client sees only the KPIs of its relationship.
  const readsRecords = can(active, 'people:read') && rel?.centreOrganisationId === active?.organisationId;
  const lastDay = new Date(`${monthRange(month).to}T00:00:00Z`);
  lastDay.setUTCDate(lastDay.getUTCDate() - 1);

  return (
    <>
      <PageHeader title={t.people.title} description={t.people.intro} />
      <Stack gap="xl">
        {relationships.error ? <ErrorAlert error={relationships.error} onRetry={relationships.reload} /> : null}
        {!relationships.data && !relationships.error ? <Skeleton h={120} /> : null}
        {relationships.data?.length === 0 && <Empty>{t.people.noAgents}</Empty>}
        {rel && (
          <>
            <RelationshipMonthPicker
              labels={{ relationship: t.people.relationship, month: t.people.month }}
              relationships={list.map((r) => ({ value: r.id, label: r.name }))}
              relationshipId={rel.id}
              onRelationship={setChosen}
              months={months}
              month={month}
              onMonth={setMonth}
            />
            <Section title={t.people.kpis}>
              <PeopleKpiTable key={`${rel.id}:${month}`} relationshipId={rel.id} month={month} />
            </Section>
            {readsRecords ? (
              <>
                <PulsePanel key={rel.id} relationshipId={rel.id} />
                <RecordsPanel relationshipId={rel.id} onDate={lastDay.toISOString().slice(0, 10)} />
              </>
            ) : (
              <Alert variant="light">{t.people.clientNote}</Alert>
            )}
          </>
        )}
      </Stack>
    </>
  );
}
