// src/domain/surveys/survey.ts — a customer survey (CSAT, NPS, CES and free-text questions), its invitations and answers, and their checks

import type { Channel } from '../organisations/model.js';
import type { FieldIssue } from '../shared/errors.js';

export const questionKinds = ['csat', 'nps', 'ces', 'text'] as const;
export type QuestionKind = (typeof questionKinds)[number];
export type ScaleKind = Exclude<QuestionKind, 'text'>;

/** The scales (ISO 18295-1 4.3 asks the centre to measure customer experience; these are the usual three). */
export const scales: Record<ScaleKind, { min: number; max: number }> = {
  csat: { min: 1, max: 5 },
  nps: { min: 0, max: 10 },
  ces: { min: 1, max: 7 },
};

export type SurveyQuestion = { id: string; kind: QuestionKind; label: { sv: string; en: string }; required: boolean };
export const surveyStatuses = ['active', 'closed'] as const;
export type SurveyStatus = (typeof surveyStatuses)[number];

/** A survey belongs to one relationship and is run by its centre on some of the relationship's queues and channels. */
export type Survey = {
  id: string;
  relationshipId: string;
  centreOrganisationId: string;
  name: string;
  status: SurveyStatus;
  questions: SurveyQuestion[];
  /** Queues of the relationship it is attached to (empty: all of them). */
  queueIds: string[];
  /** Channels it is sent on (empty: all). */
  channels: Channel[];
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
};

export type AnswerValue = number | string;
export const responseVias = ['page', 'api', 'import'] as const;
export type ResponseVia = (typeof responseVias)[number];

/** Where a contact puts an answer: the queue, agent and channel of the contact it is tied to (by the contact's source id). */
export type ContactTie = { contactSourceId: string | null; queueId: string | null; agent: string | null; channel: string | null };

export type SurveyResponse = ContactTie & {
  id: string;
  surveyId: string;
  relationshipId: string;
  invitationId: string | null;
  via: ResponseVia;
  answeredAt: string;
  answers: Record<string, AnswerValue>;
};

/** A one-time link: only the SHA-256 of its token is kept; used once, then refused. */
export type SurveyInvitation = ContactTie & {
  id: string;
  surveyId: string;
  relationshipId: string;
  tokenHash: string;
  issuedAt: string;
  expiresAt: string;
  usedAt: string | null;
};

const idPattern = /^[a-z0-9_-]{1,40}$/;

export type SurveyDraft = { name: string; questions: SurveyQuestion[] };

/** What is wrong with a survey's name and questions, by field path. */
export const surveyIssues = (d: SurveyDraft): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  if (d.name.trim().length === 0 || d.name.length > 200) issues.push({ path: 'name', message: 'a name of 1–200 characters' });
  if (d.questions.length === 0 || d.questions.length > 20) issues.push({ path: 'questions', message: 'between 1 and 20 questions' });
  const seen = new Set<string>();
  d.questions.forEach((q, i) => {
    if (!idPattern.test(q.id)) issues.push({ path: `questions.${i}.id`, message: 'lower-case letters, digits, - or _ (at most 40)' });
    else if (seen.has(q.id)) issues.push({ path: `questions.${i}.id`, message: `question id ${q.id} is used twice` });
    seen.add(q.id);
    if (!questionKinds.includes(q.kind)) issues.push({ path: `questions.${i}.kind`, message: 'csat, nps, ces or text' });
    for (const l of ['sv', 'en'] as const)
      if (q.label[l].trim().length === 0 || q.label[l].length > 300)
        issues.push({ path: `questions.${i}.label.${l}`, message: 'a question text of 1–300 characters' });
  });
  return issues;
};

/**
 * Checks answers against the survey: every key a question of it, a scale answer a whole number on
 * its scale, a text at most 2,000 characters, every required question answered. Empty answers are
 * dropped (an optional question left blank is no answer). Returns the cleaned answers.
 */
export const checkAnswers = (
  survey: Pick<Survey, 'questions'>,
  raw: Record<string, unknown>,
): { answers: Record<string, AnswerValue>; issues: FieldIssue[] } => {
  const issues: FieldIssue[] = [];
  const answers: Record<string, AnswerValue> = {};
  const byId = new Map(survey.questions.map((q) => [q.id, q]));
  for (const key of Object.keys(raw)) if (!byId.has(key)) issues.push({ path: `answers.${key}`, message: 'no such question' });
  for (const q of survey.questions) {
    const v = raw[q.id];
    const empty = v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
    if (empty) {
      if (q.required) issues.push({ path: `answers.${q.id}`, message: 'an answer is required' });
      continue;
    }
    if (q.kind === 'text') {
      if (typeof v !== 'string' || v.length > 2000) issues.push({ path: `answers.${q.id}`, message: 'a text of at most 2,000 characters' });
      else answers[q.id] = v.trim();
      continue;
    }
    const { min, max } = scales[q.kind];
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d{1,2}\s*$/.test(v) ? Number(v) : Number.NaN;
    if (!Number.isInteger(n) || n < min || n > max)
      issues.push({ path: `answers.${q.id}`, message: `a whole number from ${min} to ${max}` });
    else answers[q.id] = n;
  }
  if (issues.length === 0 && Object.keys(answers).length === 0) issues.push({ path: 'answers', message: 'answer at least one question' });
  return { answers, issues };
};

/** The score of the first question of a kind in an answer, if it was answered. */
export const scoreOf = (survey: Pick<Survey, 'questions'>, kind: ScaleKind, answers: Record<string, AnswerValue>): number | null => {
  for (const q of survey.questions) {
    if (q.kind !== kind) continue;
    const v = answers[q.id];
    if (typeof v === 'number') return v;
  }
  return null;
};
