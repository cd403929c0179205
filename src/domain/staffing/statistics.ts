// src/domain/staffing/statistics.ts — the few distribution functions the staffing models need: Student's t and gamma quantiles, the regularised incomplete gamma

import { logGamma } from '../simulation/random.js';

/** Two-sided 95 % normal critical value. */
export const z975 = 1.959963984540054;

/** Two-sided 95 % critical values of Student's t for 1…30 degrees of freedom (6 decimals). */
const t975 = [
  12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624, 2.306004, 2.262157, 2.228139, 2.200985, 2.178813, 2.160369,
  2.144787, 2.13145, 2.119905, 2.109816, 2.100922, 2.093024, 2.085963, 2.079614, 2.073873, 2.068658, 2.063899, 2.059539, 2.055529, 2.051831,
  2.048407, 2.04523, 2.042272,
];

/**
 * The 97.5 % quantile of Student's t with `df` degrees of freedom. Above 30 df the Cornish–Fisher
 * expansion around the normal quantile is accurate to better than 1e-6, so no table is needed there.
 */
export const tQuantile975 = (df: number): number => {
  if (!(df >= 1)) return Number.NaN;
  const whole = Math.floor(df);
  if (whole <= t975.length) return t975[whole - 1] as number;
  const z = z975;
  const z3 = z * z * z;
  const z5 = z3 * z * z;
  const z7 = z5 * z * z;
  const z9 = z7 * z * z;
  return (
    z +
    (z3 + z) / (4 * whole) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * whole ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * whole ** 3) +
    (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * whole ** 4)
  );
};

/** Power series of the lower regularised gamma; converges fast when x < a + 1. */
const gammaSeries = (a: number, x: number, logPrefix: number): number => {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < 10000; n += 1) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
  }
  return sum * Math.exp(logPrefix);
};

/** Continued fraction of the upper regularised gamma (modified Lentz); converges fast when x ≥ a + 1. */
const gammaFraction = (a: number, x: number, logPrefix: number): number => {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10000; i += 1) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(logPrefix) * h;
};

/** P(a, x): the lower regularised incomplete gamma, i.e. the CDF at x of a gamma(a, scale 1) variable. */
export const gammaP = (a: number, x: number): number => {
  if (x <= 0) return 0;
  if (!Number.isFinite(x)) return 1;
  const logPrefix = -x + a * Math.log(x) - logGamma(a);
  return x < a + 1 ? gammaSeries(a, x, logPrefix) : 1 - gammaFraction(a, x, logPrefix);
};

/** The p-quantile of a gamma(a, scale 1) variable, by bisection on P(a, ·) to ~1e-12 relative. */
export const gammaQuantile = (p: number, a: number): number => {
  if (p <= 0) return 0;
  if (p >= 1) return Number.POSITIVE_INFINITY;
  let low = 0;
  let high = Math.max(1, a);
  while (gammaP(a, high) < p) high *= 2;
  for (let i = 0; i < 200 && high - low > high * 1e-13; i += 1) {
    const mid = (low + high) / 2;
    if (gammaP(a, mid) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
};
