// src/domain/kpi/dictionary-surveys.ts — KPIs of customer surveys: CSAT, NPS, CES, response rate

import { type KpiDefinition, k } from './kpi-definition.js';

/**
 * ISO 18295-1 4.3 asks the centre to measure how customers experience the service; these are the
 * usual survey measures of it. Every value is shown with its sample size and 95 % interval, and a
 * sample under 30 answers is flagged (see domain/surveys/statistics.ts).
 */
export const surveyKpis: readonly KpiDefinition[] = [
  k({
    id: 'csat',
    name: { sv: 'Kundnöjdhet (CSAT)', en: 'Customer satisfaction (CSAT)' },
    definition: {
      sv: 'Andel svar 4 eller 5 på frågan om nöjdhet (skala 1–5), med 95 % konfidensintervall (Wilson).',
      en: 'Share of answers 4 or 5 to the satisfaction question (scale 1–5), with a 95 % confidence interval (Wilson).',
    },
    formula: 'count(score ≥ 4) / count(answers)',
    parameters: [],
    unit: 'share',
    better: 'higher',
    source: 'surveys',
    iso: { area: 'customer_experience', clauses: ['4.3'] },
  }),
  k({
    id: 'nps',
    name: { sv: 'Rekommendationsindex (NPS)', en: 'Net Promoter Score (NPS)' },
    definition: {
      sv: 'Andel promotorer (9–10) minus andel kritiker (0–6) i procentenheter på skalan 0–10, −100 till 100; intervallet ur multinomialvariansen.',
      en: 'Percentage of promoters (9–10) minus percentage of detractors (0–6) on the 0–10 scale, −100 to 100; the interval from the multinomial variance.',
    },
    formula: '100 · (P − D) / N; Var = (p + d − (p − d)²) / N',
    parameters: [],
    unit: 'score',
    better: 'higher',
    source: 'surveys',
    iso: { area: 'customer_experience', clauses: ['4.3'] },
  }),
  k({
    id: 'ces',
    name: { sv: 'Kundansträngning (CES)', en: 'Customer effort score (CES)' },
    definition: {
      sv: 'Medelvärdet på frågan om hur lätt det var (skala 1–7, högre är lättare), med t-intervall (normalfördelning från 30 svar).',
      en: 'Mean answer to the question how easy it was (scale 1–7, higher is easier), with a t interval (normal from 30 answers).',
    },
    formula: 'Σ score / N',
    parameters: [],
    unit: 'score',
    better: 'higher',
    source: 'surveys',
    iso: { area: 'customer_experience', clauses: ['4.3'] },
  }),
  k({
    id: 'response_rate',
    name: { sv: 'Svarsfrekvens', en: 'Response rate' },
    definition: {
      sv: 'Andel av enkätinbjudningarna (engångslänkar) utfärdade under perioden som besvarades.',
      en: 'Share of the survey invitations (one-time links) issued in the period that were answered.',
    },
    formula: 'answered invitations / invitations issued',
    parameters: [],
    unit: 'share',
    better: 'higher',
    source: 'surveys',
    iso: { area: 'customer_experience', clauses: ['4.3'] },
  }),
];
