// src/domain/simulation/random.ts — a fast seeded random source (sfc32 seeded by splitmix32) and the distributions the simulator draws from

/** A reproducible stream of random numbers: the same seed always gives the same sequence. */
export type Random = {
  /** Uniform in [0, 1), 32 bits of resolution. */
  next: () => number;
  /** Uniform in [min, max). */
  uniform: (min: number, max: number) => number;
  /** A whole number uniform in [min, max] (both included). */
  int: (min: number, max: number) => number;
  /** True with probability p. */
  chance: (p: number) => boolean;
  /** Exponential with the given mean (Infinity stays Infinity). */
  exponential: (mean: number) => number;
  /** Normal (Gaussian). */
  normal: (mean?: number, sd?: number) => number;
  /** Lognormal given the mean and standard deviation of the variable itself (not of its logarithm). */
  lognormal: (mean: number, sd: number) => number;
  /** Poisson-distributed count with mean lambda. */
  poisson: (lambda: number) => number;
};

const twoTo32 = 4294967296;

/** One step of splitmix32: spreads any 32-bit state into a well-mixed word; used only for seeding. */
const splitmix32 = (state: number): [next: number, out: number] => {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [next, (z ^ (z >>> 16)) >>> 0];
};

/**
 * A 32-bit seed word from any finite number (negative, fractional and > 2³² seeds all count), mixed
 * with a stream number so that sub-streams of one seed are unrelated.
 */
export const deriveSeed = (seed: number, stream = 0): number => {
  const whole = Number.isFinite(seed) ? Math.trunc(seed) : 0;
  const low = whole >>> 0;
  const high = Math.floor(whole / twoTo32) >>> 0;
  const [, a] = splitmix32(low ^ Math.imul(high, 0x27d4eb2d));
  const [, b] = splitmix32(a ^ Math.imul(stream + 1, 0x165667b1));
  return b;
};

/** The lognormal's log-scale parameters from the variable's own mean and standard deviation. */
export const lognormalParameters = (mean: number, sd: number): { mu: number; sigma: number } => {
  const sigma2 = Math.log(1 + (sd * sd) / (mean * mean));
  return { mu: Math.log(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) };
};

/** ln Γ(x) for x > 0 (Lanczos, g = 7): accurate to ~1e-13, enough for Poisson rejection sampling. */
const lanczos = [
  0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406, 12.507343278686905,
  -0.13857109526572012, 9.984369578019572e-6, 1.5056327351493116e-7,
];
export const logGamma = (x: number): number => {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let sum = lanczos[0] as number;
  for (let i = 1; i < 9; i += 1) sum += (lanczos[i] as number) / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
};

/** Creates a generator; `stream` picks an independent sub-stream of the same seed. */
export const createRandom = (seed: number, stream = 0): Random => {
  let state = deriveSeed(seed, stream);
  const words: number[] = [];
  for (let i = 0; i < 4; i += 1) {
    const [nextState, out] = splitmix32(state);
    state = nextState;
    words.push(out);
  }
  let [a, b, c, d] = words as [number, number, number, number];
  // sfc32: small, fast, passes PractRand to terabytes; 32-bit integer arithmetic only.
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / twoTo32;
  };
  for (let i = 0; i < 12; i += 1) next();

  /** In (0, 1): safe under a logarithm. */
  const open = (): number => next() + 0.5 / twoTo32;

  let spare = Number.NaN;
  const standardNormal = (): number => {
    if (!Number.isNaN(spare)) {
      const value = spare;
      spare = Number.NaN;
      return value;
    }
    const r = Math.sqrt(-2 * Math.log(open()));
    const angle = 2 * Math.PI * next();
    spare = r * Math.sin(angle);
    return r * Math.cos(angle);
  };

  const poissonSmall = (lambda: number): number => {
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = next();
    while (p > limit) {
      k += 1;
      p *= next();
    }
    return k;
  };

  // Hörmann's PTRS (transformed rejection with squeeze) for lambda ≥ 10: constant expected time.
  const poissonLarge = (lambda: number): number => {
    const slam = Math.sqrt(lambda);
    const logLambda = Math.log(lambda);
    const b = 0.931 + 2.53 * slam;
    const a = -0.059 + 0.02483 * b;
    const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
    const vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
      const u = next() - 0.5;
      const v = open();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <= -lambda + k * logLambda - logGamma(k + 1)) return k;
    }
  };

  return {
    next,
    uniform: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor((max - min + 1) * next()),
    chance: (p) => next() < p,
    exponential: (mean) => -mean * Math.log(open()),
    normal: (mean = 0, sd = 1) => mean + sd * standardNormal(),
    lognormal: (mean, sd) => {
      const { mu, sigma } = lognormalParameters(mean, sd);
      return Math.exp(mu + sigma * standardNormal());
    },
    poisson: (lambda) => (lambda <= 0 ? 0 : lambda < 10 ? poissonSmall(lambda) : poissonLarge(lambda)),
  };
};
