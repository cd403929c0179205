// src/adapters/cli/io.ts — terminal input and output for the CLI: tables, JSON, hidden password prompt

import type { Readable, Writable } from 'node:stream';
import { kpiById } from '../../domain/kpi/dictionary.js';
import { AppError } from '../../domain/shared/errors.js';

export type CliIo = { stdout: Writable; stderr: Writable; stdin: Readable & { isTTY?: boolean } };

/** Prints rows as an aligned text table with a header, or "(none)". */
export const printTable = (out: Writable, rows: Record<string, unknown>[], columns: string[]): void => {
  if (!rows.length) {
    out.write('(none)\n');
    return;
  }
  const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (vals: string[]) =>
    `${vals
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()}\n`;
  out.write(line(columns.map((c) => c.toUpperCase())));
  for (const r of rows) out.write(line(columns.map((c) => cell(r[c]))));
};

/** A flag's value among the allowed ones, or a validation error naming the flag and the choices. */
export const oneOf = <T extends string>(value: string, allowed: readonly T[], flag: string): T => {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new AppError('CCQ_ERR_VALIDATION', `${flag} must be one of ${allowed.join(', ')} (got "${value}")`, [
    { path: flag, message: 'not allowed' },
  ]);
};

/** A KPI value for a terminal table, in its unit (share as %, seconds as s). */
export const kpiValueText = (id: string, v: number | null): string => {
  if (v === null) return '–';
  const unit = kpiById.get(id)?.unit;
  if (unit === 'share') return `${(v * 100).toFixed(1)} %`;
  if (unit === 'seconds') return `${v.toFixed(1)} s`;
  return String(v);
};

export const printJson = (out: Writable, value: unknown): void => {
  out.write(`${JSON.stringify(value, null, 2)}\n`);
};

/** Reads all of stdin (for `--password-stdin` style input) and drops one trailing newline. */
export const readAllStdin = async (stdin: Readable): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const c of stdin) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(String(c)));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
};

/**
 * Asks the questions in turn on a terminal in raw mode, echoing nothing, and returns one answer per
 * question. Keystrokes that arrive together (a paste of both answers) are split at each Enter, so no
 * answer is lost between prompts. Backspace edits, Ctrl-C cancels.
 */
export const promptHidden = (io: CliIo, questions: string[]): Promise<string[]> =>
  new Promise((resolve, reject) => {
    const stdin = io.stdin as NodeJS.ReadStream;
    const answers: string[] = [];
    let value = '';
    const cleanup = () => {
      stdin.off('data', onData);
      if (stdin.setRawMode) stdin.setRawMode(false);
      stdin.pause();
    };
    const onData = (buf: Buffer | string) => {
      for (const ch of buf.toString()) {
        if (ch === '\u0003') {
          cleanup();
          io.stderr.write('\n');
          reject(new AppError('CCQ_ERR_BAD_REQUEST', 'Cancelled'));
          return;
        }
        if (ch === '\r' || ch === '\n') {
          io.stderr.write('\n');
          answers.push(value);
          value = '';
          if (answers.length === questions.length) {
            cleanup();
            resolve(answers);
            return;
          }
          io.stderr.write(questions[answers.length] ?? '');
        } else if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    io.stderr.write(questions[0] ?? '');
    if (stdin.setRawMode) stdin.setRawMode(true);
    stdin.on('data', onData);
    stdin.resume();
  });

/** A password from a hidden prompt (asked twice) on a terminal, or from stdin when piped; never from argv. */
export const readNewPassword = async (io: CliIo): Promise<string> => {
  if (!io.stdin.isTTY) return readAllStdin(io.stdin);
  const [first, second] = await promptHidden(io, ['Password (at least 12 characters): ', 'Repeat the password: ']);
  if (first !== second) throw new AppError('CCQ_ERR_VALIDATION', 'The two passwords differ');
  return first ?? '';
};
