// src/web/surveys/score-cards.tsx — the headline survey figures: value, n and 95 % interval next to every score, small samples flagged

import { Badge, Paper, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import type { TEstimate, TSurveyResults } from '../../contracts/surveys.js';
import { useI18n } from '../lib/i18n.js';
import { type FigureKind, ciText, figureText } from './survey-format.js';

/** One figure with its sample and interval; a small sample is shown with a flag, never hidden. */
export function Figure({ kind, label, e }: { kind: FigureKind; label: string; e: TEstimate }) {
  const { t, locale } = useI18n();
  const ci = ciText(kind, e, locale);
  return (
    <Paper withBorder radius="md" p="md" data-testid={`survey-figure-${kind}`}>
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {label}
        </Text>
        <Text fz={28} fw={650} lh={1.2}>
          {figureText(kind, e.value, locale)}
        </Text>
        <Text size="sm">
          {t.surveys.n(e.n)}
          {ci ? ` · ${t.surveys.ci(ci[0], ci[1])}` : ''}
        </Text>
        {e.lowSample && (
          <Tooltip label={t.surveys.lowSampleHint}>
            <Badge color="yellow" variant="light" w="fit-content">
              {t.surveys.lowSample}
            </Badge>
          </Tooltip>
        )}
      </Stack>
    </Paper>
  );
}

export function ScoreCards({ r }: { r: TSurveyResults }) {
  const { t } = useI18n();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
      <Figure kind="csat" label={t.surveys.csat} e={r.csat} />
      <Figure kind="nps" label={t.surveys.nps} e={r.nps} />
      <Figure kind="ces" label={t.surveys.ces} e={r.ces} />
      <Figure kind="responseRate" label={t.surveys.responseRate} e={r.responseRate} />
    </SimpleGrid>
  );
}
