// src/domain/staffing/simulate-engine.ts — one replication of the FIFO queue with N agents and reneging, customer by customer over a min-heap of agents

/** Per-interval counters of one replication (by interval of arrival, except busy seconds: by when the work happened). */
export type Tally = {
  offered: Float64Array;
  answered: Float64Array;
  answeredWithin: Float64Array;
  /** Arrivals that did not find a free agent (answered later, abandoned or never answered). */
  waited: Float64Array;
  abandoned: Float64Array;
  /** Arrivals no agent was left to answer (only without patience: with patience they abandon). */
  neverAnswered: Float64Array;
  waitAnswered: Float64Array;
  waitAbandoned: Float64Array;
  busySeconds: Float64Array;
};

export const createTally = (intervals: number): Tally => ({
  offered: new Float64Array(intervals),
  answered: new Float64Array(intervals),
  answeredWithin: new Float64Array(intervals),
  waited: new Float64Array(intervals),
  abandoned: new Float64Array(intervals),
  neverAnswered: new Float64Array(intervals),
  waitAnswered: new Float64Array(intervals),
  waitAbandoned: new Float64Array(intervals),
  busySeconds: new Float64Array(intervals),
});

/** What one replication needs; the samplers draw from the replication's own random stream. */
export type ReplicationPlan = {
  offered: Float64Array;
  agents: Int32Array;
  intervalSeconds: number;
  thresholdSeconds: number;
  /** Exponential with the given mean: the gaps between Poisson arrivals. */
  exponential: (mean: number) => number;
  handling: () => number;
  /** Per interval: the factor handling draws are multiplied by (the interval's AHT over the distribution's mean). */
  handlingScale: Float64Array;
  patience: () => number;
};

/**
 * The earliest time ≥ t at which agent j is on duty (agent j works interval k iff j < agents[k]), or
 * Infinity. After the last interval that interval's staffing stays on so the queue drains, as when a
 * centre stops taking calls at closing time but answers those already waiting.
 */
const onDutyFrom = (agents: Int32Array, intervalSeconds: number, j: number, t: number): number => {
  const last = agents.length - 1;
  let k = Math.floor(t / intervalSeconds);
  if (k > last) return j < (agents[last] as number) ? t : Number.POSITIVE_INFINITY;
  if (j < (agents[k] as number)) return t;
  for (k += 1; k <= last; k += 1) if (j < (agents[k] as number)) return k * intervalSeconds;
  return Number.POSITIVE_INFINITY;
};

/**
 * Simulates every interval's Poisson arrivals in time order and tallies them. Exact for a FIFO queue
 * with reneging: customers take agents in arrival order, so each one's start of service is the
 * earliest time an agent is free and on duty after its predecessors were placed; one that would wait
 * longer than its patience leaves and takes nobody's time. The heap holds, for each agent, the
 * earliest time it is free *and* on duty (typed arrays, no per-contact objects). Handling and patience
 * are drawn for every arrival, answered or not, so two plans run with one seed see the same customers
 * (common random numbers make their difference sharper than either result).
 */
export const runReplication = (plan: ReplicationPlan, tally: Tally): void => {
  const { offered, agents, intervalSeconds, thresholdSeconds, exponential, handling, handlingScale, patience } = plan;
  const intervals = agents.length;
  let size = 0;
  for (let k = 0; k < intervals; k += 1) size = Math.max(size, agents[k] as number);
  const key = new Float64Array(size);
  const who = new Int32Array(size);

  /** Puts (value, agent) at the root's place and sifts it down; the subtrees are heaps. */
  const replaceTop = (value: number, agent: number): void => {
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) break;
      const right = left + 1;
      const child = right < size && (key[right] as number) < (key[left] as number) ? right : left;
      if ((key[child] as number) >= value) break;
      key[i] = key[child] as number;
      who[i] = who[child] as number;
      i = child;
    }
    key[i] = value;
    who[i] = agent;
  };

  // Start times in agent order are ascending (agent j works whenever agent j+1 does), so agent order is already a heap.
  for (let j = 0; j < size; j += 1) {
    key[j] = onDutyFrom(agents, intervalSeconds, j, 0);
    who[j] = j;
  }

  /** Busy time split over the intervals it falls in (a call may run past its agent's duty: non-preemptive). */
  const addBusy = (from: number, to: number): void => {
    let start = from;
    for (let k = Math.floor(start / intervalSeconds); k < intervals && start < to; k += 1) {
      const end = Math.min(to, (k + 1) * intervalSeconds);
      tally.busySeconds[k] = (tally.busySeconds[k] as number) + (end - start);
      start = end;
    }
  };

  const arrive = (arrival: number, k: number): void => {
    const handle = handling() * (handlingScale[k] as number);
    const give = patience();
    const onDuty = agents[k] as number;
    let start = size === 0 ? Number.POSITIVE_INFINITY : (key[0] as number);
    // Agents who became free before this arrival may have gone off duty since: move them to their next duty, lazily.
    while (start < arrival) {
      const j = who[0] as number;
      if (j < onDuty) {
        start = arrival;
        break;
      }
      replaceTop(onDutyFrom(agents, intervalSeconds, j, arrival), j);
      start = key[0] as number;
    }
    const wait = start - arrival;
    tally.offered[k] = (tally.offered[k] as number) + 1;
    if (wait > 0) tally.waited[k] = (tally.waited[k] as number) + 1;
    if (wait > give) {
      tally.abandoned[k] = (tally.abandoned[k] as number) + 1;
      tally.waitAbandoned[k] = (tally.waitAbandoned[k] as number) + give;
      return;
    }
    if (start === Number.POSITIVE_INFINITY) {
      // No agent is ever on duty again and nobody abandons: the contact is offered but never answered.
      tally.neverAnswered[k] = (tally.neverAnswered[k] as number) + 1;
      return;
    }
    const free = start + handle;
    replaceTop(onDutyFrom(agents, intervalSeconds, who[0] as number, free), who[0] as number);
    addBusy(start, free);
    tally.answered[k] = (tally.answered[k] as number) + 1;
    tally.waitAnswered[k] = (tally.waitAnswered[k] as number) + wait;
    if (wait <= thresholdSeconds) tally.answeredWithin[k] = (tally.answeredWithin[k] as number) + 1;
  };

  for (let k = 0; k < intervals; k += 1) {
    const expected = offered[k] as number;
    if (!(expected > 0)) continue;
    // Poisson arrivals as exponential gaps; restarting at the interval's start is exact (memoryless).
    const meanGap = intervalSeconds / expected;
    const end = (k + 1) * intervalSeconds;
    for (let t = k * intervalSeconds + exponential(meanGap); t < end; t += exponential(meanGap)) arrive(t, k);
  }
};
