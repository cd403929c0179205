// src/domain/surveys/csv-answers.ts — survey answers from a CSV file with a column mapping (header names → answer time, contact, questions)

import { createCsvTokenizer, fieldText } from '../imports/csv/csv-tokenizer.js';
import { detectDelimiter } from '../imports/csv/delimiter-detection.js';
import { parseLocalDateTime } from '../shared/local-time.js';

/**
 * Which column holds what, by header name: the answer time (a local date or date-time in the
 * centre's zone, or ISO 8601 with an offset), the contact's source id (optional), and one column per
 * question id. Kept deliberately simpler than the contact-data mapping profiles: no value formats.
 */
export type AnswerMapping = { answeredAt: string; contact?: string | undefined; answers: Record<string, string> };

export type CsvAnswerRow = { line: number; answeredAt: number; contactSourceId: string | null; answers: Record<string, string> };
export type CsvAnswerReject = { line: number; message: string };

const isoWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const readTime = (zone: string, text: string): number | null => {
  const t = text.trim();
  if (isoWithOffset.test(t)) {
    const ms = Date.parse(t);
    return Number.isNaN(ms) ? null : ms;
  }
  return parseLocalDateTime(zone, t);
};

/** Reads the whole text: the first record is the header; a mapped column missing from it is a file-level problem. */
export const parseAnswerCsv = (
  text: string,
  mapping: AnswerMapping,
  zone: string,
): { rows: CsvAnswerRow[]; rejects: CsvAnswerReject[]; missingColumns: string[] } => {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: { line: number; cells: string[] }[] = [];
  const tok = createCsvTokenizer(
    detectDelimiter(src.slice(0, 4096)),
    (row, line) => {
      const cells: string[] = [];
      for (let i = 0; i < row.count; i++) cells.push(fieldText(row, i));
      records.push({ line, cells });
    },
    () => {},
  );
  tok.feed(src);
  tok.finish();
  const header = (records.shift()?.cells ?? []).map((h) => h.trim());
  const wanted = [mapping.answeredAt, ...(mapping.contact ? [mapping.contact] : []), ...Object.values(mapping.answers)];
  const missingColumns = wanted.filter((c) => !header.includes(c));
  if (missingColumns.length) return { rows: [], rejects: [], missingColumns };
  const col = (name: string): number => header.indexOf(name);
  const rows: CsvAnswerRow[] = [];
  const rejects: CsvAnswerReject[] = [];
  for (const r of records) {
    const at = readTime(zone, r.cells[col(mapping.answeredAt)] ?? '');
    if (at === null) {
      rejects.push({ line: r.line, message: `${mapping.answeredAt}: not a date or time` });
      continue;
    }
    const contact = mapping.contact ? (r.cells[col(mapping.contact)] ?? '').trim() : '';
    const answers: Record<string, string> = {};
    for (const [q, c] of Object.entries(mapping.answers)) answers[q] = r.cells[col(c)] ?? '';
    rows.push({ line: r.line, answeredAt: at, contactSourceId: contact || null, answers });
  }
  return { rows, rejects, missingColumns };
};
