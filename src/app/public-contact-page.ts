// src/app/public-contact-page.ts — the client's public customer-information page (ISO 18295-1 4.2): configured by the client, read by anyone with its link

import { authorize } from '../domain/access/can.js';
import { actsAsClient, systemScope } from '../domain/access/scope.js';
import { versionInForce } from '../domain/mandates/mandate.js';
import { openDays } from '../domain/mandates/opening-hours.js';
import {
  type PublicPage,
  type PublicPageSettings,
  type PublicPageSettingsRow,
  defaultPublicPageSettings,
} from '../domain/mandates/public-page.js';
import { AppError } from '../domain/shared/errors.js';
import { type Caller, actingOrganisation, recordChange } from './caller.js';
import type { Deps, Store } from './ports.js';
import { queryKpis } from './query-kpis.js';
import { operatorIn } from './resolve-scope.js';

/** The path of a page; the token is 32 random bytes, so the link is the only way to it. */
export const publicPagePath = (token: string): string => `/contact/${token}`;

export type PublicPageConfig = { settings: PublicPageSettings; path: string | null; updatedAt: string | null };

const relationshipFor = async (store: Store, caller: Caller, relationshipId: string) => {
  const rel = await store.relationships.findById(caller.scope, relationshipId);
  if (!rel) throw new AppError('CCQ_ERR_RELATIONSHIP_NOT_FOUND');
  return rel;
};

export const getPublicPageConfig = async (deps: Deps, caller: Caller, relationshipId: string): Promise<PublicPageConfig> => {
  const rel = await relationshipFor(deps.store, caller, relationshipId);
  authorize(caller.scope, 'mandate:read', { type: 'mandate', relationshipId: rel.id }, 'CCQ_ERR_RELATIONSHIP_NOT_FOUND');
  const row = await deps.store.publicPages.ofRelationship(rel.id);
  return row
    ? { settings: row.settings, path: publicPagePath(row.token), updatedAt: row.updatedAt }
    : { settings: defaultPublicPageSettings(rel.name), path: null, updatedAt: null };
};

/** The client decides what its customers see; the centre reads the settings but does not publish for the client. */
export const configurePublicPage = async (
  deps: Deps,
  caller: Caller,
  relationshipId: string,
  settings: PublicPageSettings,
): Promise<PublicPageConfig> =>
  deps.store.transaction(async (tx) => {
    const rel = await relationshipFor(tx, caller, relationshipId);
    authorize(caller.scope, 'mandate:edit', { type: 'mandate', relationshipId: rel.id }, 'CCQ_ERR_RELATIONSHIP_NOT_FOUND');
    const org = actingOrganisation(caller);
    if (!(org.id === rel.clientOrganisationId && actsAsClient(org)))
      throw new AppError('CCQ_ERR_FORBIDDEN', 'Only the client publishes its customer-information page');
    const before = await tx.publicPages.ofRelationship(rel.id);
    const row: PublicPageSettingsRow = {
      relationshipId: rel.id,
      token: before?.token ?? deps.secrets.randomToken(),
      settings,
      updatedAt: deps.clock().toISOString(),
      updatedBy: caller.scope.userId,
    };
    await tx.publicPages.save(row);
    await recordChange(tx, deps, caller, {
      organisationIds: [...new Set([rel.clientOrganisationId, rel.centreOrganisationId])],
      entity: 'public_page',
      entityId: rel.id,
      action: before ? 'update' : 'create',
      before: before?.settings ?? null,
      after: settings,
    });
    return { settings, path: publicPagePath(row.token), updatedAt: row.updatedAt };
  });

const DAY = 86_400_000;

/**
 * The page as the public sees it, or null (unknown link, or not published). Channels and hours come
 * from the signed mandate in force; the expected wait is the average wait of answered contacts over
 * the last two weeks in opening hours, rounded to half a minute. Nothing else leaves.
 */
export const readPublicPage = async (deps: Deps, token: string): Promise<PublicPage | null> => {
  const row = await deps.store.publicPages.byToken(token);
  if (!row?.settings.enabled) return null;
  const s = row.settings;
  const client = await deps.store.organisations.findById(systemScope, row.clientOrganisationId);
  const centre = await deps.store.organisations.findById(systemScope, row.centreOrganisationId);
  if (!client || !centre) return null;
  const clientScope = await operatorIn(deps.store, client);
  const mandate = (await deps.store.mandates.list(clientScope)).find((m) => m.relationshipId === row.relationshipId);
  const inForce = mandate ? versionInForce(await deps.store.mandates.versions(mandate.id)) : null;
  const content = inForce?.content;
  let expectedWaitSeconds: number | null = null;
  let measuredFrom: string | null = null;
  let measuredTo: string | null = null;
  if (s.showExpectedWait && content && content.queueIds.length > 0) {
    const now = deps.clock().getTime();
    const to = new Date(now).toISOString().slice(0, 10);
    const from = new Date(now - 14 * DAY).toISOString().slice(0, 10);
    const hours = content.openingHours.find((h) => h.channel === 'all') ?? content.openingHours[0];
    const only = hours ? new Set(openDays(hours, centre.timeZone, from, to).flatMap((d) => d.quarters)) : undefined;
    const result = await queryKpis(
      deps,
      { scope: await operatorIn(deps.store, centre), label: 'public page' },
      {
        queues: content.queueIds,
        from,
        to,
        kpis: ['asa', 'answered'],
        timeZone: centre.timeZone,
        ...(only ? { onlyIntervals: only } : {}),
      },
    );
    const k = result.groups[0]?.kpis;
    if (k?.asa !== null && k?.asa !== undefined && (k.answered ?? 0) > 0) {
      expectedWaitSeconds = Math.round(k.asa / 30) * 30;
      measuredFrom = from;
      measuredTo = to;
    }
  }
  return {
    title: s.title,
    channels: s.showChannels && content ? content.channels : null,
    openingHours: s.showOpeningHours && content ? content.openingHours : null,
    cost: s.cost,
    expectedWaitSeconds,
    measuredFrom,
    measuredTo,
  };
};
