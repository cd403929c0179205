// src/web/assessments/AssessmentPage.tsx — one assessment: header and workflow, then the requirements, the readiness dashboard or the history

import { Alert, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import type { TAssessmentView, TEvidence, TFinding } from '../../contracts/conformity.js';
import type { TMember, TRelationship } from '../../contracts/organisations.js';
import { answersEditable } from '../../domain/conformity/assessment.js';
import { pathTo } from '../app/paths.js';
import { ErrorAlert } from '../components/errors.js';
import { IconAlert } from '../components/icons.js';
import { useNotice } from '../components/notice.js';
import { ParaphraseNotice } from '../frameworks/node-detail.js';
import { can } from '../lib/access.js';
import { useI18n } from '../lib/i18n.js';
import { navigate } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { AssessmentHeader } from './assessment-header.js';
import { AssessmentHistory } from './assessment-history.js';
import { ReadinessDashboard } from './readiness-dashboard.js';
import { useAnswerSaver } from './use-answer-saver.js';
import { Workspace, type WorkspaceData } from './workspace.js';

export type AssessmentTab = 'requirements' | 'readiness' | 'history';

export function AssessmentPage({ id, tab }: { id: string; tab: AssessmentTab }) {
  const { t } = useI18n();
  const view = useLoad<TAssessmentView>(`/api/v1/assessments/${encodeURIComponent(id)}`);
  if (view.error && !view.data) return <ErrorAlert error={view.error} onRetry={view.reload} />;
  if (!view.data)
    return (
      <Stack aria-busy="true">
        <Text className="ccq-visually-hidden" role="status">
          {t.common.loading}
        </Text>
        <Skeleton h={40} w={420} />
        <Skeleton h={420} />
      </Stack>
    );
  return <AssessmentView view={view.data} setView={view.setData} tab={tab} />;
}

/** An error of the API, or a sentence of our own. */
function Problem({ problem, onClose }: { problem: unknown; onClose: () => void }) {
  const { t } = useI18n();
  if (problem === null) return null;
  if (typeof problem === 'string')
    return (
      <Alert
        color="red"
        variant="light"
        icon={<IconAlert />}
        role="alert"
        mb="md"
        withCloseButton
        closeButtonLabel={t.common.close}
        onClose={onClose}
      >
        {problem}
      </Alert>
    );
  return (
    <div style={{ marginBottom: 'var(--mantine-spacing-md)' }}>
      <ErrorAlert error={problem} />
    </div>
  );
}

function AssessmentView({ view, setView, tab }: { view: TAssessmentView; setView: (v: TAssessmentView) => void; tab: AssessmentTab }) {
  const { t } = useI18n();
  const { active } = useSession();
  const a = view.assessment;
  const own = active?.organisationId === a.organisationId;
  const evidence = useLoad<TEvidence[]>(`/api/v1/assessments/${encodeURIComponent(a.id)}/evidence`);
  const findings = useLoad<TFinding[]>(`/api/v1/findings?assessmentId=${encodeURIComponent(a.id)}`);
  const relationships = useLoad<TRelationship[]>('/api/v1/relationships');
  const members = useLoad<TMember[]>(
    own && can(active, 'member:read') ? `/api/v1/organisations/${encodeURIComponent(a.organisationId)}/members` : null,
  );
  const saver = useAnswerSaver(a.id, view.answers, setView);
  const [notice, showNotice] = useNotice();
  const [problem, setProblem] = useState<unknown>(null);

  const readOnly = !own
    ? t.assessments.readOnlyShared
    : !can(active, 'assessment:manage')
      ? t.assessments.readOnlyRole
      : !answersEditable(a.status)
        ? t.assessments.readOnlyStatus(t.conformity.assessmentStatuses[a.status])
        : null;
  const data: WorkspaceData = {
    view,
    evidence: evidence.data,
    findings: findings.data,
    members: members.error ? null : members.data,
    readOnly,
    reloadEvidence: evidence.reload,
    reloadFindings: findings.reload,
  };

  return (
    <>
      <AssessmentHeader
        view={view}
        setView={setView}
        relationships={(relationships.data ?? []).filter(
          (r) => r.clientOrganisationId === a.organisationId || r.centreOrganisationId === a.organisationId,
        )}
        unsaved={saver.hasUnsaved()}
        onNotice={showNotice}
        onError={setProblem}
      />
      {notice}
      <Problem problem={problem} onClose={() => setProblem(null)} />
      <Stack gap="lg">
        <ParaphraseNotice framework={view.framework} compact />
        <Tabs
          value={tab}
          onChange={(v) => navigate(pathTo.assessment(a.id, v === 'readiness' || v === 'history' ? v : undefined))}
          keepMounted={false}
        >
          <Tabs.List mb="lg">
            <Tabs.Tab value="requirements">{t.assessments.tabs.requirements}</Tabs.Tab>
            <Tabs.Tab value="readiness">{t.assessments.tabs.readiness}</Tabs.Tab>
            <Tabs.Tab value="history">{t.assessments.tabs.history}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="requirements">
            <Workspace data={data} saver={saver} />
          </Tabs.Panel>
          <Tabs.Panel value="readiness">
            <ReadinessDashboard view={view} />
          </Tabs.Panel>
          <Tabs.Panel value="history">
            <AssessmentHistory view={view} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </>
  );
}
