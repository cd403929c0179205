// src/domain/kpi/dictionary-qa.ts — KPIs of quality monitoring: QA score, critical errors, calibration agreement

import { type KpiDefinition, k } from './kpi-definition.js';

/** The kinds of critical error each have their own id (a target names one kind exactly), beside the rate of any kind. */
const criticalRate = (kind: 'customer' | 'business' | 'compliance', sv: string, en: string): KpiDefinition =>
  k({
    id: `critical_error_rate_${kind}`,
    name: { sv: `Kritiska fel: ${sv}`, en: `Critical errors: ${en}` },
    definition: {
      sv: `Andel bedömda kontakter med minst ett underkänt kritiskt kriterium av slaget ${sv.toLowerCase()}.`,
      en: `Share of evaluated contacts with at least one failed critical criterion of the ${en.toLowerCase()} kind.`,
    },
    formula: `evaluations with a ${kind}-critical error / evaluations`,
    parameters: [],
    unit: 'share',
    better: 'lower',
    source: 'qa',
    iso: { area: 'quality', clauses: ['7'] },
  });

export const qaKpis: readonly KpiDefinition[] = [
  k({
    id: 'qa_score',
    name: { sv: 'Kvalitetspoäng (QA)', en: 'Quality score (QA)' },
    definition: {
      sv: 'Medelpoäng (0–100) för bedömda kontakter enligt bedömningsmallen: viktade kriterier, ej tillämpliga kriterier räknas inte, ett underkänt kritiskt kriterium ger 0. Kalibreringar räknas inte. Med 95 % konfidensintervall.',
      en: 'Mean score (0–100) of evaluated contacts against the scorecard: weighted criteria, not-applicable criteria left out, a failed critical criterion gives 0. Calibration scores do not count. With a 95 % confidence interval.',
    },
    formula: 'mean(score of each evaluation), score = 100 · Σ w·points/max / Σ w over answered criteria (0 on a critical fail)',
    parameters: [],
    unit: 'score',
    better: 'higher',
    source: 'qa',
    iso: { area: 'quality', clauses: ['4.3', '7'] },
  }),
  k({
    id: 'critical_error_rate',
    name: { sv: 'Kritiska fel', en: 'Critical error rate' },
    definition: {
      sv: 'Andel bedömda kontakter med minst ett underkänt kritiskt kriterium (kund-, affärs- eller regelkritiskt). Slagen har egna nyckeltal.',
      en: 'Share of evaluated contacts with at least one failed critical criterion (customer-, business- or compliance-critical). Each kind has its own KPI.',
    },
    formula: 'evaluations with a critical error / evaluations',
    parameters: [],
    unit: 'share',
    better: 'lower',
    source: 'qa',
    iso: { area: 'quality', clauses: ['7'] },
  }),
  criticalRate('customer', 'Kundkritiska', 'Customer-critical'),
  criticalRate('business', 'Affärskritiska', 'Business-critical'),
  criticalRate('compliance', 'Regelkritiska', 'Compliance-critical'),
  k({
    id: 'calibration_agreement',
    name: { sv: 'Kalibreringsenighet', en: 'Calibration agreement' },
    definition: {
      sv: 'Medelvärdet av Fleiss kappa för periodens kalibreringar: hur eniga bedömarna var om samma kontakt utöver vad slumpen ger (1 helt eniga, 0 som slumpen).',
      en: "Mean Fleiss' kappa of the period's calibration sessions: how far evaluators scoring the same contact agreed beyond chance (1 full agreement, 0 as chance).",
    },
    formula: "mean over sessions of Fleiss' κ = (P̄ − Pe) / (1 − Pe), criteria as subjects, evaluators as raters",
    parameters: [],
    unit: 'score',
    better: 'higher',
    source: 'qa',
    iso: { area: 'quality', clauses: ['7'] },
  }),
];
