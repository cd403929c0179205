// src/domain/kpi/kpi-definition.ts — what every KPI of the dictionary states: id, names, definition, formula, parameters, unit, source, ISO 18295 tag

/**
 * What a KPI is computed from: the 15-minute aggregates, the agent states, the contact records
 * themselves (together: contact data, queried per queue and quarter-hour), or the records of the
 * customer and employee voice — survey answers, complaints, quality evaluations, people records and
 * employee pulse surveys — each measured by its own measurer (`app/kpis/`).
 */
export const kpiSources = ['aggregates', 'agent_states', 'contacts', 'surveys', 'complaints', 'qa', 'people', 'pulse'] as const;
export type KpiSource = (typeof kpiSources)[number];
export const contactDataSources: readonly KpiSource[] = ['aggregates', 'agent_states', 'contacts'];
/**
 * `score` is a number on the KPI's own scale (NPS −100…100, CES 1–7, an index 0–100), `per_thousand`
 * a rate per 1,000 (complaints per 1,000 contacts), `hours` a duration in hours (per agent).
 */
export const kpiUnits = ['count', 'share', 'seconds', 'score', 'per_thousand', 'hours'] as const;
export type KpiUnit = (typeof kpiUnits)[number];
export type KpiParameter = 'sl_threshold' | 'sl_variant' | 'short_abandon' | 'abandon_variant' | 'abandon_outcomes' | 'repeat_window_days';

/** Annex A of ISO 18295-1 groups metrics by area; the clause is where the requirement the KPI evidences sits (our reading, not the standard's text). */
export type IsoTag = { area: 'accessibility' | 'efficiency' | 'quality' | 'customer_experience' | 'volume'; clauses: string[] };

export type KpiDefinition = {
  id: string;
  name: { sv: string; en: string };
  definition: { sv: string; en: string };
  formula: string;
  parameters: KpiParameter[];
  unit: KpiUnit;
  better: 'higher' | 'lower' | 'neither';
  source: KpiSource;
  iso: IsoTag;
};

/** Types a dictionary entry (keeps literal ids readable in the per-source files). */
export const k = (d: KpiDefinition): KpiDefinition => d;
