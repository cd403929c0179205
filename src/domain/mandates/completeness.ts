// src/domain/mandates/completeness.ts — what a mandate still lacks of what ISO 18295-2 expects of one (refs to our paraphrased Part 2)

import type { MandateContent, ResponsibilityTopic } from './mandate.js';

export type Gap = { id: string; isoRef: string; en: string; sv: string };

const needs = (id: string, isoRef: string, sv: string, en: string, missing: boolean): Gap[] => (missing ? [{ id, isoRef, sv, en }] : []);

const owned = (c: MandateContent, topic: ResponsibilityTopic): boolean => c.responsibilities.some((r) => r.topic === topic);

/**
 * The gaps, each tied to the requirement of our ISO 18295-2 framework it comes from. An empty list
 * means every part the standard expects is present — not that it is good.
 */
export const mandateGaps = (c: MandateContent): Gap[] => [
  ...needs('purpose', 'C3.a', 'Beskriv uppdragets syfte', 'Describe the purpose of the mandate', c.purpose.trim() === ''),
  ...needs(
    'scope',
    'C3.b',
    'Ange tjänster och kanaler',
    'List the services and channels',
    c.services.length === 0 || c.channels.length === 0,
  ),
  ...needs('languages', 'C3.b', 'Ange språk', 'List the languages', c.languages.length === 0),
  ...needs('opening_hours', 'C3.b', 'Ange öppettider per kanal', 'Give the opening hours per channel', c.openingHours.length === 0),
  ...needs('targets', 'C3.d', 'Lägg till nyckeltal med mål', 'Add KPI targets', c.targets.length === 0),
  ...needs(
    'reporting',
    'C3.e',
    'Bestäm hur ofta och vad som rapporteras',
    'Set the reporting cadence and content',
    c.reporting.cadence === null,
  ),
  ...needs('reviews', 'C9.a', 'Bestäm hur ofta ni ses för uppföljning', 'Set the cadence of joint reviews', c.reviews.cadence === null),
  ...needs('escalation', 'C3.g', 'Beskriv eskaleringsvägar', 'Describe the escalation routes', c.escalation.length === 0),
  ...needs('change_control', 'C3.i', 'Beskriv hur uppdraget ändras', 'Describe how the mandate is changed', !c.changeControl?.trim()),
  ...needs(
    'complaints',
    'C7.a',
    'Fördela ansvaret för klagomål',
    'Split the responsibility for complaints',
    !owned(c, 'complaints_first_line') || !owned(c, 'complaints_final_response'),
  ),
  ...needs(
    'data_protection',
    'C6.a',
    'Ange personuppgiftsansvarig och biträde',
    'Name the data controller and processor',
    !owned(c, 'data_controller') || !owned(c, 'data_processor'),
  ),
  ...needs(
    'customer_information',
    'C5.a',
    'Bestäm vem som informerar kunderna',
    'Decide who informs customers',
    !owned(c, 'inform_customers'),
  ),
  ...needs(
    'information_duties',
    'C4.a',
    'Lägg upp den information uppdragsgivaren ska lämna',
    'List the information the client provides',
    !c.obligations.some((o) => o.owner === 'client'),
  ),
];
