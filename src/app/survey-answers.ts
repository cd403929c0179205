// src/app/survey-answers.ts — survey answers arriving by the public one-time link, by API or by CSV import with a column mapping

import { type Scope, systemScope } from '../domain/access/scope.js';
import { type AnswerMapping, parseAnswerCsv } from '../domain/surveys/csv-answers.js';
import { AppError, type FieldIssue } from '../domain/shared/errors.js';
import { type Survey, type SurveyResponse, checkAnswers } from '../domain/surveys/survey.js';
import { type Caller, recordChange } from './caller.js';
import { loadSurvey, partiesOfSurvey, tieToContact } from './manage-surveys.js';
import type { Deps } from './ports.js';

/** The audit-trail actor of an answer given through a public link: no one signed in. */
const publicCaller: Caller = { scope: { userId: null, platformAdmin: false, org: null } satisfies Scope, label: 'public:survey' };

/** What the public page may show: the survey's name and questions, nothing of the relationship or the contact. */
export type PublicSurvey = { state: 'open'; name: string; questions: Survey['questions'] } | { state: 'used' | 'closed' };

/** Reads the survey a one-time link opens; null when the token names nothing (or has expired). */
export const readSurveyByToken = async (deps: Deps, token: string): Promise<PublicSurvey | null> => {
  const inv = await deps.store.surveys.invitationByTokenHash(deps.secrets.sha256(token));
  if (!inv || inv.expiresAt <= deps.clock().toISOString()) return null;
  const s = await deps.store.surveys.findUnscoped(inv.surveyId);
  if (!s) return null;
  if (inv.usedAt !== null) return { state: 'used' };
  if (s.status !== 'active') return { state: 'closed' };
  return { state: 'open', name: s.name, questions: s.questions };
};

/**
 * Records the answers given through a one-time link. The link is spent in the same transaction
 * (a conditional update), so two submissions racing each other record one answer.
 */
export const answerByToken = async (deps: Deps, token: string, raw: Record<string, unknown>): Promise<void> =>
  deps.store.transaction(async (tx) => {
    const inv = await tx.surveys.invitationByTokenHash(deps.secrets.sha256(token));
    const now = deps.clock().toISOString();
    if (!inv || inv.expiresAt <= now) throw new AppError('CCQ_ERR_NOT_FOUND');
    const s = await tx.surveys.findUnscoped(inv.surveyId);
    if (!s) throw new AppError('CCQ_ERR_NOT_FOUND');
    if (inv.usedAt !== null) throw new AppError('CCQ_ERR_INVALID_STATE', 'This survey link has already been used');
    if (s.status !== 'active') throw new AppError('CCQ_ERR_INVALID_STATE', 'This survey is closed');
    const { answers, issues } = checkAnswers(s, raw);
    if (issues.length) throw new AppError('CCQ_ERR_VALIDATION', 'The answers are not valid', issues);
    if (!(await tx.surveys.useInvitation(inv.id, now)))
      throw new AppError('CCQ_ERR_INVALID_STATE', 'This survey link has already been used');
    const r: SurveyResponse = {
      id: deps.ids(),
      surveyId: s.id,
      relationshipId: s.relationshipId,
      invitationId: inv.id,
      via: 'page',
      answeredAt: now,
      contactSourceId: inv.contactSourceId,
      queueId: inv.queueId,
      agent: inv.agent,
      channel: inv.channel,
      answers,
    };
    await tx.surveys.insertResponses([r]);
    await recordChange(tx, deps, publicCaller, {
      organisationIds: await partiesOfSurvey(tx, s),
      entity: 'survey_response',
      entityId: r.id,
      action: 'create',
      before: null,
      after: { surveyId: s.id, via: r.via, answers },
    });
  });

export type GivenAnswer = {
  answers: Record<string, unknown>;
  contactSourceId?: string | null | undefined;
  answeredAt?: string | undefined;
};
export type RecordAnswersResult = { recorded: number; tied: number; rejected: { index: number; line?: number; issues: FieldIssue[] }[] };

/** Stores checked answers of one survey (API or import), each tied to its contact when the source id is known; one audit entry for the batch. */
const storeAnswers = async (
  deps: Deps,
  caller: Caller,
  surveyId: string,
  via: 'api' | 'import',
  given: (GivenAnswer & { line?: number })[],
): Promise<RecordAnswersResult> =>
  deps.store.transaction(async (tx) => {
    const s = await loadSurvey(tx, caller, surveyId, 'survey:manage');
    if (s.status !== 'active') throw new AppError('CCQ_ERR_INVALID_STATE', 'The survey is closed; it takes no answers');
    const now = deps.clock().toISOString();
    const rows: SurveyResponse[] = [];
    const rejected: RecordAnswersResult['rejected'] = [];
    for (const [index, g] of given.entries()) {
      const { answers, issues } = checkAnswers(s, g.answers);
      const at = g.answeredAt ?? now;
      if (Number.isNaN(Date.parse(at)) || Date.parse(at) > Date.parse(now))
        issues.push({ path: 'answeredAt', message: 'a time that is not in the future' });
      if (issues.length) {
        rejected.push({ index, ...(g.line !== undefined ? { line: g.line } : {}), issues });
        continue;
      }
      const tie = await tieToContact(tx, s.centreOrganisationId, g.contactSourceId);
      rows.push({
        id: deps.ids(),
        surveyId: s.id,
        relationshipId: s.relationshipId,
        invitationId: null,
        via,
        answeredAt: new Date(at).toISOString(),
        ...tie,
        answers,
      });
    }
    await tx.surveys.insertResponses(rows);
    if (rows.length)
      await recordChange(tx, deps, caller, {
        organisationIds: await partiesOfSurvey(tx, s),
        entity: 'survey_response',
        entityId: s.id,
        action: 'create',
        before: null,
        after: { surveyId: s.id, via, recorded: rows.length, rejected: rejected.length },
      });
    return { recorded: rows.length, tied: rows.filter((r) => r.queueId !== null).length, rejected };
  });

/** Answers sent by API (a system that runs its own survey tool). */
export const recordAnswers = (deps: Deps, caller: Caller, surveyId: string, given: GivenAnswer[]): Promise<RecordAnswersResult> =>
  storeAnswers(deps, caller, surveyId, 'api', given);

/** Answers from a CSV file with a column mapping; times without an offset are read in the centre's time zone. */
export const importAnswers = async (
  deps: Deps,
  caller: Caller,
  surveyId: string,
  o: { text: string; mapping: AnswerMapping },
): Promise<RecordAnswersResult> => {
  const s = await loadSurvey(deps.store, caller, surveyId, 'survey:manage');
  const centre = await deps.store.organisations.findById(systemScope, s.centreOrganisationId);
  const zone = centre?.timeZone ?? 'Europe/Stockholm';
  const parsed = parseAnswerCsv(o.text, o.mapping, zone);
  if (parsed.missingColumns.length)
    throw new AppError(
      'CCQ_ERR_VALIDATION',
      'The file lacks mapped columns',
      parsed.missingColumns.map((c) => ({ path: 'mapping', message: `no column "${c}" in the header` })),
    );
  const result = await storeAnswers(
    deps,
    caller,
    surveyId,
    'import',
    parsed.rows.map((r) => ({
      line: r.line,
      answers: r.answers,
      contactSourceId: r.contactSourceId,
      answeredAt: new Date(r.answeredAt).toISOString(),
    })),
  );
  const fileRejects = parsed.rejects.map((r) => ({ index: -1, line: r.line, issues: [{ path: 'answeredAt', message: r.message }] }));
  return { ...result, rejected: [...fileRejects, ...result.rejected] };
};
