// src/domain/conformity/framework.ts — a framework edition (ISO 18295-1, -2, or an organisation's own) as a tree of requirement nodes

import type { Locale } from '../organisations/model.js';

/** Text in Swedish and/or English; at least one is present, the other falls back to it. */
export type LocalText = { sv?: string; en?: string };

export const textIn = (t: LocalText | null | undefined, locale: Locale): string => (t ? (t[locale] ?? t.sv ?? t.en ?? '') : '');

/** Whose conformity a framework is about: the centre (ISO 18295-1), the client (ISO 18295-2), or either. */
export const frameworkSides = ['centre', 'client', 'any'] as const;
export type FrameworkSide = (typeof frameworkSides)[number];

/** Applicability tags are grouped so a scope can say e.g. "inbound only, outsourced, voice and chat". */
export const tagGroups = ['direction', 'sourcing', 'channel', 'other'] as const;
export type TagGroup = (typeof tagGroups)[number];
export type TagDefinition = { id: string; group: TagGroup; label: LocalText };

/** One level of an optional maturity scale (e.g. 0 absent … 4 optimised). */
export type ScaleLevel = { score: number; label: LocalText; description: LocalText | null };

/**
 * One node of the tree. A node with children is a heading; a leaf carries a requirement statement
 * and is what an assessment answers. `informative` nodes (e.g. an informative annex) may be
 * answered but never count towards readiness.
 */
export type FrameworkNode = {
  urn: string;
  ref: string;
  parentRef: string | null;
  depth: number;
  title: LocalText;
  summary: LocalText | null;
  statement: LocalText | null;
  guidance: LocalText | null;
  typicalEvidence: LocalText[];
  questions: LocalText[];
  tags: string[];
  kpis: string[];
  informative: boolean;
  assessable: boolean;
};

/**
 * A loaded framework edition. `edition` is `<family>:<label>` (`iso-18295-1:2017`): editions of one
 * family succeed each other, and an assessment on an old edition can be carried over to a new one.
 */
export type Framework = {
  urn: string;
  edition: string;
  family: string;
  revision: number;
  name: LocalText;
  description: LocalText | null;
  publisher: string;
  side: FrameworkSide;
  /** True when the requirement texts are a paraphrase, not the licensed text of the standard. */
  paraphrase: boolean;
  notice: LocalText | null;
  scale: ScaleLevel[];
  tags: TagDefinition[];
  /** Depth-first, in file order. */
  nodes: FrameworkNode[];
};

export const familyOf = (edition: string): string => edition.split(':')[0] ?? edition;

export const assessableNodes = (f: Framework): FrameworkNode[] => f.nodes.filter((n) => n.assessable);

/** The top-level clause of every node (`4.2.a` → `4`, `B.2` → `B`), for readiness by clause. */
export const clausesOf = (f: Framework): Map<string, string> => {
  const clause = new Map<string, string>();
  // Nodes come depth-first, so a parent's clause is known before its children's.
  for (const n of f.nodes) clause.set(n.ref, n.parentRef === null ? n.ref : (clause.get(n.parentRef) ?? n.parentRef));
  return clause;
};
