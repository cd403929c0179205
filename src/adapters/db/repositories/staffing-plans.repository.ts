// src/adapters/db/repositories/staffing-plans.repository.ts — saved staffing plans: a summary row and the plan kept whole as JSON

import type { Store } from '../../../app/ports.js';
import type { SavedPlan } from '../../../domain/staffing/saved-plan.js';
import type { Db, StaffingPlansTable } from '../schema.js';
import { nonEmpty } from './in-list.js';

const toPlan = (r: Omit<StaffingPlansTable, 'plan_json'>): SavedPlan => ({
  id: r.id,
  queueId: r.queue_id,
  centreOrganisationId: r.centre_organisation_id,
  relationshipId: r.relationship_id,
  from: r.from_day,
  to: r.to_day,
  intervalMinutes: Number(r.interval_minutes),
  model: r.model,
  scheduledHours: Number(r.scheduled_hours),
  expectedServiceLevel: r.expected_service_level === null ? null : Number(r.expected_service_level),
  createdAt: r.created_at,
  createdBy: r.created_by,
});

/** Every column but the plan itself, which only opening one plan needs. */
const columns = [
  'id',
  'queue_id',
  'centre_organisation_id',
  'relationship_id',
  'from_day',
  'to_day',
  'interval_minutes',
  'model',
  'scheduled_hours',
  'expected_service_level',
  'created_at',
  'created_by',
] as const;

export const staffingPlansRepository = (db: Db): Store['staffingPlans'] => ({
  ofQueues: async (queueIds, limit) =>
    queueIds.length === 0
      ? []
      : (
          await db
            .selectFrom('staffing_plans')
            .select(columns)
            .where('queue_id', 'in', nonEmpty(queueIds))
            .orderBy('created_at', 'desc')
            .orderBy('id')
            .limit(limit)
            .execute()
        ).map(toPlan),
  findById: async (id) => {
    const r = await db.selectFrom('staffing_plans').select(columns).where('id', '=', id).executeTakeFirst();
    return r ? toPlan(r) : null;
  },
  body: async (id) =>
    (await db.selectFrom('staffing_plans').select('plan_json').where('id', '=', id).executeTakeFirst())?.plan_json ?? null,
  insert: async (p, planJson) => {
    await db
      .insertInto('staffing_plans')
      .values({
        id: p.id,
        queue_id: p.queueId,
        centre_organisation_id: p.centreOrganisationId,
        relationship_id: p.relationshipId,
        from_day: p.from,
        to_day: p.to,
        interval_minutes: p.intervalMinutes,
        model: p.model,
        scheduled_hours: p.scheduledHours,
        expected_service_level: p.expectedServiceLevel,
        plan_json: planJson,
        created_at: p.createdAt,
        created_by: p.createdBy,
      })
      .execute();
  },
});
