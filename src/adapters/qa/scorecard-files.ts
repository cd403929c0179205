// src/adapters/qa/scorecard-files.ts — reads scorecard files (YAML or JSON) and reports every problem at its line and column

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Document, LineCounter, parseDocument } from 'yaml';
import { type TScorecardFile, ZScorecardFile } from '../../contracts/qa.js';
import { type ScorecardContent, scorecardIssues } from '../../domain/qa/scorecard.js';

/** The example scorecard shipped with ccq (and loaded by the demo data). */
export const shippedScorecardPath = fileURLToPath(new URL('../../../scorecards/customer-service.yaml', import.meta.url));

export type ScorecardProblem = { file: string; line: number; column: number; path: string; message: string };
export type ScorecardReading = { content: ScorecardContent | null; problems: ScorecardProblem[] };

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

const contentOf = (f: TScorecardFile): ScorecardContent => ({
  key: f.key,
  name: f.name,
  sections: f.sections.map((s) => ({
    id: s.id,
    title: s.title,
    criteria: s.criteria.map((c) => ({
      id: c.id,
      title: c.title,
      weight: c.weight,
      max: c.max,
      allowNa: c.na,
      critical: c.critical ?? null,
    })),
  })),
});

/** Parses and validates a scorecard: syntax errors, then every schema problem, then the consistency checks, each at its position. */
export const readScorecard = (text: string, fileName: string): ScorecardReading => {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0)
    return {
      content: null,
      problems: doc.errors.map((e) => {
        const { line, col } = lines.linePos(e.pos[0]);
        return { file: fileName, line, column: col, path: '', message: e.message.split('\n')[0] ?? e.message };
      }),
    };
  const at = (path: (string | number)[], message: string): ScorecardProblem => ({
    file: fileName,
    ...positionOf(doc, lines, path),
    path: path.join('.'),
    message,
  });
  const parsed = ZScorecardFile.safeParse(doc.toJS({ maxAliasCount: 100 }));
  if (!parsed.success)
    return {
      content: null,
      problems: parsed.error.issues
        .map((i) =>
          at(
            i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
            i.message,
          ),
        )
        .sort((a, b) => a.line - b.line || a.column - b.column),
    };
  const content = contentOf(parsed.data);
  const issues = scorecardIssues(content);
  if (issues.length === 0) return { content, problems: [] };
  return {
    content: null,
    problems: issues
      .map((i) =>
        at(
          i.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
          i.message,
        ),
      )
      .sort((a, b) => a.line - b.line || a.column - b.column),
  };
};

export const readScorecardFile = (path: string): ScorecardReading => readScorecard(readFileSync(path, 'utf8'), path);
