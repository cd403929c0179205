// src/domain/qa/scorecard.ts — a quality scorecard: sections of weighted criteria, N/A, critical (auto-fail) criteria by kind; versions

import type { FieldIssue } from '../shared/errors.js';

/**
 * Critical errors split as QA practice does: an error that harms the customer, one that harms the
 * client's business, or one that breaks a law or rule (ISO 18295-1 clause 7 asks the centre to monitor
 * quality; the split is ours).
 */
export const criticalKinds = ['customer', 'business', 'compliance'] as const;
export type CriticalKind = (typeof criticalKinds)[number];

/**
 * One criterion. A scale criterion is scored 0…`max` points; a critical criterion is yes/no (`max` 1)
 * and, when failed, fails the whole evaluation (its score becomes 0) and counts as an error of its kind.
 * `allowNa` lets an evaluator mark it not applicable, which takes it out of the denominator.
 */
export type Criterion = {
  id: string;
  title: string;
  weight: number;
  max: number;
  allowNa: boolean;
  critical: CriticalKind | null;
};

export type ScorecardSection = { id: string; title: string; criteria: Criterion[] };
export type ScorecardContent = { key: string; name: string; sections: ScorecardSection[] };

/** A stored version of a scorecard: evaluations pin the version they were scored on, so later edits never rescore them. */
export type Scorecard = {
  id: string;
  centreOrganisationId: string;
  key: string;
  version: number;
  name: string;
  content: ScorecardContent;
  contentHash: string;
  createdAt: string;
  createdBy: string | null;
};

export const allCriteria = (c: ScorecardContent): Criterion[] => c.sections.flatMap((s) => s.criteria);

const idPattern = /^[a-z0-9][a-z0-9_.-]{0,63}$/;

/** The consistency checks a schema cannot express: unique ids, positive weights, critical criteria yes/no. */
export const scorecardIssues = (c: ScorecardContent): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  if (!idPattern.test(c.key)) issues.push({ path: 'key', message: 'use lower-case letters, digits, _ . - (at most 64)' });
  if (c.sections.length === 0) issues.push({ path: 'sections', message: 'a scorecard needs at least one section' });
  const sectionIds = new Set<string>();
  const criterionIds = new Set<string>();
  c.sections.forEach((s, i) => {
    if (sectionIds.has(s.id)) issues.push({ path: `sections.${i}.id`, message: `section id "${s.id}" is used twice` });
    sectionIds.add(s.id);
    if (s.criteria.length === 0) issues.push({ path: `sections.${i}.criteria`, message: 'a section needs at least one criterion' });
    s.criteria.forEach((cr, j) => {
      const at = `sections.${i}.criteria.${j}`;
      if (criterionIds.has(cr.id)) issues.push({ path: `${at}.id`, message: `criterion id "${cr.id}" is used twice` });
      criterionIds.add(cr.id);
      if (!(cr.weight > 0)) issues.push({ path: `${at}.weight`, message: 'the weight must be above 0' });
      if (!Number.isInteger(cr.max) || cr.max < 1 || cr.max > 10)
        issues.push({ path: `${at}.max`, message: 'max must be a whole number 1–10' });
      if (cr.critical !== null && cr.max !== 1) issues.push({ path: `${at}.max`, message: 'a critical criterion is yes/no: max 1' });
    });
  });
  return issues;
};
