// src/domain/staffing/measures.ts — what every staffing model (Erlang C, Erlang A, simulation) reports for one interval, and the targets a plan must meet

/**
 * One queue in one interval, as the staffing models see it. Times are seconds; the load is the
 * offered traffic in Erlangs (arrivals per second × average handling time).
 */
export type QueueLoad = {
  /** Offered load A in Erlangs. */
  load: number;
  /** Average handling time (talk + hold + wrap) in seconds. */
  ahtSeconds: number;
  /** Mean patience of a waiting customer in seconds (Erlang A and simulation); absent or Infinity: nobody abandons. */
  patienceSeconds?: number;
};

/**
 * The figures a model predicts for N agents. Denominators are stated because they differ between
 * products: `serviceLevel` is answered within T over **all offered** contacts (abandoned ones count
 * against it), `serviceLevelAnswered` the same over answered contacts only.
 */
export type StaffingMeasures = {
  agents: number;
  load: number;
  thresholdSeconds: number;
  /** Probability that an arriving contact waits at all. */
  probabilityWait: number;
  /** Probability that an arriving contact abandons (0 under Erlang C). */
  probabilityAbandon: number;
  /** Answered within the threshold ÷ all offered. */
  serviceLevel: number;
  /** Answered within the threshold ÷ answered. */
  serviceLevelAnswered: number;
  /** Average speed of answer: mean wait of answered contacts, seconds. */
  asa: number;
  /** Mean wait over all offered contacts (answered and abandoned), seconds. */
  avgWaitAll: number;
  /** Share of the agents' time spent handling contacts. */
  occupancy: number;
  /** False when the model has no steady state (Erlang C with load ≥ agents): waits grow without bound. */
  stable: boolean;
};

/** What a plan must meet in every interval; any subset. */
export type StaffingTargets = {
  /** Answered within `thresholdSeconds` ÷ offered ≥ `fraction`. */
  serviceLevel?: { fraction: number; thresholdSeconds: number };
  maxAsaSeconds?: number;
  /** Under Erlang C nobody abandons, so this target is met by any stable staffing. */
  maxAbandonRate?: number;
  maxOccupancy?: number;
};

export type StaffingModel = 'erlang-c' | 'erlang-a';
