// src/app/manage-frameworks.ts — the framework library: shipped editions kept current, an organisation's own loaded with a validation report

import { authorize } from '../domain/access/can.js';
import { type EditionMappingRule, proposeEditionMapping } from '../domain/conformity/edition-mapping.js';
import type { Framework } from '../domain/conformity/framework.js';
import { type FrameworkProblem, formatProblem } from '../domain/conformity/validation-report.js';
import { AppError } from '../domain/shared/errors.js';
import { type Caller, actingOrganisationId, recordChange } from './caller.js';
import type { Deps, StoredFramework } from './ports.js';

/** A framework file as an adapter read it: the framework when valid, else its problems; and the file's hash. */
export type FrameworkReading = { framework: Framework | null; problems: FrameworkProblem[]; sha256: string; source: string };

export type FrameworkSummary = Omit<StoredFramework, 'framework'> & {
  urn: string;
  edition: string;
  family: string;
  revision: number;
  name: Framework['name'];
  side: Framework['side'];
  paraphrase: boolean;
  requirements: number;
  assessments: number;
};

export const summarise = (f: StoredFramework, assessments: number): FrameworkSummary => {
  const { framework, ...rest } = f;
  return {
    ...rest,
    urn: framework.urn,
    edition: framework.edition,
    family: framework.family,
    revision: framework.revision,
    name: framework.name,
    side: framework.side,
    paraphrase: framework.paraphrase,
    requirements: framework.nodes.filter((n) => n.assessable).length,
    assessments,
  };
};

/** Requirements of a framework that a replacement no longer has (replacing it would orphan their answers). */
const droppedRefs = (stored: StoredFramework, next: Framework): string[] => {
  const kept = new Set(next.nodes.filter((n) => n.assessable).map((n) => n.ref));
  return stored.framework.nodes.filter((n) => n.assessable && !kept.has(n.ref)).map((n) => n.ref);
};

/**
 * Keeps the shipped frameworks in the database as the files say: inserts new editions and replaces
 * an edition whose file has a higher revision. Runs at start; needs no caller (nothing tenant-owned changes).
 */
export const syncShippedFrameworks = async (deps: Pick<Deps, 'store' | 'clock' | 'ids'>, readings: FrameworkReading[]): Promise<void> => {
  for (const r of readings) {
    if (!r.framework)
      throw new AppError('CCQ_ERR_CONFIG', `Shipped framework ${r.source} is not valid: ${r.problems.map(formatProblem).join('; ')}`);
    const framework = r.framework;
    await deps.store.transaction(async (tx) => {
      const stored = await tx.frameworks.findByEdition(null, framework.edition);
      const row: StoredFramework = {
        id: stored?.id ?? deps.ids(),
        ownerOrganisationId: null,
        sha256: r.sha256,
        source: r.source,
        loadedAt: deps.clock().toISOString(),
        loadedBy: null,
        framework,
      };
      if (!stored) await tx.frameworks.insert(row);
      else if (stored.sha256 !== r.sha256 && framework.revision > stored.framework.revision) await tx.frameworks.replace(stored.id, row);
    });
  }
};

export const listFrameworks = async (deps: Deps, caller: Caller): Promise<FrameworkSummary[]> => {
  const all = await deps.store.frameworks.list(caller.scope);
  const usage = await deps.store.frameworks.usage(all.map((f) => f.id));
  return all.map((f) => summarise(f, usage.get(f.id) ?? 0));
};

/** By id, or by edition (`iso-18295-1:2017`) among those the caller may read (its own before the shipped one). */
export const getFramework = async (deps: Deps, caller: Caller, idOrEdition: string): Promise<StoredFramework> => {
  const byId = await deps.store.frameworks.findById(caller.scope, idOrEdition);
  if (byId) return byId;
  const all = await deps.store.frameworks.list(caller.scope);
  const own = caller.scope.org?.id;
  const matches = all.filter((f) => f.framework.edition === idOrEdition);
  const found = matches.find((f) => f.ownerOrganisationId === own) ?? matches.find((f) => f.ownerOrganisationId === null) ?? matches[0];
  if (!found) throw new AppError('CCQ_ERR_FRAMEWORK_NOT_FOUND', 'No framework with this id or edition among those you may use');
  return found;
};

