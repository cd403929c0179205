// src/app/manage-surveys.ts — customer surveys (ISO 18295-1 4.3): created and changed by the centre, read by both parties, invitations issued as one-time links

import { authorize } from '../domain/access/can.js';
import type { Channel } from '../domain/organisations/model.js';
import { AppError } from '../domain/shared/errors.js';
import {
  type ContactTie,
  type Survey,
  type SurveyInvitation,
  type SurveyQuestion,
  type SurveyStatus,
  surveyIssues,
} from '../domain/surveys/survey.js';
import { type Caller, recordChange } from './caller.js';
import type { Deps, Store } from './ports.js';

export const surveyNotFound = 'CCQ_ERR_SURVEY_NOT_FOUND' as const;

/** The public link of a one-time invitation; the token is 32 random bytes and only its SHA-256 is stored. */
export const surveyPath = (token: string): string => `/survey/${token}`;

export const surveyResource = (s: Pick<Survey, 'relationshipId' | 'centreOrganisationId'>) =>
  ({ type: 'survey', relationshipId: s.relationshipId, centreOrganisationId: s.centreOrganisationId }) as const;

/** Loads a survey the caller may see and checks the action; one it may not see is "not found". */
export const loadSurvey = async (store: Store, caller: Caller, id: string, action: 'survey:read' | 'survey:manage'): Promise<Survey> => {
  const s = await store.surveys.findById(caller.scope, id);
  if (!s) throw new AppError(surveyNotFound);
  authorize(caller.scope, action, surveyResource(s), surveyNotFound);
  return s;
};

export const partiesOfSurvey = async (store: Store, s: Pick<Survey, 'relationshipId' | 'centreOrganisationId'>): Promise<string[]> => {
  const rel = (await store.relationships.ofOrganisation(s.centreOrganisationId)).find((r) => r.id === s.relationshipId);
  return rel ? [...new Set([rel.clientOrganisationId, rel.centreOrganisationId])] : [s.centreOrganisationId];
};

/** Queue ids must be queues run for the survey's relationship; channels are free (empty: all). */
const checkQueues = async (store: Store, relationshipId: string, queueIds: string[]): Promise<void> => {
  const own = new Set((await store.queues.ofRelationship(relationshipId)).map((q) => q.id));
  const issues = queueIds.flatMap((id, i) => (own.has(id) ? [] : [{ path: `queueIds.${i}`, message: 'not a queue of this relationship' }]));
  if (issues.length) throw new AppError('CCQ_ERR_VALIDATION', 'The survey names queues outside its relationship', issues);
};

const checkDraft = (d: { name: string; questions: SurveyQuestion[] }): void => {
  const issues = surveyIssues(d);
  if (issues.length) throw new AppError('CCQ_ERR_VALIDATION', 'The survey is not valid', issues);
};

export type CreateSurveyOptions = {
  relationshipId: string;
  name: string;
  questions: SurveyQuestion[];
  queueIds?: string[] | undefined;
  channels?: Channel[] | undefined;
};

/** The centre creates a survey for one of its relationships. */
export const createSurvey = async (deps: Deps, caller: Caller, o: CreateSurveyOptions): Promise<Survey> =>
  deps.store.transaction(async (tx) => {
    const rel = await tx.relationships.findById(caller.scope, o.relationshipId);
    if (!rel) throw new AppError('CCQ_ERR_RELATIONSHIP_NOT_FOUND');
    authorize(
      caller.scope,
      'survey:manage',
      { type: 'survey', relationshipId: rel.id, centreOrganisationId: rel.centreOrganisationId },
      'CCQ_ERR_RELATIONSHIP_NOT_FOUND',
    );
    checkDraft(o);
    const queueIds = [...new Set(o.queueIds ?? [])];
    await checkQueues(tx, rel.id, queueIds);
    const at = deps.clock().toISOString();
    const survey: Survey = {
      id: deps.ids(),
      relationshipId: rel.id,
      centreOrganisationId: rel.centreOrganisationId,
      name: o.name.trim(),
      status: 'active',
      questions: o.questions,
      queueIds,
      channels: [...new Set(o.channels ?? [])],
      createdAt: at,
      createdBy: caller.scope.userId,
      updatedAt: at,
    };
    await tx.surveys.insert(survey);
    await recordChange(tx, deps, caller, {
      organisationIds: [...new Set([rel.clientOrganisationId, rel.centreOrganisationId])],
      entity: 'survey',
      entityId: survey.id,
      action: 'create',
      before: null,
      after: { name: survey.name, questions: survey.questions, queueIds, channels: survey.channels },
    });
    return survey;
  });

