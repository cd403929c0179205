// src/domain/qa/stats.ts — the 95 % intervals QA KPIs carry: a mean's normal interval and a proportion's Wilson interval

const z = 1.959964;

/** Below this many evaluations a QA figure is flagged as a low sample (shown, never hidden). */
export const qaLowSample = 30;

/** Mean with mean ± z·s/√n (s the sample standard deviation); no interval below two values. */
export const meanWithCi = (values: number[]): { value: number | null; n: number; ci: [number, number] | null } => {
  const n = values.length;
  if (n === 0) return { value: null, n, ci: null };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { value: mean, n, ci: null };
  const s = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  const h = (z * s) / Math.sqrt(n);
  return { value: mean, n, ci: [mean - h, mean + h] };
};

/** Share k/n with the Wilson score interval (stays inside 0–1 and behaves at k = 0). */
export const shareWithCi = (k: number, n: number): { value: number | null; n: number; ci: [number, number] | null } => {
  if (n === 0) return { value: null, n, ci: null };
  const p = k / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return { value: p, n, ci: [Math.max(0, centre - h), Math.min(1, centre + h)] };
};
