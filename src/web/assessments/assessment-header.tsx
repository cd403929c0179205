// src/web/assessments/assessment-header.tsx — the assessment's heading: status, readiness, workflow buttons, sharing, audit, carry-over and downloads

import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { TAssessment, TAssessmentView } from '../../contracts/conformity.js';
import type { TRelationship } from '../../contracts/organisations.js';
import type { WorkflowAction } from '../../domain/conformity/assessment.js';
import { formatDate } from '../../i18n/index.js';
import { pathTo, paths } from '../app/paths.js';
import { AssessmentStatusBadge, ReadinessBar } from '../components/conformity.js';
import { PageHeader } from '../components/layout.js';
import { can } from '../lib/access.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { href, navigate } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import { ReportMenu } from './report-menu.js';
import { CarryOverModal, InviteAuditorModal, ReturnModal, ShareModal } from './workflow-dialogs.js';

const approverActions: readonly WorkflowAction[] = ['return', 'approve', 'close', 'reopen'];
const primary: readonly WorkflowAction[] = ['start', 'submit', 'approve'];

type Dialog = 'return' | 'share' | 'invite' | 'carry' | null;

export function AssessmentHeader({
  view,
  setView,
  relationships,
  unsaved,
  onNotice,
  onError,
}: {
  view: TAssessmentView;
  setView: (v: TAssessmentView) => void;
  relationships: TRelationship[];
  unsaved: boolean;
  onNotice: (text: string) => void;
  /** A failure to show: an API error, or a sentence of our own (a string); null clears it. */
  onError: (error: unknown) => void;
}) {
  const { t, locale } = useI18n();
  const { active } = useSession();
  const a = view.assessment;
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState<WorkflowAction | null>(null);
  const own = active?.organisationId === a.organisationId;
  const actions = own
    ? view.actions.filter((x) => can(active, approverActions.includes(x) ? 'assessment:approve' : 'assessment:manage'))
    : [];
  const mayApprove = own && can(active, 'assessment:approve');
  const relName = new Map(relationships.map((r) => [r.id, r.name]));

  const informative = new Set(view.framework.nodes.filter((n) => n.informative).map((n) => n.ref));
  const notDone = view.answers.filter((x) => !informative.has(x.ref) && x.status !== 'done').map((x) => x.ref);

  const transition = async (action: WorkflowAction) => {
    if (action === 'return') return setDialog('return');
    onError(null);
    if (unsaved) return onError(t.assessments.waitForSave);
    if (action === 'submit' && notDone.length > 0)
      return onError(t.assessments.notDone(notDone.length, `${notDone.slice(0, 8).join(', ')}${notDone.length > 8 ? ' …' : ''}`));
    setBusy(action);
    try {
      setView(await api.post<TAssessmentView>(`/api/v1/assessments/${encodeURIComponent(a.id)}/transitions`, { action }));
      onNotice(t.assessments.transitioned[action]);
    } catch (e) {
      onError(e);
    } finally {
      setBusy(null);
    }
  };
  const close = () => setDialog(null);

  return (
    <>
      <PageHeader
        eyebrow={
          <Anchor href={href(paths.assessments)} size="sm">
            ← {t.assessments.title}
          </Anchor>
        }
        title={a.title}
        description={
          <Stack gap={6} mt={4}>
            <Group gap="xs">
              <AssessmentStatusBadge status={a.status} />
              <code className="ccq-code">{a.edition}</code>
              <Badge size="sm" variant="outline" color="gray">
                {a.scopeKind === 'relationship' && a.relationshipId
                  ? `${t.conformity.scopeKinds.relationship}: ${relName.get(a.relationshipId) ?? ''}`
                  : t.conformity.scopeKinds[a.scopeKind]}
              </Badge>
              {a.dueOn && (
                <Text size="sm" c="dimmed">
                  {t.assessments.dueOnDate(formatDate(a.dueOn, locale))}
                </Text>
              )}
            </Group>
            <Group gap="sm">
              <Text size="sm" fw={500}>
                {t.conformity.readiness}
              </Text>
              <ReadinessBar value={view.readiness.total.readiness} label={t.conformity.readiness} w={200} />
              <Text size="xs" c="dimmed">
                {t.assessments.readinessCounts(view.readiness.total.conformant, view.readiness.total.applicable)}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              {a.sharedWith.length === 0
                ? t.assessments.notShared
                : t.assessments.sharedWith(a.sharedWith.map((id) => relName.get(id) ?? id).join(', '))}
            </Text>
          </Stack>
        }
        actions={
          <>
            {actions.map((x) => (
              <Button
                key={x}
                variant={primary.includes(x) ? 'filled' : 'default'}
                color={x === 'return' ? 'orange' : undefined}
                loading={busy === x}
                onClick={() => void transition(x)}
              >
                {t.conformity.workflow[x]}
              </Button>
            ))}
            <ReportMenu assessmentId={a.id} onError={onError} />
          </>
        }
      />
      {(mayApprove || (own && can(active, 'assessment:manage'))) && (
        <Group gap="xs" mt={-8} mb="lg">
          {mayApprove && (
            <Button size="xs" variant="light" onClick={() => setDialog('share')}>
              {t.assessments.share}
            </Button>
          )}
          {mayApprove && (
            <Button size="xs" variant="light" onClick={() => setDialog('invite')}>
              {t.assessments.invite}
            </Button>
          )}
          {can(active, 'assessment:manage') && (
            <Button size="xs" variant="light" onClick={() => setDialog('carry')}>
              {t.assessments.carryOver}
            </Button>
          )}
        </Group>
      )}
      <ReturnModal
        opened={dialog === 'return'}
        onClose={close}
        assessment={a}
        onDone={(v) => {
          close();
          setView(v);
          onNotice(t.assessments.transitioned.return);
        }}
      />
      <ShareModal
        opened={dialog === 'share'}
        onClose={close}
        assessment={a}
        relationships={relationships}
        onDone={(next: TAssessment) => {
          close();
          setView({ ...view, assessment: next });
          onNotice(next.sharedWith.length ? t.assessments.shared : t.assessments.unshared);
        }}
      />
      <InviteAuditorModal
        opened={dialog === 'invite'}
        onClose={close}
        assessment={a}
        onDone={(email) => {
          close();
          onNotice(t.assessments.invited(email));
        }}
      />
      <CarryOverModal
        opened={dialog === 'carry'}
        onClose={close}
        assessment={a}
        onDone={(v) => {
          close();
          navigate(pathTo.assessment(v.assessment.id));
        }}
      />
    </>
  );
}
