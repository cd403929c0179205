// src/web/qa/answers-input.tsx — scoring one interaction against a scorecard version: points or N/A per criterion, the live score

import { Badge, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import type { TScorecard } from '../../contracts/qa.js';
import { scoreAnswers } from '../../domain/qa/scoring.js';
import { useI18n } from '../lib/i18n.js';
import { type DraftAnswers, scoreText } from './qa-kit.js';

/** Every criterion as a select (— / N/A where allowed / 0…max); a critical one is marked, and the score is computed as the server will. */
export function AnswersInput({
  card,
  value,
  onChange,
  issues,
}: {
  card: TScorecard;
  value: DraftAnswers;
  onChange: (v: DraftAnswers) => void;
  issues: Record<string, string>;
}) {
  const { t, locale } = useI18n();
  const complete = card.content.sections.every((s) => s.criteria.every((c) => value[c.id] !== undefined));
  const preview = complete ? scoreAnswers(card.content, value as Record<string, number | null>) : null;
  return (
    <Stack gap="sm">
      {card.content.sections.map((s) => (
        <Stack key={s.id} gap={6}>
          <Title order={3} fz={15}>
            {s.title}
          </Title>
          {s.criteria.map((c) => (
            <NativeSelect
              key={c.id}
              label={
                <Group gap={6} component="span">
                  <span>{c.title}</span>
                  {c.critical && (
                    <Badge size="xs" color="red" variant="light">
                      {t.qa.critical[c.critical]}
                    </Badge>
                  )}
                </Group>
              }
              value={value[c.id] === undefined ? '' : value[c.id] === null ? 'na' : String(value[c.id])}
              onChange={(e) => {
                const v = e.currentTarget.value;
                onChange({ ...value, [c.id]: v === '' ? undefined : v === 'na' ? null : Number(v) });
              }}
              data={[
                { value: '', label: t.qa.choose },
                ...(c.allowNa ? [{ value: 'na', label: t.qa.na }] : []),
                ...Array.from({ length: c.max + 1 }, (_, i) => ({
                  value: String(i),
                  label: c.max === 1 ? (i === 1 ? t.qa.yes : t.qa.no) : `${i} / ${c.max}`,
                })),
              ]}
              error={issues[`answers.${c.id}`]}
            />
          ))}
        </Stack>
      ))}
      <Text fw={600} aria-live="polite">
        {t.qa.scorePreview}: {preview ? scoreText(preview.score, locale) : '–'}
        {preview && preview.criticalErrors.length > 0 && ` (${t.qa.criticalFail})`}
      </Text>
    </Stack>
  );
}
