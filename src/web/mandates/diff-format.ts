// src/web/mandates/diff-format.ts — field changes between mandate versions made readable: compact values, what was added or removed, shares as percent

import { kpiById } from '../../domain/kpi/dictionary.js';
import { canonicalJson } from '../../domain/mandates/canonical.js';
import type { MandateContent } from '../../domain/mandates/mandate.js';

export type Change = { path: string; before: unknown; after: unknown };
export type ChangeKind = 'added' | 'removed' | 'changed';

const absent = (v: unknown): boolean => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

export const kindOf = (c: Change): ChangeKind => (absent(c.before) ? 'added' : absent(c.after) ? 'removed' : 'changed');

/** One value on one line: text as it is, lists comma-separated, objects as `key: value` pairs in braces. */
export const compact = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return v.map((x) => (x !== null && typeof x === 'object' ? `{${compact(x)}}` : compact(x))).join(', ');
  return Object.entries(v as Record<string, unknown>)
    .filter(([, x]) => x !== null && x !== undefined)
    .map(([k, x]) => {
      const inner = compact(x);
      return `${k}: ${x !== null && typeof x === 'object' && !Array.isArray(x) ? `{${inner}}` : Array.isArray(x) ? `[${inner}]` : inner}`;
    })
    .join(', ');
};

/** The parts of a value to show one per line: a list's items, else the value itself. */
export const itemsOf = (v: unknown): string[] => (v === null || v === undefined ? [] : Array.isArray(v) ? v.map(compact) : [compact(v)]);

/**
 * For a list changed as a whole (services, responsibilities…), which items of `side` the other side
 * does not have: those are the ones added (after) or removed (before).
 */
export const changedItems = (side: unknown, other: unknown): Set<number> => {
  if (!Array.isArray(side)) return new Set();
  const there = new Set(Array.isArray(other) ? other.map(canonicalJson) : []);
  return new Set(side.flatMap((x, i) => (there.has(canonicalJson(x)) ? [] : [i])));
};

/**
 * Whether the path is the value or band of a target on a share KPI (`targets.sl-privat.target`), to be
 * shown as percent too; the KPI is read from whichever version has the target.
 */
export const shareOf = (path: string, contents: readonly MandateContent[]): boolean => {
  const m = /^targets\.(.+)\.(target|tolerance)$/.exec(path);
  if (!m) return false;
  const target = contents.flatMap((c) => c.targets).find((x) => x.id === m[1]);
  return target !== undefined && kpiById.get(target.kpi)?.unit === 'share';
};
