// src/app/manage-pulse.ts — anonymous employee pulse surveys: created with one-time invitations, answered without sign-in, read only as groups of at least five

import { authorize } from '../domain/access/can.js';
import {
  ANONYMITY_THRESHOLD,
  type PulseAnswer,
  type PulseFigure,
  type PulseSurvey,
  addSums,
  answerIssues,
  engagementItems,
  engagementOf,
  engagementScore,
  enpsOf,
} from '../domain/people/pulse.js';
import { AppError } from '../domain/shared/errors.js';
import { type Caller, recordChange } from './caller.js';
import { peopleCentre } from './manage-people.js';
import type { Deps } from './ports.js';

const notFound = 'CCQ_ERR_PULSE_SURVEY_NOT_FOUND' as const;

export type CreatePulseSurveyOptions = {
  title: string;
  period: string;
  relationshipId: string | null;
  /** Each group (team, site) with the number of one-time invitations to issue for it. */
  groups: { name: string; invitations: number }[];
};

/** The survey and its invitation tokens, which are shown this once and stored only as SHA-256. */
export type CreatedPulseSurvey = { survey: PulseSurvey; invitations: { group: string; token: string }[] };

const loadSurvey = async (deps: Deps, caller: Caller, id: string, action: 'people:read' | 'people:manage'): Promise<PulseSurvey> => {
  const s = await deps.store.pulse.findById(id);
  if (!s) throw new AppError(notFound);
  authorize(caller.scope, action, { type: 'people', centreOrganisationId: s.centreOrganisationId }, notFound);
  return s;
};

export const createPulseSurvey = async (deps: Deps, caller: Caller, o: CreatePulseSurveyOptions): Promise<CreatedPulseSurvey> => {
  const centreId = peopleCentre(caller, 'people:manage');
  if (o.relationshipId !== null) {
    const rel = await deps.store.relationships.findById(caller.scope, o.relationshipId);
    if (!rel || rel.centreOrganisationId !== centreId) throw new AppError('CCQ_ERR_RELATIONSHIP_NOT_FOUND');
  }
  const names = o.groups.map((g) => g.name.trim());
  if (new Set(names).size !== names.length || names.some((n) => n === ''))
    throw new AppError('CCQ_ERR_VALIDATION', 'Groups need distinct names', [{ path: 'groups', message: 'distinct, non-empty names' }]);
  const survey: PulseSurvey = {
    id: deps.ids(),
    centreOrganisationId: centreId,
    relationshipId: o.relationshipId,
    title: o.title.trim(),
    period: o.period,
    groups: names,
    status: 'open',
    createdAt: deps.clock().toISOString(),
    createdBy: caller.scope.userId,
  };
  const invitations = o.groups.flatMap((g) =>
    Array.from({ length: g.invitations }, () => ({ group: g.name.trim(), token: deps.secrets.randomToken() })),
  );
  await deps.store.transaction(async (tx) => {
    await tx.pulse.insert(survey);
    await tx.pulse.insertInvitations(
      survey.id,
      invitations.map((i) => ({ tokenHash: deps.secrets.sha256(i.token), group: i.group })),
    );
    await recordChange(tx, deps, caller, {
      organisationIds: [centreId],
      entity: 'pulse_survey',
      entityId: survey.id,
      action: 'create',
      before: null,
      after: { title: survey.title, period: survey.period, groups: o.groups },
    });
  });
  return { survey, invitations };
};

export const listPulseSurveys = async (deps: Deps, caller: Caller): Promise<PulseSurvey[]> =>
  deps.store.pulse.list(peopleCentre(caller, 'people:read'));

/** Closing stops answers; the results stay. */
export const closePulseSurvey = async (deps: Deps, caller: Caller, id: string): Promise<PulseSurvey> => {
  const s = await loadSurvey(deps, caller, id, 'people:manage');
  if (s.status === 'closed') return s;
  return deps.store.transaction(async (tx) => {
    await tx.pulse.setStatus(s.id, 'closed');
    await recordChange(tx, deps, caller, {
      organisationIds: [s.centreOrganisationId],
      entity: 'pulse_survey',
      entityId: s.id,
      action: 'update',
      before: { status: s.status },
      after: { status: 'closed' },
    });
    return { ...s, status: 'closed' as const };
  });
};

