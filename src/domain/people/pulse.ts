// src/domain/people/pulse.ts — anonymous employee pulse surveys: the questions, answer checks, and eNPS / engagement figures of a group

/** No figure is ever given for fewer respondents than this (a group's answers stay anonymous). */
export const ANONYMITY_THRESHOLD = 5;
/** Below this many respondents a figure is shown but flagged as resting on a small sample. */
export const PULSE_LOW_SAMPLE = 30;

/** The engagement statements, answered 1 (disagree) … 5 (agree); our own wording. */
export const engagementItems = ['clear_expectations', 'tools', 'recognition', 'lead_support', 'stay'] as const;
export type EngagementItem = (typeof engagementItems)[number];

export type PulseStatus = 'open' | 'closed';

export type PulseSurvey = {
  id: string;
  centreOrganisationId: string;
  /** The relationship whose agents are asked, when the survey is for one; null for the whole centre. */
  relationshipId: string | null;
  title: string;
  /** The month the survey measures (YYYY-MM). */
  period: string;
  /** The groups (team, site) answers are counted in; an answer names its group and nothing else about its author. */
  groups: string[];
  status: PulseStatus;
  createdAt: string;
  createdBy: string | null;
};

/** One anonymous answer: the group and the scores, no person, no time. */
export type PulseAnswer = { group: string; enps: number; engagement: number[] };

/** The sums of a group of answers; the repository returns them only for groups of at least ANONYMITY_THRESHOLD. */
export type PulseSums = {
  group: string;
  n: number;
  promoters: number;
  detractors: number;
  /** Sum and sum of squares of each respondent's engagement score (0–100). */
  engagementSum: number;
  engagementSumSq: number;
};

export type PulseFigure = { value: number; n: number; ci: [number, number] };

/** A respondent's engagement score: the mean of the items (1–5) rescaled to 0–100. */
export const engagementScore = (items: readonly number[]): number => (25 * items.reduce((s, x) => s + x, 0)) / items.length - 25;

/** Field problems of an answer (empty when valid). */
export const answerIssues = (a: PulseAnswer, groups: readonly string[]): { path: string; message: string }[] => {
  const out: { path: string; message: string }[] = [];
  if (!groups.includes(a.group)) out.push({ path: 'group', message: 'not a group of this survey' });
  if (!Number.isInteger(a.enps) || a.enps < 0 || a.enps > 10) out.push({ path: 'enps', message: 'a whole number 0–10' });
  if (a.engagement.length !== engagementItems.length) out.push({ path: 'engagement', message: `${engagementItems.length} answers` });
  a.engagement.forEach((x, i) => {
    if (!Number.isInteger(x) || x < 1 || x > 5) out.push({ path: `engagement.${i}`, message: 'a whole number 1–5' });
  });
  return out;
};

/** Adds up groups' sums (each already at or above the threshold, so their total is too). */
export const addSums = (groups: readonly PulseSums[], label = 'all'): PulseSums =>
  groups.reduce(
    (t, g) => ({
      group: label,
      n: t.n + g.n,
      promoters: t.promoters + g.promoters,
      detractors: t.detractors + g.detractors,
      engagementSum: t.engagementSum + g.engagementSum,
      engagementSumSq: t.engagementSumSq + g.engagementSumSq,
    }),
    { group: label, n: 0, promoters: 0, detractors: 0, engagementSum: 0, engagementSumSq: 0 },
  );

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/**
 * eNPS with its 95 % interval: the score is 100 × (p − d); its variance is (p + d − (p − d)²) ÷ n
 * (a difference of two shares of one multinomial sample). Null below the anonymity threshold.
 */
export const enpsOf = (s: PulseSums): PulseFigure | null => {
  if (s.n < ANONYMITY_THRESHOLD) return null;
  const p = s.promoters / s.n;
  const d = s.detractors / s.n;
  const half = 196 * Math.sqrt(Math.max(0, p + d - (p - d) ** 2) / s.n);
  const value = 100 * (p - d);
  return { value, n: s.n, ci: [clamp(value - half, -100, 100), clamp(value + half, -100, 100)] };
};

/** The engagement index (mean of respondents' 0–100 scores) with a 95 % normal interval from the sample standard deviation. */
export const engagementOf = (s: PulseSums): PulseFigure | null => {
  if (s.n < ANONYMITY_THRESHOLD) return null;
  const mean = s.engagementSum / s.n;
  const variance = Math.max(0, (s.engagementSumSq - s.n * mean * mean) / (s.n - 1));
  const half = 1.96 * Math.sqrt(variance / s.n);
  return { value: mean, n: s.n, ci: [clamp(mean - half, 0, 100), clamp(mean + half, 0, 100)] };
};
