// src/web/frameworks/crosswalk-links.tsx — the requirements of another framework that one requirement meets or depends on (shipped crosswalks)

import { Badge, Group, Stack, Text } from '@mantine/core';
import type { TCrosswalkLink } from '../../contracts/conformity.js';
import { useText } from '../components/conformity.js';
import { useI18n } from '../lib/i18n.js';

export function CrosswalkLinks({ links }: { links: TCrosswalkLink[] }) {
  const { t } = useI18n();
  const text = useText();
  if (links.length === 0) return null;
  return (
    <Stack gap={6}>
      <Text size="xs" fw={650} c="dimmed" tt="uppercase" className="ccq-eyebrow">
        {t.frameworks.related}
      </Text>
      {links.map((l) => (
        <Stack gap={2} key={`${l.edition}:${l.refs.join(',')}`}>
          <Group gap={6}>
            <code className="ccq-code">{l.edition}</code>
            {l.refs.map((r) => (
              <Badge key={r} size="sm" variant="outline" color="gray">
                {r}
              </Badge>
            ))}
            <Text size="xs" c="dimmed">
              {t.frameworks.relations[l.relation as keyof typeof t.frameworks.relations] ?? l.relation}
            </Text>
          </Group>
          {l.note && (
            <Text size="sm" c="dimmed">
              {text(l.note)}
            </Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