/** A group's line: its invitations, and figures only when at least five answered (otherwise `suppressed`, and no count). */
export type PulseGroupResult = {
  group: string;
  invited: number;
  respondents: number | null;
  enps: PulseFigure | null;
  engagement: PulseFigure | null;
  suppressed: boolean;
};

export type PulseResults = { survey: PulseSurvey; threshold: number; groups: PulseGroupResult[]; overall: PulseGroupResult };

/**
 * Results by group. The store returns sums only for groups of at least five answers; the overall
 * line adds up those groups alone, so a small group cannot be recovered by subtraction.
 */
export const pulseResults = async (deps: Deps, caller: Caller, id: string): Promise<PulseResults> => {
  const survey = await loadSurvey(deps, caller, id, 'people:read');
  const [sums, invited] = await Promise.all([
    deps.store.pulse.groupSums([survey.id], ANONYMITY_THRESHOLD),
    deps.store.pulse.invited([survey.id]),
  ]);
  const invitedOf = (g: string) => invited.find((i) => i.group === g)?.invited ?? 0;
  const groups = survey.groups.map((group): PulseGroupResult => {
    const s = sums.find((x) => x.group === group);
    return s
      ? { group, invited: invitedOf(group), respondents: s.n, enps: enpsOf(s), engagement: engagementOf(s), suppressed: false }
      : { group, invited: invitedOf(group), respondents: null, enps: null, engagement: null, suppressed: true };
  });
  const total = addSums(sums);
  const shown = total.n >= ANONYMITY_THRESHOLD;
  const overall: PulseGroupResult = {
    group: 'all',
    invited: invited.reduce((t, i) => t + i.invited, 0),
    respondents: shown ? total.n : null,
    enps: enpsOf(total),
    engagement: engagementOf(total),
    suppressed: !shown,
  };
  return { survey, threshold: ANONYMITY_THRESHOLD, groups, overall };
};

/** What an employee with an invitation sees: the survey's title, month and the questions (no sign-in). */
export type PulseForm = { title: string; period: string; items: string[] };

const openInvitation = async (deps: Deps, token: string) => {
  const inv = await deps.store.pulse.invitation(deps.secrets.sha256(token));
  const survey = inv && !inv.used ? await deps.store.pulse.findById(inv.surveyId) : null;
  // One answer: an unknown, used or closed link all look the same.
  if (!inv || !survey || survey.status !== 'open') throw new AppError('CCQ_ERR_NOT_FOUND');
  return { inv, survey };
};

export const pulseForm = async (deps: Deps, token: string): Promise<PulseForm> => {
  const { survey } = await openInvitation(deps, token);
  return { title: survey.title, period: survey.period, items: [...engagementItems] };
};

/**
 * Records an anonymous answer. The invitation is only marked used: the answer row holds the group
 * and the scores, no token, person or time, and it is not written to the audit trail (an entry's
 * time and actor would tie it to the invitation).
 */
export const answerPulse = async (deps: Deps, token: string, a: Omit<PulseAnswer, 'group'>): Promise<void> => {
  const { inv, survey } = await openInvitation(deps, token);
  const answer: PulseAnswer = { ...a, group: inv.group };
  const issues = answerIssues(answer, survey.groups);
  if (issues.length) throw new AppError('CCQ_ERR_VALIDATION', 'The answer is not valid', issues);
  await deps.store.transaction(async (tx) => {
    if (!(await tx.pulse.useInvitation(deps.secrets.sha256(token)))) throw new AppError('CCQ_ERR_NOT_FOUND');
    await tx.pulse.insertAnswer({
      // A random id rather than a ULID, whose leading timestamp would date the answer.
      id: deps.secrets.randomToken(),
      surveyId: survey.id,
      group: answer.group,
      enps: answer.enps,
      engagement: engagementScore(answer.engagement),
    });
  });
};
