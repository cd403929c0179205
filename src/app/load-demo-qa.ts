// src/app/load-demo-qa.ts — demo quality monitoring at Kontaktpartner: the shipped scorecard, a month of sampled evaluations, one calibration

import { sampleContacts } from '../domain/qa/sampling.js';
import type { ScorecardContent } from '../domain/qa/scorecard.js';
import type { Answers } from '../domain/qa/scoring.js';
import type { Caller } from './caller.js';
import { createCalibrationSession, scoreCalibration } from './manage-calibration.js';
import { createEvaluation, loadScorecardVersion, respondToEvaluation } from './manage-qa.js';
import type { Deps } from './ports.js';

export type DemoQaOptions = {
  qualityManager: Caller;
  teamLead: Caller;
  admin: Caller;
  /** The demo agent with an account: the first agent of the sample is theirs, and they answer their evaluations. */
  agent: Caller;
  relationshipId: string;
};

const cr = (
  id: string,
  title: string,
  o: { weight?: number; max?: number; na?: boolean; critical?: 'customer' | 'business' | 'compliance' } = {},
) => ({
  id,
  title,
  weight: o.weight ?? 1,
  max: o.max ?? 1,
  allowNa: o.na ?? false,
  critical: o.critical ?? null,
});

/** The shipped example `scorecards/customer-service.yaml` as content (app code reads no files; a test keeps the two equal). */
export const demoScorecard: ScorecardContent = {
  key: 'customer-service',
  name: 'Customer service call',
  sections: [
    {
      id: 'opening',
      title: 'Opening',
      criteria: [
        cr('greeting', 'Greets the customer and gives their name'),
        cr('identification', 'Identifies the customer as the procedure requires', { critical: 'compliance' }),
      ],
    },
    {
      id: 'handling',
      title: 'Handling the matter',
      criteria: [
        cr('understanding', 'Finds out what the customer needs', { weight: 3, max: 4 }),
        cr('accuracy', 'Gives correct and complete information', { critical: 'customer' }),
        cr('offer', 'Mentions a relevant offer or self-service option', { na: true }),
        cr('documentation', 'Records the contact correctly in the case system', { critical: 'business' }),
      ],
    },
    {
      id: 'closing',
      title: 'Closing',
      criteria: [
        cr('summary', 'Summarises what happens next', { weight: 2, max: 2 }),
        cr('tone', 'Keeps a friendly and professional tone throughout', { weight: 2, max: 4 }),
      ],
    },
  ],
};

const seeded = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

/** Mostly good answers, now and then a miss; about one evaluation in twelve fails a critical criterion. */
const answersFor = (card: ScorecardContent, rnd: () => number): Answers => {
  const a: Answers = {};
  const failCritical = rnd() < 0.08;
  const criticalIds = card.sections.flatMap((s) => s.criteria.filter((c) => c.critical !== null).map((c) => c.id));
  const failing = criticalIds[Math.floor(rnd() * criticalIds.length)];
  for (const c of card.sections.flatMap((s) => s.criteria)) {
    if (c.allowNa && rnd() < 0.3) a[c.id] = null;
    else if (c.critical !== null) a[c.id] = failCritical && c.id === failing ? 0 : 1;
    else a[c.id] = Math.max(0, c.max - (rnd() < 0.6 ? 0 : rnd() < 0.7 ? 1 : 2));
  }
  return a;
};

/**
 * Four answered contacts per Nordbank agent from the last 30 days (a seeded sample), each scored by
 * the team lead; the demo agent answers theirs (one disputed); one calibration session where the
 * quality manager, the team lead and the admin score the same call.
 */
export const loadDemoQa = async (deps: Deps, o: DemoQaOptions): Promise<void> => {
  const rnd = seeded(7_018_295);
  const { scorecard } = await loadScorecardVersion(deps, o.qualityManager, demoScorecard);
  const to = deps.clock().getTime();
  const queueIds = (await deps.store.queues.ofRelationship(o.relationshipId)).map((q) => q.id);
  const candidates = await deps.store.qa.sampleCandidates(queueIds, to - 30 * 86_400_000, to);
  const sample = sampleContacts(candidates, { perAgent: 4, perQueue: false, seed: 18_295 });
  if (sample.length === 0) return;
  const agentName = [...new Set(sample.map((c) => c.agent))].sort()[0];
  const agentUserId = o.agent.scope.userId;
  const mine: string[] = [];
  for (const c of sample) {
    const own = c.agent === agentName;
    const e = await createEvaluation(deps, o.teamLead, {
      relationshipId: o.relationshipId,
      queueId: c.queueId,
      contactSourceId: c.sourceId,
      contactAt: new Date(c.enteredAt).toISOString(),
      agent: c.agent,
      agentUserId: own ? agentUserId : null,
      scorecardId: scorecard.id,
      answers: answersFor(scorecard.content, rnd),
      coachingNotes: rnd() < 0.3 ? 'Sammanfatta nästa steg tydligare i slutet av samtalet.' : null,
    });
    if (own) mine.push(e.id);
  }
  for (const [i, id] of mine.entries()) {
    if (i === mine.length - 1) break; // one left for the agent to answer in the demo
    await respondToEvaluation(deps, o.agent, id, {
      response: i === 0 ? 'disputed' : 'acknowledged',
      comment: i === 0 ? 'Kunden bad mig hoppa över erbjudandet.' : null,
    });
  }
  const call = sample[0];
  if (!call) return;
  const session = await createCalibrationSession(deps, o.qualityManager, {
    relationshipId: o.relationshipId,
    scorecardId: scorecard.id,
    contactSourceId: call.sourceId,
    title: 'Kalibrering Nordbank',
    heldOn: new Date(to - 7 * 86_400_000).toISOString().slice(0, 10),
  });
  const base = answersFor(scorecard.content, seeded(42));
  for (const [who, tweak] of [
    [o.qualityManager, 0],
    [o.teamLead, 1],
    [o.admin, 2],
  ] as const) {
    const answers: Answers = { ...base };
    // Each evaluator differs a little on the graded criteria (the calibration's point).
    for (const c of scorecard.content.sections.flatMap((s) => s.criteria))
      if (c.max > 1 && tweak > 0 && rnd() < 0.5) answers[c.id] = Math.max(0, c.max - tweak);
    await scoreCalibration(deps, who, session.id, { answers });
  }
};
