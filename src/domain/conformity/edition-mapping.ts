// src/domain/conformity/edition-mapping.ts — from the requirements of one framework edition to the next, so an assessment carries over

import type { RequirementAnswer } from './assessment.js';
import type { Framework, LocalText } from './framework.js';

export const mappingRelations = ['equal', 'changed', 'new', 'removed'] as const;
export type MappingRelation = (typeof mappingRelations)[number];

/** One old requirement and where it went: the same requirement (equal), a reworded or moved one (changed), or nowhere (removed). */
export type EditionMappingRule = { from: string | null; to: string | null; relation: MappingRelation };

const norm = (t: LocalText): string => `${t.en ?? ''}|${t.sv ?? ''}`.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Proposes how the assessable requirements of `from` map to those of `to`: the same ref with the same
 * statement is `equal`; the same ref with other words, or the same title under another ref, is
 * `changed` (to be reviewed); what is left is `removed` (old) or `new`. A person confirms the proposal.
 */
export const proposeEditionMapping = (from: Framework, to: Framework): EditionMappingRule[] => {
  const target = to.nodes.filter((n) => n.assessable);
  const byRef = new Map(target.map((n) => [n.ref, n]));
  const byTitle = new Map(target.map((n) => [norm(n.title), n]));
  const used = new Set<string>();
  const rules: EditionMappingRule[] = [];
  for (const n of from.nodes.filter((x) => x.assessable)) {
    const same = byRef.get(n.ref);
    if (same && !used.has(same.ref)) {
      used.add(same.ref);
      const equal = norm(same.statement ?? {}) === norm(n.statement ?? {});
      rules.push({ from: n.ref, to: same.ref, relation: equal ? 'equal' : 'changed' });
      continue;
    }
    const moved = byTitle.get(norm(n.title));
    if (moved && !used.has(moved.ref)) {
      used.add(moved.ref);
      rules.push({ from: n.ref, to: moved.ref, relation: 'changed' });
      continue;
    }
    rules.push({ from: n.ref, to: null, relation: 'removed' });
  }
  for (const n of target) if (!used.has(n.ref)) rules.push({ from: null, to: n.ref, relation: 'new' });
  return rules;
};

/**
 * The answers a carried-over assessment starts with: an `equal` requirement keeps its result,
 * justification, score and comment (marked done); a `changed` one keeps them as a draft to review
 * (in progress); new ones start to do. Assignees and due dates do not carry over.
 */
export const carryOverAnswers = (
  rules: readonly EditionMappingRule[],
  previous: readonly RequirementAnswer[],
  fresh: readonly RequirementAnswer[],
  at: string,
  by: string | null,
): RequirementAnswer[] => {
  const old = new Map(previous.map((a) => [a.ref, a]));
  const source = new Map(rules.filter((r) => r.from && r.to && r.relation !== 'removed').map((r) => [r.to as string, r]));
  return fresh.map((f) => {
    const rule = source.get(f.ref);
    const before = rule?.from ? old.get(rule.from) : undefined;
    if (!rule || !before || before.result === null) return f;
    const note = rule.relation === 'changed' ? `[carried over from ${rule.from}: review against the new wording] ` : '';
    return {
      ...f,
      result: before.result,
      justification: before.justification,
      score: before.score,
      comment: before.comment === null && note === '' ? null : `${note}${before.comment ?? ''}`.trim(),
      status: rule.relation === 'equal' ? 'done' : 'in_progress',
      updatedAt: at,
      updatedBy: by,
    };
  });
};
