// src/app/load-demo-data.ts — a small, realistic tenant set so a new installation shows something true

import type { Role } from '../domain/access/roles.js';
import { systemScope } from '../domain/access/scope.js';
import type { Channel } from '../domain/organisations/model.js';
import type { Caller } from './caller.js';
import { loadDemoComplaints } from './load-demo-complaints.js';
import { loadDemoConformity } from './load-demo-conformity.js';
import { type DemoQueue, loadDemoContacts } from './load-demo-contacts.js';
import { loadDemoMandate, loadDemoTargetFinding } from './load-demo-mandate.js';
import { loadDemoPeople } from './load-demo-people.js';
import { loadDemoQa } from './load-demo-qa.js';
import { loadDemoSurveys } from './load-demo-surveys.js';
import { grantAuditAccess } from './manage-audit-grants.js';
import { addMember } from './manage-members.js';
import { createOrganisation } from './manage-organisations.js';
import { createRelationship } from './manage-relationships.js';
import { createQueue, createSite } from './manage-sites-and-queues.js';
import { insertUser } from './manage-users.js';
import type { Deps } from './ports.js';
import { resolveScope } from './resolve-scope.js';

export const DEMO_PASSWORD = 'ccq-demo-2026';

export type DemoLogin = { email: string; role: string; organisation: string };

const people: { email: string; name: string; org: string | null; role: Role | 'platform admin' }[] = [
  { email: 'admin@ccq.example', name: 'Alva Admin', org: null, role: 'platform admin' },
  { email: 'anna@nordbank.example', name: 'Anna Lind', org: 'Nordbank AB', role: 'client_manager' },
  { email: 'viktor@nordbank.example', name: 'Viktor Berg', org: 'Nordbank AB', role: 'client_viewer' },
  { email: 'karin@kontaktpartner.example', name: 'Karin Holm', org: 'Kontaktpartner AB', role: 'admin' },
  { email: 'quentin@kontaktpartner.example', name: 'Quentin Ek', org: 'Kontaktpartner AB', role: 'quality_manager' },
  { email: 'tove@kontaktpartner.example', name: 'Tove Sund', org: 'Kontaktpartner AB', role: 'team_lead' },
  { email: 'adam@kontaktpartner.example', name: 'Adam Nord', org: 'Kontaktpartner AB', role: 'agent' },
  { email: 'ida@elbolaget.example', name: 'Ida Strand', org: 'Elbolaget AB', role: 'admin' },
  { email: 'olle@revision.example', name: 'Olle Granskare', org: 'Elbolaget AB', role: 'auditor' },
];

/**
 * Loads the demo tenants: a bank (client) served by an outsourced centre that also serves a travel
 * company, and an energy company with its own in-house centre; users of every role; an auditor with
 * a standing role in one organisation and a time-limited grant in another. Returns null when the
 * demo data is already there.
 */
export type DemoOptions = {
  /** Days of simulated contact data up to today for the demo queues (0: none). */
  contactDays?: number;
};

