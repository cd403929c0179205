// src/domain/surveys/statistics.ts — CSAT, NPS, CES and response rate with their samples and 95 % confidence intervals

/** A measured survey figure: value (null with nothing to measure), sample size, 95 % CI where there is one, small-sample flag. */
export type Estimate = { value: number | null; n: number; ci: [number, number] | null; lowSample: boolean };

/** Below this many answers a figure is flagged as resting on a small sample (shown, never hidden). */
export const lowSampleBelow = 30;

const z95 = 1.959964;

/** Two-sided 95 % critical values of Student's t for 1…29 degrees of freedom; from 30 on the normal value is close enough. */
const t95 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086,
  2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045,
];
export const tCritical = (df: number): number => (df >= 1 && df <= t95.length ? (t95[df - 1] as number) : z95);

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const empty = (n = 0): Estimate => ({ value: null, n, ci: null, lowSample: true });

/** Wilson score interval of k successes in n (stays inside 0–1 and behaves at 0 and n). */
export const wilson = (k: number, n: number): [number, number] => {
  const p = k / n;
  const z2 = z95 * z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return [clamp(centre - half, 0, 1), clamp(centre + half, 0, 1)];
};

/** A share k/n with its Wilson interval. */
export const shareEstimate = (k: number, n: number): Estimate =>
  n === 0 ? empty() : { value: k / n, n, ci: wilson(k, n), lowSample: n < lowSampleBelow };

/** CSAT: the share of answers of 4 or 5 on the 1–5 scale (Wilson 95 % CI). */
export const csatOf = (scores: readonly number[]): Estimate => shareEstimate(scores.filter((s) => s >= 4).length, scores.length);

/**
 * NPS: % promoters (9–10) − % detractors (0–6) on the 0–10 scale, −100…100. Its variance follows from
 * the three-category multinomial: Var = (p + d − (p − d)²) / n, in percentage points ×100.
 */
export const npsOf = (scores: readonly number[]): Estimate => {
  const n = scores.length;
  if (n === 0) return empty();
  const p = scores.filter((s) => s >= 9).length / n;
  const d = scores.filter((s) => s <= 6).length / n;
  const value = 100 * (p - d);
  const se = 100 * Math.sqrt((p + d - (p - d) ** 2) / n);
  return { value, n, ci: [clamp(value - z95 * se, -100, 100), clamp(value + z95 * se, -100, 100)], lowSample: n < lowSampleBelow };
};

/** CES: the mean on the 1–7 scale, with a t interval (normal from 30 answers); one answer has no interval. */
export const cesOf = (scores: readonly number[]): Estimate => {
  const n = scores.length;
  if (n === 0) return empty();
  const mean = scores.reduce((a, b) => a + b, 0) / n;
  if (n === 1) return { value: mean, n, ci: null, lowSample: true };
  const sd = Math.sqrt(scores.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  const half = (tCritical(n - 1) * sd) / Math.sqrt(n);
  return { value: mean, n, ci: [clamp(mean - half, 1, 7), clamp(mean + half, 1, 7)], lowSample: n < lowSampleBelow };
};

/** Response rate: invitations issued in the period that were answered ÷ invitations issued in it (Wilson CI). */
export const responseRateOf = (answered: number, issued: number): Estimate => shareEstimate(answered, issued);
