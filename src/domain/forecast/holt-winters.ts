// src/domain/forecast/holt-winters.ts — Taylor's double-seasonal Holt-Winters (intraday + intraweek cycles) with an AR(1) error adjustment and a fast parameter fit

/** The two cycles, in intervals: a day (96 for 15 minutes) and a week (7 days). */
export type SeasonLengths = { day: number; week: number };

/**
 * Smoothing weights, each in [0, 1]: `alpha` the level, `gamma` the intraday index, `omega` the
 * intraweek index; `phi` the AR(1) coefficient on the one-step error (Taylor 2003), absent = 0.
 */
export type HoltWintersParams = { alpha: number; gamma: number; omega: number; phi?: number };

export type HoltWintersResult = { forecast: number[]; params: Required<HoltWintersParams> };

/** Weeks of history the initial states are averaged over (averaging two halves the noise in them). */
const initWeeks = 2;
/** Weeks looked back to decide that an interval is closed. */
const closedLookbackWeeks = 4;

type State = { level: number; daily: Float64Array; weekly: Float64Array };
type Run = { state: State; sse: number; phi: number; lastError: number };
/** 1 for each weekday-interval (position modulo the week, counted from the start of the history) that is closed. */
type ClosedMask = Uint8Array;

/**
 * Weekday-intervals that were zero in each of the last (up to) four weeks: the centre is closed then.
 * Looking back only a few weeks follows changed opening hours.
 */
const closedPositions = (y: readonly number[], week: number): ClosedMask => {
  const closed = new Uint8Array(week).fill(1);
  const weeks = Math.min(closedLookbackWeeks, Math.floor(y.length / week));
  for (let t = y.length - weeks * week; t < y.length; t += 1) if ((y[t] as number) !== 0) closed[t % week] = 0;
  return closed;
};

/**
 * The initial level and indices from the open intervals of the first two weeks: the level is their
 * mean, the intraday index the mean profile of their days, the intraweek index what is left per
 * weekday-interval.
 */
const initialState = (y: readonly number[], s: SeasonLengths, closed: ClosedMask): State => {
  const span = initWeeks * s.week;
  let total = 0;
  let open = 0;
  const daily = new Float64Array(s.day);
  const dailyCount = new Float64Array(s.day);
  for (let t = 0; t < span; t += 1) {
    if (closed[t % s.week] === 1) continue;
    total += y[t] as number;
    open += 1;
    daily[t % s.day] = (daily[t % s.day] as number) + (y[t] as number);
    dailyCount[t % s.day] = (dailyCount[t % s.day] as number) + 1;
  }
  const level = open > 0 ? total / open : 0;
  for (let i = 0; i < s.day; i += 1)
    daily[i] = (dailyCount[i] as number) > 0 ? (daily[i] as number) / (dailyCount[i] as number) - level : 0;
  const weekly = new Float64Array(s.week);
  for (let t = 0; t < span; t += 1) {
    const j = t % s.week;
    if (closed[j] === 0) weekly[j] = (weekly[j] as number) + ((y[t] as number) - level - (daily[t % s.day] as number)) / initWeeks;
  }
  return { level, daily, weekly };
};

/**
 * One pass of the smoothing equations over the open intervals, in error-correction form (e = y −
 * one-step forecast without the AR term). Closed intervals are skipped: they say nothing about the
 * demand, and fed to an additive model they would pull the level back towards its old value every
 * night. The AR(1) term leaves the states untouched, so its best coefficient for given weights has a
 * closed form (least squares of e_t on e_{t−1}); the squared adjusted errors are summed from the
 * second week on, the first being used up by the initial states.
 */
const smooth = (y: readonly number[], s: SeasonLengths, closed: ClosedMask, alpha: number, gamma: number, omega: number): Run => {
  const { daily, weekly, level: level0 } = initialState(y, s, closed);
  let level = level0;
  let i = 0;
  let j = 0;
  let previous = 0;
  let ee = 0;
  let ep = 0;
  let pp = 0;
  const g = gamma * (1 - alpha);
  const o = omega * (1 - alpha);
  for (let t = 0; t < y.length; t += 1) {
    if (closed[j] === 0) {
      const d = daily[i] as number;
      const w = weekly[j] as number;
      const e = (y[t] as number) - level - d - w;
      if (t >= s.week) {
        ee += e * e;
        ep += e * previous;
        pp += previous * previous;
      }
      // l_t = l + αe; d_t = d + γ(y − l_t − w − d) = d + γ(1 − α)e; likewise w_t with ω.
      level += alpha * e;
      daily[i] = d + g * e;
      weekly[j] = w + o * e;
      previous = e;
    }
    i = i + 1 === s.day ? 0 : i + 1;
    j = j + 1 === s.week ? 0 : j + 1;
  }
  const phi = pp > 0 ? Math.max(-0.99, Math.min(0.99, ep / pp)) : 0;
  return { state: { level, daily, weekly }, sse: ee - 2 * phi * ep + phi * phi * pp, phi, lastError: previous };
};

