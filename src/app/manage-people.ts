// src/app/manage-people.ts — a centre's pseudonymised people records: CSV imports, role profiles, the competence matrix and the internal communication log

import { authorize } from '../domain/access/can.js';
import { type PeopleImportKind, type PeopleRowReject, parsePeopleCsv } from '../domain/people/people-csv.js';
import { type Communication, type PeopleAgent, type RoleProfile, employedOn } from '../domain/people/people.js';
import { AppError } from '../domain/shared/errors.js';
import { type Caller, actingOrganisation, recordChange } from './caller.js';
import type { Deps } from './ports.js';

/**
 * People records are the centre's own (ISO 18295-1 clause 6): only its centre side reads or keeps
 * them. The client never sees a record; it reads aggregated people KPIs of its relationship.
 */
export const peopleCentre = (caller: Caller, action: 'people:read' | 'people:manage'): string => {
  const org = actingOrganisation(caller);
  authorize(caller.scope, action, { type: 'people', centreOrganisationId: org.id }, 'CCQ_ERR_NOT_FOUND');
  return org.id;
};

export type ImportPeopleOptions = {
  kind: PeopleImportKind;
  text: string;
  /** field → CSV column name; a field not named here is read from the column of its own name. */
  mapping?: Record<string, string>;
  /** The relationship the roster's agents serve (headcount imports). */
  relationshipId?: string | null;
};

export type PeopleImportResult = { kind: PeopleImportKind; imported: number; unchanged: number; rejects: PeopleRowReject[] };

/** Imports one kind of people records from CSV; bad rows are reported by line and field, the rest kept; re-importing a file changes nothing. */
export const importPeople = async (deps: Deps, caller: Caller, o: ImportPeopleOptions): Promise<PeopleImportResult> => {
  const centreId = peopleCentre(caller, 'people:manage');
  let relationshipId: string | null = null;
  if (o.relationshipId) {
    const rel = await deps.store.relationships.findById(caller.scope, o.relationshipId);
    if (!rel || rel.centreOrganisationId !== centreId) throw new AppError('CCQ_ERR_RELATIONSHIP_NOT_FOUND');
    relationshipId = rel.id;
  }
  const parsed = parsePeopleCsv(o.kind, o.text, o.mapping);
  if (parsed.rows.length === 0 && parsed.rejects.length > 0 && parsed.rejects.every((r) => r.line === 1))
    throw new AppError(
      'CCQ_ERR_VALIDATION',
      'The file does not have the columns this kind needs',
      parsed.rejects.map((r) => ({ path: r.field, message: r.message })),
    );
  const at = deps.clock().toISOString();
  return deps.store.transaction(async (tx) => {
    let imported = 0;
    let unchanged = 0;
    for (const row of parsed.rows) {
      if (row.kind === 'headcount') {
        await tx.people.upsertAgent({ ...row.agent, centreOrganisationId: centreId, relationshipId }, at);
        imported++;
      } else if (row.kind === 'competence') {
        await tx.people.upsertCompetence(centreId, row.competence);
        imported++;
      } else if (await tx.people.insertEvent({ ...row.event, id: deps.ids(), centreOrganisationId: centreId })) imported++;
      else unchanged++;
    }
    await recordChange(tx, deps, caller, {
      organisationIds: [centreId],
      entity: 'people_records',
      entityId: deps.ids(),
      action: 'create',
      before: null,
      after: { kind: o.kind, imported, unchanged, rejected: parsed.rejects.length, relationshipId },
    });
    return { kind: o.kind, imported, unchanged, rejects: parsed.rejects };
  });
};

export const listAgents = async (deps: Deps, caller: Caller): Promise<PeopleAgent[]> =>
  deps.store.people.agents(peopleCentre(caller, 'people:read'));

export const listRoleProfiles = async (deps: Deps, caller: Caller): Promise<RoleProfile[]> =>
  deps.store.people.roleProfiles(peopleCentre(caller, 'people:read'));

/** Creates or replaces a role profile: the competences agents in the role must hold. */
export const saveRoleProfile = async (deps: Deps, caller: Caller, p: RoleProfile): Promise<RoleProfile> => {
  const centreId = peopleCentre(caller, 'people:manage');
  const profile = { name: p.name.trim(), competences: [...new Set(p.competences.map((c) => c.trim()).filter((c) => c !== ''))] };
  return deps.store.transaction(async (tx) => {
    const before = (await tx.people.roleProfiles(centreId)).find((x) => x.name === profile.name) ?? null;
    await tx.people.saveRoleProfile(centreId, profile, deps.clock().toISOString());
    await recordChange(tx, deps, caller, {
      organisationIds: [centreId],
      entity: 'role_profile',
      entityId: `${centreId}:${profile.name}`,
      action: before ? 'update' : 'create',
      before,
      after: profile,
    });
    return profile;
  });
};

export type CompetenceMatrixRow = {
  agentCode: string;
  team: string | null;
  roleProfile: string | null;
  cells: { competence: string; held: boolean; expiresOn: string | null }[];
};

/** The competence matrix on a day: each agent employed then, against the competences of its role profile. */
export const competenceMatrix = async (deps: Deps, caller: Caller, date: string): Promise<CompetenceMatrixRow[]> => {
  const centreId = peopleCentre(caller, 'people:read');
  const [agents, held, profiles] = await Promise.all([
    deps.store.people.agents(centreId),
    deps.store.people.competences(centreId),
    deps.store.people.roleProfiles(centreId),
  ]);
  const profileOf = new Map(profiles.map((p) => [p.name, p.competences]));
  return agents
    .filter((a) => employedOn(a, date))
    .map((a) => ({
      agentCode: a.agentCode,
      team: a.team,
      roleProfile: a.roleProfile,
      cells: (profileOf.get(a.roleProfile ?? '') ?? []).map((competence) => {
        const c = held.find((h) => h.agentCode === a.agentCode && h.competence === competence);
        const valid = c !== undefined && c.achievedOn <= date && (c.expiresOn === null || c.expiresOn >= date);
        return { competence, held: valid, expiresOn: c?.expiresOn ?? null };
      }),
    }));
};

export const listCommunications = async (deps: Deps, caller: Caller): Promise<Communication[]> =>
  deps.store.people.communications(peopleCentre(caller, 'people:read'));

export type AddCommunicationOptions = { sentOn: string; subject: string; audience: string; told: number; acknowledged: number };

/** Logs an internal communication: what changed, who was told, how many acknowledged it. */
export const addCommunication = async (deps: Deps, caller: Caller, o: AddCommunicationOptions): Promise<Communication> => {
  const centreId = peopleCentre(caller, 'people:manage');
  if (o.acknowledged > o.told)
    throw new AppError('CCQ_ERR_VALIDATION', 'More acknowledged than told', [{ path: 'acknowledged', message: 'at most told' }]);
  const c: Communication = { ...o, id: deps.ids(), centreOrganisationId: centreId, createdAt: deps.clock().toISOString() };
  return deps.store.transaction(async (tx) => {
    await tx.people.insertCommunication(c, caller.scope.userId);
    await recordChange(tx, deps, caller, {
      organisationIds: [centreId],
      entity: 'communication',
      entityId: c.id,
      action: 'create',
      before: null,
      after: o,
    });
    return c;
  });
};
