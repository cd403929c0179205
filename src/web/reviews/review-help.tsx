// src/web/reviews/review-help.tsx — what a joint review (ISO 18295-2) is for, what starting one freezes, and what approving the minutes means

import { Paper, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../lib/i18n.js';

export function ReviewHelp() {
  const { t } = useI18n();
  const h = t.reviews.help;
  return (
    <Paper component="aside" withBorder radius="md" p="lg" bg="gray.0" aria-labelledby="review-help-title">
      <Stack gap={6}>
        <Title order={2} fz={16} fw={600} id="review-help-title">
          {h.title}
        </Title>
        <Text size="sm">{h.purpose}</Text>
        <Text size="sm">{h.frozen}</Text>
        <Text size="sm">{h.closing}</Text>
      </Stack>
    </Paper>
  );
}
