// src/web/kpis/kpi-headlines.tsx — the headline figures of the whole period, each with its definition on hover

import { Paper, SimpleGrid, Skeleton, Text } from '@mantine/core';
import type { TKpiResult } from '../../contracts/contact-data.js';
import { kpiById } from '../../domain/kpi/dictionary.js';
import { useI18n } from '../lib/i18n.js';
import { formatKpi } from './kpi-format.js';
import { KpiLabel } from './kpi-label.js';

/** The figures a reader looks for first: volume, accessibility, handling and the contact-level quality proxies. */
const headline = ['offered', 'answered', 'service_level', 'asa', 'abandon_rate', 'aht', 'occupancy', 'repeat_contact_rate', 'fcr_proxy'];

/** `pending`: KPIs still being counted (the contact-level ones), shown as placeholders until they arrive. */
export function KpiHeadlines({ result, pending = [] }: { result: TKpiResult; pending?: string[] }) {
  const { t, locale } = useI18n();
  const kpis = result.groups[0]?.kpis ?? {};
  return (
    <SimpleGrid component="dl" cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" className="ccq-stats">
      {headline.map((id) => {
        const def = kpiById.get(id);
        if (!def) return null;
        return (
          <Paper key={id} withBorder radius="md" px="md" py="sm" className="ccq-stat">
            <Text component="dt" size="xs" c="dimmed" fw={500}>
              <KpiLabel id={id} parameters={result.parameters} />
            </Text>
            {pending.includes(id) ? (
              <Skeleton component="dd" h={29} mt={2} w="60%" aria-busy="true" aria-label={t.kpis.counting} />
            ) : (
              <Text component="dd" fw={650} fz={24} mt={2} lh={1.2} className="ccq-num">
                {formatKpi(t, locale, def.unit, kpis[id])}
              </Text>
            )}
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
