// src/adapters/reports/requirement-table.ts — the requirement table of an assessment as CSV (UTF-8 with BOM) and as an XLSX workbook

import ExcelJS from 'exceljs';
import type { ReadinessPack, RequirementRow } from '../../app/readiness-pack.js';
import { textIn } from '../../domain/conformity/framework.js';
import type { ReadinessCounts } from '../../domain/conformity/readiness.js';
import type { Locale } from '../../domain/organisations/model.js';
import { type ReportText, reportText } from './report-text.js';
import { type Cell, boldHeader, csvField } from './spreadsheet.js';

/** The columns in order, with the XLSX width (characters) of each. */
const columns = [
  ['ref', 10],
  ['clause', 8],
  ['title', 40],
  ['informative', 11],
  ['applicable', 11],
  ['status', 12],
  ['result', 22],
  ['score', 10],
  ['justification', 40],
  ['comment', 40],
  ['assignee', 28],
  ['dueOn', 12],
  ['evidenceTitles', 40],
  ['evidenceSha256', 68],
  ['findings', 34],
] as const satisfies readonly (readonly [keyof ReportText['columns'], number])[];

/**
 * Enumerations (status, result, finding grade and status) stay as the API's codes in both languages:
 * the export is for filtering, pivoting and scripts, and a code reads the same in every file. Lists
 * within a cell (evidence, hashes, findings) are one per line.
 */
const cellsOf = (r: RequirementRow, locale: Locale): Cell[] => {
  const a = r.answer;
  return [
    r.ref,
    r.clause,
    textIn(r.node.title, locale),
    r.node.informative,
    a?.result !== 'not_applicable',
    a?.status ?? 'todo',
    a?.result ?? '',
    a?.score ?? null,
    a?.justification ?? '',
    a?.comment ?? '',
    a?.assigneeUserId ?? '',
    a?.dueOn ?? '',
    r.evidence.map((x) => x.title).join('\n'),
    r.evidence
      .map((x) => x.sha256)
      .filter((h): h is string => h !== null)
      .join('\n'),
    r.findings.map((f) => `F-${f.seq} ${f.grade} (${f.status})`).join('\n'),
  ];
};

/** The header and one row per assessable requirement, in the framework's order (informative ones included and marked). */
export const requirementTable = (pack: ReadinessPack, locale: Locale): { header: string[]; rows: Cell[][] } => ({
  header: columns.map(([key]) => reportText[locale].columns[key]),
  rows: pack.rows.map((r) => cellsOf(r, locale)),
});

/** RFC 4180: comma-separated, CRLF line ends, fields quoted when needed; the BOM lets Excel read UTF-8 (å, ä, ö) right. */
export const requirementTableCsv = (pack: ReadinessPack, locale: Locale): string => {
  const { header, rows } = requirementTable(pack, locale);
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
};

const readinessCells = (c: ReadinessCounts): Cell[] => [
  c.applicable,
  c.conformant,
  c.partiallyConformant,
  c.nonconformant,
  c.open,
  c.notApplicable,
  c.readiness,
];

const addRequirementsSheet = (wb: ExcelJS.Workbook, pack: ReadinessPack, locale: Locale): void => {
  // Sheet names stay English in both languages so that scripts reading the workbook find them.
  const sheet = wb.addWorksheet('Requirements');
  const { header, rows } = requirementTable(pack, locale);
  sheet.columns = columns.map(([key, width], i) => ({ key, header: header[i], width }));
  for (const r of rows) sheet.addRow(r);
  sheet.getColumn('evidenceSha256').font = { name: 'Consolas' };
  for (const key of ['title', 'justification', 'comment', 'evidenceTitles', 'evidenceSha256', 'findings'])
    sheet.getColumn(key).alignment = { wrapText: true, vertical: 'top' };
  boldHeader(sheet, columns.length, rows.length + 1);
};

const addReadinessSheet = (wb: ExcelJS.Workbook, pack: ReadinessPack, locale: Locale): void => {
  const t = reportText[locale];
  const sheet = wb.addWorksheet('Readiness');
  const header = [t.clause, t.title, t.applicable, t.results.conformant, t.results.partially_conformant, t.results.nonconformant];
  sheet.addRow([...header, t.open, t.notApplicable, t.readiness]);
  const titleOf = new Map(pack.framework.nodes.map((n) => [n.ref, textIn(n.title, locale)]));
  for (const c of pack.readiness.byClause) sheet.addRow([c.ref, titleOf.get(c.ref) ?? '', ...readinessCells(c)]);
  const total = sheet.addRow(['', t.total, ...readinessCells(pack.readiness.total)]);
  total.font = { bold: true };
  sheet.getColumn(9).numFmt = '0.0%';
  [10, 40, 12, 14, 14, 14, 12, 14, 12].forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  boldHeader(sheet, 9, sheet.rowCount);
};

/** The same table as the CSV on a "Requirements" sheet, and readiness by clause and in total on a "Readiness" sheet. */
export const requirementTableXlsx = async (pack: ReadinessPack, locale: Locale): Promise<Buffer> => {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ccq';
  wb.title = pack.assessment.title;
  wb.created = new Date(pack.generatedAt);
  wb.modified = wb.created;
  addRequirementsSheet(wb, pack, locale);
  addReadinessSheet(wb, pack, locale);
  return Buffer.from(await wb.xlsx.writeBuffer());
};
