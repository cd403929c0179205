// src/web/frameworks/node-detail.tsx — one clause or requirement: statement, guidance, typical evidence, questions, tags and linked KPIs

import { Alert, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { TFramework, TFrameworkNode } from '../../contracts/conformity.js';
import { kpiById } from '../../domain/kpi/dictionary.js';
import { useText } from '../components/conformity.js';
import { IconAlert } from '../components/icons.js';
import { useI18n } from '../lib/i18n.js';

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="xs" fw={650} c="dimmed" tt="uppercase" className="ccq-eyebrow">
        {title}
      </Text>
      {children}
    </Stack>
  );
}

/** The framework's notice that its texts are our own words, shown wherever the texts are: never to be missed. */
export function ParaphraseNotice({
  framework,
  compact = false,
}: {
  framework: Pick<TFramework, 'paraphrase' | 'notice'>;
  compact?: boolean;
}) {
  const { t } = useI18n();
  const text = useText();
  if (!framework.paraphrase) return null;
  if (compact)
    return (
      <Alert color="yellow" variant="light" icon={<IconAlert />} py={8}>
        {t.frameworks.paraphraseShort}
      </Alert>
    );
  return (
    <Alert color="yellow" variant="light" icon={<IconAlert />} title={t.frameworks.paraphraseTitle}>
      {framework.notice ? text(framework.notice) : t.frameworks.paraphraseDefault}
    </Alert>
  );
}

/**
 * What the framework says about a node, in the UI language. The statement is the requirement itself
 * (`part="statement"`: ref, title and statement); the rest helps to judge it (`part="help"`: guidance,
 * questions, typical evidence, tags and KPIs). The workspace puts the answer between the two.
 */
export function NodeDetail({
  node,
  framework,
  part = 'all',
}: {
  node: TFrameworkNode;
  framework: TFramework;
  part?: 'all' | 'statement' | 'help';
}) {
  return (
    <Stack gap="md">
      {part !== 'help' && <NodeStatement node={node} />}
      {part !== 'statement' && <NodeHelp node={node} framework={framework} />}
    </Stack>
  );
}

function NodeStatement({ node }: { node: TFrameworkNode }) {
  const { t } = useI18n();
  const text = useText();
  return (
    <Stack gap="md">
      <div>
        <Group gap="xs" mb={4}>
          <code className="ccq-code">{node.ref}</code>
          {node.informative && (
            <Badge size="sm" variant="light" color="grape">
              {t.frameworks.informative}
            </Badge>
          )}
          {!node.assessable && (
            <Badge size="sm" variant="light" color="gray">
              {t.frameworks.heading}
            </Badge>
          )}
        </Group>
        <Title order={2} fz={19} fw={650}>
          {text(node.title)}
        </Title>
        {node.summary && (
          <Text size="sm" c="dimmed" mt={4}>
            {text(node.summary)}
          </Text>
        )}
      </div>
      {node.statement && (
        <Part title={t.frameworks.statement}>
          <Text className="ccq-statement">{text(node.statement)}</Text>
        </Part>
      )}
    </Stack>
  );
}

function NodeHelp({ node, framework }: { node: TFrameworkNode; framework: TFramework }) {
  const { t, locale } = useI18n();
  const text = useText();
  const tagLabel = new Map(framework.tags.map((g) => [g.id, text(g.label)]));
  return (
    <Stack gap="md">
      {node.guidance && (
        <Part title={t.frameworks.guidance}>
          <Text size="sm">{text(node.guidance)}</Text>
        </Part>
      )}
      {node.questions.length > 0 && (
        <Part title={t.frameworks.questions}>
          <List size="sm" spacing={2}>
            {node.questions.map((q) => (
              <List.Item key={text(q)}>{text(q)}</List.Item>
            ))}
          </List>
        </Part>
      )}
      {node.typicalEvidence.length > 0 && (
        <Part title={t.frameworks.typicalEvidence}>
          <List size="sm" spacing={2}>
            {node.typicalEvidence.map((e) => (
              <List.Item key={text(e)}>{text(e)}</List.Item>
            ))}
          </List>
        </Part>
      )}
      {(node.tags.length > 0 || node.kpis.length > 0) && (
        <Group gap="xl" align="flex-start">
          {node.tags.length > 0 && (
            <Part title={t.frameworks.appliesTo}>
              <Group gap={6}>
                {node.tags.map((tag) => (
                  <Badge key={tag} size="sm" variant="outline" color="gray">
                    {tagLabel.get(tag) ?? tag}
                  </Badge>
                ))}
              </Group>
            </Part>
          )}
          {node.kpis.length > 0 && (
            <Part title={t.frameworks.kpis}>
              <Group gap={6}>
                {node.kpis.map((id) => (
                  <Badge key={id} size="sm" variant="light" color="ccq" title={kpiById.get(id)?.definition[locale]}>
                    {kpiById.get(id)?.name[locale] ?? id}
                  </Badge>
                ))}
              </Group>
            </Part>
          )}
        </Group>
      )}
    </Stack>
  );
}