/** A validation report as the API and CLI give it: each problem at file:line:column. */
export const problemsAsIssues = (problems: FrameworkProblem[]) =>
  problems.map((p) => ({ path: `${p.file}:${p.line}:${p.column}${p.path ? ` ${p.path}` : ''}`, message: p.message }));

export type LoadFrameworkResult = {
  framework: FrameworkSummary;
  outcome: 'loaded' | 'replaced' | 'unchanged';
  /** When the organisation already has (or uses) another edition of the same family: the proposed mapping to carry assessments over. */
  succeeds: { id: string; edition: string; mapping: EditionMappingRule[] }[];
};

/**
 * Loads an organisation's own framework (an internal policy, a licensed edition, a new edition).
 * An invalid file changes nothing and is reported problem by problem. Reloading the same file is a
 * no-op; a changed file replaces the stored edition only with a higher revision and only when no
 * answered requirement would disappear (a new edition is the way to drop requirements).
 */
export const loadFramework = async (deps: Deps, caller: Caller, reading: FrameworkReading): Promise<LoadFrameworkResult> => {
  const owner = actingOrganisationId(caller);
  authorize(caller.scope, 'framework:manage', { type: 'framework', ownerOrganisationId: owner }, 'CCQ_ERR_FRAMEWORK_NOT_FOUND');
  if (!reading.framework)
    throw new AppError(
      'CCQ_ERR_FRAMEWORK_INVALID',
      `${reading.source}: ${reading.problems.length} problem(s)`,
      problemsAsIssues(reading.problems),
    );
  const framework = reading.framework;
  return deps.store.transaction(async (tx) => {
    const stored = await tx.frameworks.findByEdition(owner, framework.edition);
    const at = deps.clock().toISOString();
    const row: StoredFramework = {
      id: stored?.id ?? deps.ids(),
      ownerOrganisationId: owner,
      sha256: reading.sha256,
      source: reading.source,
      loadedAt: at,
      loadedBy: caller.scope.userId,
      framework,
    };
    const usage = (await tx.frameworks.usage([row.id])).get(row.id) ?? 0;
    let outcome: LoadFrameworkResult['outcome'] = 'loaded';
    if (stored && stored.sha256 === reading.sha256) outcome = 'unchanged';
    else if (stored) {
      if (framework.revision <= stored.framework.revision)
        throw new AppError(
          'CCQ_ERR_CONFLICT',
          `Edition ${framework.edition} is loaded at revision ${stored.framework.revision}; raise revision to replace it`,
          [{ path: 'revision', message: `must be above ${stored.framework.revision}` }],
        );
      const orphans = usage > 0 ? droppedRefs(stored, framework) : [];
      if (orphans.length > 0)
        throw new AppError(
          'CCQ_ERR_CONFLICT',
          `Assessments answer requirements this file drops (${orphans.join(', ')}); load it as a new edition instead`,
          [{ path: 'edition', message: 'give the changed framework a new edition and carry the assessments over' }],
        );
      await tx.frameworks.replace(stored.id, row);
      outcome = 'replaced';
    } else await tx.frameworks.insert(row);
    if (outcome !== 'unchanged')
      await recordChange(tx, deps, caller, {
        organisationIds: [owner],
        entity: 'framework',
        entityId: row.id,
        action: stored ? 'update' : 'create',
        before: stored ? { edition: stored.framework.edition, revision: stored.framework.revision, sha256: stored.sha256 } : null,
        after: { edition: framework.edition, revision: framework.revision, sha256: reading.sha256, source: reading.source },
      });
    const siblings = (await tx.frameworks.list(caller.scope)).filter(
      (f) => f.framework.family === framework.family && f.framework.edition !== framework.edition,
    );
    return {
      framework: summarise(outcome === 'unchanged' && stored ? stored : row, usage),
      outcome,
      succeeds: siblings.map((f) => ({ id: f.id, edition: f.framework.edition, mapping: proposeEditionMapping(f.framework, framework) })),
    };
  });
};
