// src/adapters/frameworks/framework-files.ts — reads framework files (YAML or JSON) and reports every problem at its line and column

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Document, LineCounter, parseDocument } from 'yaml';
import { ZCrosswalkFile, frameworkFileProblems } from '../../contracts/framework-file.js';
import type { Crosswalk } from '../../domain/conformity/crosswalk.js';
import { frameworkFromFile } from '../../domain/conformity/framework-file.js';
import type { FrameworkReading as StampedReading } from '../../app/manage-frameworks.js';
import type { Framework } from '../../domain/conformity/framework.js';
import type { FrameworkProblem } from '../../domain/conformity/validation-report.js';

/** The frameworks shipped with ccq (ISO 18295-1 and -2, paraphrased), loaded on every start. */
export const frameworksDir = fileURLToPath(new URL('../../../frameworks/', import.meta.url));

export type FrameworkReading = { framework: Framework | null; problems: FrameworkProblem[] };

/** The deepest node of the document that the path reaches (a missing key is reported at its parent). */
const positionOf = (doc: Document, lines: LineCounter, path: (string | number)[]): { line: number; column: number } => {
  for (let n = path.length; n >= 0; n--) {
    const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)) as { range?: [number, number, number] } | null | undefined;
    if (node?.range) {
      const { line, col } = lines.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return { line: 1, column: 1 };
};

/**
 * Parses and validates framework text. JSON is read by the same YAML parser (JSON is YAML), so both
 * get positions. Syntax errors stop there; otherwise every schema and consistency problem is listed.
 */
export const readFramework = (text: string, fileName: string): FrameworkReading => {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      framework: null,
      problems: doc.errors.map((e) => {
        const { line, col } = lines.linePos(e.pos[0]);
        return { file: fileName, line, column: col, path: '', message: e.message.split('\n')[0] ?? e.message };
      }),
    };
  }
  const { file, issues } = frameworkFileProblems(doc.toJS({ maxAliasCount: 100 }));
  if (file) return { framework: frameworkFromFile(file), problems: [] };
  return {
    framework: null,
    problems: issues
      .map((i) => ({ file: fileName, ...positionOf(doc, lines, i.path), path: i.path.join('.'), message: i.message }))
      .sort((a, b) => a.line - b.line || a.column - b.column),
  };
};

export const readFrameworkFile = (path: string): FrameworkReading => readFramework(readFileSync(path, 'utf8'), path);

/** Reads a crosswalk file (links between two frameworks' requirements); problems at their line and column. */
export const readCrosswalk = (text: string, fileName: string): { crosswalk: Crosswalk | null; problems: FrameworkProblem[] } => {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0)
    return {
      crosswalk: null,
      problems: doc.errors.map((e) => ({
        file: fileName,
        ...toPos(lines, e.pos[0]),
        path: '',
        message: e.message.split('\n')[0] ?? e.message,
      })),
    };
  const parsed = ZCrosswalkFile.safeParse(doc.toJS());
  if (parsed.success) {
    const c = parsed.data;
    return {
      crosswalk: {
        urn: c.urn,
        source: c.source,
        target: c.target,
        description: c.description ?? null,
        rules: c.rules.map((r) => ({ source: r.source, target: r.target, relation: r.relation, note: r.note ?? null })),
      },
      problems: [],
    };
  }
  return {
    crosswalk: null,
    problems: parsed.error.issues.map((i) => {
      const path = i.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      return { file: fileName, ...positionOf(doc, lines, path), path: path.join('.'), message: i.message };
    }),
  };
};

const toPos = (lines: LineCounter, offset: number) => {
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
};

/** The crosswalks shipped in frameworks/crosswalks/, read once per process; a broken shipped file stops the start. */
let crosswalks: Crosswalk[] | null = null;
export const shippedCrosswalks = (): Crosswalk[] => {
  if (crosswalks) return crosswalks;
  const dir = join(frameworksDir, 'crosswalks');
  const files = (existsSync(dir) ? readdirSync(dir) : []).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
  crosswalks = files.map((f) => {
    const r = readCrosswalk(readFileSync(join(dir, f), 'utf8'), join(dir, f));
    if (!r.crosswalk)
      throw new Error(
        `Shipped crosswalk ${f} is not valid: ${r.problems.map((p) => `${p.line}:${p.column} ${p.path} ${p.message}`).join('; ')}`,
      );
    return r.crosswalk;
  });
  return crosswalks;
};

/** Every shipped framework file (not the schema or the mappings folder). */
export const shippedFrameworkFiles = (): string[] =>
  readdirSync(frameworksDir)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
    .map((f) => join(frameworksDir, f));

/** A file's reading with its SHA-256 and source label, as the framework use-cases take it. */
export const stampedReading = (bytes: Buffer, fileName: string, source: string): StampedReading => ({
  ...readFramework(bytes.toString('utf8').replace(/^\uFEFF/, ''), fileName),
  sha256: createHash('sha256').update(bytes).digest('hex'),
  source,
});

let shipped: StampedReading[] | null = null;

/** The shipped frameworks, read once per process. */
export const shippedFrameworkReadings = (): StampedReading[] => {
  shipped ??= shippedFrameworkFiles().map((p) => stampedReading(readFileSync(p), p, `shipped:${basename(p)}`));
  return shipped;
};
