// src/adapters/cli/io.ts — terminal input and output for the CLI: tables, JSON, hidden password prompt

import type { Readable, Writable } from 'node:stream';
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

/** Asks for a secret on a terminal without echoing it. */
export const promptHidden = (io: CliIo, question: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const stdin = io.stdin as NodeJS.ReadStream;
    io.stderr.write(question);
    let value = '';
    const onData = (buf: Buffer) => {
      for (const ch of buf.toString('utf8')) {
        if (ch === '\r' || ch === '\n') {
          cleanup();
          io.stderr.write('\n');
          resolve(value);
          return;
        }
        if (ch === '\u0003') {
          cleanup();
          reject(new AppError('CCQ_ERR_BAD_REQUEST', 'Cancelled'));
          return;
        }
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    const cleanup = () => {
      stdin.off('data', onData);
      if (stdin.setRawMode) stdin.setRawMode(false);
      stdin.pause();
    };
    if (stdin.setRawMode) stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });

/** A password from a hidden prompt (asked twice) on a terminal, or from stdin when piped; never from argv. */
export const readNewPassword = async (io: CliIo): Promise<string> => {
  if (!io.stdin.isTTY) return readAllStdin(io.stdin);
  const first = await promptHidden(io, 'Password (at least 12 characters): ');
  const second = await promptHidden(io, 'Repeat the password: ');
  if (first !== second) throw new AppError('CCQ_ERR_VALIDATION', 'The two passwords differ');
  return first;
};