type Weights = [alpha: number, gamma: number, omega: number];

const alphaGrid = [0.01, 0.05, 0.15, 0.4];
const seasonalGrid = [0, 0.03, 0.1, 0.3];
const refineSteps = [0.04, 0.02, 0.01, 0.005];

/**
 * Least in-sample one-step squared error: a coarse 4 × 4 × 4 grid, then a pattern search (±step on
 * one weight at a time, halving the step) from the best grid point. About a hundred passes of O(n):
 * 8 weeks of quarter hours fit in milliseconds.
 */
const fitWeights = (y: readonly number[], s: SeasonLengths, closed: ClosedMask): Weights => {
  let best: Weights = [0.05, 0.03, 0.03];
  let bestSse = Number.POSITIVE_INFINITY;
  for (const a of alphaGrid)
    for (const g of seasonalGrid)
      for (const o of seasonalGrid) {
        const { sse } = smooth(y, s, closed, a, g, o);
        if (sse < bestSse) [best, bestSse] = [[a, g, o], sse];
      }
  for (const step of refineSteps) {
    let improved = true;
    for (let round = 0; improved && round < 10; round += 1) {
      improved = false;
      for (let k = 0; k < 3; k += 1)
        for (const sign of [1, -1]) {
          const trial: Weights = [...best];
          trial[k] = Math.min(1, Math.max(0, (trial[k] as number) + sign * step));
          if (trial[k] === best[k]) continue;
          const { sse } = smooth(y, s, closed, ...trial);
          if (sse < bestSse) [best, bestSse, improved] = [trial, sse, true];
        }
    }
  }
  return best;
};

/**
 * Taylor's double-seasonal Holt-Winters without trend, with **additive** indices. Multiplicative
 * indices divide by the seasonal factors, which are zero or nearly zero in closed hours and at the
 * quiet edges of the day (where a few Poisson zeros can drive a factor to zero for good); additive
 * ones stay finite and their errors stay in contacts. Intervals that were zero in each of the last
 * four weeks count as closed: the smoothing skips them and the forecast there is 0; elsewhere the
 * forecast is clamped at 0. A trend is left out on purpose: over a 14-day horizon a trend fitted on
 * intraday data extrapolates noise (Taylor 2008 finds simple averages hard to beat beyond a few days).
 * Needs two full weeks (`2 × week` intervals) for the initial states. Without `params` the weights are
 * fitted by least in-sample one-step squared error and φ by least squares on the one-step errors; the
 * AR term decays by φ per open interval ahead.
 */
export const doubleSeasonalHoltWinters = (
  history: readonly number[],
  seasons: SeasonLengths,
  horizon: number,
  params?: HoltWintersParams,
): HoltWintersResult => {
  const { day, week } = seasons;
  if (!(day >= 1 && week >= day && week % day === 0)) throw new RangeError('The week must be a whole number of days');
  if (history.length < initWeeks * week) throw new RangeError(`Holt-Winters needs ${initWeeks * week} intervals of history`);
  const closed = closedPositions(history, week);
  const [alpha, gamma, omega] = params ? [params.alpha, params.gamma, params.omega] : fitWeights(history, seasons, closed);
  const run = smooth(history, seasons, closed, alpha, gamma, omega);
  const phi = params ? (params.phi ?? 0) : run.phi;
  const { level, daily, weekly } = run.state;
  const n = history.length;
  const forecast = new Array<number>(horizon);
  let damping = phi;
  for (let h = 0; h < horizon; h += 1) {
    const t = n + h;
    const value = level + (daily[t % day] as number) + (weekly[t % week] as number) + damping * run.lastError;
    if (closed[t % week] === 1) forecast[h] = 0;
    else {
      forecast[h] = Math.max(0, value);
      damping *= phi;
    }
  }
  return { forecast, params: { alpha, gamma, omega, phi } };
};
