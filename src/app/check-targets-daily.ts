// src/app/check-targets-daily.ts — the daily target check: every mandate in force judged for the current (and just-ended) month; misses, warnings and late obligations notified to both parties

import { type Scope, systemScope } from '../domain/access/scope.js';
import { type Mandate, type MandateVersion, obligationsToFlag, versionInForce } from '../domain/mandates/mandate.js';
import type { TargetStatus } from '../domain/mandates/target-evaluation.js';
import type { NotificationEvent } from '../domain/notifications/notification.js';
import { monthsToCheck, targetNotice } from '../domain/notifications/target-check.js';
import { type Organisation, type Relationship, isCentreSide } from '../domain/organisations/model.js';
import { isAppError } from '../domain/shared/errors.js';
import { epochToZoned } from '../domain/shared/time-zone.js';
import type { Caller } from './caller.js';
import { evaluateMandate } from './manage-mandates.js';
import { notify } from './notify.js';
import type { Deps } from './ports.js';
import { raiseTargetFindings } from './raise-target-findings.js';

export type MandateCheck = {
  mandateId: string;
  relationshipId: string;
  title: string;
  version: number;
  months: string[];
  targets: { targetId: string; period: string; status: TargetStatus; measured: number | null }[];
  obligations: { obligationId: string; dueOn: string; overdue: boolean }[];
  notified: number;
  findingsRaised: number;
  /** Missed targets no finding could be raised for (no open ISO 18295-1 assessment of the centre). */
  notRaised: { targetId: string; reason: string }[];
  error: string | null;
};

export type TargetCheckResult = { checkedAt: string; mandates: MandateCheck[]; notified: number; findingsRaised: number };

export type CheckTargetsOptions = { graceDays?: number };

const SYSTEM_LABEL = 'system:target-check';

/**
 * The check acts for no person. It takes the place of the centre's administrator limited to the one
 * relationship being checked, so every read still goes through the scope and the role matrix (and
 * the findings it raises land where that administrator could record them), and nothing of another
 * relationship is in reach.
 */
const systemCallerFor = (centre: Organisation, rel: Relationship): Caller => {
  const scope: Scope = {
    userId: null,
    platformAdmin: false,
    org: {
      id: centre.id,
      kind: centre.kind,
      role: 'admin',
      relationships: [{ id: rel.id, clientOrganisationId: rel.clientOrganisationId, centreOrganisationId: rel.centreOrganisationId }],
      grantRelationshipId: null,
    },
  };
  return { scope, label: SYSTEM_LABEL };
};

const localDate = (timeZone: string, at: Date): string => {
  const z = epochToZoned(timeZone, at.getTime());
  return `${z.year}-${String(z.month).padStart(2, '0')}-${String(z.day).padStart(2, '0')}`;
};

/** Every active relationship with the centre that serves it, found without a tenant scope (the check spans all tenants). */
const relationshipsToCheck = async (deps: Deps): Promise<{ centre: Organisation; rel: Relationship }[]> => {
  const out: { centre: Organisation; rel: Relationship }[] = [];
  for (const centre of (await deps.store.organisations.list(systemScope)).filter((o) => isCentreSide(o.kind)))
    for (const rel of await deps.store.relationships.ofOrganisation(centre.id))
      if (rel.centreOrganisationId === centre.id && rel.status === 'active') out.push({ centre, rel });
  return out;
};

