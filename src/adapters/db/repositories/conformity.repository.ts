// src/adapters/db/repositories/conformity.repository.ts — frameworks and assessments (with answers, shares and workflow events), read through the scope

import type { Selectable } from 'kysely';
import type { StoredFramework, Store } from '../../../app/ports.js';
import { can } from '../../../domain/access/can.js';
import { type Scope, partnerOrganisationIds } from '../../../domain/access/scope.js';
import {
  type Assessment,
  type AssessmentEvent,
  assessmentResource,
  type AssessmentStatus,
  type RequirementAnswer,
  type RequirementResult,
  type RequirementStatus,
  type ScopeKind,
} from '../../../domain/conformity/assessment.js';
import type { Framework } from '../../../domain/conformity/framework.js';
import type { AssessmentsTable, Db, FrameworksTable, RequirementAnswersTable } from '../schema.js';
import { nonEmpty } from './in-list.js';

/**
 * Parsed frameworks by row id, valid while the row's SHA-256 is the same: an edition's tree is
 * immutable for a given file, and parsing it (a few hundred kB of JSON) was most of an assessment
 * read. Bounded, since an installation has few frameworks.
 */
const parsed = new Map<string, { sha256: string; framework: Framework }>();

type FrameworkMeta = Omit<Selectable<FrameworksTable>, 'content_json'>;

/** Every column but the tree: reading a few hundred kB of JSON text for a cached tree was most of a read. */
const metaColumns = [
  'id',
  'urn',
  'edition',
  'family',
  'revision',
  'owner_organisation_id',
  'side',
  'name_json',
  'sha256',
  'source',
  'loaded_at',
  'loaded_by',
] as const;

/** Stored frameworks for rows read without their tree: cached trees are reused, the others read in one query and parsed once. */
const withTrees = async (db: Db, rows: FrameworkMeta[]): Promise<StoredFramework[]> => {
  const missing = rows.filter((r) => parsed.get(r.id)?.sha256 !== r.sha256).map((r) => r.id);
  if (missing.length > 0) {
    const texts = await db.selectFrom('frameworks').select(['id', 'sha256', 'content_json']).where('id', 'in', missing).execute();
    for (const t of texts) {
      if (parsed.size >= 64) parsed.delete(parsed.keys().next().value as string);
      parsed.set(t.id, { sha256: t.sha256, framework: JSON.parse(t.content_json) as Framework });
    }
  }
  return rows.flatMap((r) => {
    const tree = parsed.get(r.id);
    if (!tree) return [];
    return [
      {
        id: r.id,
        ownerOrganisationId: r.owner_organisation_id,
        sha256: r.sha256,
        source: r.source,
        loadedAt: r.loaded_at,
        loadedBy: r.loaded_by,
        framework: tree.framework,
      },
    ];
  });
};

const frameworkRow = (f: StoredFramework): FrameworksTable => ({
  id: f.id,
  urn: f.framework.urn,
  edition: f.framework.edition,
  family: f.framework.family,
  revision: f.framework.revision,
  owner_organisation_id: f.ownerOrganisationId,
  side: f.framework.side,
  name_json: JSON.stringify(f.framework.name),
  content_json: JSON.stringify(f.framework),
  sha256: f.sha256,
  source: f.source,
  loaded_at: f.loadedAt,
  loaded_by: f.loadedBy,
});

