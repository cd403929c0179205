// src/web/people/PeoplePage.tsx — employees and leadership (ISO 18295-1 clause 6): the people KPIs of a relationship and month, pulse results by group, the centre's records

import { Alert } from '@mantine/core';
import { Section, PageHeader } from '../components/layout.js';
import { RelationshipMonthScope } from '../components/relationship-month-picker.js';
import { can } from '../lib/access.js';
import { useI18n } from '../lib/i18n.js';
import { monthRange } from '../lib/months.js';
import { useSession } from '../lib/session.js';
import { PeopleKpiTable } from './people-kpi-table.js';
import { PulsePanel } from './pulse-panel.js';
import { RecordsPanel } from './records-panel.js';

/** The last day of a month (`YYYY-MM-DD`): the day the records are read on. */
const lastDayOf = (month: string): string => {
  const d = new Date(`${monthRange(month).to}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

export function PeoplePage() {
  const { t } = useI18n();
  const { active } = useSession();
  return (
    <>
      <PageHeader title={t.people.title} description={t.people.intro} />
      {/* People KPIs need a month that is over. */}
      <RelationshipMonthScope
        labels={{ relationship: t.people.relationship, month: t.people.month }}
        empty={t.people.noAgents}
        fromCurrent={false}
      >
        {(rel, month) => (
          <>
            <Section title={t.people.kpis}>
              <PeopleKpiTable key={`${rel.id}:${month}`} relationshipId={rel.id} month={month} />
            </Section>
            {/* Records and pulse results are the centre's own; the client sees only the KPIs of its relationship. */}
            {can(active, 'people:read') && rel.centreOrganisationId === active?.organisationId ? (
              <>
                <PulsePanel key={rel.id} relationshipId={rel.id} />
                <RecordsPanel relationshipId={rel.id} onDate={lastDayOf(month)} />
              </>
            ) : (
              <Alert variant="light">{t.people.clientNote}</Alert>
            )}
          </>
        )}
      </RelationshipMonthScope>
    </>
  );
}
