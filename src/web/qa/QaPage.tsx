// src/web/qa/QaPage.tsx — quality monitoring (ISO 18295-1 clause 7): QA KPIs, evaluations, calibration and scorecards; an agent's own evaluations

import { Alert } from '@mantine/core';
import { PageHeader, Section } from '../components/layout.js';
import { RelationshipMonthScope } from '../components/relationship-month-picker.js';
import { can } from '../lib/access.js';
import { useI18n } from '../lib/i18n.js';
import { monthRange, recentMonths } from '../lib/months.js';
import { useSession } from '../lib/session.js';
import { CalibrationPanel } from './calibration-panel.js';
import { EvaluationsPanel } from './evaluations-panel.js';
import { QaKpiTable } from './qa-kpi-table.js';
import { ScorecardsPanel } from './scorecards-panel.js';

export function QaPage() {
  const { t } = useI18n();
  const { active } = useSession();

  // An agent: their own evaluations of this month, to acknowledge or dispute (agents see no relationships).
  if (can(active, 'qa:acknowledge') && !can(active, 'qa:read')) {
    const { from, to } = monthRange(recentMonths(1)[0] ?? '');
    return (
      <>
        <PageHeader title={t.qa.title} description={t.qa.agentIntro} />
        <EvaluationsPanel relationshipId={null} from={from} to={to} />
      </>
    );
  }
  return (
    <>
      <PageHeader title={t.qa.title} description={t.qa.intro} />
      <RelationshipMonthScope labels={{ relationship: t.qa.relationship, month: t.qa.month }} empty={t.qa.noRelationships}>
        {(rel, month) => {
          const { from, to } = monthRange(month);
          // Evaluations are the centre's own; the client reads the aggregated KPIs of its relationship only.
          const centreWork = can(active, 'qa:read') && rel.centreOrganisationId === active?.organisationId;
          return (
            <>
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
          );
        }}
      </RelationshipMonthScope>
    </>
  );
}
