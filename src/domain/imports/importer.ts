// src/domain/imports/importer.ts — the push-parser shape every import format implements (queue_log, CSV, JSON lines)

import type { AgentStateInterval, ContactRecord } from '../contacts/contact.js';

/** A line or row the importer could not use: where it was, why, and the text as read. */
export type RowReject = { line: number; reason: string; raw: string };

/** Something the importer repaired or assumed rather than rejected (a call a restart left open). */
export type ImportWarning = { line: number; code: string; message: string };

/** Where a parser delivers what it found, in input order. Calls are synchronous for speed. */
export type ImportSink = {
  contact: (c: ContactRecord) => void;
  agentState: (s: AgentStateInterval) => void;
  reject: (r: RowReject) => void;
  warn: (w: ImportWarning) => void;
};

/** Counters a parser keeps; `rowsRead` excludes blank lines and headers, `skipped` counts rows a mapping said to skip. */
export type ParserStats = { linesRead: number; rowsRead: number; rejected: number; skipped: number; warnings: number };

/**
 * A streaming parser: bytes go in by `push` in chunks of any size (a chunk may end mid-line or
 * mid-character), `end` flushes what is left and closes what is still open. Memory stays bounded by
 * the longest line plus the parser's own open state (open calls for queue_log).
 */
export type Parser = {
  push: (chunk: Uint8Array) => void;
  end: () => void;
  stats: () => ParserStats;
};

/** What every parser needs from outside: a keyed hash for customer identifiers (never stored raw). */
export type ParserOptions = {
  /** Null when the identifier names no one (empty, anonymous). */
  pseudonymise: (raw: string) => string | null;
};

export const emptyParserStats = (): ParserStats => ({ linesRead: 0, rowsRead: 0, rejected: 0, skipped: 0, warnings: 0 });
