// src/domain/notifications/notification.ts — what ccq tells both parties of a relationship: kinds, typed parameters and the key that makes each event notify once

import type { TargetStatus } from '../mandates/target-evaluation.js';
import type { Party } from '../mandates/mandate.js';

/**
 * Events of a mandate (ISO 18295-2) worth telling both parties about. A notification stores its
 * kind and parameters, never prose: the web app renders the text in the reader's language.
 */
export const notificationKinds = [
  'target_missed',
  'target_at_risk',
  'obligation_overdue',
  'obligation_due_soon',
  'mandate_awaiting_signature',
  'mandate_signed',
  'finding_raised',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** A KPI target judged for one period. `provisional`: the period is still running, so the value may yet change. */
export type TargetParams = {
  mandateId: string;
  mandateTitle: string;
  targetId: string;
  kpi: string;
  variant: string | null;
  period: string;
  status: TargetStatus;
  measured: number | null;
  target: number;
  direction: 'at_least' | 'at_most';
  coverage: number;
  provisional: boolean;
};

/** One occurrence (its due date) of an information obligation of the mandate. */
export type ObligationParams = {
  mandateId: string;
  mandateTitle: string;
  obligationId: string;
  title: string;
  owner: Party;
  dueOn: string;
};

/** `contentHash`: the start of the hash signed; a draft changed and signed again awaits the other party again. */
export type AwaitingSignatureParams = {
  mandateId: string;
  mandateTitle: string;
  version: number;
  contentHash: string;
  signedBy: Party;
  awaiting: Party;
};
export type SignedParams = { mandateId: string; mandateTitle: string; version: number };

/** A finding ccq raised for a missed target, on the centre's ISO 18295-1 assessment. */
export type FindingParams = {
  findingId: string;
  assessmentId: string;
  seq: number;
  grade: string;
  mandateId: string;
  targetId: string;
  period: string;
};

export type NotificationParams = {
  target_missed: TargetParams;
  target_at_risk: TargetParams;
  obligation_overdue: ObligationParams;
  obligation_due_soon: ObligationParams;
  mandate_awaiting_signature: AwaitingSignatureParams;
  mandate_signed: SignedParams;
  finding_raised: FindingParams;
};

/** An event with the parameters of its kind. */
export type NotificationEvent = { [K in NotificationKind]: { kind: K; params: NotificationParams[K] } }[NotificationKind];

/** One organisation's copy of an event (each party of the relationship gets its own, read per user). */
export type Notification = NotificationEvent & {
  id: string;
  organisationId: string;
  relationshipId: string;
  dedupeKey: string;
  createdAt: string;
};

/**
 * The identity of an event: the same key again (the hourly check finding the same missed target)
 * notifies nobody a second time. A target is keyed by period and status, so a target that goes
 * from at risk to missed in the same period notifies again; an obligation by its occurrence.
 */
export const dedupeKeyOf = (e: NotificationEvent): string => {
  switch (e.kind) {
    case 'target_missed':
    case 'target_at_risk':
      return `target:${e.params.mandateId}:${e.params.targetId}:${e.params.period}:${e.kind === 'target_missed' ? 'missed' : 'at_risk'}`;
    case 'obligation_overdue':
    case 'obligation_due_soon':
      return `${e.kind}:${e.params.mandateId}:${e.params.obligationId}:${e.params.dueOn}`;
    case 'mandate_awaiting_signature':
      return `signature:${e.params.mandateId}:${e.params.version}:${e.params.contentHash}:${e.params.awaiting}`;
    case 'mandate_signed':
      return `signed:${e.params.mandateId}:${e.params.version}`;
    case 'finding_raised':
      return `finding:${e.params.findingId}`;
  }
};

export const isNotificationKind = (v: string): v is NotificationKind => (notificationKinds as readonly string[]).includes(v);
