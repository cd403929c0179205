// src/web/mandates/target-kpi.ts — a KPI target's dictionary side: the variants a KPI has, defaults when the KPI changes, shares shown as percent

import { type KpiDefinition, kpiById, kpiParameterDefaults } from '../../domain/kpi/dictionary.js';
import { abandonRateVariants, serviceLevelVariants } from '../../domain/kpi/formulas.js';
import type { KpiTarget } from '../../domain/mandates/mandate.js';

/** The KPIs whose formula has named variants, and their variants (the evaluation accepts no others). */
export const variantsOf: Record<string, readonly string[]> = { service_level: serviceLevelVariants, abandon_rate: abandonRateVariants };
const defaultVariant: Record<string, string> = {
  service_level: kpiParameterDefaults.sl_variant,
  abandon_rate: kpiParameterDefaults.abandon_variant,
};

/** Shares are stored as 0–1 (0.8) and shown as percent (80); other units as they are. */
export const toShown = (k: KpiDefinition | undefined, v: number): number | '' =>
  !Number.isFinite(v) ? '' : k?.unit === 'share' ? Math.round(v * 100 * 1e6) / 1e6 : v;
export const fromShown = (k: KpiDefinition | undefined, v: number | string): number =>
  typeof v !== 'number' ? Number.NaN : k?.unit === 'share' ? v / 100 : v;

/** A value and band that make sense for the KPI's unit and better direction, to start from. */
const startingValues = (k: KpiDefinition): Pick<KpiTarget, 'target' | 'tolerance'> =>
  k.unit === 'share'
    ? { target: k.better === 'lower' ? 0.1 : 0.8, tolerance: 0.05 }
    : k.unit === 'seconds'
      ? { target: 30, tolerance: 5 }
      : { target: 0, tolerance: 0 };

/** The target moved to another KPI: its variant and parameters become that KPI's, the direction follows what is better. */
export const withKpi = (x: KpiTarget, kpiId: string): KpiTarget => {
  const k = kpiById.get(kpiId);
  if (!k) return { ...x, kpi: kpiId };
  const variants = variantsOf[kpiId];
  const has = (p: KpiDefinition['parameters'][number]) => k.parameters.includes(p);
  const before = kpiById.get(x.kpi);
  return {
    ...x,
    kpi: kpiId,
    variant: variants ? (x.variant && variants.includes(x.variant) ? x.variant : (defaultVariant[kpiId] ?? null)) : null,
    params: {
      ...(has('sl_threshold') ? { thresholdSeconds: x.params.thresholdSeconds ?? kpiParameterDefaults.sl_threshold } : {}),
      ...(has('short_abandon') ? { shortAbandonSeconds: x.params.shortAbandonSeconds ?? kpiParameterDefaults.short_abandon } : {}),
      ...(has('repeat_window_days') ? { repeatWindowDays: x.params.repeatWindowDays ?? kpiParameterDefaults.repeat_window_days } : {}),
    },
    direction: k.better === 'higher' ? 'at_least' : k.better === 'lower' ? 'at_most' : x.direction,
    ...(before?.unit === k.unit ? {} : startingValues(k)),
  };
};
