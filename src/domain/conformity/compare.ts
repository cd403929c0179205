// src/domain/conformity/compare.ts — what changed per requirement between two assessments (of the same or of mapped editions)

import type { RequirementAnswer, RequirementResult } from './assessment.js';

export type AnswerChange = {
  ref: string;
  before: { result: RequirementResult | null; score: number | null } | null;
  after: { result: RequirementResult | null; score: number | null } | null;
  /** better / worse by the order nonconformant < partially < conformant; `changed` for moves in and out of not applicable. */
  direction: 'better' | 'worse' | 'changed' | 'added' | 'removed';
};

const rank: Record<RequirementResult, number> = { nonconformant: 0, partially_conformant: 1, conformant: 2, not_applicable: -1 };

const directionOf = (a: RequirementResult | null, b: RequirementResult | null): AnswerChange['direction'] => {
  if (a === null || b === null || a === 'not_applicable' || b === 'not_applicable') return 'changed';
  return rank[b] > rank[a] ? 'better' : 'worse';
};

/**
 * Requirements whose result or score differs, in the order of `after`'s answers (then removed ones).
 * `refMap` translates old refs to new ones when the two assessments use different editions.
 */
export const compareAnswers = (
  before: readonly RequirementAnswer[],
  after: readonly RequirementAnswer[],
  refMap: ReadonlyMap<string, string> = new Map(),
): AnswerChange[] => {
  const old = new Map(before.map((a) => [refMap.get(a.ref) ?? a.ref, a]));
  const changes: AnswerChange[] = [];
  for (const b of after) {
    const a = old.get(b.ref);
    old.delete(b.ref);
    const next = { result: b.result, score: b.score };
    if (!a) {
      changes.push({ ref: b.ref, before: null, after: next, direction: 'added' });
      continue;
    }
    if (a.result === b.result && a.score === b.score) continue;
    const direction = a.result === b.result ? ((b.score ?? 0) > (a.score ?? 0) ? 'better' : 'worse') : directionOf(a.result, b.result);
    changes.push({ ref: b.ref, before: { result: a.result, score: a.score }, after: next, direction });
  }
  for (const [ref, a] of old) changes.push({ ref, before: { result: a.result, score: a.score }, after: null, direction: 'removed' });
  return changes;
};
