// src/contracts/people.ts — the API shapes of people records and anonymous pulse surveys

import { z } from 'zod';
import { peopleImportKinds } from '../domain/people/people-csv.js';
import { ZDate, ZId, ZName, ZTimestamp } from './common.js';

export const ZPeriodMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'use YYYY-MM');
const ZFigure = z.object({ value: z.number(), n: z.number().int(), ci: z.tuple([z.number(), z.number()]) });

export const ZPeopleKpi = z.object({
  kpi: z.string(),
  value: z.number().nullable(),
  n: z.number().int(),
  ci: z.tuple([z.number(), z.number()]).nullable(),
  lowSample: z.boolean(),
});
export type TPeopleKpi = z.infer<typeof ZPeopleKpi>;
export const ZPeopleKpiQuery = z.object({ relationship: ZId, from: ZDate, to: ZDate });

export const ZPeopleAgent = z.object({
  agentCode: z.string(),
  relationshipId: z.string().nullable(),
  team: z.string().nullable(),
  roleProfile: z.string().nullable(),
  startedOn: z.string(),
  leftOn: z.string().nullable(),
});
export type TPeopleAgent = z.infer<typeof ZPeopleAgent>;

export const ZPeopleImport = z.object({
  kind: z.enum(peopleImportKinds),
  content: z.string().min(1).max(5_000_000),
  mapping: z.record(z.string().max(60), z.string().max(200)).optional(),
  relationshipId: ZId.nullable().optional(),
});
export const ZPeopleImportResult = z.object({
  kind: z.enum(peopleImportKinds),
  imported: z.number().int(),
  unchanged: z.number().int(),
  rejects: z.array(z.object({ line: z.number().int(), field: z.string(), message: z.string() })),
});
export type TPeopleImportResult = z.infer<typeof ZPeopleImportResult>;

export const ZRoleProfile = z.object({ name: ZName, competences: z.array(z.string().trim().min(1).max(100)).max(100) });
export type TRoleProfile = z.infer<typeof ZRoleProfile>;

export const ZCompetenceMatrixRow = z.object({
  agentCode: z.string(),
  team: z.string().nullable(),
  roleProfile: z.string().nullable(),
  cells: z.array(z.object({ competence: z.string(), held: z.boolean(), expiresOn: z.string().nullable() })),
});
export type TCompetenceMatrixRow = z.infer<typeof ZCompetenceMatrixRow>;

export const ZNewCommunication = z.object({
  sentOn: ZDate,
  subject: z.string().trim().min(1).max(300),
  audience: z.string().trim().min(1).max(200),
  told: z.number().int().min(0).max(100_000),
  acknowledged: z.number().int().min(0).max(100_000),
});
export const ZCommunication = ZNewCommunication.extend({ id: ZId, createdAt: ZTimestamp });
export type TCommunication = z.infer<typeof ZCommunication>;

export const ZPulseSurvey = z.object({
  id: ZId,
  relationshipId: z.string().nullable(),
  title: z.string(),
  period: z.string(),
  groups: z.array(z.string()),
  status: z.enum(['open', 'closed']),
  createdAt: ZTimestamp,
});
export type TPulseSurvey = z.infer<typeof ZPulseSurvey>;

export const ZNewPulseSurvey = z.object({
  title: z.string().trim().min(1).max(200),
  period: ZPeriodMonth,
  relationshipId: ZId.nullable().default(null),
  groups: z
    .array(z.object({ name: z.string().trim().min(1).max(100), invitations: z.number().int().min(0).max(1000) }))
    .min(1)
    .max(50),
});
export const ZCreatedPulseSurvey = z.object({
  survey: ZPulseSurvey,
  invitations: z.array(z.object({ group: z.string(), token: z.string() })),
});

const ZPulseGroup = z.object({
  group: z.string(),
  invited: z.number().int(),
  respondents: z.number().int().nullable(),
  enps: ZFigure.nullable(),
  engagement: ZFigure.nullable(),
  suppressed: z.boolean(),
});
export type TPulseGroup = z.infer<typeof ZPulseGroup>;
export const ZPulseResults = z.object({
  survey: ZPulseSurvey,
  threshold: z.number().int(),
  groups: z.array(ZPulseGroup),
  overall: ZPulseGroup,
});
export type TPulseResults = z.infer<typeof ZPulseResults>;

export const ZPulseToken = z.object({
  token: z
    .string()
    .min(20)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/),
});
export const ZPulseForm = z.object({ title: z.string(), period: z.string(), items: z.array(z.string()) });
export const ZPulseAnswer = z
  .object({ enps: z.number().int().min(0).max(10), engagement: z.array(z.number().int().min(1).max(5)).length(5) })
  .strict();
