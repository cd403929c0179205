// src/domain/conformity/crosswalk.ts — links between the requirements of two frameworks (e.g. ISO 18295-1 clause 9 ↔ ISO 18295-2 mandate items), as data

import type { FieldIssue } from '../shared/errors.js';
import type { Framework, LocalText } from './framework.js';

export const crosswalkFormat = 'ccq-crosswalk/1';

/** How the source requirement relates to the target ones (in the manner of NIST OLIR set relations). */
export const crosswalkRelations = ['equal', 'subset', 'superset', 'intersect', 'related'] as const;
export type CrosswalkRelation = (typeof crosswalkRelations)[number];

export type CrosswalkRule = { source: string; target: string[]; relation: CrosswalkRelation; note: LocalText | null };

export type Crosswalk = {
  urn: string;
  /** Editions of the two frameworks, e.g. iso-18295-1:2017 → iso-18295-2:2017. */
  source: string;
  target: string;
  description: LocalText | null;
  rules: CrosswalkRule[];
};

/** Refs a crosswalk names that its frameworks do not have (checked when both are loaded). */
export const crosswalkIssues = (c: Crosswalk, source: Framework, target: Framework): FieldIssue[] => {
  const s = new Set(source.nodes.map((n) => n.ref));
  const t = new Set(target.nodes.map((n) => n.ref));
  const issues: FieldIssue[] = [];
  c.rules.forEach((r, i) => {
    if (!s.has(r.source)) issues.push({ path: `rules.${i}.source`, message: `${source.edition} has no requirement ${r.source}` });
    r.target.forEach((ref, j) => {
      if (!t.has(ref)) issues.push({ path: `rules.${i}.target.${j}`, message: `${target.edition} has no requirement ${ref}` });
    });
  });
  return issues;
};

/** The requirements of other frameworks linked to one requirement, in either direction. */
export const linkedRequirements = (
  crosswalks: readonly Crosswalk[],
  edition: string,
  ref: string,
): { edition: string; refs: string[]; relation: CrosswalkRelation; note: LocalText | null }[] => {
  const out: { edition: string; refs: string[]; relation: CrosswalkRelation; note: LocalText | null }[] = [];
  for (const c of crosswalks) {
    for (const r of c.rules) {
      if (c.source === edition && r.source === ref) out.push({ edition: c.target, refs: r.target, relation: r.relation, note: r.note });
      if (c.target === edition && r.target.includes(ref)) {
        const inverse: CrosswalkRelation = r.relation === 'subset' ? 'superset' : r.relation === 'superset' ? 'subset' : r.relation;
        out.push({ edition: c.source, refs: [r.source], relation: inverse, note: r.note });
      }
    }
  }
  return out;
};
