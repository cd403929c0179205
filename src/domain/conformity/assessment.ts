// src/domain/conformity/assessment.ts — an assessment applies a framework edition to a scope; its workflow and per-requirement answers

import type { AssessmentResource } from '../access/can.js';
import { AppError } from '../shared/errors.js';
import type { Framework, FrameworkNode } from './framework.js';

/** What is assessed: a centre (ISO 18295-1), a client (ISO 18295-2), or one client–centre relationship. */
export const scopeKinds = ['centre', 'client', 'relationship'] as const;
export type ScopeKind = (typeof scopeKinds)[number];

export const assessmentStatuses = ['draft', 'in_progress', 'submitted', 'returned', 'approved', 'closed'] as const;
export type AssessmentStatus = (typeof assessmentStatuses)[number];

export const workflowActions = ['start', 'submit', 'return', 'approve', 'close', 'reopen'] as const;
export type WorkflowAction = (typeof workflowActions)[number];

/**
 * The workflow: draft → in progress → submitted → returned (back to work) or approved → closed.
 * `reopen` takes an approved assessment back to in progress (a closed one is history and stays closed).
 */
const transitions: Record<WorkflowAction, { from: readonly AssessmentStatus[]; to: AssessmentStatus }> = {
  start: { from: ['draft'], to: 'in_progress' },
  submit: { from: ['in_progress', 'returned'], to: 'submitted' },
  return: { from: ['submitted'], to: 'returned' },
  approve: { from: ['submitted'], to: 'approved' },
  close: { from: ['approved'], to: 'closed' },
  reopen: { from: ['approved'], to: 'in_progress' },
};

export const nextStatus = (from: AssessmentStatus, action: WorkflowAction): AssessmentStatus => {
  const t = transitions[action];
  if (!t.from.includes(from))
    throw new AppError('CCQ_ERR_INVALID_STATE', `An assessment that is ${from.replace('_', ' ')} cannot be ${pastTense[action]}`, [
      { path: 'action', message: `${action} is possible from ${t.from.join(', ')}` },
    ]);
  return t.to;
};

const pastTense: Record<WorkflowAction, string> = {
  start: 'started',
  submit: 'submitted',
  return: 'returned',
  approve: 'approved',
  close: 'closed',
  reopen: 'reopened',
};

/** Which actions are possible from a status (for buttons and for help text). */
export const possibleActions = (status: AssessmentStatus): WorkflowAction[] =>
  workflowActions.filter((a) => transitions[a].from.includes(status));

/** Answers may change while the work is open; a submitted, approved or closed assessment is frozen. */
export const answersEditable = (status: AssessmentStatus): boolean =>
  status === 'draft' || status === 'in_progress' || status === 'returned';

export const requirementStatuses = ['todo', 'in_progress', 'done'] as const;
export type RequirementStatus = (typeof requirementStatuses)[number];

export const requirementResults = ['conformant', 'partially_conformant', 'nonconformant', 'not_applicable'] as const;
export type RequirementResult = (typeof requirementResults)[number];

/** The answer to one requirement of an assessment. */
export type RequirementAnswer = {
  ref: string;
  status: RequirementStatus;
  result: RequirementResult | null;
  /** Required when the result is not applicable: why the requirement does not apply to this scope. */
  justification: string | null;
  score: number | null;
  comment: string | null;
  assigneeUserId: string | null;
  dueOn: string | null;
  updatedAt: string;
  updatedBy: string | null;
};

export type Assessment = {
  id: string;
  frameworkId: string;
  edition: string;
  title: string;
  scopeKind: ScopeKind;
  /** The organisation whose conformity is assessed (the centre, or the client); for a relationship, the side that owns the assessment. */
  organisationId: string;
  relationshipId: string | null;
  /** Applicability tags of the scope (inbound, outsourced, voice…); nodes tagged otherwise start as not applicable. */
  scopeTags: string[];
  status: AssessmentStatus;
  /** Relationships whose client (or centre) may read this assessment. */
  sharedWith: string[];
  carriedOverFrom: string | null;
  dueOn: string | null;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
};

/** A node applies to a scope unless it is tagged and none of its tags is among the scope's tags. */
export const appliesTo = (node: FrameworkNode, scopeTags: readonly string[]): boolean =>
  node.tags.length === 0 || scopeTags.length === 0 || node.tags.some((t) => scopeTags.includes(t));

/** The answers a new assessment starts with: one per assessable node; out-of-scope nodes already not applicable. */
export const initialAnswers = (f: Framework, scopeTags: readonly string[], at: string, by: string | null): RequirementAnswer[] =>
  f.nodes
    .filter((n) => n.assessable)
    .map((n) => {
      const applies = appliesTo(n, scopeTags);
      return {
        ref: n.ref,
        status: applies ? 'todo' : 'done',
        result: applies ? null : 'not_applicable',
        justification: applies ? null : `Outside the scope: applies to ${n.tags.join(', ')}`,
        score: null,
        comment: null,
        assigneeUserId: null,
        dueOn: null,
        updatedAt: at,
        updatedBy: by,
      };
    });

/** The fields of an answer that a person changes. */
export type AnswerPatch = Partial<
  Pick<RequirementAnswer, 'status' | 'result' | 'justification' | 'score' | 'comment' | 'assigneeUserId' | 'dueOn'>
>;

/**
 * Applies a change to an answer and checks the rules: not applicable needs a justification; a
 * score must be a level of the framework's scale; giving a result marks the requirement done unless
 * a status is given too.
 */
export const applyAnswerPatch = (
  f: Framework,
  before: RequirementAnswer,
  patch: AnswerPatch,
  at: string,
  by: string | null,
): RequirementAnswer => {
  const after: RequirementAnswer = { ...before, updatedAt: at, updatedBy: by };
  for (const [k, v] of Object.entries(patch)) if (v !== undefined) (after as Record<string, unknown>)[k] = v;
  if (patch.result !== undefined && patch.result !== null && patch.status === undefined) after.status = 'done';
  if (patch.result === null && patch.status === undefined && before.status === 'done') after.status = 'in_progress';
  if (after.justification !== null && after.justification.trim() === '') after.justification = null;
  const issues = [];
  if (after.result === 'not_applicable' && after.justification === null)
    issues.push({ path: 'justification', message: 'say why the requirement does not apply' });
  if (after.score !== null) {
    if (f.scale.length === 0) issues.push({ path: 'score', message: 'this framework has no maturity scale' });
    else if (!f.scale.some((s) => s.score === after.score))
      issues.push({ path: 'score', message: `use a level of the scale: ${f.scale.map((s) => s.score).join(', ')}` });
  }
  if (after.status === 'done' && after.result === null)
    issues.push({ path: 'result', message: 'a requirement is done when it has a result' });
  if (issues.length > 0) throw new AppError('CCQ_ERR_VALIDATION', `Requirement ${before.ref}: the answer is not valid`, issues);
  return after;
};

/** Who moved an assessment through its workflow, when, and why. */
export type AssessmentEvent = {
  id: string;
  assessmentId: string;
  at: string;
  userId: string | null;
  actorLabel: string;
  action: WorkflowAction | 'create' | 'carry_over';
  fromStatus: AssessmentStatus | null;
  toStatus: AssessmentStatus;
  comment: string | null;
};

/** The facts about an assessment that access decisions need. */
export const assessmentResource = (a: Assessment): AssessmentResource => ({
  type: 'assessment',
  id: a.id,
  scopeKind: a.scopeKind,
  organisationId: a.organisationId,
  relationshipId: a.relationshipId,
  sharedWith: a.sharedWith,
});
