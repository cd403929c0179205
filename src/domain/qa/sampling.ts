// src/domain/qa/sampling.ts — which interactions to evaluate: n per agent per period, a seeded and so reproducible choice

import { createRandom } from '../simulation/random.js';

export type SampleCandidate = { sourceId: string; agent: string; queueId: string; enteredAt: number };

/** A sampling rule: how many answered contacts per agent (per queue when `perQueue`) in the period, drawn with `seed`. */
export type SamplingRule = { perAgent: number; perQueue: boolean; seed: number };

/**
 * Draws up to `perAgent` contacts for each agent (and queue) without replacement. The candidates are
 * first put in a fixed order (time, then source id) and each group draws from its own stream of the
 * seed, so the same contacts, rule and seed always give the same sample, whatever order the database
 * returned them in. Contacts already evaluated are left out, so drawing again tops a sample up.
 */
export const sampleContacts = (
  candidates: SampleCandidate[],
  rule: SamplingRule,
  exclude: ReadonlySet<string> = new Set(),
): SampleCandidate[] => {
  const groups = new Map<string, SampleCandidate[]>();
  const ordered = candidates
    .filter((c) => !exclude.has(c.sourceId))
    .sort((a, b) => a.enteredAt - b.enteredAt || (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0));
  for (const c of ordered) {
    const key = rule.perQueue ? `${c.agent}\u0000${c.queueId}` : c.agent;
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  const out: SampleCandidate[] = [];
  const keys = [...groups.keys()].sort();
  keys.forEach((key, stream) => {
    const pool = [...(groups.get(key) ?? [])];
    const random = createRandom(rule.seed, stream + 1);
    // A partial Fisher–Yates shuffle: the first n places are a uniform draw without replacement.
    const n = Math.min(rule.perAgent, pool.length);
    for (let i = 0; i < n; i++) {
      const j = random.int(i, pool.length - 1);
      const t = pool[i] as SampleCandidate;
      pool[i] = pool[j] as SampleCandidate;
      pool[j] = t;
    }
    out.push(...pool.slice(0, n).sort((a, b) => a.enteredAt - b.enteredAt));
  });
  return out;
};
