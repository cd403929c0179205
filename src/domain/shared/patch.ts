// src/domain/shared/patch.ts — partial updates: only the fields a caller actually sent

/** Drops the keys whose value is `undefined`, so a patch never overwrites a field it did not mention. */
export const definedOnly = <T extends Record<string, unknown>>(patch: T): Partial<T> =>
  Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
