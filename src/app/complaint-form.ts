// src/app/complaint-form.ts — a relationship's public complaint form: switched on by a party, filed by anyone with its link

import { authorize } from '../domain/access/can.js';
import { systemScope } from '../domain/access/scope.js';
import type { Complainant, ComplaintCategory } from '../domain/complaints/complaint.js';
import { AppError } from '../domain/shared/errors.js';
import { type Caller, recordChange } from './caller.js';
import { complaintSplit, storeNewComplaint } from './manage-complaints.js';
import type { Deps } from './ports.js';
import { operatorIn } from './resolve-scope.js';

/** The path of a form; the token is 32 random bytes, so the link is the only way to it. */
export const complaintFormPath = (token: string): string => `/complaint/${token}`;

export type ComplaintFormConfig = { relationshipId: string; enabled: boolean; path: string | null; updatedAt: string | null };

const relationshipFor = async (deps: Deps, caller: Caller, id: string) => {
  const rel = await deps.store.relationships.findById(caller.scope, id);
  if (!rel) throw new AppError('CCQ_ERR_RELATIONSHIP_NOT_FOUND');
  return rel;
};

export const getComplaintForm = async (deps: Deps, caller: Caller, relationshipId: string): Promise<ComplaintFormConfig> => {
  const rel = await relationshipFor(deps, caller, relationshipId);
  authorize(caller.scope, 'complaint:read', { type: 'complaint', relationshipId: rel.id }, 'CCQ_ERR_RELATIONSHIP_NOT_FOUND');
  const f = await deps.store.complaints.form(rel.id);
  return {
    relationshipId: rel.id,
    enabled: f?.enabled ?? false,
    path: f ? complaintFormPath(f.token) : null,
    updatedAt: f?.updatedAt ?? null,
  };
};

/** Either party that handles complaints switches the form on or off; the link stays the same once made. */
export const configureComplaintForm = async (
  deps: Deps,
  caller: Caller,
  relationshipId: string,
  enabled: boolean,
): Promise<ComplaintFormConfig> =>
  deps.store.transaction(async (tx) => {
    const rel = await tx.relationships.findById(caller.scope, relationshipId);
    if (!rel) throw new AppError('CCQ_ERR_RELATIONSHIP_NOT_FOUND');
    authorize(caller.scope, 'complaint:handle', { type: 'complaint', relationshipId: rel.id }, 'CCQ_ERR_RELATIONSHIP_NOT_FOUND');
    const before = await tx.complaints.form(rel.id);
    const form = {
      relationshipId: rel.id,
      token: before?.token ?? deps.secrets.randomToken(),
      enabled,
      updatedAt: deps.clock().toISOString(),
      updatedBy: caller.scope.userId,
    };
    await tx.complaints.saveForm(form);
    await recordChange(tx, deps, caller, {
      organisationIds: [...new Set([rel.clientOrganisationId, rel.centreOrganisationId])],
      entity: 'complaint_form',
      entityId: rel.id,
      action: before ? 'update' : 'create',
      before: before ? { enabled: before.enabled } : null,
      after: { enabled },
    });
    return { relationshipId: rel.id, enabled, path: complaintFormPath(form.token), updatedAt: form.updatedAt };
  });

/** The title the public form shows: the relationship's client by name, nothing else. Null when the link is unknown or off. */
export const readComplaintForm = async (deps: Deps, token: string): Promise<{ clientName: string } | null> => {
  const f = await deps.store.complaints.formByToken(token);
  if (!f?.enabled) return null;
  const client = await deps.store.organisations.findById(systemScope, f.clientOrganisationId);
  return client ? { clientName: client.name } : null;
};

export type PublicComplaint = {
  description: string;
  category: ComplaintCategory | null;
  name: string | null;
  email: string | null;
  phone: string | null;
};

/**
 * A customer files a complaint through the form. The answer is the reference number and nothing
 * else; null when the link is unknown or switched off (the route answers "not found").
 */
export const filePublicComplaint = async (deps: Deps, token: string, p: PublicComplaint): Promise<{ reference: string } | null> => {
  const f = await deps.store.complaints.formByToken(token);
  if (!f?.enabled) return null;
  const caller: Caller = { scope: systemScope, label: 'public:complaint-form' };
  return deps.store.transaction(async (tx) => {
    const client = await tx.organisations.findById(systemScope, f.clientOrganisationId);
    const rel = (await tx.relationships.ofOrganisation(f.clientOrganisationId)).find((r) => r.id === f.relationshipId);
    if (!rel || !client) return null;
    const split = await complaintSplit(tx, await operatorIn(tx, client), rel.id);
    const complainant: Complainant = { name: p.name, email: p.email, phone: p.phone };
    const c = await storeNewComplaint(tx, deps, caller, rel, split, {
      relationshipId: rel.id,
      channel: 'web_form',
      description: p.description,
      category: p.category,
      complainant,
      receivedVia: 'public_form',
    });
    return { reference: c.reference };
  });
};
