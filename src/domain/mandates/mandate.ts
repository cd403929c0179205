// src/domain/mandates/mandate.ts — the client–centre mandate (ISO 18295-2): its content, KPI targets, and versions signed by both parties

import type { Channel } from '../organisations/model.js';
import { type ObligationCompletion, obligationStatuses } from './obligations.js';

export const parties = ['client', 'centre'] as const;
export type Party = (typeof parties)[number];

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

/** A stretch of a local day, `HH:MM` to `HH:MM` (end exclusive; `24:00` is the end of the day). */
export type TimeRange = { from: string; to: string };

/**
 * When a channel is open, in the centre's time zone: a weekly pattern, days closed (public holidays)
 * and days with other hours (the day before a holiday). `channel: 'all'` applies to every channel
 * without a pattern of its own.
 */
export type OpeningHours = {
  channel: Channel | 'all';
  week: Record<Weekday, TimeRange[]>;
  closed: string[];
  exceptions: { date: string; hours: TimeRange[] }[];
};

/** Who does what between the two parties (who informs customers, owns which complaints, is data controller…). */
export const responsibilityTopics = [
  'inform_customers',
  'publish_contact_information',
  'complaints_first_line',
  'complaints_final_response',
  'redress',
  'data_controller',
  'data_processor',
  'script_approval',
  'product_information',
  'volume_forecasts',
  'outbound_consent',
  'security_incidents',
] as const;
export type ResponsibilityTopic = (typeof responsibilityTopics)[number];
export type Responsibility = { topic: ResponsibilityTopic; owner: Party | 'shared'; note: string | null };

/** Something a party must provide (the client's information duties, mostly), with a due date and a lead time. */
export type Obligation = {
  id: string;
  title: string;
  description: string | null;
  owner: Party;
  dueOn: string;
  recurrence: 'none' | 'monthly' | 'quarterly' | 'yearly';
  leadTimeDays: number;
  doneOn: string | null;
};

export const targetPeriods = ['day', 'week', 'month'] as const;
export type TargetPeriod = (typeof targetPeriods)[number];

/**
 * A KPI target names a KPI of the dictionary exactly — id, variant and parameters — the queues it is
 * measured on, the value and its direction, the "at risk" band, the period it is judged over, and
 * whether only opening hours count.
 */
export type KpiTarget = {
  id: string;
  kpi: string;
  variant: string | null;
  params: { thresholdSeconds?: number; shortAbandonSeconds?: number; repeatWindowDays?: number };
  queueIds: string[];
  target: number;
  direction: 'at_least' | 'at_most';
  /** Width of the "at risk" band next to the target, in the KPI's unit (0.05 = five percentage points for a share). */
  tolerance: number;
  period: TargetPeriod;
  hours: 'opening' | 'all';
  /** ISO 18295 requirements the target evidences (refs of the shipped frameworks). */
  isoRefs: string[];
};

export type MandateContent = {
  purpose: string;
  services: string[];
  channels: Channel[];
  queueIds: string[];
  segments: string[];
  languages: string[];
  openingHours: OpeningHours[];
  responsibilities: Responsibility[];
  obligations: Obligation[];
  targets: KpiTarget[];
  reporting: { cadence: 'weekly' | 'monthly' | 'quarterly' | null; content: string | null };
  reviews: { cadence: 'monthly' | 'quarterly' | 'yearly' | null; participants: string[] };
  escalation: { level: number; contact: string; when: string }[];
  changeControl: string | null;
};

export const emptyContent = (): MandateContent => ({
  purpose: '',
  services: [],
  channels: [],
  queueIds: [],
  segments: [],
  languages: [],
  openingHours: [],
  responsibilities: [],
  obligations: [],
  targets: [],
  reporting: { cadence: null, content: null },
  reviews: { cadence: null, participants: [] },
  escalation: [],
  changeControl: null,
});

export type Signature = { party: Party; userId: string | null; name: string; at: string; versionHash: string };

export const versionStatuses = ['draft', 'signed', 'superseded'] as const;
export type VersionStatus = (typeof versionStatuses)[number];

/** One version of a mandate. A signed version is immutable; a change starts a new draft. */
export type MandateVersion = {
  id: string;
  mandateId: string;
  number: number;
  content: MandateContent;
  /** SHA-256 of the canonical JSON of the content: what the signatures sign. */
  hash: string;
  status: VersionStatus;
  signatures: Signature[];
  basedOn: string | null;
  createdAt: string;
  createdBy: string | null;
};

/** The version in force: the newest one both parties signed (none before the first signing). */
export const versionInForce = (versions: readonly MandateVersion[]): MandateVersion | null =>
  versions.filter((v) => v.status === 'signed').at(-1) ?? null;

export type Mandate = { id: string; relationshipId: string; title: string; createdAt: string; createdBy: string | null };

/**
 * Obligations whose current occurrence is overdue or falls within its lead time (due soon): what
 * both parties are shown, since ISO 18295-2 puts information duties on the client too. `dueOn` is
 * that occurrence's due date; deliveries recorded beside the mandate count as done.
 */
export const obligationsToFlag = (
  c: MandateContent,
  today: string,
  completions: readonly ObligationCompletion[] = [],
): (Obligation & { overdue: boolean })[] =>
  obligationStatuses(c, completions, today)
    .filter((s) => s.state === 'overdue' || s.state === 'due_soon')
    .map((s) => ({ ...s.obligation, dueOn: s.dueOn, overdue: s.state === 'overdue' }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
