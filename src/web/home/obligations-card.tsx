// src/web/home/obligations-card.tsx — obligations under the mandates in force that are overdue (in red) or due soon, shown to both parties

import { Anchor, Badge, Group, List, Stack, Text } from '@mantine/core';
import type { THome } from '../../contracts/organisations.js';
import { formatDate } from '../../i18n/index.js';
import { pathTo } from '../app/paths.js';
import { Section } from '../components/layout.js';
import { href } from '../lib/router.js';
import { useI18n } from '../lib/i18n.js';

export function ObligationsCard({ obligations }: { obligations: THome['obligations'] }) {
  const { t, locale } = useI18n();
  if (obligations.length === 0) return null;
  return (
    <Section id="obligations" title={t.home.obligations} description={t.home.obligationsIntro}>
      <Stack p="lg">
        <List spacing={6} size="sm">
          {obligations.map((o) => (
            <List.Item key={`${o.mandateId}:${o.id}`}>
              <Group gap={8} wrap="wrap">
                <Anchor href={href(pathTo.mandate(o.mandateId, 'obligations'))} fw={550} size="sm">
                  {o.title}
                </Anchor>
                <Badge size="sm" variant="light" color="gray">
                  {t.home.obligationOwner[o.owner]}
                </Badge>
                <Text span size="xs" c={o.overdue ? 'red.8' : 'dimmed'} fw={o.overdue ? 600 : 400}>
                  {o.overdue ? t.home.obligationOverdue(formatDate(o.dueOn, locale)) : t.home.obligationDue(formatDate(o.dueOn, locale))}
                </Text>
                <Text span size="xs" c="dimmed">
                  · {o.mandateTitle}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Section>
  );
}
