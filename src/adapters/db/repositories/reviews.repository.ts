// src/adapters/db/repositories/reviews.repository.ts — joint reviews of a mandate: the meeting record and the pack frozen with it

import type { Store } from '../../../app/ports.js';
import type { Review, ReviewRecord, ReviewStatus } from '../../../domain/reviews/review.js';
import type { Db, ReviewsTable } from '../schema.js';

const toReview = (r: Omit<ReviewsTable, 'pack_json'>): Review => ({
  id: r.id,
  relationshipId: r.relationship_id,
  mandateId: r.mandate_id,
  period: r.period,
  record: JSON.parse(r.record_json) as ReviewRecord,
  status: r.status as ReviewStatus,
  packHash: r.pack_hash,
  createdAt: r.created_at,
  createdBy: r.created_by,
  closedAt: r.closed_at,
  closedBy: r.closed_by,
});

/** Every column but the pack, which only the pack download needs. */
const columns = [
  'id',
  'relationship_id',
  'mandate_id',
  'period',
  'record_json',
  'status',
  'pack_hash',
  'created_at',
  'created_by',
  'closed_at',
  'closed_by',
] as const;

export const reviewsRepository = (db: Db): Store['reviews'] => ({
  ofMandate: async (mandateId) =>
    (await db.selectFrom('reviews').select(columns).where('mandate_id', '=', mandateId).orderBy('period', 'desc').execute()).map(toReview),
  findById: async (id) => {
    const r = await db.selectFrom('reviews').select(columns).where('id', '=', id).executeTakeFirst();
    return r ? toReview(r) : null;
  },
  pack: async (id) => (await db.selectFrom('reviews').select('pack_json').where('id', '=', id).executeTakeFirst())?.pack_json ?? null,
  insert: async (r, packJson) => {
    await db
      .insertInto('reviews')
      .values({
        id: r.id,
        relationship_id: r.relationshipId,
        mandate_id: r.mandateId,
        period: r.period,
        record_json: JSON.stringify(r.record),
        status: r.status,
        pack_json: packJson,
        pack_hash: r.packHash,
        created_at: r.createdAt,
        created_by: r.createdBy,
        closed_at: r.closedAt,
        closed_by: r.closedBy,
      })
      .execute();
  },
  save: async (r) => {
    await db
      .updateTable('reviews')
      .set({ record_json: JSON.stringify(r.record), status: r.status, closed_at: r.closedAt, closed_by: r.closedBy })
      .where('id', '=', r.id)
      .execute();
  },
});
