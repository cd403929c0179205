// src/web/assessments/requirement-panel.tsx — the selected requirement: what it asks, the answer, its evidence and its findings

import { Badge, Divider, Group, Paper, Stack, Text } from '@mantine/core';
import type { TAnswer, TFrameworkNode } from '../../contracts/conformity.js';
import { formatDate } from '../../i18n/index.js';
import { NodeDetail } from '../frameworks/node-detail.js';
import { useI18n } from '../lib/i18n.js';
import { AnswerForm, type FocusRequest } from './answer-form.js';
import { RequirementEvidence } from './requirement-evidence.js';
import { RequirementFindings } from './requirement-findings.js';
import type { AnswerSaver } from './use-answer-saver.js';
import type { WorkspaceData } from './workspace.js';

export function RequirementPanel({
  node,
  answer,
  data,
  saver,
  focus,
}: {
  node: TFrameworkNode;
  answer: TAnswer;
  data: WorkspaceData;
  saver: AnswerSaver;
  focus: FocusRequest;
}) {
  const { t, locale } = useI18n();
  const { view } = data;
  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg" className="ccq-section">
        <Stack gap="lg">
          <NodeDetail node={node} framework={view.framework} part="statement" />
          <AnswerForm
            key={answer.ref}
            answer={answer}
            framework={view.framework}
            members={data.members}
            readOnly={data.readOnly !== null}
            saver={saver}
            focus={focus}
          />
          <Group gap="xs">
            <Badge size="sm" variant="outline" color="gray">
              {t.conformity.requirementStatuses[answer.status]}
            </Badge>
            <Text size="xs" c="dimmed">
              {t.assessments.lastChanged(formatDate(answer.updatedAt, locale))}
            </Text>
          </Group>
          <Divider />
          <NodeDetail node={node} framework={view.framework} part="help" />
        </Stack>
      </Paper>
      <RequirementEvidence requirementRef={answer.ref} data={data} />
      <RequirementFindings requirementRef={answer.ref} data={data} />
    </Stack>
  );
}