export type UpdateSurveyOptions = Partial<{
  name: string;
  questions: SurveyQuestion[];
  queueIds: string[];
  channels: Channel[];
  status: SurveyStatus;
}>;

/**
 * Changes a survey. Questions may be added, reworded or removed; answers already given keep their
 * values under the question ids they were given for, so a removed question's answers stop counting.
 * A closed survey takes no new answers or invitations.
 */
export const updateSurvey = async (deps: Deps, caller: Caller, id: string, o: UpdateSurveyOptions): Promise<Survey> =>
  deps.store.transaction(async (tx) => {
    const s = await loadSurvey(tx, caller, id, 'survey:manage');
    const next: Survey = {
      ...s,
      name: o.name?.trim() ?? s.name,
      questions: o.questions ?? s.questions,
      queueIds: o.queueIds ? [...new Set(o.queueIds)] : s.queueIds,
      channels: o.channels ? [...new Set(o.channels)] : s.channels,
      status: o.status ?? s.status,
      updatedAt: deps.clock().toISOString(),
    };
    checkDraft(next);
    if (o.queueIds) await checkQueues(tx, s.relationshipId, next.queueIds);
    await tx.surveys.update(next);
    await recordChange(tx, deps, caller, {
      organisationIds: await partiesOfSurvey(tx, s),
      entity: 'survey',
      entityId: s.id,
      action: 'update',
      before: { name: s.name, questions: s.questions, queueIds: s.queueIds, channels: s.channels, status: s.status },
      after: { name: next.name, questions: next.questions, queueIds: next.queueIds, channels: next.channels, status: next.status },
    });
    return next;
  });

export const listSurveys = (deps: Deps, caller: Caller, o: { relationshipId?: string | undefined } = {}): Promise<Survey[]> =>
  deps.store.surveys.list(caller.scope, o.relationshipId);

export const getSurvey = (deps: Deps, caller: Caller, id: string): Promise<Survey> => loadSurvey(deps.store, caller, id, 'survey:read');

/** The queue, agent and channel of the centre's contact with this source id; a contact not found ties nothing but its id. */
export const tieToContact = async (store: Store, centreId: string, sourceId: string | null | undefined): Promise<ContactTie> => {
  const id = sourceId?.trim() || null;
  if (id === null) return { contactSourceId: null, queueId: null, agent: null, channel: null };
  return (await store.surveys.contactTie(centreId, id)) ?? { contactSourceId: id, queueId: null, agent: null, channel: null };
};

export type IssueInvitationsOptions = { count?: number | undefined; contacts?: string[] | undefined; validDays?: number | undefined };
export type IssuedInvitation = { token: string; path: string; contactSourceId: string | null; tied: boolean; expiresAt: string };

/**
 * Issues one-time links: one per contact source id given (tied to that contact's queue and agent),
 * or `count` untied ones. The tokens are returned once and never stored; issuing counts towards the
 * response rate.
 */
export const issueInvitations = async (deps: Deps, caller: Caller, id: string, o: IssueInvitationsOptions): Promise<IssuedInvitation[]> =>
  deps.store.transaction(async (tx) => {
    const s = await loadSurvey(tx, caller, id, 'survey:manage');
    if (s.status !== 'active') throw new AppError('CCQ_ERR_INVALID_STATE', 'The survey is closed; it issues no invitations');
    const contacts: (string | null)[] = o.contacts?.length ? o.contacts : Array.from({ length: o.count ?? 1 }, () => null);
    if (contacts.length > 5000)
      throw new AppError('CCQ_ERR_VALIDATION', 'At most 5,000 invitations at a time', [{ path: 'count', message: 'at most 5000' }]);
    const now = deps.clock();
    const expiresAt = new Date(now.getTime() + (o.validDays ?? 30) * 86_400_000).toISOString();
    const issued: IssuedInvitation[] = [];
    const rows: SurveyInvitation[] = [];
    for (const c of contacts) {
      const tie = await tieToContact(tx, s.centreOrganisationId, c);
      const token = deps.secrets.randomToken();
      rows.push({
        id: deps.ids(),
        surveyId: s.id,
        relationshipId: s.relationshipId,
        tokenHash: deps.secrets.sha256(token),
        ...tie,
        issuedAt: now.toISOString(),
        expiresAt,
        usedAt: null,
      });
      issued.push({ token, path: surveyPath(token), contactSourceId: tie.contactSourceId, tied: tie.queueId !== null, expiresAt });
    }
    await tx.surveys.insertInvitations(rows);
    await recordChange(tx, deps, caller, {
      organisationIds: await partiesOfSurvey(tx, s),
      entity: 'survey',
      entityId: s.id,
      action: 'update',
      before: null,
      after: { invitationsIssued: rows.length, expiresAt },
    });
    return issued;
  });
