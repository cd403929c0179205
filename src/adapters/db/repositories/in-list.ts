// src/adapters/db/repositories/in-list.ts — a safe value list for SQL `in (…)`, which may not be empty

/** Stands in for an empty IN list; no id looks like it (and PostgreSQL text cannot hold a NUL). */
const NONE = ['(none)'];

export const nonEmpty = (ids: string[]): string[] => (ids.length ? ids : NONE);
