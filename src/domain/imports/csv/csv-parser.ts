// src/domain/imports/csv/csv-parser.ts — the streaming CSV importer: bytes → text → records → contacts through a mapping profile

import { AppError } from '../../shared/errors.js';
import { isValidTimeZone } from '../../shared/time-zone.js';
import { type ImportSink, type Parser, type ParserOptions, type ParserStats, emptyParserStats } from '../importer.js';
import { type CsvTokenizer, type RowView, createCsvTokenizer, fieldText } from './csv-tokenizer.js';
import { detectDelimiter } from './delimiter-detection.js';
import type { MappingProfile } from './mapping-profile.js';
import { profileIssues } from './profile-check.js';
import { type CompiledProfile, compileProfile } from './row-mapper.js';
import { createTextStream } from './text-decoding.js';

export type CsvParserOptions = ParserOptions & {
  /** The centre's zone: local times are read in it when the profile names no zone of its own. */
  timeZone: string;
  /** Names the file in errors and warnings. */
  fileLabel?: string;
};

/** Text looked at before choosing the delimiter: this many line breaks, or this many characters. */
const sniffLines = 20;
const sniffChars = 64 * 1024;

const countLineBreaks = (text: string, max: number): number => {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && n < max; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/**
 * A CSV parser for one mapping profile. Profile errors (a bad format, a wrong zone) throw an
 * AppError (CCQ_ERR_VALIDATION, issues by profile path) here; a column the header lacks throws from
 * the `push` that delivers the header, before any row. Row problems go to `sink.reject` with the
 * physical line the row starts on (the header is line 1) and the row's text.
 */
export const createCsvParser = (profile: MappingProfile, options: CsvParserOptions, sink: ImportSink): Parser => {
  const where = options.fileLabel === undefined ? '' : `${options.fileLabel}: `;
  const issues = profileIssues(profile);
  const zone = profile.timeZone ?? options.timeZone;
  if (profile.timeZone === undefined && !isValidTimeZone(zone)) {
    issues.push({ path: 'timeZone', message: `the centre's zone "${zone}" is not a known IANA time zone` });
  }
  if (issues.length > 0) throw new AppError('CCQ_ERR_VALIDATION', `${where}mapping profile "${profile.name}" is not valid`, issues);

  const stats: ParserStats = emptyParserStats();
  const hasHeader = profile.header ?? true;
  const compile = (header: string[] | null): CompiledProfile => {
    try {
      return compileProfile(profile, header, { timeZone: zone, pseudonymise: options.pseudonymise });
    } catch (e) {
      if (e instanceof AppError && where !== '') throw new AppError(e.code, `${where}${e.message}`, e.issues);
      throw e;
    }
  };
  let compiled: CompiledProfile | null = hasHeader ? null : compile(null);
  let tokenizer: CsvTokenizer | null = null;
  let head = '';

  const text = createTextStream(profile.encoding ?? 'auto', () => {
    stats.warnings++;
    sink.warn({
      line: tokenizer?.linesRead() ?? 0,
      code: 'encoding_switched',
      message: `${where}the input stopped being valid UTF-8 after line ${tokenizer?.linesRead() ?? 0}; the rest is read as Windows-1252`,
    });
  });

  const onRecord = (row: RowView, line: number): void => {
    if (compiled === null) {
      compiled = compile(Array.from({ length: row.count }, (_, i) => fieldText(row, i).trim()));
      return;
    }
    stats.rowsRead++;
    const result = compiled.mapRow(row);
    if (result === null) stats.skipped++;
    else if (typeof result === 'string') {
      stats.rejected++;
      sink.reject({ line, reason: result, raw: (tokenizer as CsvTokenizer).raw() });
    } else sink.contact(result);
  };

  const onUnclosedQuote = (line: number): void => {
    if (compiled === null) throw new AppError('CCQ_ERR_VALIDATION', `${where}the header row has a quote that is never closed`);
    stats.rowsRead++;
    stats.rejected++;
    sink.reject({ line, reason: 'a quoted field is not closed before the end of the input', raw: (tokenizer as CsvTokenizer).raw() });
  };

  const start = (): CsvTokenizer => {
    const delimiter = profile.delimiter === undefined || profile.delimiter === 'auto' ? detectDelimiter(head) : profile.delimiter;
    const t = createCsvTokenizer(delimiter, onRecord, onUnclosedQuote);
    tokenizer = t;
    const first = head;
    head = '';
    t.feed(first);
    return t;
  };

  const feed = (piece: string): void => {
    if (tokenizer !== null) {
      tokenizer.feed(piece);
      return;
    }
    head += piece;
    if (head.length >= sniffChars || countLineBreaks(head, sniffLines) >= sniffLines) start();
  };

  return {
    push: (chunk) => feed(text.push(chunk)),
    end: () => {
      feed(text.end());
      (tokenizer ?? start()).finish();
    },
    stats: () => ({ ...stats, linesRead: tokenizer?.linesRead() ?? 0 }),
  };
};
