// src/contracts/qa.ts — API shapes of quality monitoring: scorecard files and versions, evaluations, sampling, calibration

import { z } from 'zod';
import { evaluationStatuses } from '../domain/qa/evaluation.js';
import { criticalKinds } from '../domain/qa/scorecard.js';
import { ZDate, ZId, ZTimestamp } from './common.js';

const ZKey = z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,63}$/, 'use lower-case letters, digits, _ . - (at most 64)');

/** A scorecard file (YAML or JSON): weight defaults to 1, max to 1 (yes/no), N/A to not allowed. */
export const ZScorecardFile = z
  .object({
    key: ZKey,
    name: z.string().trim().min(1).max(200),
    sections: z
      .array(
        z
          .object({
            id: ZKey,
            title: z.string().trim().min(1).max(200),
            criteria: z
              .array(
                z
                  .object({
                    id: ZKey,
                    title: z.string().trim().min(1).max(500),
                    weight: z.number().positive().max(100).default(1),
                    max: z.number().int().min(1).max(10).default(1),
                    na: z.boolean().default(false),
                    critical: z.enum(criticalKinds).optional(),
                  })
                  .strict(),
              )
              .min(1)
              .max(100),
          })
          .strict(),
      )
      .min(1)
      .max(30),
  })
  .strict();
export type TScorecardFile = z.infer<typeof ZScorecardFile>;

const ZCriterion = z.object({
  id: z.string(),
  title: z.string(),
  weight: z.number(),
  max: z.number().int(),
  allowNa: z.boolean(),
  critical: z.enum(criticalKinds).nullable(),
});
export const ZScorecardContent = z.object({
  key: z.string(),
  name: z.string(),
  sections: z.array(z.object({ id: z.string(), title: z.string(), criteria: z.array(ZCriterion) })),
});

export const ZScorecard = z.object({
  id: ZId,
  centreOrganisationId: ZId,
  key: z.string(),
  version: z.number().int(),
  name: z.string(),
  content: ZScorecardContent,
  contentHash: z.string(),
  createdAt: ZTimestamp,
  createdBy: z.string().nullable(),
});
export type TScorecard = z.infer<typeof ZScorecard>;

export const ZScorecardProblem = z.object({
  file: z.string(),
  line: z.number(),
  column: z.number(),
  path: z.string(),
  message: z.string(),
});
export const ZScorecardLoadResult = z.object({ scorecard: ZScorecard, created: z.boolean() });

/** Points 0…max per criterion id, null for not applicable. */
export const ZAnswers = z.record(z.string().max(64), z.number().int().min(0).max(10).nullable());

export const ZEvaluation = z.object({
  id: ZId,
  centreOrganisationId: ZId,
  relationshipId: ZId,
  queueId: ZId.nullable(),
  contactSourceId: z.string(),
  contactAt: ZTimestamp,
  agent: z.string(),
  agentUserId: ZId.nullable(),
  scorecardId: ZId,
  evaluatorUserId: ZId.nullable(),
  evaluatorName: z.string(),
  answers: ZAnswers,
  score: z.number().nullable(),
  sections: z.array(z.object({ sectionId: z.string(), score: z.number().nullable() })),
  criticalErrors: z.array(z.enum(criticalKinds)),
  status: z.enum(evaluationStatuses),
  agentComment: z.string().nullable(),
  coachingNotes: z.string().nullable(),
  calibrationSessionId: ZId.nullable(),
  evaluatedAt: ZTimestamp,
  respondedAt: ZTimestamp.nullable(),
});
export type TEvaluation = z.infer<typeof ZEvaluation>;

export const ZEvaluationInput = z.object({
  relationshipId: ZId,
  queueId: ZId.nullable().default(null),
  contactSourceId: z.string().trim().min(1).max(200),
  contactAt: z.string().datetime({ offset: true }),
  agent: z.string().trim().min(1).max(200),
  agentUserId: ZId.nullable().default(null),
  scorecardId: ZId,
  answers: ZAnswers,
  coachingNotes: z.string().max(10_000).nullable().default(null),
});
export type TEvaluationInput = z.infer<typeof ZEvaluationInput>;

export const ZEvaluationResponse = z.object({
  response: z.enum(['acknowledged', 'disputed']),
  comment: z.string().max(4000).nullable().default(null),
});

export const ZSampleRequest = z.object({
  relationshipId: ZId,
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'use YYYY-MM'),
  perAgent: z.number().int().min(1).max(100),
  perQueue: z.boolean().default(false),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31)
    .default(1),
});
export const ZSampledContact = z.object({ sourceId: z.string(), agent: z.string(), queueId: ZId, enteredAt: ZTimestamp });

export const ZCalibrationInput = z.object({
  relationshipId: ZId,
  scorecardId: ZId,
  contactSourceId: z.string().trim().min(1).max(200),
  title: z.string().trim().min(1).max(200),
  heldOn: ZDate,
});
export const ZCalibrationSession = z.object({
  id: ZId,
  centreOrganisationId: ZId,
  relationshipId: ZId,
  scorecardId: ZId,
  contactSourceId: z.string(),
  title: z.string(),
  heldOn: ZDate,
  createdAt: ZTimestamp,
  createdBy: z.string().nullable(),
});
export const ZCalibrationAgreement = z.object({
  raters: z.number().int(),
  criteria: z.array(
    z.object({
      criterionId: z.string(),
      n: z.number().int(),
      min: z.number().nullable(),
      max: z.number().nullable(),
      range: z.number().nullable(),
      sd: z.number().nullable(),
      agreement: z.number().nullable(),
    }),
  ),
  kappa: z.number().nullable(),
  scoreRange: z.number().nullable(),
});
export const ZCalibrationView = z.object({
  session: ZCalibrationSession,
  scorecard: ZScorecard,
  scores: z.array(ZEvaluation),
  agreement: ZCalibrationAgreement,
});
export type TCalibrationView = z.infer<typeof ZCalibrationView>;
export type TCalibrationSession = z.infer<typeof ZCalibrationSession>;
