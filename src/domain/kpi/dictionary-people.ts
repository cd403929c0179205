// src/domain/kpi/dictionary-people.ts — KPIs of employees and leadership: pulse surveys (eNPS, engagement) and people records (attrition, absence, training, competence, coaching)

import { type KpiDefinition, k } from './kpi-definition.js';

/**
 * ISO 18295-1 clause 6 asks the centre to develop its people's competence and to communicate with
 * them; these KPIs evidence it. Pulse figures exist only for groups of at least five respondents.
 */
export const peopleKpis: readonly KpiDefinition[] = [
  k({
    id: 'enps',
    name: { sv: 'eNPS (medarbetare)', en: 'eNPS (employees)' },
    definition: {
      sv: 'Andel ambassadörer (9–10) minus andel kritiker (0–6) bland anonyma pulssvar, −100…100. Endast grupper med minst 5 svar räknas.',
      en: 'Share of promoters (9–10) minus share of detractors (0–6) among anonymous pulse answers, −100…100. Only groups of at least 5 answers count.',
    },
    formula: '100 × (promoters − detractors) ÷ answers',
    parameters: [],
    unit: 'score',
    better: 'higher',
    source: 'pulse',
    iso: { area: 'quality', clauses: ['6'] },
  }),
  k({
    id: 'engagement_index',
    name: { sv: 'Engagemangsindex', en: 'Engagement index' },
    definition: {
      sv: 'Medelvärdet av fem påståenden (1–5) omräknat till 0–100 bland anonyma pulssvar. Endast grupper med minst 5 svar räknas.',
      en: 'The mean of five statements (1–5) rescaled to 0–100 among anonymous pulse answers. Only groups of at least 5 answers count.',
    },
    formula: 'mean over answers of 25 × (mean item − 1)',
    parameters: [],
    unit: 'score',
    better: 'higher',
    source: 'pulse',
    iso: { area: 'quality', clauses: ['6'] },
  }),
  k({
    id: 'attrition_rate',
    name: { sv: 'Personalomsättning (årstakt)', en: 'Attrition (annualised)' },
    definition: {
      sv: 'Slutade medarbetare under perioden delat med genomsnittligt antal anställda, uppräknat till helår.',
      en: 'Agents who left during the period divided by the average headcount, annualised.',
    },
    formula: 'leavers ÷ average headcount × 12 ÷ months',
    parameters: [],
    unit: 'share',
    better: 'lower',
    source: 'people',
    iso: { area: 'quality', clauses: ['6'] },
  }),
  k({
    id: 'early_attrition_rate',
    name: { sv: 'Tidig personalomsättning (< 90 dagar, årstakt)', en: 'Early attrition (< 90 days, annualised)' },
    definition: {
      sv: 'Medarbetare som slutade inom 90 dagar från start, delat med genomsnittligt antal anställda, uppräknat till helår.',
      en: 'Agents who left within 90 days of starting, divided by the average headcount, annualised.',
    },
    formula: 'leavers with tenure < 90 days ÷ average headcount × 12 ÷ months',
    parameters: [],
    unit: 'share',
    better: 'lower',
    source: 'people',
    iso: { area: 'quality', clauses: ['6'] },
  }),
  k({
    id: 'absence_rate',
    name: { sv: 'Frånvaro', en: 'Absence rate' },
    definition: { sv: 'Frånvarotimmar delat med schemalagda timmar.', en: 'Absence hours divided by scheduled hours.' },
    formula: 'absence hours ÷ scheduled hours',
    parameters: [],
    unit: 'share',
    better: 'lower',
    source: 'people',
    iso: { area: 'quality', clauses: ['6'] },
  }),
  k({
    id: 'training_hours_per_agent',
    name: { sv: 'Utbildningstimmar per medarbetare', en: 'Training hours per agent' },
    definition: {
      sv: 'Introduktions- och fortbildningstimmar under perioden delat med genomsnittligt antal anställda.',
      en: 'Induction and ongoing training hours in the period divided by the average headcount.',
    },
    formula: 'training hours ÷ average headcount',
    parameters: [],
    unit: 'hours',
    better: 'higher',
    source: 'people',
    iso: { area: 'quality', clauses: ['6'] },
  }),
  k({
    id: 'competence_coverage',
    name: { sv: 'Kompetenstäckning', en: 'Competence coverage' },
    definition: {
      sv: 'Andel av rollprofilernas kompetenser som medarbetarna har (giltiga vid periodens slut), bland anställda vid periodens slut.',
      en: 'Share of the role profiles’ competences the agents hold (valid at the end of the period), among agents employed at the end of the period.',
    },
    formula: 'required competences held ÷ required competences',
    parameters: [],
    unit: 'share',
    better: 'higher',
    source: 'people',
    iso: { area: 'quality', clauses: ['6'] },
  }),
  k({
    id: 'coaching_per_agent',
    name: { sv: 'Coachningstillfällen per medarbetare', en: 'Coaching sessions per agent' },
    definition: {
      sv: 'Coachningstillfällen under perioden delat med genomsnittligt antal anställda.',
      en: 'Coaching sessions in the period divided by the average headcount.',
    },
    formula: 'coaching sessions ÷ average headcount',
    parameters: [],
    unit: 'count',
    better: 'higher',
    source: 'people',
    iso: { area: 'quality', clauses: ['6'] },
  }),
];
