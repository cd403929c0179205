// src/app/load-demo-people.ts — demo people records and a month's anonymous pulse survey for Kontaktpartner's Nordbank agents (agent codes, no names)

import type { Caller } from './caller.js';
import { addCommunication, importPeople, saveRoleProfile } from './manage-people.js';
import { answerPulse, createPulseSurvey } from './manage-pulse.js';
import type { Deps } from './ports.js';

/** A small deterministic generator, so the demo figures are the same on every installation. */
const seeded = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

const iso = (d: Date): string => d.toISOString().slice(0, 10);

/**
 * Twenty agents serve Nordbank (two teams and a chat group); the month before `now` holds absence,
 * training, coaching, competences and a pulse survey where the chat group (3 answers) stays below
 * the anonymity threshold, so the demo shows a suppressed group.
 */
export const loadDemoPeople = async (deps: Deps, o: { centre: Caller; relationshipId: string }): Promise<void> => {
  const rnd = seeded(18_295);
  const now = deps.clock();
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const day = (n: number) => iso(new Date(monthStart.getTime() + (n - 1) * 86_400_000));
  const period = day(1).slice(0, 7);
  const teams = ['Stockholm', 'Luleå', 'Chatt'];
  const agents = Array.from({ length: 20 }, (_, i) => {
    const code = `KP-N${String(i + 1).padStart(2, '0')}`;
    const team = teams[i < 10 ? 0 : i < 16 ? 1 : 2] as string;
    // Two started during the month, one of them left again; one long-serving agent left.
    const startedOn = i === 18 ? day(3) : i === 19 ? day(10) : `202${4 + (i % 2)}-0${1 + (i % 9)}-01`;
    const leftOn = i === 19 ? day(24) : i === 7 ? day(15) : null;
    return { code, team, startedOn, leftOn };
  });
  const csv = (header: string, rows: string[]) => `${header}\n${rows.join('\n')}\n`;
  const run = (kind: 'headcount' | 'absence' | 'training' | 'competence' | 'coaching', text: string) =>
    importPeople(deps, o.centre, { kind, text, relationshipId: kind === 'headcount' ? o.relationshipId : null });

  await saveRoleProfile(deps, o.centre, { name: 'Kundtjänst bank', competences: ['gdpr', 'penningtvätt', 'bankprodukter', 'klagomål'] });
  await run(
    'headcount',
    csv(
      'agent_code,started_on,left_on,team,role_profile',
      agents.map((a) => `${a.code},${a.startedOn},${a.leftOn ?? ''},${a.team},Kundtjänst bank`),
    ),
  );
  await run(
    'absence',
    csv(
      'agent_code,date,absence_hours,scheduled_hours',
      agents.map((a) => `${a.code},${day(28)},${Math.round(rnd() * 18)},${a.startedOn > day(1) || a.leftOn ? 80 : 160}`),
    ),
  );
  await run(
    'training',
    csv('agent_code,date,hours,type', [
      ...agents.filter((a) => a.startedOn >= day(1)).map((a) => `${a.code},${a.startedOn},32,induction`),
      ...agents.filter((a) => a.startedOn < day(1)).map((a) => `${a.code},${day(12)},${1 + Math.round(rnd() * 3)},ongoing`),
    ]),
  );
  await run(
    'coaching',
    csv(
      'agent_code,date,minutes',
      agents.flatMap((a, i) => (i % 3 === 0 ? [`${a.code},${day(6)},30`, `${a.code},${day(20)},30`] : [`${a.code},${day(13)},45`])),
    ),
  );
  await run(
    'competence',
    csv(
      'agent_code,competence,achieved_on,expires_on',
      agents.flatMap((a, i) => [
        `${a.code},gdpr,2025-02-01,${i % 5 === 0 ? day(2) : '2027-12-31'}`,
        `${a.code},bankprodukter,2025-03-01,`,
        ...(i % 4 === 0 ? [] : [`${a.code},penningtvätt,2025-04-01,2027-04-01`]),
        ...(i < 12 ? [`${a.code},klagomål,2025-05-01,`] : []),
      ]),
    ),
  );
  await addCommunication(deps, o.centre, {
    sentOn: day(4),
    subject: 'Ny rutin för identifiering i telefon',
    audience: 'Alla Nordbank-agenter',
    told: 20,
    acknowledged: 18,
  });
  await addCommunication(deps, o.centre, {
    sentOn: day(18),
    subject: 'Ändrade öppettider i chatten',
    audience: 'Chatt',
    told: 4,
    acknowledged: 4,
  });

  const created = await createPulseSurvey(deps, o.centre, {
    title: `Pulsmätning ${period}`,
    period,
    relationshipId: o.relationshipId,
    groups: teams.map((name) => ({ name, invitations: agents.filter((a) => a.team === name).length })),
  });
  const answering: Record<string, number> = { Stockholm: 8, Luleå: 5, Chatt: 3 };
  for (const team of teams) {
    const tokens = created.invitations.filter((i) => i.group === team).slice(0, answering[team]);
    for (const t of tokens) {
      const mood = rnd();
      const base = mood > 0.3 ? 4 : 3;
      await answerPulse(deps, t.token, {
        enps: Math.min(10, Math.round(4 + mood * 7)),
        engagement: Array.from({ length: 5 }, () => Math.max(1, Math.min(5, base + Math.round(rnd() * 2 - 1)))),
      });
    }
  }
};
