// src/domain/kpi/dictionary.ts — the KPI dictionary: stable ids, names and definitions in Swedish and English, formulas, parameters, ISO 18295 tags

import { complaintKpis } from './dictionary-complaints.js';
import { peopleKpis } from './dictionary-people.js';
import { qaKpis } from './dictionary-qa.js';
import { surveyKpis } from './dictionary-surveys.js';
import { type KpiDefinition, contactDataSources, k } from './kpi-definition.js';

export * from './kpi-definition.js';

export const kpiParameterDefaults = {
  sl_threshold: 20,
  sl_variant: 'offered_minus_short',
  short_abandon: 5,
  abandon_variant: 'offered',
  abandon_outcomes: ['abandoned', 'timeout', 'exit_empty', 'withdrawn'],
  repeat_window_days: 7,
} as const;

const contactDataKpis: readonly KpiDefinition[] = [
  k({
    id: 'offered',
    name: { sv: 'Erbjudna kontakter', en: 'Offered contacts' },
    definition: { sv: 'Kontakter som kom in i kön, oavsett hur de slutade.', en: 'Contacts that entered the queue, however they ended.' },
    formula: 'O',
    parameters: [],
    unit: 'count',
    better: 'neither',
    source: 'aggregates',
    iso: { area: 'volume', clauses: ['7'] },
  }),
  k({
    id: 'answered',
    name: { sv: 'Besvarade kontakter', en: 'Answered contacts' },
    definition: { sv: 'Kontakter som kopplades till en medarbetare.', en: 'Contacts connected to an agent.' },
    formula: 'A',
    parameters: [],
    unit: 'count',
    better: 'higher',
    source: 'aggregates',
    iso: { area: 'accessibility', clauses: ['7'] },
  }),
  k({
    id: 'abandoned',
    name: { sv: 'Tappade kontakter', en: 'Abandoned contacts' },
    definition: {
      sv: 'Kontakter som lämnade kön utan svar, enligt vilka utgångar som räknas som tappade (standard: avbrutna, tidsgräns, tom kö och tillbakadragna; knapptryck räknas inte).',
      en: 'Contacts that left the queue unanswered, by which exits count as abandoned (default: hang-ups, timeouts, empty queue and withdrawals; a key exit does not).',
    },
    formula: 'Ab',
    parameters: ['abandon_outcomes'],
    unit: 'count',
    better: 'lower',
    source: 'aggregates',
    iso: { area: 'accessibility', clauses: ['4.2', '7'] },
  }),
  k({
    id: 'short_abandoned',
    name: { sv: 'Korta avhopp', en: 'Short abandons' },
    definition: {
      sv: 'Tappade kontakter som väntade högst S sekunder – oftast felringningar.',
      en: 'Abandoned contacts that waited at most S seconds — mostly misdials.',
    },
    formula: 'Ab(wait ≤ S)',
    parameters: ['short_abandon', 'abandon_outcomes'],
    unit: 'count',
    better: 'neither',
    source: 'aggregates',
    iso: { area: 'accessibility', clauses: ['7'] },
  }),
  k({
    id: 'service_level',
    name: { sv: 'Servicenivå', en: 'Service level' },
    definition: {
      sv: 'Andel kontakter besvarade inom T sekunder (väntan exakt T räknas som inom). Nämnaren anges av varianten och redovisas alltid tillsammans med T.',
      en: 'Share of contacts answered within T seconds (a wait of exactly T counts as within). The variant sets the denominator and is always reported with T.',
    },
    formula:
      'answered: A(T)/A · offered: A(T)/O · offered_minus_short: A(T)/(O − Ab_s) · answered_plus_abandoned: A(T)/(A + Ab) · answered_plus_late_abandoned: A(T)/(A + Ab − Ab(T)) · sl2: (A(T) + Ab(T))/(A + Ab)',
    parameters: ['sl_threshold', 'sl_variant', 'short_abandon', 'abandon_outcomes'],
    unit: 'share',
    better: 'higher',
    source: 'aggregates',
    iso: { area: 'accessibility', clauses: ['4.2', '7', '9'] },
  }),
  k({
    id: 'answered_within',
    name: { sv: 'Besvarade inom T', en: 'Answered within T' },
    definition: {
      sv: 'Andel av de besvarade kontakterna som besvarades inom T sekunder.',
      en: 'Share of answered contacts answered within T seconds.',
    },
    formula: 'A(T)/A',
    parameters: ['sl_threshold'],
    unit: 'share',
    better: 'higher',
    source: 'aggregates',
    iso: { area: 'accessibility', clauses: ['7'] },
  }),
  k({
    id: 'asa',
    name: { sv: 'Genomsnittlig svarstid (ASA)', en: 'Average speed of answer (ASA)' },
    definition: { sv: 'Medelväntetid i kön för besvarade kontakter.', en: 'Mean queue wait of answered contacts.' },
    formula: 'Σ wait(answered) / A',
    parameters: [],
    unit: 'seconds',
    better: 'lower',
    source: 'aggregates',
    iso: { area: 'accessibility', clauses: ['4.2', '7'] },
  }),
  k({
    id: 'avg_wait_all',
    name: { sv: 'Medelväntetid, alla kontakter', en: 'Average wait, all contacts' },
    definition: {
      sv: 'Medelväntetid i kön för alla kontakter, hur de än slutade.',
      en: 'Mean queue wait over every contact, however it ended.',
    },
    formula: 'Σ wait / O',
    parameters: [],
    unit: 'seconds',
    better: 'lower',
    source: 'aggregates',
    iso: { area: 'accessibility', clauses: ['4.2'] },
  }),
  k({
    id: 'avg_time_to_abandon',
    name: { sv: 'Medeltid till avhopp', en: 'Average time to abandon' },
    definition: { sv: 'Hur länge de som gav upp väntade i genomsnitt.', en: 'How long those who gave up waited on average.' },
    formula: 'Σ wait(abandoned) / Ab',
    parameters: ['abandon_outcomes'],
    unit: 'seconds',
    better: 'neither',
    source: 'aggregates',
    iso: { area: 'accessibility', clauses: ['7'] },
  }),
  k({
    id: 'max_wait',
    name: { sv: 'Längsta väntetid', en: 'Longest wait' },
    definition: { sv: 'Den längsta väntetiden för någon kontakt i perioden.', en: 'The longest wait of any contact in the period.' },
    formula: 'max wait',
    parameters: [],
    unit: 'seconds',
    better: 'lower',
    source: 'aggregates',
    iso: { area: 'accessibility', clauses: ['4.2'] },
  }),
  k({
    id: 'abandon_rate',
    name: { sv: 'Avhoppsfrekvens', en: 'Abandon rate' },
    definition: {
      sv: 'Tappade kontakter som andel av erbjudna (varianten offered_minus_short räknar bort korta avhopp ur både täljare och nämnare).',
      en: 'Abandoned contacts as a share of offered (the offered_minus_short variant leaves short abandons out of both).',
    },
    formula: 'offered: Ab/O · offered_minus_short: (Ab − Ab_s)/(O − Ab_s)',
    parameters: ['abandon_variant', 'short_abandon', 'abandon_outcomes'],
    unit: 'share',
    better: 'lower',
    source: 'aggregates',
    iso: { area: 'accessibility', clauses: ['4.2', '7'] },
  }),
  k({
    id: 'aht',
    name: { sv: 'Genomsnittlig hanteringstid (AHT)', en: 'Average handling time (AHT)' },
    definition: {
      sv: 'Samtal + parkering + efterarbete per besvarad kontakt, där tiderna är kända (queue_log ger bara samtalstid).',
      en: 'Talk + hold + after-contact work per answered contact, where known (queue_log gives talk time only).',
    },
    formula: '(Σ talk + Σ hold + Σ wrap) / handled with known time',
    parameters: [],
    unit: 'seconds',
    better: 'neither',
    source: 'aggregates',
    iso: { area: 'efficiency', clauses: ['7'] },
  }),
  k({
    id: 'transfer_rate',
    name: { sv: 'Kopplingsfrekvens', en: 'Transfer rate' },
    definition: { sv: 'Andel besvarade kontakter som kopplades vidare.', en: 'Share of answered contacts transferred onwards.' },
    formula: 'transferred / A',
    parameters: [],
    unit: 'share',
    better: 'lower',
    source: 'aggregates',
    iso: { area: 'quality', clauses: ['7'] },
  }),
  k({
    id: 'occupancy',
    name: { sv: 'Beläggningsgrad', en: 'Occupancy' },
    definition: {
      sv: 'Hanteringstid som andel av bemannad tid (inloggad och inte pausad) för köns medarbetare. Finns bara där agentstatus har importerats.',
      en: "Handling time as a share of staffed time (logged in and not paused) of the queue's agents. Only where agent states were imported.",
    },
    formula: '(Σ talk + Σ hold + Σ wrap) / staffed seconds',
    parameters: [],
    unit: 'share',
    better: 'neither',
    source: 'agent_states',
    iso: { area: 'efficiency', clauses: ['7'] },
  }),
  k({
    id: 'repeat_contact_rate',
    name: { sv: 'Återkontaktsfrekvens', en: 'Repeat contact rate' },
    definition: {
      sv: 'Andel kontakter (med känd kundnyckel) där samma kund hade kontakt med samma köer inom fönstret innan.',
      en: 'Share of contacts (with a known customer key) where the same customer had contacted the same queues within the window before.',
    },
    formula: 'contacts preceded by the same customer within W / contacts with a key',
    parameters: ['repeat_window_days'],
    unit: 'share',
    better: 'lower',
    source: 'contacts',
    iso: { area: 'quality', clauses: ['4.3', '7'] },
  }),
  k({
    id: 'fcr_proxy',
    name: { sv: 'Lösta vid första kontakten (approximation)', en: 'First contact resolution (proxy)' },
    definition: {
      sv: 'Andel kontakter (med känd kundnyckel) som inte följdes av en ny kontakt från samma kund inom fönstret. En approximation: den vet inte om ärendet var detsamma.',
      en: 'Share of contacts (with a known customer key) not followed by another contact from the same customer within the window. A proxy: it cannot tell whether the matter was the same.',
    },
    formula: 'contacts not followed by the same customer within W / contacts with a key',
    parameters: ['repeat_window_days'],
    unit: 'share',
    better: 'higher',
    source: 'contacts',
    iso: { area: 'customer_experience', clauses: ['4.3', '7'] },
  }),
];

/** Every KPI: contact data first, then the voice of customers and employees (one file per source). */
export const kpiDictionary: readonly KpiDefinition[] = [...contactDataKpis, ...surveyKpis, ...complaintKpis, ...qaKpis, ...peopleKpis];

/** Whether a KPI is computed from contact data (queues and quarter-hours) rather than from the voice records. */
export const isContactDataKpi = (d: Pick<KpiDefinition, 'source'>): boolean => contactDataSources.includes(d.source);

export type KpiId = (typeof kpiDictionary)[number]['id'];
export const kpiIds: readonly string[] = kpiDictionary.map((d) => d.id);
export const kpiById = new Map(kpiDictionary.map((d) => [d.id, d]));
