// src/domain/people/people.ts — pseudonymised people records of a centre (agents, absence, training, coaching, competences) and the figures drawn from them

/** An agent by code only (no name): when employed, for which relationship, in which team and role profile. */
export type PeopleAgent = {
  centreOrganisationId: string;
  agentCode: string;
  relationshipId: string | null;
  team: string | null;
  roleProfile: string | null;
  startedOn: string;
  /** The last day employed; null while employed. */
  leftOn: string | null;
};

export const peopleEventKinds = ['absence', 'training', 'coaching'] as const;
export type PeopleEventKind = (typeof peopleEventKinds)[number];

/** An absence (hours of scheduled hours), a training (hours; category induction/ongoing) or a coaching session, of one agent on one day. */
export type PeopleEvent = {
  id: string;
  centreOrganisationId: string;
  agentCode: string;
  kind: PeopleEventKind;
  on: string;
  hours: number;
  scheduledHours: number | null;
  category: string | null;
};

/** A competence or certification an agent holds, valid from `achievedOn` to `expiresOn` inclusive (null: no expiry). */
export type Competence = { agentCode: string; competence: string; achievedOn: string; expiresOn: string | null };

/** The competences a role requires. */
export type RoleProfile = { name: string; competences: string[] };

/** An internal communication: what changed, who was told, how many acknowledged (ISO 18295-1 clause 6). */
export type Communication = {
  id: string;
  centreOrganisationId: string;
  sentOn: string;
  subject: string;
  audience: string;
  told: number;
  acknowledged: number;
  createdAt: string;
};

/** Fewer agents than this and a people KPI is flagged as resting on a small group. */
export const PEOPLE_LOW_SAMPLE = 10;
export const EARLY_LEAVER_DAYS = 90;

const dayNo = (date: string): number => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;
const dateOf = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** Whether `date` lies in [from, to). */
export const inPeriod = (date: string, from: string, to: string): boolean => date >= from && date < to;

/** The period's length in months: each calendar month touched counts by the share of its days covered (a whole month is 1). */
export const monthsIn = (from: string, to: string): number => {
  let months = 0;
  for (let d = dayNo(from); d < dayNo(to); ) {
    const date = dateOf(d);
    const monthEnd = dayNo(`${date.slice(0, 7)}-01`) + new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7), 0)).getUTCDate();
    const until = Math.min(monthEnd, dayNo(to));
    months += (until - d) / (monthEnd - dayNo(`${date.slice(0, 7)}-01`));
    d = until;
  }
  return months;
};

/** Days of [from, to) the agent was employed. */
const employedDays = (a: PeopleAgent, from: number, to: number): number => {
  const start = Math.max(from, dayNo(a.startedOn));
  const end = Math.min(to, a.leftOn === null ? to : dayNo(a.leftOn) + 1);
  return Math.max(0, end - start);
};

export type Workforce = {
  /** Agents employed on at least one day of the period. */
  agents: number;
  /** Agent-days ÷ days: the mean daily headcount. */
  averageHeadcount: number;
  leavers: number;
  earlyLeavers: number;
  months: number;
};

/** Headcount, leavers and early leavers (tenure under 90 days) of a period. */
export const workforceOf = (agents: readonly PeopleAgent[], from: string, to: string): Workforce => {
  const f = dayNo(from);
  const t = dayNo(to);
  let agentDays = 0;
  let employed = 0;
  let leavers = 0;
  let earlyLeavers = 0;
  for (const a of agents) {
    const days = employedDays(a, f, t);
    agentDays += days;
    if (days > 0) employed++;
    if (a.leftOn !== null && inPeriod(a.leftOn, from, to)) {
      leavers++;
      if (dayNo(a.leftOn) - dayNo(a.startedOn) < EARLY_LEAVER_DAYS) earlyLeavers++;
    }
  }
  return { agents: employed, averageHeadcount: t > f ? agentDays / (t - f) : 0, leavers, earlyLeavers, months: monthsIn(from, to) };
};

/** Leavers per average head, annualised (× 12 ÷ months); null without headcount. */
export const annualisedRate = (leavers: number, w: Workforce): number | null =>
  w.averageHeadcount > 0 && w.months > 0 ? (leavers / w.averageHeadcount) * (12 / w.months) : null;

/** Whether the agent is employed on `date`. */
export const employedOn = (a: PeopleAgent, date: string): boolean => a.startedOn <= date && (a.leftOn === null || a.leftOn >= date);

/**
 * Competence coverage on `date`: for each agent employed then whose role profile is known, the
 * profile's competences held and valid on that day, over all the profiles require.
 */
export const competenceCoverage = (
  agents: readonly PeopleAgent[],
  competences: readonly Competence[],
  profiles: readonly RoleProfile[],
  date: string,
): { held: number; required: number; agents: number } => {
  const profileOf = new Map(profiles.map((p) => [p.name, p.competences]));
  const valid = new Set(
    competences
      .filter((c) => c.achievedOn <= date && (c.expiresOn === null || c.expiresOn >= date))
      .map((c) => `${c.agentCode}\u0000${c.competence}`),
  );
  let held = 0;
  let required = 0;
  let counted = 0;
  for (const a of agents) {
    const needs = a.roleProfile === null ? undefined : profileOf.get(a.roleProfile);
    if (!needs || !employedOn(a, date)) continue;
    counted++;
    required += needs.length;
    held += needs.filter((c) => valid.has(`${a.agentCode}\u0000${c}`)).length;
  }
  return { held, required, agents: counted };
};

/** The day before `date` (the last day of a period that ends at `date`). */
export const dayBefore = (date: string): string => dateOf(dayNo(date) - 1);
