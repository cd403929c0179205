// src/adapters/db/migrations/index.ts — the one ordered set of migrations for SQLite and PostgreSQL

import type { Migration, MigrationProvider } from 'kysely';
import type { Dialect } from '../schema.js';
import { foundation } from './2026-11-28-001-foundation.js';
import { contactData } from './2026-11-28-002-contact-data.js';
import { conformity } from './2026-11-29-003-conformity.js';
import { mandates } from './2026-11-29-004-mandates.js';
import { reviews } from './2026-11-29-005-reviews.js';
import { notifications } from './2026-11-29-006-notifications.js';
import { qa } from './2026-11-29-009-qa.js';
import { complaints } from './2026-11-29-008-complaints.js';
import { surveys } from './2026-11-29-007-surveys.js';
import { people } from './2026-11-29-010-people.js';
import { staffing } from './2026-11-29-011-staffing.js';

/**
 * Migrations are listed in code rather than read from a folder at run time, so they work the same
 * under tsx, in a compiled build and in tests. Each takes the dialect for the rare statement (a
 * trigger) that cannot be written once.
 */
export const migrationProvider = (dialect: Dialect): MigrationProvider => ({
  getMigrations: async (): Promise<Record<string, Migration>> => ({
    '2026-11-28-001-foundation': foundation(dialect),
    '2026-11-28-002-contact-data': contactData(dialect),
    '2026-11-29-003-conformity': conformity(dialect),
    '2026-11-29-004-mandates': mandates(dialect),
    '2026-11-29-005-reviews': reviews(dialect),
    '2026-11-29-006-notifications': notifications(dialect),
    '2026-11-29-008-complaints': complaints(dialect),
    '2026-11-29-007-surveys': surveys(dialect),
    '2026-11-29-009-qa': qa(dialect),
    '2026-11-29-010-people': people(dialect),
    '2026-11-29-011-staffing': staffing(dialect),
  }),
});
