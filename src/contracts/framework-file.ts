// src/contracts/framework-file.ts — zod schema of a framework data file (YAML or JSON); the published JSON Schema is generated from it

import { z } from 'zod';
import { type FrameworkFile, type FrameworkFileNode, frameworkFileIssues, frameworkFormat } from '../domain/conformity/framework-file.js';
import { frameworkSides, tagGroups } from '../domain/conformity/framework.js';
import { crosswalkFormat, crosswalkRelations } from '../domain/conformity/crosswalk.js';

/** Swedish and/or English; a plain string is taken as both. */
export const ZLocalText = z.union([
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .transform((s) => ({ sv: s, en: s })),
  z
    .strictObject({ sv: z.string().trim().min(1).optional(), en: z.string().trim().min(1).optional() })
    .refine((t) => t.sv !== undefined || t.en !== undefined, 'give the text in Swedish (sv), English (en) or both'),
]);

/** YAML reads `4` and `4.1` as numbers; a ref is always text. */
const ZRef = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .pipe(
    z
      .string()
      .min(1, 'a ref must not be empty')
      .max(40)
      .regex(/^[^\s:]+$/, 'a ref has no spaces or colons (e.g. 4.2, B.1, POL-3)'),
  )
  .describe('The clause number as the standard prints it: 4.1, 9, A, B.2');

const ZId = z.string().regex(/^[a-z0-9_-]+$/, 'use lower-case letters, digits, - and _');

const ZNode: z.ZodType<FrameworkFileNode, unknown> = z.lazy(() =>
  z.strictObject({
    ref: ZRef,
    urn: z.string().regex(/^urn:/, 'a URN starts with urn:').optional(),
    title: ZLocalText,
    summary: ZLocalText.optional().describe('For headings: what the clause is about, in our own words'),
    statement: ZLocalText.optional().describe('For requirements: what must be shown, paraphrased'),
    guidance: ZLocalText.optional(),
    evidence: z.array(ZLocalText).optional().describe('Typical evidence an auditor asks for'),
    questions: z.array(ZLocalText).optional().describe('Questions to ask'),
    tags: z.array(ZId).optional().describe('Applicability tags; the node applies to scopes that have any of them'),
    kpis: z.array(z.string()).optional().describe('Ids of KPIs in the KPI dictionary that evidence this requirement'),
    informative: z.boolean().optional().describe('Guidance only: may be answered but never counts towards readiness'),
    children: z.array(ZNode).optional(),
  }),
);

export const ZFrameworkFile = z
  .strictObject({
    format: z.literal(frameworkFormat, { error: `this loader reads format ${frameworkFormat}` }),
    urn: z.string().regex(/^urn:[a-z0-9-]+:/i, 'a URN looks like urn:ccq:iso-18295-1:2017'),
    edition: z.string().min(3).max(80),
    revision: z.number().int().min(1),
    name: ZLocalText,
    description: ZLocalText.optional(),
    publisher: z.string().trim().min(1).max(100),
    side: z.enum(frameworkSides),
    paraphrase: z.boolean().optional(),
    notice: ZLocalText.optional(),
    scale: z.array(z.strictObject({ score: z.number(), label: ZLocalText, description: ZLocalText.optional() })).optional(),
    tags: z.array(z.strictObject({ id: ZId, group: z.enum(tagGroups), label: ZLocalText })).optional(),
    requirements: z.array(ZNode).min(1, 'a framework has at least one requirement'),
  })
  .superRefine((file, ctx) => {
    for (const issue of frameworkFileIssues(file as FrameworkFile)) {
      ctx.addIssue({ code: 'custom', path: issue.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message: issue.message });
    }
  });

/** The problems of a parsed file, each at its path (`requirements.3.children.0.kpis.1`); empty when valid. */
export const frameworkFileProblems = (
  input: unknown,
): { file: FrameworkFile | null; issues: { path: (string | number)[]; message: string }[] } => {
  const parsed = ZFrameworkFile.safeParse(input);
  if (parsed.success) return { file: parsed.data as FrameworkFile, issues: [] };
  const issues = parsed.error.issues.flatMap((i) => {
    const at = i.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (i.code === 'unrecognized_keys') return i.keys.map((k) => ({ path: [...at, k], message: `unknown key "${k}"` }));
    return [{ path: at, message: i.message }];
  });
  return { file: null, issues };
};

/** The published JSON Schema of the format (frameworks/schema/framework.schema.json is this, written out). */
export const frameworkJsonSchema = (): unknown =>
  z.toJSONSchema(ZFrameworkFile, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });

export const ZCrosswalkFile = z.strictObject({
  format: z.literal(crosswalkFormat, { error: `this loader reads format ${crosswalkFormat}` }),
  urn: z.string().regex(/^urn:/, 'a URN starts with urn:'),
  source: z.string().min(3).describe('Edition of the source framework, e.g. iso-18295-1:2017'),
  target: z.string().min(3),
  description: ZLocalText.optional(),
  rules: z
    .array(
      z.strictObject({
        source: ZRef,
        target: z.array(ZRef).min(1),
        relation: z.enum(crosswalkRelations),
        note: ZLocalText.optional(),
      }),
    )
    .min(1),
});
