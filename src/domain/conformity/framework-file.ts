// src/domain/conformity/framework-file.ts — a framework data file (nested, as authors write it) turned into a checked Framework

import { kpiDictionary } from '../kpi/dictionary.js';
import type { FieldIssue } from '../shared/errors.js';
import type { Framework, FrameworkNode, FrameworkSide, LocalText, ScaleLevel, TagDefinition } from './framework.js';
import { familyOf } from './framework.js';

/** The current file format; the loader refuses others by name. */
export const frameworkFormat = 'ccq-framework/1';

/** A requirement node as written in the file: children nest. */
export type FrameworkFileNode = {
  ref: string;
  urn?: string | undefined;
  title: LocalText;
  summary?: LocalText | undefined;
  statement?: LocalText | undefined;
  guidance?: LocalText | undefined;
  evidence?: LocalText[] | undefined;
  questions?: LocalText[] | undefined;
  tags?: string[] | undefined;
  kpis?: string[] | undefined;
  informative?: boolean | undefined;
  children?: FrameworkFileNode[] | undefined;
};

export type FrameworkFile = {
  format: string;
  urn: string;
  edition: string;
  revision: number;
  name: LocalText;
  description?: LocalText | undefined;
  publisher: string;
  side: FrameworkSide;
  paraphrase?: boolean | undefined;
  notice?: LocalText | undefined;
  scale?: { score: number; label: LocalText; description?: LocalText | undefined }[] | undefined;
  tags?: TagDefinition[] | undefined;
  requirements: FrameworkFileNode[];
};

const kpiIds = new Set(kpiDictionary.map((k) => k.id));

/** Checks what a schema cannot: unique refs and URNs, known tags and KPI ids, statements on leaves only. */
export const frameworkFileIssues = (file: FrameworkFile, knownKpis: ReadonlySet<string> = kpiIds): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  const tagIds = new Set<string>();
  (file.tags ?? []).forEach((t, i) => {
    if (tagIds.has(t.id)) issues.push({ path: `tags.${i}.id`, message: `tag "${t.id}" is defined twice` });
    tagIds.add(t.id);
  });
  const scores = new Set<number>();
  (file.scale ?? []).forEach((s, i) => {
    if (scores.has(s.score)) issues.push({ path: `scale.${i}.score`, message: `score ${s.score} appears twice in the scale` });
    scores.add(s.score);
  });
  if (!/^[a-z0-9][a-z0-9.-]*:[A-Za-z0-9][A-Za-z0-9._-]*$/.test(file.edition))
    issues.push({ path: 'edition', message: 'write the edition as <family>:<label>, e.g. iso-18295-1:2017 or acme-policy:2026' });
  const refs = new Map<string, string>();
  const urns = new Map<string, string>();
  const walk = (nodes: FrameworkFileNode[], path: string): void => {
    nodes.forEach((n, i) => {
      const at = `${path}.${i}`;
      const seen = refs.get(n.ref);
      if (seen !== undefined) issues.push({ path: `${at}.ref`, message: `ref "${n.ref}" is already used at ${seen}` });
      else refs.set(n.ref, at);
      const urn = n.urn ?? nodeUrn(file.urn, n.ref);
      const seenUrn = urns.get(urn);
      if (seenUrn !== undefined && seen === undefined)
        issues.push({ path: `${at}.urn`, message: `URN "${urn}" is already used at ${seenUrn}` });
      urns.set(urn, at);
      const hasChildren = (n.children?.length ?? 0) > 0;
      if (hasChildren && n.statement)
        issues.push({
          path: `${at}.statement`,
          message: 'a node with children is a heading: move its requirement into a child, or use summary',
        });
      if (!hasChildren && !n.statement) issues.push({ path: at, message: `requirement "${n.ref}" has no statement (and no children)` });
      (n.tags ?? []).forEach((t, j) => {
        if (!tagIds.has(t)) issues.push({ path: `${at}.tags.${j}`, message: `tag "${t}" is not defined under tags` });
      });
      (n.kpis ?? []).forEach((k, j) => {
        if (!knownKpis.has(k)) issues.push({ path: `${at}.kpis.${j}`, message: `"${k}" is not a KPI of the KPI dictionary` });
      });
      if (hasChildren) walk(n.children ?? [], `${at}.children`);
    });
  };
  walk(file.requirements, 'requirements');
  return issues;
};

/** A node's URN unless the file gives one: the framework's URN, then the ref. */
export const nodeUrn = (frameworkUrn: string, ref: string): string => `${frameworkUrn}:${ref}`;

/** Flattens a checked file into the stored Framework (depth-first, file order). */
export const frameworkFromFile = (file: FrameworkFile): Framework => {
  const nodes: FrameworkNode[] = [];
  const walk = (list: FrameworkFileNode[], parentRef: string | null, depth: number, inherited: boolean): void => {
    for (const n of list) {
      const informative = inherited || n.informative === true;
      const children = n.children ?? [];
      nodes.push({
        urn: n.urn ?? nodeUrn(file.urn, n.ref),
        ref: n.ref,
        parentRef,
        depth,
        title: n.title,
        summary: n.summary ?? null,
        statement: n.statement ?? null,
        guidance: n.guidance ?? null,
        typicalEvidence: n.evidence ?? [],
        questions: n.questions ?? [],
        tags: n.tags ?? [],
        kpis: n.kpis ?? [],
        informative,
        assessable: children.length === 0,
      });
      walk(children, n.ref, depth + 1, informative);
    }
  };
  walk(file.requirements, null, 1, false);
  const scale: ScaleLevel[] = (file.scale ?? []).map((s) => ({ score: s.score, label: s.label, description: s.description ?? null }));
  return {
    urn: file.urn,
    edition: file.edition,
    family: familyOf(file.edition),
    revision: file.revision,
    name: file.name,
    description: file.description ?? null,
    publisher: file.publisher,
    side: file.side,
    paraphrase: file.paraphrase ?? false,
    notice: file.notice ?? null,
    scale: scale.sort((a, b) => a.score - b.score),
    tags: file.tags ?? [],
    nodes,
  };
};
