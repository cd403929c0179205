// src/domain/mandates/canonical.ts — canonical JSON (sorted keys) so the same content always hashes the same, and a field-by-field diff

/** JSON with object keys sorted at every level: equal content gives equal text, whatever order it was built in. */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
};

export type FieldChange = { path: string; before: unknown; after: unknown };

/**
 * Every leaf that differs between two values, by path (`targets.0.target`). Arrays of objects with an
 * `id` (targets, obligations) are matched by id, so a reorder is no change and an edit is one change.
 */
export const diffValues = (before: unknown, after: unknown, path = ''): FieldChange[] => {
  if (canonicalJson(before) === canonicalJson(after)) return [];
  const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  const byId = (xs: unknown[]) => xs.every((x) => isObj(x) && typeof x.id === 'string');
  const at = (k: string) => (path ? `${path}.${k}` : k);
  if (Array.isArray(before) && Array.isArray(after) && byId(before) && byId(after)) {
    const b = new Map(before.map((x) => [(x as { id: string }).id, x]));
    const a = new Map(after.map((x) => [(x as { id: string }).id, x]));
    const ids = [...new Set([...b.keys(), ...a.keys()])];
    return ids.flatMap((id) => diffValues(b.get(id), a.get(id), at(id)));
  }
  if (isObj(before) && isObj(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => diffValues(before[k], after[k], at(k)));
  }
  return [{ path, before: before ?? null, after: after ?? null }];
};
