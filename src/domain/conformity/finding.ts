// src/domain/conformity/finding.ts — audit findings and their corrective actions (ISO-style CAPA): grades, lifecycle, who may verify

import { AppError } from '../shared/errors.js';

/** Graded as certification bodies do: a nonconformity (major or minor) needs corrective action; the others do not. */
export const findingGrades = ['major_nonconformity', 'minor_nonconformity', 'observation', 'opportunity_for_improvement'] as const;
export type FindingGrade = (typeof findingGrades)[number];

export const isNonconformity = (g: FindingGrade): boolean => g === 'major_nonconformity' || g === 'minor_nonconformity';

export type Finding = {
  id: string;
  assessmentId: string;
  /** The audit it was recorded in; null for a finding of the organisation's own (self-assessment, KPI breach). */
  auditId: string | null;
  /** Numbered per assessment (F-1, F-2 …) so people can speak of it. */
  seq: number;
  grade: FindingGrade;
  title: string;
  description: string | null;
  /** The requirements it concerns (refs of the assessment's framework); at least one. */
  refs: string[];
  evidenceIds: string[];
  /** Set when raised by ccq rather than a person: `target:<mandate>:<target>:<period>` for a missed KPI target. */
  origin: string | null;
  status: 'open' | 'closed';
  raisedAt: string;
  raisedBy: string | null;
  closedAt: string | null;
};

export const actionStatuses = ['open', 'in_progress', 'implemented', 'verified_effective', 'not_effective', 'closed'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/**
 * A corrective action answers a nonconformity: the immediate correction, the root cause found, and
 * the action that removes the cause, with an owner and a due date. Someone other than the owner
 * checks that it worked.
 */
export type CorrectiveAction = {
  id: string;
  findingId: string;
  correction: string | null;
  rootCause: string | null;
  action: string;
  ownerUserId: string;
  dueOn: string;
  status: ActionStatus;
  verifiedBy: string | null;
  verifiedAt: string | null;
  verificationNote: string | null;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
};

/** What the owner does (start, implement) and what the verifier does (effective / not effective), then close. */
export const actionSteps = ['start', 'implement', 'verify_effective', 'verify_not_effective', 'close'] as const;
export type ActionStep = (typeof actionSteps)[number];

const stepRules: Record<ActionStep, { from: readonly ActionStatus[]; to: ActionStatus }> = {
  start: { from: ['open', 'not_effective'], to: 'in_progress' },
  implement: { from: ['open', 'in_progress', 'not_effective'], to: 'implemented' },
  verify_effective: { from: ['implemented'], to: 'verified_effective' },
  verify_not_effective: { from: ['implemented'], to: 'not_effective' },
  close: { from: ['verified_effective'], to: 'closed' },
};

export const isVerification = (s: ActionStep): boolean => s === 'verify_effective' || s === 'verify_not_effective';

export const possibleSteps = (status: ActionStatus): ActionStep[] => actionSteps.filter((s) => stepRules[s].from.includes(status));

/**
 * The next status of an action after a step by `actorUserId`. Verification must be done by someone
 * other than the action's owner (and the implementer's word is not its own proof); implementing needs
 * the root cause on record.
 */
export const nextActionStatus = (a: CorrectiveAction, step: ActionStep, actorUserId: string | null): ActionStatus => {
  const rule = stepRules[step];
  if (!rule.from.includes(a.status))
    throw new AppError(
      'CCQ_ERR_INVALID_STATE',
      `A corrective action that is ${a.status.replace(/_/g, ' ')} cannot take the step ${step.replace(/_/g, ' ')}`,
      [{ path: 'step', message: `possible now: ${possibleSteps(a.status).join(', ') || 'none'}` }],
    );
  if (isVerification(step) && actorUserId !== null && actorUserId === a.ownerUserId)
    throw new AppError('CCQ_ERR_FORBIDDEN', 'The effectiveness check must be made by someone other than the action owner');
  if (step === 'implement' && !a.rootCause?.trim())
    throw new AppError('CCQ_ERR_VALIDATION', 'Record the root cause before marking the action implemented', [
      { path: 'rootCause', message: 'required before implementation' },
    ]);
  return rule.to;
};

/** An action is overdue when it is not yet shown to work and its due date has passed. */
export const isOverdue = (a: Pick<CorrectiveAction, 'status' | 'dueOn'>, today: string): boolean =>
  a.status !== 'verified_effective' && a.status !== 'closed' && a.dueOn < today;

/**
 * A finding closes when the problem is dealt with: a nonconformity needs at least one corrective
 * action and all of them verified effective or closed; an observation or an improvement opportunity
 * may close at any time.
 */
export const closeBlockers = (f: Finding, actions: readonly CorrectiveAction[]): string[] => {
  if (f.status === 'closed') return ['the finding is already closed'];
  if (!isNonconformity(f.grade)) return [];
  if (actions.length === 0) return ['a nonconformity needs at least one corrective action'];
  return actions
    .filter((a) => a.status !== 'verified_effective' && a.status !== 'closed')
    .map((a) => `action "${a.action.slice(0, 40)}" is ${a.status.replace(/_/g, ' ')}, not verified effective`);
};
