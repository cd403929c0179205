// src/domain/kpi/dictionary-complaints.ts — KPIs of the complaints register: complaint rate and handling times

import { type KpiDefinition, k } from './kpi-definition.js';

/** ISO 18295-1 4.4 (complaints handling), measured on the ISO 10002 steps the register records. */
export const complaintKpis: readonly KpiDefinition[] = [
  k({
    id: 'complaint_rate',
    name: { sv: 'Klagomål per 1 000 kontakter', en: 'Complaints per 1,000 contacts' },
    definition: {
      sv: 'Klagomål som kom in under perioden per 1 000 erbjudna kontakter i relationens köer under samma period.',
      en: 'Complaints received in the period per 1,000 contacts offered to the relationship’s queues in the same period.',
    },
    formula: '1000 × complaints / O',
    parameters: [],
    unit: 'per_thousand',
    better: 'lower',
    source: 'complaints',
    iso: { area: 'customer_experience', clauses: ['4.4'] },
  }),
  k({
    id: 'complaint_ack_within',
    name: { sv: 'Klagomål bekräftade i tid', en: 'Complaints acknowledged in time' },
    definition: {
      sv: 'Andel av periodens klagomål som bekräftades till den klagande före tidsfristen (48 timmar); klagomål vars frist ännu inte löpt ut och som inte bekräftats räknas inte än.',
      en: 'Share of the period’s complaints acknowledged to the complainant before the deadline (48 hours); complaints still inside an unexpired deadline and not yet acknowledged are not counted yet.',
    },
    formula: 'acknowledged by deadline / (acknowledged + deadline passed)',
    parameters: [],
    unit: 'share',
    better: 'higher',
    source: 'complaints',
    iso: { area: 'customer_experience', clauses: ['4.4'] },
  }),
  k({
    id: 'complaint_resolved_within',
    name: { sv: 'Klagomål besvarade i tid', en: 'Complaints resolved in time' },
    definition: {
      sv: 'Andel av periodens klagomål där det första svaret till den klagande gavs före tidsfristen (14 dagar); pågående klagomål inom fristen räknas inte än.',
      en: 'Share of the period’s complaints whose first response to the complainant came before the deadline (14 days); open complaints inside the deadline are not counted yet.',
    },
    formula: 'responded by deadline / (responded + deadline passed)',
    parameters: [],
    unit: 'share',
    better: 'higher',
    source: 'complaints',
    iso: { area: 'customer_experience', clauses: ['4.4'] },
  }),
  k({
    id: 'complaint_reopen_rate',
    name: { sv: 'Återöppnade klagomål', en: 'Complaint reopen rate' },
    definition: {
      sv: 'Andel av periodens besvarade klagomål som öppnades igen minst en gång.',
      en: 'Share of the period’s answered complaints that were reopened at least once.',
    },
    formula: 'reopened / responded',
    parameters: [],
    unit: 'share',
    better: 'lower',
    source: 'complaints',
    iso: { area: 'customer_experience', clauses: ['4.4'] },
  }),
];
