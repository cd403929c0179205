// src/app/manage-reviews.ts — the joint review of a mandate: started with its pack frozen, the meeting recorded, then closed

import { authorize } from '../domain/access/can.js';
import { canonicalJson } from '../domain/mandates/canonical.js';
import { type Review, type ReviewRecord, closeIssues, emptyRecord, recordIssues } from '../domain/reviews/review.js';
import { AppError } from '../domain/shared/errors.js';
import { type Caller, recordChange } from './caller.js';
import type { Deps, Store } from './ports.js';
import { type ReviewPack, gatherReviewPack } from './review-pack.js';

const notFound = 'CCQ_ERR_REVIEW_NOT_FOUND' as const;

/** A review is the mandate's: whoever reads the mandate reads its reviews, whoever drafts it records them. */
const loadReview = async (store: Store, caller: Caller, id: string, action: 'mandate:read' | 'mandate:edit'): Promise<Review> => {
  const r = await store.reviews.findById(id);
  const m = r ? await store.mandates.findById(caller.scope, r.mandateId) : null;
  if (!r || !m) throw new AppError(notFound);
  authorize(caller.scope, action, { type: 'mandate', relationshipId: m.relationshipId }, notFound);
  return r;
};

const partiesOf = async (store: Store, caller: Caller, relationshipId: string): Promise<string[]> => {
  const rel = await store.relationships.findById(caller.scope, relationshipId);
  return rel ? [...new Set([rel.clientOrganisationId, rel.centreOrganisationId])] : [];
};

/**
 * Starts the review of a month: gathers the pack with the caller's access and freezes it (JSON and
 * SHA-256) with an empty meeting record. One review per mandate and month; starting it again returns
 * the existing one unchanged.
 */
export const startReview = async (
  deps: Deps,
  caller: Caller,
  o: { relationshipId: string; period: string },
): Promise<{ review: Review; created: boolean }> => {
  const pack = await gatherReviewPack(deps, caller, o);
  authorize(caller.scope, 'mandate:edit', { type: 'mandate', relationshipId: pack.relationship.id }, 'CCQ_ERR_MANDATE_NOT_FOUND');
  return deps.store.transaction(async (tx) => {
    const existing = (await tx.reviews.ofMandate(pack.mandate.id)).find((r) => r.period === o.period);
    if (existing) return { review: existing, created: false };
    const json = canonicalJson(pack);
    const review: Review = {
      id: deps.ids(),
      relationshipId: pack.relationship.id,
      mandateId: pack.mandate.id,
      period: o.period,
      record: emptyRecord(),
      status: 'open',
      packHash: deps.secrets.sha256(json),
      createdAt: deps.clock().toISOString(),
      createdBy: caller.scope.userId,
      closedAt: null,
      closedBy: null,
    };
    await tx.reviews.insert(review, json);
    await recordChange(tx, deps, caller, {
      organisationIds: [pack.client.id, pack.centre.id].filter((x, i, a) => a.indexOf(x) === i),
      entity: 'review',
      entityId: review.id,
      action: 'create',
      before: null,
      after: { mandateId: review.mandateId, period: review.period, packHash: review.packHash },
    });
    return { review, created: true };
  });
};

export const getReview = (deps: Deps, caller: Caller, id: string): Promise<Review> => loadReview(deps.store, caller, id, 'mandate:read');

/** Reviews of the mandates the caller sees (of one relationship when given), newest month first. */
export const listReviews = async (deps: Deps, caller: Caller, o: { relationshipId?: string | undefined } = {}): Promise<Review[]> => {
  const mandates = (await deps.store.mandates.list(caller.scope)).filter(
    (m) => o.relationshipId === undefined || m.relationshipId === o.relationshipId,
  );
  const out: Review[] = [];
  for (const m of mandates) out.push(...(await deps.store.reviews.ofMandate(m.id)));
  return out.sort((a, b) => b.period.localeCompare(a.period) || b.createdAt.localeCompare(a.createdAt));
};

/** Replaces the meeting record (attendees, decisions, actions, notes) while the review is open. */
export const updateReviewRecord = async (deps: Deps, caller: Caller, id: string, record: ReviewRecord): Promise<Review> =>
  deps.store.transaction(async (tx) => {
    const r = await loadReview(tx, caller, id, 'mandate:edit');
    if (r.status === 'closed') throw new AppError('CCQ_ERR_INVALID_STATE', 'The review is closed; its record no longer changes');
    const issues = recordIssues(record);
    if (issues.length) throw new AppError('CCQ_ERR_VALIDATION', 'The review record is not valid', issues);
    const next: Review = { ...r, record };
    await tx.reviews.save(next);
    await recordChange(tx, deps, caller, {
      organisationIds: await partiesOf(tx, caller, r.relationshipId),
      entity: 'review',
      entityId: r.id,
      action: 'update',
      before: r.record,
      after: record,
    });
    return next;
  });

/** Closes the review: it was held, both parties were there, every action has an owner. The record is then final. */
export const closeReview = async (deps: Deps, caller: Caller, id: string): Promise<Review> =>
  deps.store.transaction(async (tx) => {
    const r = await loadReview(tx, caller, id, 'mandate:edit');
    if (r.status === 'closed') throw new AppError('CCQ_ERR_INVALID_STATE', 'The review is already closed');
    const issues = closeIssues(r.record);
    if (issues.length) throw new AppError('CCQ_ERR_VALIDATION', 'The review cannot be closed yet', issues);
    const next: Review = { ...r, status: 'closed', closedAt: deps.clock().toISOString(), closedBy: caller.scope.userId };
    await tx.reviews.save(next);
    await recordChange(tx, deps, caller, {
      organisationIds: await partiesOf(tx, caller, r.relationshipId),
      entity: 'review',
      entityId: r.id,
      action: 'update',
      before: { status: r.status },
      after: { status: next.status, closedAt: next.closedAt },
    });
    return next;
  });

/** The pack a review froze, with its record: what the review's documents show. */
export const reviewDocument = async (deps: Deps, caller: Caller, id: string): Promise<{ pack: ReviewPack; review: Review }> => {
  const review = await loadReview(deps.store, caller, id, 'mandate:read');
  const json = await deps.store.reviews.pack(review.id);
  if (json === null) throw new AppError(notFound);
  if (deps.secrets.sha256(json) !== review.packHash)
    throw new AppError('CCQ_ERR_INTEGRITY', 'The stored review pack does not match its checksum');
  return { pack: JSON.parse(json) as ReviewPack, review };
};
