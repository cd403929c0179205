// src/domain/qa/evaluation.ts — an evaluation of one interaction against a pinned scorecard version; the agent's answer; calibration sessions

import type { Answers, SectionScore } from './scoring.js';
import type { CriticalKind } from './scorecard.js';

/** submitted → acknowledged (the agent has read it) or disputed (the agent disagrees, with a reason). */
export const evaluationStatuses = ['submitted', 'acknowledged', 'disputed'] as const;
export type EvaluationStatus = (typeof evaluationStatuses)[number];

export type Evaluation = {
  id: string;
  centreOrganisationId: string;
  relationshipId: string;
  queueId: string | null;
  /** The contact's id in its source (ties the evaluation to the contact data). */
  contactSourceId: string;
  contactAt: string;
  /** The agent as the contact data names them. */
  agent: string;
  /** The agent's account, when known: only they acknowledge or dispute. */
  agentUserId: string | null;
  scorecardId: string;
  evaluatorUserId: string | null;
  evaluatorName: string;
  answers: Answers;
  score: number | null;
  sections: SectionScore[];
  criticalErrors: CriticalKind[];
  status: EvaluationStatus;
  agentComment: string | null;
  coachingNotes: string | null;
  /** Set for the scores of a calibration session; those never count in the QA KPIs of agents. */
  calibrationSessionId: string | null;
  evaluatedAt: string;
  respondedAt: string | null;
};

export type CalibrationSession = {
  id: string;
  centreOrganisationId: string;
  relationshipId: string;
  scorecardId: string;
  contactSourceId: string;
  title: string;
  heldOn: string;
  createdAt: string;
  createdBy: string | null;
};

/** Whether the agent may still answer: once, while the evaluation is submitted; a dispute needs a reason. */
export const responseProblem = (e: Evaluation, response: 'acknowledged' | 'disputed', comment: string | null): string | null => {
  if (e.calibrationSessionId !== null) return 'calibration scores are not answered by the agent';
  if (e.status !== 'submitted') return 'the agent has already answered this evaluation';
  if (response === 'disputed' && !comment?.trim()) return 'say why you dispute the evaluation';
  return null;
};
