// src/app/manage-sites-and-queues.ts — a centre's sites and the queues/services it runs for its clients

import { authorize, requirePermission } from '../domain/access/can.js';
import type { Channel, Queue, Site } from '../domain/organisations/model.js';
import { AppError } from '../domain/shared/errors.js';
import { definedOnly } from '../domain/shared/patch.js';
import { type Caller, actingOrganisationId, recordChange } from './caller.js';
import type { Deps, Store } from './ports.js';
import { getOrganisation } from './manage-organisations.js';

export const listSites = async (deps: Deps, caller: Caller, organisationId: string): Promise<Site[]> => {
  await getOrganisation(deps, caller, organisationId);
  requirePermission(caller.scope, 'site:read', { type: 'site', organisationId });
  return deps.store.sites.list(caller.scope, organisationId);
};

export const createSite = async (
  deps: Deps,
  caller: Caller,
  organisationId: string,
  o: { name: string; city?: string | null | undefined },
): Promise<Site> =>
  deps.store.transaction(async (tx) => {
    if (!(await tx.organisations.findById(caller.scope, organisationId))) throw new AppError('CCQ_ERR_ORGANISATION_NOT_FOUND');
    requirePermission(caller.scope, 'site:manage', { type: 'site', organisationId });
    if ((await tx.sites.list(caller.scope, organisationId)).some((s) => s.name === o.name.trim()))
      throw new AppError('CCQ_ERR_CONFLICT', 'A site with this name exists', [{ path: 'name', message: 'already in use' }]);
    const site: Site = { id: deps.ids(), organisationId, name: o.name.trim(), city: o.city ?? null, createdAt: deps.clock().toISOString() };
    await tx.sites.insert(site);
    await recordChange(tx, deps, caller, {
      organisationIds: [organisationId],
      entity: 'site',
      entityId: site.id,
      action: 'create',
      before: null,
      after: site,
    });
    return site;
  });

export const updateSite = async (
  deps: Deps,
  caller: Caller,
  id: string,
  patch: { name?: string | undefined; city?: string | null | undefined },
): Promise<Site> =>
  deps.store.transaction(async (tx) => {
    const before = await tx.sites.findById(caller.scope, id);
    if (!before) throw new AppError('CCQ_ERR_SITE_NOT_FOUND');
    authorize(caller.scope, 'site:manage', { type: 'site', organisationId: before.organisationId }, 'CCQ_ERR_SITE_NOT_FOUND');
    const clean = definedOnly(patch);
    await tx.sites.update(id, clean);
    const after = { ...before, ...clean } as Site;
    await recordChange(tx, deps, caller, {
      organisationIds: [before.organisationId],
      entity: 'site',
      entityId: id,
      action: 'update',
      before,
      after,
    });
    return after;
  });

export const listQueues = (deps: Deps, caller: Caller): Promise<Queue[]> => deps.store.queues.list(caller.scope);

export const getQueue = async (deps: Deps, caller: Caller, id: string): Promise<Queue> => {
  const q = await deps.store.queues.findById(caller.scope, id);
  if (!q) throw new AppError('CCQ_ERR_QUEUE_NOT_FOUND');
  return q;
};

/** A queue's relationship must be one where the acting centre is the centre; its site must be the centre's. */
const checkQueueLinks = async (
  tx: Store,
  caller: Caller,
  centreId: string,
  links: { relationshipId?: string | null | undefined; siteId?: string | null | undefined },
): Promise<void> => {
  if (links.relationshipId) {
    const r = await tx.relationships.findById(caller.scope, links.relationshipId);
    if (!r || r.centreOrganisationId !== centreId)
      throw new AppError('CCQ_ERR_VALIDATION', undefined, [{ path: 'relationshipId', message: 'not a relationship this centre serves' }]);
  }
  if (links.siteId) {
    const s = await tx.sites.findById(caller.scope, links.siteId);
    if (!s || s.organisationId !== centreId)
      throw new AppError('CCQ_ERR_VALIDATION', undefined, [{ path: 'siteId', message: 'not a site of this centre' }]);
  }
};

export type CreateQueueOptions = {
  code: string;
  name: string;
  channel: Channel;
  relationshipId?: string | null | undefined;
  siteId?: string | null | undefined;
};

/** Creates a queue in the acting centre. */
export const createQueue = async (deps: Deps, caller: Caller, o: CreateQueueOptions): Promise<Queue> => {
  const centreId = actingOrganisationId(caller);
  const q: Queue = {
    id: deps.ids(),
    centreOrganisationId: centreId,
    relationshipId: o.relationshipId ?? null,
    siteId: o.siteId ?? null,
    code: o.code,
    name: o.name.trim(),
    channel: o.channel,
    createdAt: deps.clock().toISOString(),
  };
  authorize(
    caller.scope,
    'queue:manage',
    { type: 'queue', centreOrganisationId: centreId, relationshipId: q.relationshipId },
    'CCQ_ERR_NOT_FOUND',
  );
  return deps.store.transaction(async (tx) => {
    await checkQueueLinks(tx, caller, centreId, o);
    if ((await tx.queues.list(caller.scope)).some((x) => x.centreOrganisationId === centreId && x.code === q.code))
      throw new AppError('CCQ_ERR_CONFLICT', 'A queue with this code exists in the centre', [{ path: 'code', message: 'already in use' }]);
    await tx.queues.insert(q);
    const rel = q.relationshipId ? await tx.relationships.findById(caller.scope, q.relationshipId) : null;
    await recordChange(tx, deps, caller, {
      organisationIds: [centreId, ...(rel ? [rel.clientOrganisationId] : [])],
      entity: 'queue',
      entityId: q.id,
      action: 'create',
      before: null,
      after: q,
    });
    return q;
  });
};

export const updateQueue = async (
  deps: Deps,
  caller: Caller,
  id: string,
  patch: {
    name?: string | undefined;
    channel?: Channel | undefined;
    relationshipId?: string | null | undefined;
    siteId?: string | null | undefined;
  },
): Promise<Queue> =>
  deps.store.transaction(async (tx) => {
    const before = await tx.queues.findById(caller.scope, id);
    if (!before) throw new AppError('CCQ_ERR_QUEUE_NOT_FOUND');
    authorize(caller.scope, 'queue:manage', { type: 'queue', ...before }, 'CCQ_ERR_QUEUE_NOT_FOUND');
    await checkQueueLinks(tx, caller, before.centreOrganisationId, patch);
    const clean = definedOnly(patch);
    await tx.queues.update(id, clean);
    const after = { ...before, ...clean } as Queue;
    await recordChange(tx, deps, caller, {
      organisationIds: [before.centreOrganisationId],
      entity: 'queue',
      entityId: id,
      action: 'update',
      before,
      after,
    });
    return after;
  });
