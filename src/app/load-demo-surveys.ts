// src/app/load-demo-surveys.ts — a month of after-contact survey answers for the demo relationship, tied to its simulated contacts

import type { SurveyInvitation, SurveyResponse } from '../domain/surveys/survey.js';
import { type Caller, recordChange } from './caller.js';
import { createSurvey, partiesOfSurvey } from './manage-surveys.js';
import type { Deps } from './ports.js';

/** A small deterministic generator (mulberry32), so the demo's figures are the same on every load. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
};

const clampInt = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(x)));

const comments = [
  'Snabbt och vänligt bemötande.',
  'Fick vänta länge i kön.',
  'Handläggaren löste allt på en gång.',
  'Fick ringa tillbaka en gång till.',
  'Tydlig information, tack!',
];

/**
 * Creates the after-contact survey of the demo relationship and, for every 25th answered contact of
 * the last 30 days, an invitation; about a third are answered a few minutes after the contact.
 * Waits shape the answers (a long wait lowers satisfaction and raises effort), so the under-staffed
 * queue scores lower, as it would.
 */
export const loadDemoSurveys = async (deps: Deps, o: { centre: Caller; relationshipId: string; queueIds: string[] }): Promise<void> => {
  const survey = await createSurvey(deps, o.centre, {
    relationshipId: o.relationshipId,
    name: 'Kundenkät efter kontakt',
    queueIds: o.queueIds,
    questions: [
      {
        id: 'csat',
        kind: 'csat',
        label: { sv: 'Hur nöjd är du med kontakten?', en: 'How satisfied are you with the contact?' },
        required: true,
      },
      {
        id: 'nps',
        kind: 'nps',
        label: { sv: 'Hur troligt är det att du rekommenderar oss?', en: 'How likely are you to recommend us?' },
        required: false,
      },
      { id: 'ces', kind: 'ces', label: { sv: 'Hur lätt var det att få hjälp?', en: 'How easy was it to get help?' }, required: false },
      { id: 'comment', kind: 'text', label: { sv: 'Vill du berätta mer?', en: 'Anything else to tell us?' }, required: false },
    ],
  });
  const now = deps.clock().getTime();
  const contacts = await deps.store.surveys.answeredContacts(o.queueIds, now - 30 * 86_400_000, now, 100_000);
  const rnd = random(18295);
  const invitations: SurveyInvitation[] = [];
  const responses: SurveyResponse[] = [];
  for (const [i, c] of contacts.entries()) {
    if (i % 25 !== 0) continue;
    const issuedAt = new Date(c.endedAt + 60_000);
    if (issuedAt.getTime() > now) continue;
    const invitation: SurveyInvitation = {
      ...c,
      id: deps.ids(),
      surveyId: survey.id,
      relationshipId: o.relationshipId,
      tokenHash: deps.secrets.sha256(deps.secrets.randomToken()),
      issuedAt: issuedAt.toISOString(),
      expiresAt: new Date(issuedAt.getTime() + 14 * 86_400_000).toISOString(),
      usedAt: null,
    };
    const answeredAt = issuedAt.getTime() + (5 + rnd() * 120) * 60_000;
    if (rnd() < 0.35 && answeredAt < now) {
      invitation.usedAt = new Date(answeredAt).toISOString();
      const mood = 0.1 - Math.min(c.waitSeconds, 300) / 150 + (rnd() - 0.5) * 2.4;
      const answers: SurveyResponse['answers'] = { csat: clampInt(4 + mood * 1.3, 1, 5) };
      if (rnd() < 0.8) answers.nps = clampInt(7.6 + mood * 2.6, 0, 10);
      if (rnd() < 0.7) answers.ces = clampInt(5.2 + mood * 1.5, 1, 7);
      if (rnd() < 0.15) answers.comment = comments[Math.floor(rnd() * comments.length)] as string;
      responses.push({
        ...c,
        id: deps.ids(),
        surveyId: survey.id,
        relationshipId: o.relationshipId,
        invitationId: invitation.id,
        via: 'page',
        answeredAt: invitation.usedAt,
        answers,
      });
    }
    invitations.push(invitation);
  }
  await deps.store.transaction(async (tx) => {
    await tx.surveys.insertInvitations(invitations);
    await tx.surveys.insertResponses(responses);
    await recordChange(tx, deps, o.centre, {
      organisationIds: await partiesOfSurvey(tx, survey),
      entity: 'survey_response',
      entityId: survey.id,
      action: 'create',
      before: null,
      after: { demo: true, invitations: invitations.length, responses: responses.length },
    });
  });
};