export const frameworksRepository = (db: Db): Store['frameworks'] => {
  const readable = (scope: Scope, ownerOrganisationId: string | null) =>
    scope.platformAdmin && !scope.org ? true : can(scope, 'framework:read', { type: 'framework', ownerOrganisationId });
  return {
    list: async (scope) => {
      let q = db.selectFrom('frameworks').select(metaColumns).orderBy('edition');
      if (!(scope.platformAdmin && !scope.org)) {
        const owners = scope.org ? [scope.org.id, ...partnerOrganisationIds(scope.org)] : [];
        q = q.where((eb) => eb.or([eb('owner_organisation_id', 'is', null), eb('owner_organisation_id', 'in', nonEmpty(owners))]));
      }
      return withTrees(
        db,
        (await q.execute()).filter((r) => readable(scope, r.owner_organisation_id)),
      );
    },
    findById: async (scope, id) => {
      const row = await db.selectFrom('frameworks').select(metaColumns).where('id', '=', id).executeTakeFirst();
      return row && readable(scope, row.owner_organisation_id) ? ((await withTrees(db, [row]))[0] ?? null) : null;
    },
    findByEdition: async (owner, edition) => {
      let q = db.selectFrom('frameworks').select(metaColumns).where('edition', '=', edition);
      q = owner === null ? q.where('owner_organisation_id', 'is', null) : q.where('owner_organisation_id', '=', owner);
      const row = await q.executeTakeFirst();
      return row ? ((await withTrees(db, [row]))[0] ?? null) : null;
    },
    insert: async (f) => {
      await db.insertInto('frameworks').values(frameworkRow(f)).execute();
    },
    replace: async (id, f) => {
      const { id: _id, ...row } = frameworkRow(f);
      await db.updateTable('frameworks').set(row).where('id', '=', id).execute();
    },
    usage: async (ids) => {
      const rows = await db
        .selectFrom('assessments')
        .select(['framework_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('framework_id', 'in', nonEmpty(ids))
        .groupBy('framework_id')
        .execute();
      return new Map(rows.map((r) => [r.framework_id, Number(r.n)]));
    },
  };
};

const toAssessment = (r: Selectable<AssessmentsTable> & { edition: string }, sharedWith: string[]): Assessment => ({
  id: r.id,
  frameworkId: r.framework_id,
  edition: r.edition,
  title: r.title,
  scopeKind: r.scope_kind as ScopeKind,
  organisationId: r.organisation_id,
  relationshipId: r.relationship_id,
  scopeTags: JSON.parse(r.scope_tags_json) as string[],
  status: r.status as AssessmentStatus,
  sharedWith,
  carriedOverFrom: r.carried_over_from,
  dueOn: r.due_on,
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
});

const toAnswer = (r: Selectable<RequirementAnswersTable>): RequirementAnswer => ({
  ref: r.ref,
  status: r.status as RequirementStatus,
  result: r.result as RequirementResult | null,
  justification: r.justification,
  score: r.score === null ? null : Number(r.score),
  comment: r.comment,
  assigneeUserId: r.assignee_user_id,
  dueOn: r.due_on,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

const answerRow = (assessmentId: string, a: RequirementAnswer): RequirementAnswersTable => ({
  assessment_id: assessmentId,
  ref: a.ref,
  status: a.status,
  result: a.result,
  justification: a.justification,
  score: a.score,
  comment: a.comment,
  assignee_user_id: a.assigneeUserId,
  due_on: a.dueOn,
  updated_at: a.updatedAt,
  updated_by: a.updatedBy,
});

export const assessmentsRepository = (db: Db): Store['assessments'] => {
  const base = () =>
    db
      .selectFrom('assessments')
      .innerJoin('frameworks', 'frameworks.id', 'assessments.framework_id')
      .selectAll('assessments')
      .select('frameworks.edition');
  const withShares = async (rows: (Selectable<AssessmentsTable> & { edition: string })[]): Promise<Assessment[]> => {
    if (rows.length === 0) return [];
    const shares = await db
      .selectFrom('assessment_shares')
      .select(['assessment_id', 'relationship_id'])
      .where(
        'assessment_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('shared_at')
      .execute();
    const by = new Map<string, string[]>();
    for (const s of shares) by.set(s.assessment_id, [...(by.get(s.assessment_id) ?? []), s.relationship_id]);
    return rows.map((r) => toAssessment(r, by.get(r.id) ?? []));
  };
  const readable = (scope: Scope) => (a: Assessment) => can(scope, 'assessment:read', assessmentResource(a));
  return {
    list: async (scope) => {
      if (!scope.org) return [];
      const rels = nonEmpty(scope.org.relationships.map((r) => r.id));
      const rows = await base()
        .where((eb) =>
          eb.or([
            eb('assessments.organisation_id', '=', scope.org?.id ?? ''),
            eb('assessments.relationship_id', 'in', rels),
            eb('assessments.id', 'in', eb.selectFrom('assessment_shares').select('assessment_id').where('relationship_id', 'in', rels)),
          ]),
        )
        .orderBy('assessments.created_at', 'desc')
        .execute();
      return (await withShares(rows)).filter(readable(scope));
    },
    findById: async (scope, id) => {
      const row = await base().where('assessments.id', '=', id).executeTakeFirst();
      if (!row) return null;
      const [a] = await withShares([row]);
      return a && (readable(scope)(a) || (scope.platformAdmin && !scope.org)) ? a : null;
    },
    insert: async (a) => {
      await db
        .insertInto('assessments')
        .values({
          id: a.id,
          framework_id: a.frameworkId,
          title: a.title,
          scope_kind: a.scopeKind,
          organisation_id: a.organisationId,
          relationship_id: a.relationshipId,
          scope_tags_json: JSON.stringify(a.scopeTags),
          status: a.status,
          carried_over_from: a.carriedOverFrom,
          due_on: a.dueOn,
          created_at: a.createdAt,
          created_by: a.createdBy,
          updated_at: a.updatedAt,
        })
        .execute();
      for (const r of a.sharedWith)
        await db.insertInto('assessment_shares').values({ assessment_id: a.id, relationship_id: r, shared_at: a.createdAt }).execute();
    },
    update: async (id, patch, at) => {
      await db
        .updateTable('assessments')
        .set({
          ...(patch.status !== undefined ? { status: patch.status } : {}),
          ...(patch.title !== undefined ? { title: patch.title } : {}),
          ...(patch.dueOn !== undefined ? { due_on: patch.dueOn } : {}),
          updated_at: at,
        })
        .where('id', '=', id)
        .execute();
      if (patch.sharedWith !== undefined) {
        await db.deleteFrom('assessment_shares').where('assessment_id', '=', id).execute();
        for (const r of patch.sharedWith)
          await db.insertInto('assessment_shares').values({ assessment_id: id, relationship_id: r, shared_at: at }).execute();
      }
    },
    answers: async (assessmentId) =>
      (await db.selectFrom('requirement_answers').selectAll().where('assessment_id', '=', assessmentId).execute()).map(toAnswer),
    answersOf: async (ids) => {
      const by = new Map<string, RequirementAnswer[]>(ids.map((id) => [id, []]));
      for (let i = 0; i < ids.length; i += 500) {
        const rows = await db
          .selectFrom('requirement_answers')
          .selectAll()
          .where('assessment_id', 'in', ids.slice(i, i + 500))
          .execute();
        for (const r of rows) by.get(r.assessment_id)?.push(toAnswer(r));
      }
      return by;
    },
    insertAnswers: async (assessmentId, answers) => {
      // Chunks keep each statement under SQLite's variable limit.
      for (let i = 0; i < answers.length; i += 50)
        await db
          .insertInto('requirement_answers')
          .values(answers.slice(i, i + 50).map((a) => answerRow(assessmentId, a)))
          .execute();
    },
    updateAnswer: async (assessmentId, a) => {
      const { assessment_id: _a, ref: _r, ...row } = answerRow(assessmentId, a);
      await db.updateTable('requirement_answers').set(row).where('assessment_id', '=', assessmentId).where('ref', '=', a.ref).execute();
    },
    events: async (assessmentId) =>
      (
        await db.selectFrom('assessment_events').selectAll().where('assessment_id', '=', assessmentId).orderBy('at').orderBy('id').execute()
      ).map(
        (r): AssessmentEvent => ({
          id: r.id,
          assessmentId: r.assessment_id,
          at: r.at,
          userId: r.user_id,
          actorLabel: r.actor_label,
          action: r.action as AssessmentEvent['action'],
          fromStatus: r.from_status as AssessmentStatus | null,
          toStatus: r.to_status as AssessmentStatus,
          comment: r.comment,
        }),
      ),
    addEvent: async (e) => {
      await db
        .insertInto('assessment_events')
        .values({
          id: e.id,
          assessment_id: e.assessmentId,
          at: e.at,
          user_id: e.userId,
          actor_label: e.actorLabel,
          action: e.action,
          from_status: e.fromStatus,
          to_status: e.toStatus,
          comment: e.comment,
        })
        .execute();
    },
  };
};