/** The events of one mandate's version in force for one month's evaluations, and its obligations today. */
const checkMandate = async (
  deps: Deps,
  caller: Caller,
  c: { centre: Organisation; rel: Relationship; m: Mandate; inForce: MandateVersion },
  o: CheckTargetsOptions,
): Promise<MandateCheck> => {
  const { centre, rel, m, inForce } = c;
  const now = deps.clock();
  const today = localDate(centre.timeZone, now);
  const months = monthsToCheck(today, o.graceDays);
  const out: MandateCheck = {
    ...{ mandateId: m.id, relationshipId: rel.id, title: m.title, version: inForce.number, months },
    ...{ targets: [], obligations: [], notified: 0, findingsRaised: 0, notRaised: [], error: null },
  };
  const events: NotificationEvent[] = [];
  const missedIn = new Set<string>();
  for (const month of months) {
    const { evaluations } = await evaluateMandate(deps, caller, m.id, month);
    for (const e of evaluations) {
      out.targets.push({ targetId: e.targetId, period: e.period.label, status: e.status, measured: e.measured });
      const notice = targetNotice(e, today);
      if (!notice) continue;
      if (notice.kind === 'target_missed') missedIn.add(month);
      const params = {
        mandateId: m.id,
        mandateTitle: m.title,
        targetId: e.targetId,
        kpi: e.kpi,
        variant: e.variant,
        period: e.period.label,
      };
      const value = { status: e.status, measured: e.measured, target: e.target, direction: e.direction, coverage: e.coverage };
      events.push({ kind: notice.kind, params: { ...params, ...value, provisional: notice.provisional } });
    }
  }
  // Obligations by the UTC date, as the home page shows them (ISO 18295-2 information duties of either party).
  const completions = await deps.store.mandates.completions(m.id);
  for (const ob of obligationsToFlag(inForce.content, now.toISOString().slice(0, 10), completions)) {
    out.obligations.push({ obligationId: ob.id, dueOn: ob.dueOn, overdue: ob.overdue });
    const params = { mandateId: m.id, mandateTitle: m.title, obligationId: ob.id, title: ob.title, owner: ob.owner, dueOn: ob.dueOn };
    events.push({ kind: ob.overdue ? 'obligation_overdue' : 'obligation_due_soon', params });
  }
  out.notified = await deps.store.transaction(async (tx) => {
    let created = 0;
    for (const e of events) created += (await notify(tx, deps, rel, e)).length;
    return created;
  });
  // A missed period that has ended becomes a finding on the centre's ISO 18295-1 assessment (once; its notification comes with it).
  for (const month of missedIn) {
    const r = await raiseTargetFindings(deps, caller, m.id, month, { endedBy: today });
    out.findingsRaised += r.raised.length;
    out.notified += r.raised.length * new Set([rel.clientOrganisationId, rel.centreOrganisationId]).size;
    out.notRaised.push(...r.skipped);
  }
  return out;
};

/**
 * Judges every mandate that has a version in force: the current month in the centre's time zone
 * (and the previous month during the first days of a month, while its data still arrives), each
 * target per period. Runs every hour from `ccq serve` and by `ccq targets check`; running it again
 * notifies nobody twice (dedupe keys) and raises no finding twice (the finding's origin). One
 * mandate's failure is reported and does not stop the others.
 */
export const checkTargetsDaily = async (deps: Deps, o: CheckTargetsOptions = {}): Promise<TargetCheckResult> => {
  const result: TargetCheckResult = { checkedAt: deps.clock().toISOString(), mandates: [], notified: 0, findingsRaised: 0 };
  for (const { centre, rel } of await relationshipsToCheck(deps)) {
    const caller = systemCallerFor(centre, rel);
    for (const m of await deps.store.mandates.list(caller.scope)) {
      const inForce = versionInForce(await deps.store.mandates.versions(m.id));
      if (!inForce) continue;
      try {
        const check = await checkMandate(deps, caller, { centre, rel, m, inForce }, o);
        result.mandates.push(check);
        result.notified += check.notified;
        result.findingsRaised += check.findingsRaised;
      } catch (e) {
        if (!isAppError(e)) throw e;
        result.mandates.push({
          ...{ mandateId: m.id, relationshipId: rel.id, title: m.title, version: inForce.number, months: [], targets: [], obligations: [] },
          ...{ notified: 0, findingsRaised: 0, notRaised: [], error: `${e.code}: ${e.message}` },
        });
      }
    }
  }
  return result;
};
