// src/app/load-demo-complaints.ts — a month of complaints for the demo bank's relationship, in every state of the ISO 10002 lifecycle

import type { ComplaintCategory, ComplaintChannel, RootCause, StepInput } from '../domain/complaints/complaint.js';
import type { Caller } from './caller.js';
import { configureComplaintForm } from './complaint-form.js';
import { eraseComplainant, receiveComplaint, stepComplaint } from './manage-complaints.js';
import type { Deps } from './ports.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Plan = {
  /** Days before now it came in. */
  ago: number;
  channel: ComplaintChannel;
  category: ComplaintCategory;
  text: string;
  /** Hours to acknowledgement (null: not yet), then to the response (days after receipt; null: not yet). */
  ackHours: number | null;
  respondDays: number | null;
  /** How far it got: 'ack' | 'assess' | 'investigate' | 'respond' | 'close'. */
  until: 'none' | 'ack' | 'assess' | 'investigate' | 'respond' | 'close' | 'reopen';
  root?: RootCause;
  satisfaction?: number;
};

const texts: Record<ComplaintCategory, string> = {
  waiting_time: 'Väntade över 30 minuter i telefonkön och blev sedan bortkopplad.',
  staff_conduct: 'Handläggaren var otrevlig och avbröt mig flera gånger.',
  wrong_information: 'Fick fel besked om avgiften för utlandsbetalningar.',
  not_resolved: 'Mitt ärende om spärrat kort är fortfarande inte löst efter tre samtal.',
  accessibility: 'Chatten fungerar inte med min skärmläsare.',
  product_or_terms: 'Jag förstår inte varför räntan höjdes utan förvarning.',
  billing: 'Jag har dragits två gånger för samma månadsavgift.',
  data_privacy: 'Jag fick någon annans kontoutdrag i min brevlåda.',
  other: 'Synpunkter på öppettiderna under helgerna.',
};

const cats: ComplaintCategory[] = [
  'waiting_time',
  'waiting_time',
  'staff_conduct',
  'wrong_information',
  'not_resolved',
  'billing',
  'accessibility',
  'product_or_terms',
];
const channels: ComplaintChannel[] = ['voice', 'voice', 'email', 'web_form', 'chat', 'letter'];
const roots: RootCause[] = ['staffing', 'training', 'process', 'system', 'client_product', 'communication'];

/** 26 complaints over four weeks: the oldest closed (two reopened, two answered late), the middle in handling, the newest just in. */
const plans = (): Plan[] =>
  Array.from({ length: 26 }, (_, i): Plan => {
    const ago = 27.5 - i * 1.05;
    const category = cats[i % cats.length] as ComplaintCategory;
    const lateAck = i === 4 || i === 17;
    const ackHours = ago < 2.5 ? null : lateAck ? 60 : 3 + ((i * 7) % 26);
    const respondDays = i === 6 || i === 9 ? 16 : 4 + (i % 7);
    const until: Plan['until'] =
      ackHours === null
        ? 'none'
        : ago > respondDays + 2
          ? i === 3 || i === 11
            ? 'reopen'
            : i === 8
              ? 'investigate'
              : 'close'
          : ago > respondDays
            ? 'respond'
            : ago > 5
              ? 'investigate'
              : ago > 3.5
                ? 'assess'
                : 'ack';
    return {
      ago,
      channel: channels[i % channels.length] as ComplaintChannel,
      category,
      text: texts[category],
      ackHours,
      respondDays: until === 'investigate' && i === 8 ? null : respondDays,
      until,
      root: roots[i % roots.length] as RootCause,
      satisfaction: 1 + ((i * 3) % 5),
    };
  });

const order = ['ack', 'assess', 'investigate', 'respond', 'close', 'reopen'] as const;
const reached = (p: Plan, s: (typeof order)[number]): boolean => p.until !== 'none' && order.indexOf(p.until as never) >= order.indexOf(s);

/**
 * Replays each complaint's steps at the times they happened (the use-cases read the time from the
 * clock, so each step runs with the clock set to its moment): the centre acknowledges, assesses,
 * investigates and escalates, the client (final response, per the demo mandate) answers and closes.
 * One complainant asked for erasure. The public complaint form is switched on.
 */
export const loadDemoComplaints = async (
  deps: Deps,
  o: { centre: Caller; client: Caller; relationshipId: string; queueIds: string[] },
): Promise<void> => {
  const now = deps.clock().getTime();
  await configureComplaintForm(deps, o.centre, o.relationshipId, true);
  const at = (t: number): Deps => ({ ...deps, clock: () => new Date(Math.min(t, now)) });
  for (const [i, p] of plans().entries()) {
    const received = now - p.ago * DAY;
    const c = await receiveComplaint(at(received), o.centre, {
      relationshipId: o.relationshipId,
      channel: p.channel,
      receivedAt: new Date(received).toISOString(),
      description: p.text,
      queueId: p.channel === 'voice' ? (o.queueIds[i % 2] ?? null) : p.channel === 'chat' ? (o.queueIds[2] ?? null) : null,
      category: p.channel === 'web_form' ? p.category : null,
      complainant: { name: `Kund ${i + 1}`, email: i % 3 === 0 ? `kund${i + 1}@example.com` : null, phone: null },
    });
    if (p.ackHours === null) continue;
    const ackAt = received + p.ackHours * HOUR;
    const step = (t: number, who: Caller, s: StepInput) => stepComplaint(at(t), who, c.id, s);
    await step(ackAt, o.centre, { step: 'acknowledge', note: 'Bekräftelse skickad' });
    if (reached(p, 'assess')) await step(ackAt + 2 * HOUR, o.centre, { step: 'assess', category: p.category });
    if (reached(p, 'investigate')) await step(ackAt + 4 * HOUR, o.centre, { step: 'investigate' });
    if (!reached(p, 'respond') || p.respondDays === null) continue;
    const respondAt = received + p.respondDays * DAY;
    await step(respondAt - 6 * HOUR, o.centre, { step: 'escalate', note: 'Slutligt svar ges av banken enligt uppdraget' });
    await step(respondAt, o.client, { step: 'respond', response: 'Vi har utrett ärendet och återkommer med åtgärder.' });
    if (reached(p, 'close'))
      await step(respondAt + DAY, o.client, { step: 'close', rootCause: p.root ?? 'process', satisfaction: p.satisfaction ?? null });
    if (reached(p, 'reopen')) await step(respondAt + 2 * DAY, o.client, { step: 'reopen', note: 'Kunden hörde av sig igen' });
    if (i === 2) await eraseComplainant(at(respondAt + 3 * DAY), o.client, c.id);
  }
};
