// src/domain/qa/scoring.ts — an evaluation's score: weighted criteria, N/A out of the denominator, a critical fail sets it to 0

import type { FieldIssue } from '../shared/errors.js';
import { type CriticalKind, type ScorecardContent, allCriteria } from './scorecard.js';

/** One answer: points 0…max, or null for not applicable. */
export type Answers = Record<string, number | null>;

export type SectionScore = { sectionId: string; score: number | null };

export type ScoreResult = {
  /** 0–100; null when every criterion was N/A. A critical fail makes it 0. */
  score: number | null;
  sections: SectionScore[];
  /** The kinds of the critical criteria failed (each kind once). */
  criticalErrors: CriticalKind[];
};

/** Every criterion answered, within its range, N/A only where allowed. */
export const answerIssues = (card: ScorecardContent, answers: Answers): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  const known = new Set(allCriteria(card).map((c) => c.id));
  for (const id of Object.keys(answers))
    if (!known.has(id)) issues.push({ path: `answers.${id}`, message: 'not a criterion of this scorecard' });
  for (const c of allCriteria(card)) {
    const v = answers[c.id];
    if (v === undefined) issues.push({ path: `answers.${c.id}`, message: 'not answered' });
    else if (v === null) {
      if (!c.allowNa) issues.push({ path: `answers.${c.id}`, message: 'N/A is not allowed for this criterion' });
    } else if (!Number.isInteger(v) || v < 0 || v > c.max)
      issues.push({ path: `answers.${c.id}`, message: `give a whole number 0–${c.max}` });
  }
  return issues;
};

const weighted = (items: { weight: number; share: number }[]): number | null => {
  const w = items.reduce((s, x) => s + x.weight, 0);
  return w === 0 ? null : (100 * items.reduce((s, x) => s + x.weight * x.share, 0)) / w;
};

/**
 * Score = Σ weight·(points/max) / Σ weight × 100 over the criteria answered (N/A leaves both sums),
 * across all sections; each section's score the same over its own criteria. A failed critical
 * criterion (0 points) fails the evaluation: the score is 0 whatever the rest, and the error counts
 * under its kind. Answers are assumed valid (`answerIssues`).
 */
export const scoreAnswers = (card: ScorecardContent, answers: Answers): ScoreResult => {
  const all: { weight: number; share: number }[] = [];
  const sections: SectionScore[] = [];
  const critical = new Set<CriticalKind>();
  for (const s of card.sections) {
    const items: { weight: number; share: number }[] = [];
    for (const c of s.criteria) {
      const v = answers[c.id];
      if (v === null || v === undefined) continue;
      if (c.critical !== null && v === 0) critical.add(c.critical);
      items.push({ weight: c.weight, share: v / c.max });
    }
    all.push(...items);
    sections.push({ sectionId: s.id, score: weighted(items) });
  }
  const raw = weighted(all);
  return {
    score: critical.size > 0 ? 0 : raw === null ? null : Math.round(raw * 100) / 100,
    sections: sections.map((s) => ({ ...s, score: s.score === null ? null : Math.round(s.score * 100) / 100 })),
    criticalErrors: [...critical].sort(),
  };
};
