// src/adapters/reports/spreadsheet.ts — what every CSV and XLSX export shares: the cell type, formula defusing, a frozen bold header

import type ExcelJS from 'exceljs';

export type Cell = string | number | boolean | null;

/**
 * A cell that starts with = + - @ (or a tab or carriage return) would run as a formula when the file
 * is opened in a spreadsheet; such text gets a leading apostrophe, as OWASP advises. Numbers stay numbers.
 */
export const defuse = (s: string): string => (/^[=+\-@\t\r]/.test(s) && !/^[+-]?\d+([.,]\d+)?$/.test(s) ? `'${s}` : s);

/** Bold first row, frozen, with a filter over the table. */
export const boldHeader = (sheet: ExcelJS.Worksheet, columnCount: number, rowCount: number): void => {
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(rowCount, 1), column: columnCount } };
};

/** One CSV field (RFC 4180): text defused, quoted when it holds a separator, a quote, a line end or edge spaces. */
export const csvField = (c: Cell): string => {
  const s = c === null ? '' : typeof c === 'string' ? defuse(c) : String(c);
  return /[",;\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
