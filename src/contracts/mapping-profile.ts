// src/contracts/mapping-profile.ts — zod schema of a CSV mapping profile (YAML or JSON), producing the domain's MappingProfile

import { z } from 'zod';
import { outcomes } from '../domain/contacts/contact.js';
import {
  type MappingProfile,
  decimalSeparators,
  delimiters,
  encodings,
  thousandsSeparators,
} from '../domain/imports/csv/mapping-profile.js';
import { profileIssues } from '../domain/imports/csv/profile-check.js';
import { AppError } from '../domain/shared/errors.js';

/** YAML reads `0`, `true` or `1.5` as non-strings; in maps, constants and sentinels they mean their text. */
const ZText = z.union([z.string(), z.number(), z.boolean()]).transform((v) => String(v));
const ZColumnRef = z.union([
  z.string().min(1, 'a column name must not be empty'),
  z.number().int().min(1, 'a column number counts from 1'),
]);
const ZFormattedColumn = z.strictObject({ column: ZColumnRef, format: z.string().min(1) });

const sourceShape = {
  column: ZColumnRef.optional(),
  columns: z.array(ZColumnRef).min(1).optional(),
  constant: ZText.optional(),
  date: ZFormattedColumn.optional(),
  time: ZFormattedColumn.optional(),
  format: z.string().min(1).optional(),
  map: z.record(z.string(), ZText).optional(),
  empty: z.array(ZText).optional(),
};

/** `queue: type` is short for `queue: { column: type }`. */
const orColumn = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' || typeof v === 'number' ? { column: v } : v), schema);

export const ZColumnSource = z.strictObject(sourceShape);
export const ZColumnSpec = orColumn(
  z.strictObject({ ...sourceShape, fallback: orColumn(ZColumnSource).optional(), ifEmpty: z.enum(['reject', 'skip']).optional() }),
);

const field = ZColumnSpec.optional();
export const ZMappingFields = z.strictObject({
  sourceId: field,
  channel: field,
  direction: field,
  queue: field,
  enteredAt: field,
  answeredAt: field,
  endedAt: field,
  outcome: field,
  waitSeconds: field,
  talkSeconds: field,
  holdSeconds: field,
  wrapSeconds: field,
  agent: field,
  transferred: field,
  disposition: field,
  customerId: field,
});

const ZOutcomeRule = z.enum([...outcomes, 'skip']);

export const ZMappingProfile = z
  .strictObject({
    name: z.string().trim().min(1, 'must not be empty').max(100),
    description: z.string().optional(),
    source: z.string().trim().min(1).max(100).optional(),
    encoding: z.enum(encodings).optional(),
    delimiter: z.enum(delimiters).optional(),
    header: z.boolean().optional(),
    timeZone: z.string().optional(),
    decimal: z.enum(decimalSeparators).optional(),
    thousands: z.enum(thousandsSeparators).optional(),
    empty: z.array(ZText).optional(),
    fields: ZMappingFields,
    outcomes: z.strictObject({ map: z.record(z.string(), ZOutcomeRule).optional(), default: ZOutcomeRule.optional() }).optional(),
  })
  .superRefine((profile, ctx) => {
    // The checks that need no file (formats, sources, zone) live in the domain, shared with the importer.
    for (const issue of profileIssues(profile)) {
      ctx.addIssue({ code: 'custom', path: issue.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message: issue.message });
    }
  }) satisfies z.ZodType<MappingProfile, unknown>;

export type TMappingProfile = z.output<typeof ZMappingProfile>;

/**
 * Validates a parsed YAML or JSON value as a mapping profile, or throws CCQ_ERR_VALIDATION with one
 * issue per problem. An unknown key is reported at its own path (`fields.agent.colum`), so a typo is
 * named, not just its parent.
 */
export const parseMappingProfileObject = (input: unknown, label = 'the mapping profile'): MappingProfile => {
  const parsed = ZMappingProfile.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.flatMap((i) => {
    const at = i.path.map(String);
    if (i.code === 'unrecognized_keys') return i.keys.map((k) => ({ path: [...at, k].join('.'), message: `unknown key "${k}"` }));
    return [{ path: at.join('.') || '(root)', message: i.message }];
  });
  throw new AppError('CCQ_ERR_VALIDATION', `${label} is not valid`, issues);
};
