// src/web/mandates/gaps-panel.tsx — the completeness check beside the editor: each part ISO 18295-2 expects that the mandate lacks, with its ref

import { Badge, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { Gap } from '../../domain/mandates/completeness.js';
import { useI18n } from '../lib/i18n.js';

/** The completeness check of the saved version: what ISO 18295-2 expects that the mandate does not yet have. */
export function GapsPanel({ gaps }: { gaps: Gap[] }) {
  const { t, locale } = useI18n();
  const e = t.mandates.editor;
  return (
    <Paper
      component="aside"
      aria-labelledby="mandate-gaps-title"
      withBorder
      radius="md"
      p="lg"
      style={{ position: 'sticky', top: 'calc(var(--app-shell-header-height, 60px) + 8px)' }}
    >
      <Stack gap="sm">
        <Title order={3} fz={16} fw={600} id="mandate-gaps-title">
          {e.gapsTitle}
        </Title>
        {gaps.length === 0 ? (
          <Text size="sm" c="teal.8">
            {e.gapsNone}
          </Text>
        ) : (
          <>
            <Text size="sm" fw={500} c="yellow.9">
              {t.mandates.gaps(gaps.length)}
            </Text>
            <List size="sm" spacing={4} aria-label={e.gapsTitle}>
              {gaps.map((g) => (
                <List.Item key={g.id}>
                  {locale === 'sv' ? g.sv : g.en}{' '}
                  <Badge size="xs" variant="outline" color="gray">
                    ISO 18295-2 {g.isoRef}
                  </Badge>
                </List.Item>
              ))}
            </List>
          </>
        )}
        <Text size="xs" c="dimmed">
          {e.gapsSaved}
        </Text>
      </Stack>
    </Paper>
  );
}
