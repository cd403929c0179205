// src/web/assessments/assessment-history.tsx — who moved the assessment on, when and why, and the audits made of it

import { Stack, Text } from '@mantine/core';
import type { z } from 'zod';
import type { TAssessmentView, ZAudit } from '../../contracts/conformity.js';
import type { AssessmentStatus } from '../../domain/conformity/assessment.js';
import { formatDate, formatDateTime } from '../../i18n/index.js';
import { AssessmentStatusBadge } from '../components/conformity.js';
import { type Column, DataTable } from '../components/data-table.js';
import { LoadedSection } from '../components/list-page.js';
import { Section } from '../components/layout.js';
import { useI18n } from '../lib/i18n.js';
import { useLoad } from '../lib/use-load.js';

type Event = TAssessmentView['events'][number];
type Audit = z.infer<typeof ZAudit>;

export function AssessmentHistory({ view }: { view: TAssessmentView }) {
  const { t, locale } = useI18n();
  const audits = useLoad<Audit[]>(`/api/v1/assessments/${encodeURIComponent(view.assessment.id)}/audits`);
  const events = [...view.events].reverse();
  const eventName = (e: Event) => (t.assessments.events as Record<string, string>)[e.action] ?? e.action;

  const eventColumns: Column<Event>[] = [
    { key: 'at', header: t.assessments.when, tdProps: { className: 'ccq-nowrap' }, cell: (e) => formatDateTime(e.at, locale) },
    { key: 'event', header: t.assessments.event, cell: (e) => eventName(e) },
    { key: 'status', header: t.common.status, cell: (e) => <AssessmentStatusBadge status={e.toStatus as AssessmentStatus} /> },
    { key: 'who', header: t.assessments.who, cell: (e) => e.actorLabel },
    { key: 'comment', header: t.assessments.comment, cell: (e) => e.comment ?? t.common.none },
  ];
  const auditColumns: Column<Audit>[] = [
    { key: 'kind', header: t.assessments.auditKind, cell: (x) => t.conformity.auditKinds[x.kind] },
    { key: 'body', header: t.assessments.auditBody, cell: (x) => x.body ?? t.common.none },
    {
      key: 'period',
      header: t.assessments.auditPeriod,
      tdProps: { className: 'ccq-nowrap' },
      cell: (x) => `${formatDate(x.startsAt, locale)} – ${formatDate(x.endsAt, locale)}`,
    },
  ];

  return (
    <Stack gap="xl">
      <Section id="assessment-events" title={t.assessments.history} description={t.assessments.historyHint}>
        <DataTable columns={eventColumns} rows={events} rowKey={(e) => e.id} empty={t.common.none} minWidth={640} />
      </Section>
      <LoadedSection id="assessment-audits" title={t.assessments.audits} error={audits.error} onRetry={audits.reload}>
        <DataTable columns={auditColumns} rows={audits.data} rowKey={(x) => x.id} empty={t.assessments.noAudits} />
        <Text size="xs" c="dimmed" px="lg" pb="md">
          {t.assessments.auditsHint}
        </Text>
      </LoadedSection>
    </Stack>
  );
}
