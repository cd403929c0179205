// src/web/assessments/requirement-findings.tsx — the findings recorded on one requirement, and recording a new one

import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { formatDate } from '../../i18n/index.js';
import { pathTo } from '../app/paths.js';
import { GradeBadge } from '../components/conformity.js';
import { StatusBadge } from '../components/data-table.js';
import { IconFinding } from '../components/icons.js';
import { Empty, Section } from '../components/layout.js';
import { useNotice } from '../components/notice.js';
import { RecordFindingModal } from '../findings/record-finding-modal.js';
import { can } from '../lib/access.js';
import { useI18n } from '../lib/i18n.js';
import { href } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import type { WorkspaceData } from './workspace.js';

export function RequirementFindings({ requirementRef: ref, data }: { requirementRef: string; data: WorkspaceData }) {
  const { t, locale } = useI18n();
  const { active } = useSession();
  const [recording, setRecording] = useState(false);
  const [notice, showNotice] = useNotice();
  const here = (data.findings ?? []).filter((f) => f.refs.includes(ref));
  const requirements = data.view.framework.nodes.filter((n) => n.assessable);

  return (
    <Section
      id="requirement-findings"
      title={t.assessments.findingsFor(ref)}
      actions={
        can(active, 'finding:record') && (
          <Button size="xs" variant="light" color="orange" leftSection={<IconFinding size={14} />} onClick={() => setRecording(true)}>
            {t.findings.record}
          </Button>
        )
      }
    >
      <div style={{ padding: '0 var(--mantine-spacing-lg)' }}>{notice}</div>
      {here.length === 0 ? (
        <Empty>{data.findings === null ? t.common.loading : t.assessments.noFindings}</Empty>
      ) : (
        <Stack gap={0}>
          {here.map((f) => (
            <Group key={f.id} justify="space-between" px="lg" py="sm" className="ccq-row" wrap="nowrap">
              <Stack gap={2}>
                <Anchor href={href(pathTo.finding(f.id))} size="sm" fw={500}>
                  F-{f.seq} · {f.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t.findings.raised(formatDate(f.raisedAt, locale))}
                </Text>
              </Stack>
              <Group gap="xs" wrap="nowrap">
                <GradeBadge grade={f.grade} />
                <StatusBadge color={f.status === 'open' ? 'orange' : 'gray'}>{t.conformity.findingStatuses[f.status]}</StatusBadge>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
      <RecordFindingModal
        opened={recording}
        onClose={() => setRecording(false)}
        onRecorded={(f) => {
          setRecording(false);
          showNotice(t.findings.recorded(`F-${f.seq}`));
          data.reloadFindings();
        }}
        assessmentId={data.view.assessment.id}
        requirements={requirements}
        initialRefs={[ref]}
        evidence={data.evidence ?? []}
      />
    </Section>
  );
}
