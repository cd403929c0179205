// src/web/app/Routes.tsx — which page answers which path, and who may see it

import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import type { TMembership } from '../../contracts/auth.js';
import { AssessmentPage } from '../assessments/AssessmentPage.js';
import { AssessmentsPage } from '../assessments/AssessmentsPage.js';
import { AuditTrailPage } from '../audit/AuditTrailPage.js';
import { EvidencePage } from '../evidence/EvidencePage.js';
import { FindingsPage } from '../findings/FindingsPage.js';
import { FrameworkPage } from '../frameworks/FrameworkPage.js';
import { FrameworksPage } from '../frameworks/FrameworksPage.js';
import { HomePage } from '../home/HomePage.js';
import { ImportsPage } from '../imports/ImportsPage.js';
import { KpisPage } from '../kpis/KpisPage.js';
import { can, readsEvidenceLibrary, readsImports } from '../lib/access.js';
import { useI18n } from '../lib/i18n.js';
import { href, matchPath, useRoute } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import { MandatesPage } from '../mandates/MandatesPage.js';
import { MembersPage } from '../members/MembersPage.js';
import { PeoplePage } from '../people/PeoplePage.js';
import { readsPeoplePage } from '../people/people-kit.js';
import { QaPage } from '../qa/QaPage.js';
import { OrganisationsPage } from '../platform/OrganisationsPage.js';
import { UsersPage } from '../platform/UsersPage.js';
import { QueuesPage } from '../queues/QueuesPage.js';
import { CalculatorPage } from '../staffing/CalculatorPage.js';
import { StaffingPage } from '../staffing/StaffingPage.js';
import { ReviewPage } from '../reviews/ReviewPage.js';
import { ReviewsPage } from '../reviews/ReviewsPage.js';
import { SurveysPage } from '../surveys/SurveysPage.js';
import { ComplaintPage } from '../complaints/ComplaintPage.js';
import { ComplaintsPage } from '../complaints/ComplaintsPage.js';
import { TokensPage } from '../tokens/TokensPage.js';
import { WebhooksPage } from '../webhooks/WebhooksPage.js';
import { paths } from './paths.js';

export function Routes() {
  const path = useRoute();
  const { me, active } = useSession();
  // Pages that show organisation data start afresh when the active organisation changes.
  const orgKey = me.activeOrganisationId ?? 'none';

  if (path === paths.home) return <HomePage key={orgKey} />;
  if (path === paths.members && active?.role === 'admin' && active.via === 'membership') return <MembersPage key={orgKey} />;
  if (path === paths.queues && can(active, 'queue:read')) return <QueuesPage key={orgKey} />;
  if (path === paths.auditTrail && can(active, 'audit_trail:read')) return <AuditTrailPage key={orgKey} />;
  if (path === paths.kpis && can(active, 'kpi:read')) return <KpisPage key={orgKey} />;
  if (path === paths.imports && readsImports(active)) return <ImportsPage key={orgKey} />;
  const mandate = matchPath('/mandates/:id', path) ?? matchPath('/mandates/:id/:tab', path);
  if ((path === paths.mandates || mandate) && can(active, 'mandate:read'))
    return <MandatesPage key={orgKey} id={mandate?.id ?? null} tab={mandate?.tab ?? null} />;
  const review = matchPath('/reviews/:id', path);
  if (path === paths.reviews && can(active, 'mandate:read')) return <ReviewsPage key={orgKey} />;
  if (review?.id && can(active, 'mandate:read')) return <ReviewPage key={`${orgKey}:${review.id}`} id={review.id} />;
  if (path === paths.surveys && can(active, 'survey:read')) return <SurveysPage key={orgKey} />;
  const complaint = matchPath('/complaints/:id', path);
  if (path === paths.complaints && can(active, 'complaint:read')) return <ComplaintsPage key={orgKey} />;
  if (complaint?.id && can(active, 'complaint:read')) return <ComplaintPage key={`${orgKey}:${complaint.id}`} id={complaint.id} />;
  const conformity = conformityRoute(path, active);
  if (conformity) return <Fragment key={orgKey}>{conformity}</Fragment>;
  if (path === paths.people && readsPeoplePage(active)) return <PeoplePage key={orgKey} />;
  if (path === paths.qa && (can(active, 'kpi:read') || can(active, 'qa:acknowledge'))) return <QaPage key={orgKey} />;
  if (path === paths.staffing && can(active, 'staffing:read')) return <StaffingPage key={orgKey} />;
  if (path === paths.staffingCalculator && can(active, 'staffing:read')) return <CalculatorPage />;
  if (path === paths.tokens) return <TokensPage />;
  if (path === paths.webhooks && can(active, 'webhook:manage') && active?.via === 'membership') return <WebhooksPage key={orgKey} />;
  if (path === paths.organisations && me.user.platformAdmin) return <OrganisationsPage />;
  if (path === paths.users && me.user.platformAdmin) return <UsersPage />;
  return <NotFound />;
}

/** The framework library, assessments, findings and evidence, each shown to the roles that may read it. */
function conformityRoute(path: string, active: TMembership | null): ReactNode {
  if (can(active, 'framework:read')) {
    if (path === paths.frameworks) return <FrameworksPage />;
    const f = matchPath('/frameworks/:id', path);
    if (f?.id) return <FrameworkPage key={f.id} id={f.id} />;
  }
  if (can(active, 'assessment:read')) {
    if (path === paths.assessments) return <AssessmentsPage />;
    const a = matchPath('/assessments/:id', path) ?? matchPath('/assessments/:id/:tab', path);
    const tab = a?.tab === 'readiness' || a?.tab === 'history' ? a.tab : a?.tab === undefined ? 'requirements' : null;
    if (a?.id && tab) return <AssessmentPage key={a.id} id={a.id} tab={tab} />;
  }
  if (can(active, 'finding:read')) {
    if (path === paths.findings) return <FindingsPage findingId={null} />;
    const f = matchPath('/findings/:id', path);
    if (f?.id) return <FindingsPage findingId={f.id} />;
  }
  if (path === paths.evidence && readsEvidenceLibrary(active)) return <EvidencePage />;
  return null;
}

function NotFound() {
  const { t } = useI18n();
  return (
    <Stack gap="sm">
      <Title order={1} fz={26}>
        {t.shell.notFound}
      </Title>
      <Text>
        <Anchor href={href(paths.home)}>{t.shell.backHome}</Anchor>
      </Text>
    </Stack>
  );
}
