// src/contracts/contact-data.ts — API shapes of imports, the KPI dictionary and KPI queries

import { z } from 'zod';
import { outcomes } from '../domain/contacts/contact.js';
import { periodGroupings } from '../domain/kpi/compute.js';
import { kpiSources, kpiUnits } from '../domain/kpi/kpi-definition.js';
import { abandonRateVariants, serviceLevelVariants } from '../domain/kpi/formulas.js';
import { ZId, ZTimestamp } from './common.js';

export const ZImportStatus = z.enum(['running', 'completed', 'failed', 'interrupted', 'already_imported']);

export const ZImportRun = z.object({
  id: ZId,
  centreOrganisationId: ZId,
  format: z.string(),
  fileName: z.string(),
  fingerprint: z.string().describe('SHA-256 of the file'),
  bytes: z.number(),
  status: ZImportStatus,
  startedAt: ZTimestamp,
  finishedAt: ZTimestamp.nullable(),
  startedBy: z.string(),
  bytesRead: z.number().describe('Progress: bytes parsed so far'),
  linesRead: z.number(),
  rowsRead: z.number(),
  imported: z.number(),
  duplicates: z.number(),
  rejected: z.number(),
  skipped: z.number(),
  warnings: z.number(),
  agentStates: z.number(),
  detail: z.object({
    queuesCreated: z.array(z.string()),
    warningCodes: z.record(z.string(), z.number()),
    centreCreated: z.string().optional(),
    mapping: z.string().optional(),
    alreadyImportedAs: z.string().optional(),
    pendingAtEnd: z.number().optional(),
  }),
  error: z.string().nullable(),
});
export type TImportRun = z.infer<typeof ZImportRun>;

export const ZImportReject = z.object({ line: z.number(), reason: z.string(), raw: z.string() });

export const ZImportFormat = z.enum(['queue_log', 'csv', 'jsonl']);

export const ZKpiDefinition = z.object({
  id: z.string(),
  name: z.object({ sv: z.string(), en: z.string() }),
  definition: z.object({ sv: z.string(), en: z.string() }),
  formula: z.string(),
  parameters: z.array(z.string()),
  unit: z.enum(kpiUnits),
  better: z.enum(['higher', 'lower', 'neither']),
  source: z.enum(kpiSources),
  iso: z.object({ area: z.string(), clauses: z.array(z.string()) }),
});
export type TKpiDefinition = z.infer<typeof ZKpiDefinition>;

const csv = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .or(z.array(z.string()));
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?$/, 'use YYYY-MM-DD or YYYY-MM-DDTHH:MM');

export const ZKpiQuery = z.object({
  queue: csv.optional().describe('Queue ids or codes (comma-separated or repeated); default every visible queue'),
  from: localDateTime.describe("Inclusive start, in the centre's time zone"),
  to: localDateTime.describe('Exclusive end, same form'),
  by: csv
    .pipe(z.array(z.enum([...periodGroupings, 'queue'])))
    .optional()
    .describe('Group by queue and/or one period: interval, hour, day, week, month'),
  slThreshold: z.coerce.number().int().min(1).max(600).optional().describe('Service-level threshold T in seconds (inclusive); default 20'),
  slVariant: z.enum(serviceLevelVariants).optional().describe('Service-level denominator; default offered_minus_short'),
  shortAbandon: z.coerce.number().int().min(0).max(600).optional().describe('Short-abandon threshold in seconds; default 5'),
  abandonVariant: z.enum(abandonRateVariants).optional(),
  abandonOutcomes: csv
    .pipe(z.array(z.enum(outcomes)))
    .optional()
    .describe('Which exits count as abandoned'),
  repeatWindowDays: z.coerce.number().min(1).max(90).optional(),
  kpis: csv.optional().describe('KPI ids; default all'),
});

export const ZKpiResult = z.object({
  timeZone: z.string(),
  from: z.string(),
  to: z.string(),
  by: z.array(z.string()),
  parameters: z.object({
    thresholdSeconds: z.number(),
    shortAbandonSeconds: z.number(),
    slVariant: z.enum(serviceLevelVariants),
    abandonVariant: z.enum(abandonRateVariants),
    abandonOutcomes: z.array(z.enum(outcomes)),
    repeatWindowDays: z.number(),
  }),
  queues: z.array(z.object({ id: ZId, code: z.string(), name: z.string() })),
  groups: z.array(
    z.object({
      queue: z.string().optional(),
      queueId: z.string().optional(),
      periodStart: z.string().optional(),
      kpis: z.record(z.string(), z.number().nullable()),
    }),
  ),
});
export type TKpiResult = z.infer<typeof ZKpiResult>;
