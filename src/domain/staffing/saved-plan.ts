// src/domain/staffing/saved-plan.ts — a staffing plan kept as it was made, so it can be compared with what happened

/**
 * A saved plan: its queue and range, who made it and when, and a summary for lists. The plan itself
 * (forecast, targets, per-interval staffing) is kept whole as the JSON it was returned as, so a later
 * re-import of history cannot change what was planned.
 */
export type SavedPlan = {
  id: string;
  queueId: string;
  centreOrganisationId: string;
  relationshipId: string | null;
  /** Local dates, `to` exclusive. */
  from: string;
  to: string;
  intervalMinutes: number;
  model: string;
  scheduledHours: number;
  expectedServiceLevel: number | null;
  createdAt: string;
  createdBy: string | null;
};
