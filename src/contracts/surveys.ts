// src/contracts/surveys.ts — API shapes of customer surveys: the survey, invitations, answers (API and CSV), results with n and CI, the public link

import { z } from 'zod';
import { questionKinds, surveyStatuses } from '../domain/surveys/survey.js';
import { resultGroupings } from '../domain/surveys/results.js';
import { ZChannel, ZDate, ZId, ZTimestamp } from './common.js';

export const ZSurveyQuestion = z.object({
  id: z.string().regex(/^[a-z0-9_-]{1,40}$/, 'lower-case letters, digits, - or _'),
  kind: z.enum(questionKinds),
  label: z.object({ sv: z.string().min(1).max(300), en: z.string().min(1).max(300) }),
  required: z.boolean(),
});
export type TSurveyQuestion = z.infer<typeof ZSurveyQuestion>;

export const ZSurvey = z.object({
  id: ZId,
  relationshipId: ZId,
  centreOrganisationId: ZId,
  name: z.string(),
  status: z.enum(surveyStatuses),
  questions: z.array(ZSurveyQuestion),
  queueIds: z.array(ZId),
  channels: z.array(ZChannel),
  createdAt: ZTimestamp,
  createdBy: z.string().nullable(),
  updatedAt: ZTimestamp,
});
export type TSurvey = z.infer<typeof ZSurvey>;

export const ZNewSurvey = z.object({
  relationshipId: ZId,
  name: z.string().trim().min(1).max(200),
  questions: z.array(ZSurveyQuestion).min(1).max(20),
  queueIds: z.array(ZId).max(200).optional(),
  channels: z.array(ZChannel).max(20).optional(),
});
export type TNewSurvey = z.infer<typeof ZNewSurvey>;

export const ZSurveyPatch = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  questions: z.array(ZSurveyQuestion).min(1).max(20).optional(),
  queueIds: z.array(ZId).max(200).optional(),
  channels: z.array(ZChannel).max(20).optional(),
  status: z.enum(surveyStatuses).optional(),
});

export const ZIssueInvitations = z.object({
  count: z.number().int().min(1).max(5000).optional().describe('Untied links to issue (default 1)'),
  contacts: z
    .array(z.string().min(1).max(200))
    .max(5000)
    .optional()
    .describe('Contact source ids: one link per contact, tied to its queue and agent'),
  validDays: z.number().int().min(1).max(365).optional(),
});
export const ZIssuedInvitation = z.object({
  token: z.string(),
  path: z.string().describe('The public page: /survey/<token> (add ?lang=en for English)'),
  contactSourceId: z.string().nullable(),
  tied: z.boolean(),
  expiresAt: ZTimestamp,
});

const ZAnswerValue = z.union([z.number(), z.string().max(2000)]);
export const ZAnswers = z.record(z.string().max(40), ZAnswerValue);
export const ZGivenAnswers = z.object({
  answers: z
    .array(z.object({ answers: ZAnswers, contactSourceId: z.string().max(200).nullable().optional(), answeredAt: ZTimestamp.optional() }))
    .min(1)
    .max(5000),
});
export const ZAnswerImport = z.object({
  content: z.string().max(10_000_000).describe('The CSV text (header row first)'),
  mapping: z.object({
    answeredAt: z.string().min(1).max(200),
    contact: z.string().min(1).max(200).optional(),
    answers: z.record(z.string().max(40), z.string().min(1).max(200)),
  }),
});
export const ZRecordAnswersResult = z.object({
  recorded: z.number(),
  tied: z.number(),
  rejected: z.array(
    z.object({ index: z.number(), line: z.number().optional(), issues: z.array(z.object({ path: z.string(), message: z.string() })) }),
  ),
});

export const ZEstimate = z.object({
  value: z.number().nullable(),
  n: z.number(),
  ci: z.tuple([z.number(), z.number()]).nullable(),
  lowSample: z.boolean(),
});
export type TEstimate = z.infer<typeof ZEstimate>;
const ZScoreSet = z.object({ responses: z.number(), csat: ZEstimate, nps: ZEstimate, ces: ZEstimate });
export const ZSurveyResults = ZScoreSet.extend({
  from: ZDate,
  to: ZDate,
  timeZone: z.string(),
  surveys: z.array(z.object({ id: ZId, name: z.string() })),
  responseRate: ZEstimate,
  invitations: z.number(),
  by: z.enum(resultGroupings).nullable(),
  groups: z.array(ZScoreSet.extend({ key: z.string() })),
  comments: z.array(z.object({ answeredAt: ZTimestamp, questionId: z.string(), text: z.string() })),
});
export type TSurveyResults = z.infer<typeof ZSurveyResults>;

export const ZSurveyResultsQuery = z.object({
  relationship: ZId.optional(),
  survey: ZId.optional(),
  from: ZDate,
  to: ZDate,
  queues: z.string().max(4000).optional().describe('Comma-separated queue ids'),
  by: z.enum(resultGroupings).optional(),
});

/** What the public survey link returns: the questions, or that the link is used or the survey closed. */
export const ZPublicSurvey = z.discriminatedUnion('state', [
  z.object({ state: z.literal('open'), name: z.string(), questions: z.array(ZSurveyQuestion) }),
  z.object({ state: z.enum(['used', 'closed']) }),
]);
export const ZSurveyToken = z.object({
  token: z
    .string()
    .min(20)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/),
});
export const ZPublicAnswers = z.object({ answers: ZAnswers });
