// src/app/survey-results.ts — survey results of a relationship (or one survey) over local dates: scores with n and CI, response rate, breakdowns, comments

import { systemScope } from '../domain/access/scope.js';
import { AppError } from '../domain/shared/errors.js';
import { parseLocalDateTime } from '../domain/shared/local-time.js';
import { type ResultGroup, type ResultGrouping, type ScoreSet, groupResults, scoresOf } from '../domain/surveys/results.js';
import { type Estimate, responseRateOf } from '../domain/surveys/statistics.js';
import type { Survey, SurveyResponse } from '../domain/surveys/survey.js';
import type { Caller } from './caller.js';
import { loadSurvey } from './manage-surveys.js';
import type { Deps } from './ports.js';

export type SurveyResultsOptions = {
  relationshipId?: string | undefined;
  surveyId?: string | undefined;
  /** Local dates in the centre's zone: `from` inclusive, `to` exclusive. */
  from: string;
  to: string;
  queueIds?: string[] | undefined;
  by?: ResultGrouping | undefined;
  timeZone?: string | undefined;
};

export type SurveyResults = ScoreSet & {
  from: string;
  to: string;
  timeZone: string;
  surveys: { id: string; name: string }[];
  responseRate: Estimate;
  invitations: number;
  by: ResultGrouping | null;
  groups: ResultGroup[];
  /** The latest free-text answers (at most 50), without anything that names the customer. */
  comments: { answeredAt: string; questionId: string; text: string }[];
};

/** A local date range as ISO instants in `zone`; the dates are checked. */
export const instantsOf = (zone: string, from: string, to: string): { from: string; to: string } => {
  const a = /^\d{4}-\d{2}-\d{2}$/.test(from) ? parseLocalDateTime(zone, from) : null;
  const b = /^\d{4}-\d{2}-\d{2}$/.test(to) ? parseLocalDateTime(zone, to) : null;
  const issues = [
    ...(a === null ? [{ path: 'from', message: 'a date YYYY-MM-DD' }] : []),
    ...(b === null ? [{ path: 'to', message: 'a date YYYY-MM-DD' }] : []),
  ];
  if (a !== null && b !== null && b <= a) issues.push({ path: 'to', message: 'after from' });
  if (issues.length || a === null || b === null) throw new AppError('CCQ_ERR_VALIDATION', 'The period is not valid', issues);
  return { from: new Date(a).toISOString(), to: new Date(b).toISOString() };
};

/** The surveys in question: one (checked) or all the caller sees of a relationship. */
export const surveysFor = async (deps: Deps, caller: Caller, o: { relationshipId?: string | undefined; surveyId?: string | undefined }) => {
  if (o.surveyId) return [await loadSurvey(deps.store, caller, o.surveyId, 'survey:read')];
  if (!o.relationshipId)
    throw new AppError('CCQ_ERR_VALIDATION', 'Name a survey or a relationship', [{ path: 'relationship', message: 'required' }]);
  const rel = await deps.store.relationships.findById(caller.scope, o.relationshipId);
  if (!rel) throw new AppError('CCQ_ERR_RELATIONSHIP_NOT_FOUND');
  return deps.store.surveys.list(caller.scope, rel.id);
};

/** The answers and invitation outcomes of some surveys in a period, limited to queues when given. */
export const surveyData = async (deps: Deps, surveys: Survey[], period: { from: string; to: string }, queueIds: string[]) => {
  const ids = surveys.map((s) => s.id);
  const inQueues = (q: string | null) => queueIds.length === 0 || (q !== null && queueIds.includes(q));
  const responses = (await deps.store.surveys.responses(ids, period.from, period.to)).filter((r) => inQueues(r.queueId));
  const invitations = (await deps.store.surveys.invitationCounts(ids, period.from, period.to)).filter((i) => inQueues(i.queueId));
  return { responses, invitations, byId: new Map(surveys.map((s) => [s.id, s])) };
};

const commentsOf = (byId: Map<string, Survey>, responses: SurveyResponse[]): SurveyResults['comments'] => {
  const out: SurveyResults['comments'] = [];
  for (const r of [...responses].reverse()) {
    for (const q of byId.get(r.surveyId)?.questions ?? []) {
      const v = r.answers[q.id];
      if (q.kind === 'text' && typeof v === 'string' && v) out.push({ answeredAt: r.answeredAt, questionId: q.id, text: v });
    }
    if (out.length >= 50) break;
  }
  return out.slice(0, 50);
};

/** Results over a period: CSAT, NPS and CES each with n, 95 % CI and the small-sample flag; response rate; an optional breakdown. */
export const surveyResults = async (deps: Deps, caller: Caller, o: SurveyResultsOptions): Promise<SurveyResults> => {
  const surveys = await surveysFor(deps, caller, o);
  const centreId = surveys[0]?.centreOrganisationId;
  const centre = centreId ? await deps.store.organisations.findById(systemScope, centreId) : null;
  const timeZone = o.timeZone ?? centre?.timeZone ?? 'Europe/Stockholm';
  const period = instantsOf(timeZone, o.from, o.to);
  const { responses, invitations, byId } = await surveyData(deps, surveys, period, o.queueIds ?? []);
  return {
    ...scoresOf(byId, responses),
    from: o.from,
    to: o.to,
    timeZone,
    surveys: surveys.map((s) => ({ id: s.id, name: s.name })),
    responseRate: responseRateOf(invitations.filter((i) => i.used).length, invitations.length),
    invitations: invitations.length,
    by: o.by ?? null,
    groups: o.by ? groupResults(byId, responses, o.by, timeZone) : [],
    comments: commentsOf(byId, responses),
  };
};
