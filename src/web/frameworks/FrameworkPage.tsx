// src/web/frameworks/FrameworkPage.tsx — one framework edition: its notice, the clause tree and the selected clause or requirement

import { Anchor, Badge, Grid, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { TCrosswalkLink, TFramework, TFrameworkSummary } from '../../contracts/conformity.js';
import { formatDateTime } from '../../i18n/index.js';
import { paths } from '../app/paths.js';
import { useText } from '../components/conformity.js';
import { ErrorAlert } from '../components/errors.js';
import { PageHeader } from '../components/layout.js';
import { useI18n } from '../lib/i18n.js';
import { href } from '../lib/router.js';
import { useLoad } from '../lib/use-load.js';
import { CrosswalkLinks } from './crosswalk-links.js';
import { NodeDetail, ParaphraseNotice } from './node-detail.js';
import { RequirementTree } from './requirement-tree.js';

type Detail = { summary: TFrameworkSummary; framework: TFramework; links: TCrosswalkLink[] };

export function FrameworkPage({ id }: { id: string }) {
  const { t } = useI18n();
  const detail = useLoad<Detail>(`/api/v1/frameworks/${encodeURIComponent(id)}`);
  if (detail.error) return <ErrorAlert error={detail.error} onRetry={detail.reload} />;
  if (!detail.data)
    return (
      <Stack aria-busy="true">
        <Text className="ccq-visually-hidden" role="status">
          {t.common.loading}
        </Text>
        <Skeleton h={40} w={420} />
        <Skeleton h={360} />
      </Stack>
    );
  return <FrameworkView detail={detail.data} />;
}

function FrameworkView({ detail }: { detail: Detail }) {
  const { t, locale } = useI18n();
  const text = useText();
  const { summary, framework: f } = detail;
  const [selected, setSelected] = useState<string | null>(f.nodes[0]?.ref ?? null);
  const node = f.nodes.find((n) => n.ref === selected) ?? null;

  return (
    <>
      <PageHeader
        eyebrow={
          <Anchor href={href(paths.frameworks)} size="sm">
            ← {t.frameworks.title}
          </Anchor>
        }
        title={text(f.name)}
        description={
          <Stack gap={6}>
            <Group gap="xs">
              <code className="ccq-code">{f.edition}</code>
              <Badge size="sm" variant="light">
                {t.conformity.sides[f.side]}
              </Badge>
              <Badge size="sm" variant="outline" color="gray">
                {t.frameworks.revision(f.revision)}
              </Badge>
              <Badge size="sm" variant="outline" color="gray">
                {t.frameworks.requirementCount(summary.requirements)}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {t.frameworks.publishedBy(f.publisher)} · {t.frameworks.loadedAt(formatDateTime(summary.loadedAt, locale))}
            </Text>
            {f.description && <Text size="sm">{text(f.description)}</Text>}
          </Stack>
        }
      />
      <Stack gap="lg">
        <ParaphraseNotice framework={f} />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Paper withBorder radius="md" p="xs" className="ccq-section">
              <RequirementTree nodes={f.nodes} selected={selected} onSelect={setSelected} label={t.frameworks.tree} />
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Paper withBorder radius="md" p="lg" className="ccq-section">
              {node ? (
                <Stack gap="lg">
                  <NodeDetail node={node} framework={f} />
                  <CrosswalkLinks links={detail.links.filter((l) => l.ref === node.ref)} />
                </Stack>
              ) : (
                <Text c="dimmed">{t.frameworks.pickNode}</Text>
              )}
            </Paper>
            {f.scale.length > 0 && (
              <Paper withBorder radius="md" p="lg" mt="lg" className="ccq-section">
                <Text fw={600} mb="xs">
                  {t.frameworks.scale}
                </Text>
                <Stack gap={4}>
                  {f.scale.map((s) => (
                    <Text size="sm" key={s.score}>
                      <b className="ccq-num">{s.score}</b> {text(s.label)}
                      {s.description && <Text span c="dimmed" size="sm">{` — ${text(s.description)}`}</Text>}
                    </Text>
                  ))}
                </Stack>
              </Paper>
            )}
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
