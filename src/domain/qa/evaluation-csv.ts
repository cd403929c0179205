// src/domain/qa/evaluation-csv.ts — evaluations from a CSV file: a simple mapping of columns to fields, criteria by their ids

import { createCsvTokenizer, fieldText } from '../imports/csv/csv-tokenizer.js';
import { detectDelimiter } from '../imports/csv/delimiter-detection.js';
import type { Answers } from './scoring.js';
import type { ScorecardContent } from './scorecard.js';
import { allCriteria } from './scorecard.js';

/** The fields of an evaluation row; each is read from the column the mapping names (default: the field's own name). */
export const evaluationCsvFields = ['contact', 'contact_at', 'agent', 'queue', 'agent_email', 'coaching_notes'] as const;
export type EvaluationCsvField = (typeof evaluationCsvFields)[number];
export type EvaluationCsvMapping = Partial<Record<EvaluationCsvField, string>>;

export type EvaluationCsvRow = {
  line: number;
  contact: string;
  contactAt: string;
  agent: string;
  queue: string | null;
  agentEmail: string | null;
  coachingNotes: string | null;
  answers: Answers;
};
export type EvaluationCsvReject = { line: number; message: string };

/** N/A may be written as `na`, `n/a`, `-` or left empty. */
const naWords = new Set(['', 'na', 'n/a', '-']);

/**
 * Reads the rows: the required columns (contact, contact time, agent) and one column per criterion
 * (named by its id; points or N/A). A row with a problem is rejected with its line; the others are
 * read. Scoring and the checks against the scorecard's ranges happen when each row is stored.
 */
export const readEvaluationCsv = (
  text: string,
  card: ScorecardContent,
  mapping: EvaluationCsvMapping = {},
): { rows: EvaluationCsvRow[]; rejects: EvaluationCsvReject[]; problems: string[] } => {
  const rows: EvaluationCsvRow[] = [];
  const rejects: EvaluationCsvReject[] = [];
  const problems: string[] = [];
  let header: string[] | null = null;
  const col = (f: EvaluationCsvField): string => mapping[f] ?? f;
  const t = createCsvTokenizer(
    detectDelimiter(text.slice(0, 4096)),
    (row, line) => {
      const cells = Array.from({ length: row.count }, (_, i) => fieldText(row, i).trim());
      if (header === null) {
        header = cells.map((c) => c.replace(/^\uFEFF/, ''));
        for (const f of ['contact', 'contact_at', 'agent'] as const)
          if (!header.includes(col(f))) problems.push(`missing column "${col(f)}" (${f})`);
        for (const c of allCriteria(card)) if (!header.includes(c.id)) problems.push(`missing column "${c.id}" (a criterion)`);
        return;
      }
      const h = header;
      const get = (name: string): string => cells[h.indexOf(name)] ?? '';
      const opt = (f: EvaluationCsvField): string | null => (h.includes(col(f)) ? get(col(f)) || null : null);
      const answers: Answers = {};
      let bad: string | null = null;
      for (const c of allCriteria(card)) {
        const v = get(c.id).toLowerCase();
        if (naWords.has(v)) answers[c.id] = null;
        else if (/^\d+$/.test(v)) answers[c.id] = Number(v);
        else bad ??= `${c.id}: "${v}" is not points or N/A`;
      }
      const contact = get(col('contact'));
      const contactAt = get(col('contact_at'));
      const agent = get(col('agent'));
      if (!contact || !agent) bad ??= 'contact and agent are required';
      if (Number.isNaN(Date.parse(contactAt))) bad ??= `contact time "${contactAt}" is not an ISO date-time`;
      if (bad) rejects.push({ line, message: bad });
      else
        rows.push({
          line,
          contact,
          contactAt,
          agent,
          queue: opt('queue'),
          agentEmail: opt('agent_email'),
          coachingNotes: opt('coaching_notes'),
          answers,
        });
    },
    (line) => problems.push(`line ${line}: a quote is never closed`),
  );
  t.feed(text);
  t.finish();
  if (header === null) problems.push('the file is empty');
  return { rows: problems.length ? [] : rows, rejects, problems };
};
