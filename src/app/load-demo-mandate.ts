// src/app/load-demo-mandate.ts — demo: Nordbank and its outsourced centre have a signed mandate with KPI targets on the queues that have data

import type { MandateContent, OpeningHours } from '../domain/mandates/mandate.js';
import { mandateTemplate } from '../domain/mandates/template.js';
import { epochToZoned } from '../domain/shared/time-zone.js';
import type { Caller } from './caller.js';
import { addCorrectiveAction } from './manage-findings.js';
import { createMandate, listMandates, signMandate, updateDraft } from './manage-mandates.js';
import type { Deps } from './ports.js';
import { raiseTargetFindings } from './raise-target-findings.js';

const weekdays = (from: string, to: string): OpeningHours['week'] => ({
  mon: [{ from, to }],
  tue: [{ from, to }],
  wed: [{ from, to }],
  thu: [{ from, to }],
  fri: [{ from, to }],
  sat: [],
  sun: [],
});

/**
 * The client drafts from the template, the centre completes it, and one person of each signs: a
 * service level and an abandon rate on the private-customer queue, and an abandon rate on the
 * business queue (staffed too thin in the demo, so it misses), judged monthly in opening hours.
 */
export const loadDemoMandate = async (
  deps: Deps,
  c: { client: Caller; centre: Caller; relationshipId: string; queueIds: { privat: string; foretag: string; chatt: string } },
): Promise<void> => {
  const draft = await createMandate(deps, c.client, { relationshipId: c.relationshipId, title: 'Uppdrag Nordbank kundservice 2026' });
  const base = mandateTemplate();
  const q = c.queueIds;
  const content: MandateContent = {
    ...base,
    purpose: 'Kundservice för Nordbanks privat- och företagskunder i telefon och chatt.',
    services: ['Kundservice privat', 'Kundservice företag', 'Chatt'],
    channels: ['voice', 'chat'],
    queueIds: [q.privat, q.foretag, q.chatt],
    segments: ['Privatkunder', 'Företagskunder'],
    languages: ['sv', 'en'],
    openingHours: [{ channel: 'all', week: weekdays('08:00', '18:00'), closed: [], exceptions: [] }],
    obligations: [
      {
        id: 'kampanjplan',
        title: 'Kampanj- och utskicksplan för kommande kvartal',
        description: 'Planerade utskick och kampanjer som driver samtal, med volymer.',
        owner: 'client',
        dueOn: new Date(deps.clock().getTime() + 14 * 86_400_000).toISOString().slice(0, 10),
        recurrence: 'quarterly',
        leadTimeDays: 30,
        doneOn: null,
      },
    ],
    targets: [
      {
        id: 'sl-privat',
        kpi: 'service_level',
        variant: 'offered_minus_short',
        params: { thresholdSeconds: 30, shortAbandonSeconds: 5 },
        queueIds: [q.privat],
        target: 0.8,
        direction: 'at_least',
        tolerance: 0.05,
        period: 'month',
        hours: 'opening',
        isoRefs: ['4.2.c'],
      },
      {
        id: 'abandon-privat',
        kpi: 'abandon_rate',
        variant: 'offered_minus_short',
        params: { shortAbandonSeconds: 5 },
        queueIds: [q.privat],
        target: 0.05,
        direction: 'at_most',
        tolerance: 0.02,
        period: 'month',
        hours: 'opening',
        isoRefs: [],
      },
      {
        id: 'abandon-foretag',
        kpi: 'abandon_rate',
        variant: 'offered_minus_short',
        params: { shortAbandonSeconds: 5 },
        queueIds: [q.foretag],
        target: 0.08,
        direction: 'at_most',
        tolerance: 0.03,
        period: 'month',
        hours: 'opening',
        isoRefs: [],
      },
    ],
    escalation: [
      { level: 1, contact: 'Teamledare Kontaktpartner', when: 'Servicenivån under 70 % en hel dag' },
      { level: 2, contact: 'Kundserviceansvarig Nordbank', when: 'Mål missat två månader i rad' },
    ],
    changeControl: 'Ändringar föreslås skriftligt och gäller när båda parter signerat en ny version.',
  };
  const ready = await updateDraft(deps, c.centre, draft.mandate.id, content);
  await signMandate(deps, c.client, draft.mandate.id, { versionHash: ready.current.hash });
  await signMandate(deps, c.centre, draft.mandate.id, { versionHash: ready.current.hash });
};

/**
 * The month so far is judged and its missed target raised as a finding on the centre's ISO 18295-1
 * assessment, with the corrective action the centre proposes: what the review pack then shows.
 */
export const loadDemoTargetFinding = async (
  deps: Deps,
  c: { qualityManager: Caller; ownerUserId: string; relationshipId: string; timeZone: string },
): Promise<void> => {
  const mandate = (await listMandates(deps, c.qualityManager)).find((m) => m.relationshipId === c.relationshipId);
  if (!mandate) return;
  // The demo's calls run up to the start of today, so the month of yesterday has data.
  const y = epochToZoned(c.timeZone, deps.clock().getTime() - 86_400_000);
  const month = `${y.year}-${String(y.month).padStart(2, '0')}`;
  const { raised } = await raiseTargetFindings(deps, c.qualityManager, mandate.id, month);
  for (const f of raised)
    await addCorrectiveAction(deps, c.qualityManager, f.id, {
      correction: 'Två extra agenter på företagskön 08–10 från nästa vecka.',
      rootCause: 'Bemanningen på företagskön planeras med privatkundernas hanteringstid, som är kortare.',
      action: 'Planera företagskön med dess egen hanteringstid och följ upp avhoppen veckovis.',
      ownerUserId: c.ownerUserId,
      dueOn: new Date(deps.clock().getTime() + 21 * 86_400_000).toISOString().slice(0, 10),
    });
};
