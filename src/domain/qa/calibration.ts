// src/domain/qa/calibration.ts — agreement of several evaluators scoring the same interaction: spread per criterion and Fleiss' kappa

import type { Answers } from './scoring.js';
import type { Criterion } from './scorecard.js';

export type CriterionAgreement = {
  criterionId: string;
  /** Evaluators who gave points (N/A excluded from the spread). */
  n: number;
  min: number | null;
  max: number | null;
  /** max − min, in points. */
  range: number | null;
  /** Population standard deviation of the points given, as a share of the criterion's max (0–0.5). */
  sd: number | null;
  /** Share of evaluator pairs that gave the same answer (N/A is an answer): Fleiss' agreement of this criterion. */
  agreement: number | null;
};

export type CalibrationAgreement = {
  raters: number;
  criteria: CriterionAgreement[];
  /**
   * Fleiss' kappa over the session: the criteria are the subjects, the evaluators the raters, each
   * distinct answer (points or N/A) a category. 1 is perfect agreement, 0 what chance would give.
   * Null with fewer than two evaluators; 1 when everyone gave every criterion the same single answer
   * (chance agreement is then 1 too and the ratio is undefined, but the raters did agree).
   */
  kappa: number | null;
  /** Spread of the evaluators' total scores (max − min, points of 100). */
  scoreRange: number | null;
};

const category = (v: number | null | undefined): string => (v === null || v === undefined ? 'na' : String(v));

/** Fleiss' per-subject agreement P_i = (Σ n_ij² − n) / (n (n − 1)). */
const subjectAgreement = (counts: Map<string, number>, n: number): number => {
  let sq = 0;
  for (const c of counts.values()) sq += c * c;
  return (sq - n) / (n * (n - 1));
};

/** Agreement figures of one calibration session: every evaluator's answers to the same criteria. */
export const calibrationAgreement = (criteria: Criterion[], sheets: Answers[], scores: (number | null)[] = []): CalibrationAgreement => {
  const n = sheets.length;
  const totals = new Map<string, number>();
  let sumP = 0;
  const rows: CriterionAgreement[] = criteria.map((c) => {
    const counts = new Map<string, number>();
    const points: number[] = [];
    for (const s of sheets) {
      const v = s[c.id];
      const k = category(v);
      counts.set(k, (counts.get(k) ?? 0) + 1);
      totals.set(k, (totals.get(k) ?? 0) + 1);
      if (typeof v === 'number') points.push(v);
    }
    const agreement = n >= 2 ? subjectAgreement(counts, n) : null;
    if (agreement !== null) sumP += agreement;
    const mean = points.reduce((a, b) => a + b, 0) / (points.length || 1);
    const variance = points.reduce((a, b) => a + (b - mean) ** 2, 0) / (points.length || 1);
    return {
      criterionId: c.id,
      n: points.length,
      min: points.length ? Math.min(...points) : null,
      max: points.length ? Math.max(...points) : null,
      range: points.length ? Math.max(...points) - Math.min(...points) : null,
      sd: points.length ? Math.sqrt(variance) / c.max : null,
      agreement,
    };
  });
  let kappa: number | null = null;
  if (n >= 2 && criteria.length > 0) {
    const pBar = sumP / criteria.length;
    const all = n * criteria.length;
    let pe = 0;
    for (const t of totals.values()) pe += (t / all) ** 2;
    kappa = pe >= 1 ? 1 : (pBar - pe) / (1 - pe);
  }
  const known = scores.filter((s): s is number => s !== null);
  return { raters: n, criteria: rows, kappa, scoreRange: known.length >= 2 ? Math.max(...known) - Math.min(...known) : null };
};
