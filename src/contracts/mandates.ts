// src/contracts/mandates.ts — API shapes of mandates: content (scope, hours, responsibilities, obligations, KPI targets), versions, signatures, evaluations

import { z } from 'zod';
import { parties, responsibilityTopics, targetPeriods, versionStatuses, weekdays } from '../domain/mandates/mandate.js';
import { targetStatuses } from '../domain/mandates/target-evaluation.js';
import { ZChannel, ZDate, ZId, ZTimestamp } from './common.js';

const ZTimeRange = z.object({
  from: z.string().regex(/^\d{1,2}:\d{2}$/, 'use HH:MM'),
  to: z.string().regex(/^\d{1,2}:\d{2}$/, 'use HH:MM'),
});
const ZWeek = z.object(
  Object.fromEntries(weekdays.map((d) => [d, z.array(ZTimeRange)])) as Record<(typeof weekdays)[number], z.ZodArray<typeof ZTimeRange>>,
);

export const ZOpeningHours = z.object({
  channel: z.union([ZChannel, z.literal('all')]),
  week: ZWeek,
  closed: z.array(ZDate),
  exceptions: z.array(z.object({ date: ZDate, hours: z.array(ZTimeRange) })),
});

export const ZKpiTarget = z.object({
  id: z.string().min(1).max(60),
  kpi: z.string().min(1),
  variant: z.string().nullable(),
  params: z.object({
    thresholdSeconds: z.number().int().min(1).max(600).optional(),
    shortAbandonSeconds: z.number().int().min(0).max(600).optional(),
    repeatWindowDays: z.number().min(1).max(90).optional(),
  }),
  queueIds: z.array(ZId),
  target: z.number(),
  direction: z.enum(['at_least', 'at_most']),
  tolerance: z.number(),
  period: z.enum(targetPeriods),
  hours: z.enum(['opening', 'all']),
  isoRefs: z.array(z.string()),
});

export const ZMandateContent = z.object({
  purpose: z.string().max(10_000),
  services: z.array(z.string().max(200)),
  channels: z.array(ZChannel),
  queueIds: z.array(ZId),
  segments: z.array(z.string().max(200)),
  languages: z.array(z.string().max(50)),
  openingHours: z.array(ZOpeningHours),
  responsibilities: z.array(
    z.object({ topic: z.enum(responsibilityTopics), owner: z.enum([...parties, 'shared']), note: z.string().max(2000).nullable() }),
  ),
  obligations: z.array(
    z.object({
      id: z.string().min(1).max(60),
      title: z.string().min(1).max(300),
      description: z.string().max(4000).nullable(),
      owner: z.enum(parties),
      dueOn: ZDate,
      recurrence: z.enum(['none', 'monthly', 'quarterly', 'yearly']),
      leadTimeDays: z.number().int().min(0).max(365),
      doneOn: ZDate.nullable(),
    }),
  ),
  targets: z.array(ZKpiTarget),
  reporting: z.object({ cadence: z.enum(['weekly', 'monthly', 'quarterly']).nullable(), content: z.string().max(4000).nullable() }),
  reviews: z.object({ cadence: z.enum(['monthly', 'quarterly', 'yearly']).nullable(), participants: z.array(z.string().max(200)) }),
  escalation: z.array(z.object({ level: z.number().int().min(1).max(9), contact: z.string().max(300), when: z.string().max(1000) })),
  changeControl: z.string().max(10_000).nullable(),
});

export const ZSignature = z.object({
  party: z.enum(parties),
  userId: z.string().nullable(),
  name: z.string(),
  at: ZTimestamp,
  versionHash: z.string(),
});
export const ZMandateVersion = z.object({
  id: ZId,
  mandateId: ZId,
  number: z.number(),
  content: ZMandateContent,
  hash: z.string(),
  status: z.enum(versionStatuses),
  signatures: z.array(ZSignature),
  basedOn: ZId.nullable(),
  createdAt: ZTimestamp,
  createdBy: z.string().nullable(),
});
export const ZMandate = z.object({
  id: ZId,
  relationshipId: ZId,
  title: z.string(),
  createdAt: ZTimestamp,
  createdBy: z.string().nullable(),
});
export type TMandate = z.infer<typeof ZMandate>;

export const ZTargetEvaluation = z.object({
  targetId: z.string(),
  kpi: z.string(),
  variant: z.string().nullable(),
  target: z.number(),
  direction: z.enum(['at_least', 'at_most']),
  period: z.object({ label: z.string(), from: z.string(), to: z.string() }),
  measured: z.number().nullable(),
  coverage: z.number(),
  status: z.enum(targetStatuses),
  /** The KPI query behind the value, to rerun it; with openingHoursOnly the target counted only the mandate's open quarter-hours. */
  kpiQuery: z.object({ api: z.string().nullable(), openingHoursOnly: z.boolean() }),
  /** Survey, complaint, quality and people KPIs: the sample the value rests on (a small one is flagged, never hidden). */
  sample: z.object({ n: z.number(), lowSample: z.boolean() }).nullable().optional(),
});
