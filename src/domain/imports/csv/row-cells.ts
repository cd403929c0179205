// src/domain/imports/csv/row-cells.ts — where a canonical field's value sits in a row, read in place

import type { RowView } from './csv-tokenizer.js';
import type { PairReader, ValueReader } from './typed-readers.js';

/** One column (or a constant) with its sentinels and value map. `index` is -1 for a constant; `name` is for reasons. */
export type Cell = {
  index: number;
  name: string;
  constant: string;
  plain: boolean;
  empties: Set<string>;
  map: Map<string, string> | null;
  other: string | undefined;
};

/**
 * How one canonical field is read, as data: every field goes through the same few functions, so
 * their call sites stay monomorphic when millions of rows pass (a closure per field was 2× slower).
 */
export type Plan = {
  name: string;
  cells: Cell[];
  reader: ValueReader | null;
  pair: PairReader | null;
  /** For a time of day on entry's date that lies > 12 h before entry: read it as the next day. */
  rollover: boolean;
  fallback: Plan | null;
  /** The column when the plan is one plain column without fallback (read straight from the row), else -1. */
  col: number;
  /** How `reader` reads, so the common formats are called directly: see `readerKind`. */
  kind: number;
};

/** `Plan.kind`: an ISO 8601 timestamp, a plain number of seconds, or any other reader. */
export const readerKind = { other: 0, iso: 1, seconds: 2 } as const;

/** Sets `plan.col` once the plan (and its fallback) is complete. */
export const settlePlan = (plan: Plan): void => {
  const only = plan.cells.length === 1 ? (plan.cells[0] as Cell) : null;
  plan.col = only !== null && only.index >= 0 && only.plain && plan.pair === null && plan.fallback === null ? only.index : -1;
};

/** The value located last: `src.slice(a, b)`, without surrounding whitespace. */
export type Cursor = { src: string; a: number; b: number };
export const newCursor = (): Cursor => ({ src: '', a: 0, b: 0 });

/**
 * Points the cursor at a cell's value in the row and says whether there is one. A plain cell is
 * read in place; a cell with sentinels or a value map becomes a string to compare and rewrite.
 */
export const locate = (cur: Cursor, cell: Cell, row: RowView): boolean => {
  if (cell.index < 0) {
    cur.src = cell.constant;
    cur.a = 0;
    cur.b = cell.constant.length;
    return cur.b > 0;
  }
  const src = row.src;
  let a = row.starts[cell.index] as number;
  let b = row.ends[cell.index] as number;
  while (a < b && src.charCodeAt(a) <= 32) a++;
  while (b > a && src.charCodeAt(b - 1) <= 32) b--;
  if (cell.plain) {
    cur.src = src;
    cur.a = a;
    cur.b = b;
    return b > a;
  }
  let v = src.slice(a, b);
  if (cell.empties.has(v)) v = '';
  else if (cell.map !== null && v !== '') v = cell.map.get(v) ?? cell.other ?? v;
  cur.src = v;
  cur.a = 0;
  cur.b = v.length;
  return v.length > 0;
};

export const cellText = (cur: Cursor, cell: Cell, row: RowView): string => (locate(cur, cell, row) ? cur.src.slice(cur.a, cur.b) : '');

/**
 * Points the cursor at a plan's value and says whether there is one: in place for a plan of one
 * plain column, else at the text `planText` makes.
 */
export const locatePlan = (cur: Cursor, plan: Plan, row: RowView): boolean => {
  const col = plan.col;
  if (col >= 0) {
    const src = row.src;
    let a = row.starts[col] as number;
    let b = row.ends[col] as number;
    while (a < b && src.charCodeAt(a) <= 32) a++;
    while (b > a && src.charCodeAt(b - 1) <= 32) b--;
    cur.src = src;
    cur.a = a;
    cur.b = b;
    return b > a;
  }
  const v = planText(cur, plan, row);
  cur.src = v;
  cur.a = 0;
  cur.b = v.length;
  return v.length > 0;
};

/** The text of a plan ('' = no value), falling back when empty; several cells (a composite sourceId) join with ':'. */
export const planText = (cur: Cursor, plan: Plan, row: RowView): string => {
  const cells = plan.cells;
  let v = cellText(cur, cells[0] as Cell, row);
  if (cells.length > 1) {
    let any = v !== '';
    for (let i = 1; i < cells.length; i++) {
      const next = cellText(cur, cells[i] as Cell, row);
      any ||= next !== '';
      v = `${v}:${next}`;
    }
    if (!any) v = '';
  }
  if (v === '' && plan.fallback !== null) return planText(cur, plan.fallback, row);
  return v;
};
