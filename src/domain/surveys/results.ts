// src/domain/surveys/results.ts — survey results of a set of answers: CSAT, NPS, CES (with n and CI) overall and broken down by queue, agent or period

import { epochToZoned, startOfLocalDay, startOfLocalMonth, startOfLocalWeek } from '../shared/time-zone.js';
import { type Estimate, cesOf, csatOf, npsOf } from './statistics.js';
import { type ScaleKind, type Survey, type SurveyResponse, scoreOf } from './survey.js';

export const resultGroupings = ['queue', 'agent', 'day', 'week', 'month'] as const;
export type ResultGrouping = (typeof resultGroupings)[number];

export type ScoreSet = { responses: number; csat: Estimate; nps: Estimate; ces: Estimate };
export type ResultGroup = ScoreSet & { key: string };

/** The scores of each kind in a set of answers (each answer counted under the survey it belongs to). */
export const scoresOf = (surveys: ReadonlyMap<string, Pick<Survey, 'questions'>>, responses: readonly SurveyResponse[]): ScoreSet => {
  const by: Record<ScaleKind, number[]> = { csat: [], nps: [], ces: [] };
  for (const r of responses) {
    const s = surveys.get(r.surveyId);
    if (!s) continue;
    for (const kind of ['csat', 'nps', 'ces'] as const) {
      const v = scoreOf(s, kind, r.answers);
      if (v !== null) by[kind].push(v);
    }
  }
  return { responses: responses.length, csat: csatOf(by.csat), nps: npsOf(by.nps), ces: cesOf(by.ces) };
};

const two = (n: number): string => String(n).padStart(2, '0');
const dayText = (zone: string, ms: number): string => {
  const z = epochToZoned(zone, ms);
  return `${z.year}-${two(z.month)}-${two(z.day)}`;
};

/** The group an answer falls in: its queue, its agent (`–` when not tied), or the local day, ISO week's Monday or month. */
export const groupKeyOf = (r: SurveyResponse, by: ResultGrouping, zone: string): string => {
  const ms = Date.parse(r.answeredAt);
  switch (by) {
    case 'queue':
      return r.queueId ?? '';
    case 'agent':
      return r.agent ?? '';
    case 'day':
      return dayText(zone, startOfLocalDay(zone, ms));
    case 'week':
      return dayText(zone, startOfLocalWeek(zone, ms));
    case 'month':
      return dayText(zone, startOfLocalMonth(zone, ms)).slice(0, 7);
  }
};

/** Results per group, in key order; an empty key holds answers not tied to a queue or agent. */
export const groupResults = (
  surveys: ReadonlyMap<string, Pick<Survey, 'questions'>>,
  responses: readonly SurveyResponse[],
  by: ResultGrouping,
  zone: string,
): ResultGroup[] => {
  const groups = new Map<string, SurveyResponse[]>();
  for (const r of responses) {
    const key = groupKeyOf(r, by, zone);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, rs]) => ({ key, ...scoresOf(surveys, rs) }));
};