export const loadDemoData = async (deps: Deps, caller: Caller, o: DemoOptions = {}): Promise<DemoLogin[] | null> => {
  if (await deps.store.organisations.findByName(systemScope, 'Nordbank AB')) return null;
  const org = async (name: string, kind: 'client' | 'contact_centre' | 'both') => createOrganisation(deps, caller, { name, kind });
  const nordbank = await org('Nordbank AB', 'client');
  const resebolaget = await org('Resebolaget AB', 'client');
  const partner = await org('Kontaktpartner AB', 'contact_centre');
  const elbolaget = await org('Elbolaget AB', 'both');
  const rel = (client: string, centre: string, name: string) =>
    createRelationship(deps, caller, { clientOrganisationId: client, centreOrganisationId: centre, name, startsOn: '2026-01-01' });
  const nordbankRel = await rel(nordbank.id, partner.id, 'Nordbank kundservice');
  const reseRel = await rel(resebolaget.id, partner.id, 'Resebolaget bokning');
  const elRel = await rel(elbolaget.id, elbolaget.id, 'Elbolaget kundtjänst (internt uppdrag)');

  const byName = new Map([nordbank, resebolaget, partner, elbolaget].map((o) => [o.name, o.id]));
  const users = await Promise.all(
    people.map((p) =>
      insertUser(deps, caller, { email: p.email, displayName: p.name, password: DEMO_PASSWORD, platformAdmin: p.org === null }),
    ),
  );
  for (const p of people) {
    const orgId = p.org ? byName.get(p.org) : undefined;
    if (orgId && p.role !== 'platform admin') await addMember(deps, caller, orgId, { email: p.email, role: p.role });
  }
  await addMember(deps, caller, resebolaget.id, {
    email: 'rasmus@resebolaget.example',
    role: 'client_manager',
    displayName: 'Rasmus Resa',
  });

  const asAdmin = async (email: string, orgId: string): Promise<Caller> => {
    const u = users.find((x) => x.email === email);
    if (!u) throw new Error(`demo user ${email} missing`);
    return { scope: (await resolveScope(deps.store, u, orgId, deps.clock())).scope, label: email };
  };
  const karin = await asAdmin('karin@kontaktpartner.example', partner.id);
  const sthlm = await createSite(deps, karin, partner.id, { name: 'Stockholm', city: 'Stockholm' });
  const lulea = await createSite(deps, karin, partner.id, { name: 'Luleå', city: 'Luleå' });
  const q = (c: Caller, code: string, name: string, channel: Channel, relationshipId: string, siteId: string | null) =>
    createQueue(deps, c, { code, name, channel, relationshipId, siteId });
  const privat = await q(karin, 'nordbank-privat', 'Nordbank privatkunder', 'voice', nordbankRel.id, sthlm.id);
  const foretag = await q(karin, 'nordbank-foretag', 'Nordbank företagskunder', 'voice', nordbankRel.id, sthlm.id);
  const chatt = await q(karin, 'nordbank-chatt', 'Nordbank chatt', 'chat', nordbankRel.id, lulea.id);
  await q(karin, 'rese-bokning', 'Resebolaget bokning', 'voice', reseRel.id, lulea.id);
  await q(karin, 'rese-epost', 'Resebolaget e-post', 'email', reseRel.id, lulea.id);
  const ida = await asAdmin('ida@elbolaget.example', elbolaget.id);
  const sundsvall = await createSite(deps, ida, elbolaget.id, { name: 'Sundsvall', city: 'Sundsvall' });
  await q(ida, 'el-kundtjanst', 'Kundtjänst', 'voice', elRel.id, sundsvall.id);
  await q(ida, 'el-felanmalan', 'Felanmälan', 'voice', elRel.id, sundsvall.id);
  await q(ida, 'el-chatt', 'Chatt', 'chat', elRel.id, sundsvall.id);

  // Contact data: a busy outsourced centre (one queue under-staffed, so its service level misses) and a smaller in-house one.
  const contactDays = o.contactDays ?? 28;
  const voice = (code: string, agents: number, callsPerDay: number, handle: number, patience: number): DemoQueue => ({
    code,
    channel: 'voice',
    agents,
    callsPerDay,
    meanHandleSeconds: handle,
    handleSdSeconds: handle * 0.6,
    meanPatienceSeconds: patience,
    transferShare: 0.06,
    exitKeyShare: 0.03,
    wrapSeconds: 15,
  });
  const chat = (code: string, agents: number, callsPerDay: number): DemoQueue => ({
    code,
    channel: 'chat',
    agents,
    callsPerDay,
    meanHandleSeconds: 420,
    handleSdSeconds: 240,
    meanPatienceSeconds: 300,
  });
  await loadDemoContacts(
    deps,
    karin,
    partner,
    [
      voice('nordbank-privat', 9, 700, 210, 100),
      voice('nordbank-foretag', 3, 220, 300, 80),
      chat('nordbank-chatt', 3, 180),
      voice('rese-bokning', 4, 400, 260, 70),
    ],
    { days: contactDays, seed: 2026 },
  );
  await loadDemoContacts(
    deps,
    ida,
    elbolaget,
    [voice('el-kundtjanst', 5, 380, 240, 90), voice('el-felanmalan', 2, 120, 150, 120), chat('el-chatt', 2, 90)],
    {
      days: contactDays,
      seed: 7,
    },
  );

  const now = deps.clock();
  await grantAuditAccess(deps, karin, partner.id, {
    auditorEmail: 'olle@revision.example',
    relationshipId: nordbankRel.id,
    endsAt: new Date(now.getTime() + 90 * 86_400_000).toISOString(),
  });
  await loadDemoMandate(deps, {
    client: await asAdmin('anna@nordbank.example', nordbank.id),
    centre: karin,
    relationshipId: nordbankRel.id,
    queueIds: { privat: privat.id, foretag: foretag.id, chatt: chatt.id },
  });
  const tove = users.find((x) => x.email === 'tove@kontaktpartner.example');
  await loadDemoConformity(deps, {
    qualityManager: await asAdmin('quentin@kontaktpartner.example', partner.id),
    teamLead: await asAdmin('tove@kontaktpartner.example', partner.id),
    teamLeadUserId: tove?.id ?? '',
    inHouseAdmin: ida,
    shareWithRelationshipId: nordbankRel.id,
  });
  await loadDemoTargetFinding(deps, {
    qualityManager: await asAdmin('quentin@kontaktpartner.example', partner.id),
    ownerUserId: tove?.id ?? '',
    relationshipId: nordbankRel.id,
    timeZone: partner.timeZone,
  });
  await loadDemoPeople(deps, { centre: karin, relationshipId: nordbankRel.id });
  await loadDemoSurveys(deps, { centre: karin, relationshipId: nordbankRel.id, queueIds: [privat.id, foretag.id, chatt.id] });
  await loadDemoComplaints(deps, {
    centre: await asAdmin('quentin@kontaktpartner.example', partner.id),
    client: await asAdmin('anna@nordbank.example', nordbank.id),
    relationshipId: nordbankRel.id,
    queueIds: [privat.id, foretag.id, chatt.id],
  });
  await loadDemoQa(deps, {
    qualityManager: await asAdmin('quentin@kontaktpartner.example', partner.id),
    teamLead: await asAdmin('tove@kontaktpartner.example', partner.id),
    admin: karin,
    agent: await asAdmin('adam@kontaktpartner.example', partner.id),
    relationshipId: nordbankRel.id,
  });
  return [
    ...people.map((p) => ({ email: p.email, role: p.role, organisation: p.org ?? '—' })),
    { email: 'olle@revision.example', role: 'auditor (grant)', organisation: 'Kontaktpartner AB' },
  ];
};
