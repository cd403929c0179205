// src/domain/conformity/readiness.ts — readiness of an assessment (share conformant of the applicable requirements), by clause and in total

import type { RequirementAnswer } from './assessment.js';
import type { Framework } from './framework.js';
import { clausesOf } from './framework.js';

export type ReadinessCounts = {
  /** Normative requirements that apply (informative ones and those not applicable are left out). */
  applicable: number;
  conformant: number;
  partiallyConformant: number;
  nonconformant: number;
  /** Applicable requirements with no result yet. */
  open: number;
  notApplicable: number;
  /** conformant ÷ applicable, 0–1; null when nothing applies. */
  readiness: number | null;
};

export type Readiness = { total: ReadinessCounts; byClause: (ReadinessCounts & { ref: string })[] };

const empty = (): ReadinessCounts => ({
  applicable: 0,
  conformant: 0,
  partiallyConformant: 0,
  nonconformant: 0,
  open: 0,
  notApplicable: 0,
  readiness: null,
});

const add = (c: ReadinessCounts, a: RequirementAnswer): void => {
  if (a.result === 'not_applicable') {
    c.notApplicable++;
    return;
  }
  c.applicable++;
  if (a.result === 'conformant') c.conformant++;
  else if (a.result === 'partially_conformant') c.partiallyConformant++;
  else if (a.result === 'nonconformant') c.nonconformant++;
  else c.open++;
};

const finish = (c: ReadinessCounts): ReadinessCounts => ({ ...c, readiness: c.applicable === 0 ? null : c.conformant / c.applicable });

/**
 * Computed from the answers, never typed in (ISO 18295 has no readiness score; this is ours): the
 * share of applicable normative requirements answered conformant, per top-level clause in the
 * framework's order, and in total. Informative nodes (Annex A and B of Part 1) never count.
 */
export const readinessOf = (f: Framework, answers: readonly RequirementAnswer[]): Readiness => {
  const informative = new Set(f.nodes.filter((n) => n.informative).map((n) => n.ref));
  const total = empty();
  const clauseOfRef = clausesOf(f);
  const clauses = new Map<string, ReadinessCounts>();
  for (const n of f.nodes) if (n.parentRef === null && !n.informative) clauses.set(n.ref, empty());
  for (const a of answers) {
    if (informative.has(a.ref)) continue;
    add(total, a);
    const clause = clauses.get(clauseOfRef.get(a.ref) ?? a.ref);
    if (clause) add(clause, a);
  }
  return { total: finish(total), byClause: [...clauses].map(([ref, c]) => ({ ref, ...finish(c) })) };
};
