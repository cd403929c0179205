// src/domain/conformity/validation-report.ts — a problem found in a framework or mapping file, named by file position

/** `path` is the key path inside the document (`requirements.2.children.0.kpis.1`); line and column count from 1. */
export type FrameworkProblem = { file: string; line: number; column: number; path: string; message: string };

/** One line per problem, as a compiler would print it: `file:line:column  path  message`. */
export const formatProblem = (p: FrameworkProblem): string => `${p.file}:${p.line}:${p.column}  ${p.path ? `${p.path}: ` : ''}${p.message}`;
