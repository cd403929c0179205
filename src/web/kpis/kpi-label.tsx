// src/web/kpis/kpi-label.tsx — a KPI's name as shown everywhere on the page, with its dictionary definition as a tooltip

import { Tooltip } from '@mantine/core';
import type { TKpiResult } from '../../contracts/contact-data.js';
import { type KpiDefinition, kpiById } from '../../domain/kpi/dictionary.js';
import type { Locale, Messages } from '../../i18n/index.js';
import { useI18n } from '../lib/i18n.js';

export type KpiParameters = TKpiResult['parameters'];

/**
 * The KPI's name in the UI language. A service level is never shown without its variant and
 * threshold T (ISO 18295-2 asks that targets be defined exactly), so its name carries both — taken
 * from the parameters the server used, not from the form.
 */
export const kpiTitle = (t: Messages, locale: Locale, def: KpiDefinition, p: KpiParameters): string => {
  if (def.id === 'service_level') return t.kpis.serviceLevel(p.slVariant, p.thresholdSeconds);
  if (def.id === 'answered_within') return `${def.name[locale]} (T = ${t.kpis.seconds(String(p.thresholdSeconds))})`;
  return def.name[locale];
};

/** The name, focusable and underlined, that shows the definition on hover, focus or touch. */
export function KpiLabel({ id, parameters }: { id: string; parameters: KpiParameters }) {
  const { t, locale } = useI18n();
  const def = kpiById.get(id);
  if (!def) return id;
  return (
    <Tooltip label={def.definition[locale]} multiline w={320} withArrow events={{ hover: true, focus: true, touch: true }}>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the definition must be reachable by keyboard, and this is what shows it */}
      <span tabIndex={0} style={{ textDecoration: 'underline dotted', textUnderlineOffset: 3, cursor: 'help' }}>
        {kpiTitle(t, locale, def, parameters)}
      </span>
    </Tooltip>
  );
}
