// src/adapters/cli/io.test.ts — the hidden password prompt on a (simulated) terminal, and piped input

import assert from 'node:assert/strict';
import { PassThrough, Readable } from 'node:stream';
import { test } from 'node:test';
import { AppError } from '../../domain/shared/errors.js';
import { type CliIo, readNewPassword } from './io.js';

/** A terminal-like stdin: isTTY, and a setRawMode that records its calls. */
const fakeTerminal = () => {
  const stdin = new PassThrough() as PassThrough & { isTTY: boolean; setRawMode: (on: boolean) => void; rawCalls: boolean[] };
  stdin.isTTY = true;
  stdin.rawCalls = [];
  stdin.setRawMode = (on: boolean) => {
    stdin.rawCalls.push(on);
  };
  const stderr = new PassThrough();
  let shown = '';
  stderr.on('data', (d) => {
    shown += String(d);
  });
  const io: CliIo = { stdin, stdout: new PassThrough(), stderr };
  return { io, stdin, shown: () => shown };
};

test('a terminal gets two hidden prompts; nothing typed is echoed; raw mode is restored', async () => {
  const t = fakeTerminal();
  const pending = readNewPassword(t.io);
  t.stdin.write('correct-horse-1x\r');
  t.stdin.write('correct-horse-1x\r');
  assert.equal(await pending, 'correct-horse-1x');
  assert.match(t.shown(), /Password \(at least 12 characters\): \nRepeat the password: \n/);
  assert.ok(!t.shown().includes('correct-horse'), 'the password is never echoed');
  assert.deepEqual(t.stdin.rawCalls, [true, false]);
});

test('both answers pasted at once are split at Enter, and backspace edits', async () => {
  const t = fakeTerminal();
  const pending = readNewPassword(t.io);
  t.stdin.write('pasted-secret-9X\u007fx\rpasted-secret-9x\r');
  assert.equal(await pending, 'pasted-secret-9x');
});

test('different answers are refused with a validation error', async () => {
  const t = fakeTerminal();
  const pending = readNewPassword(t.io);
  t.stdin.write('first-password-1\rsecond-password-2\r');
  await assert.rejects(pending, (e: unknown) => e instanceof AppError && e.code === 'CCQ_ERR_VALIDATION');
});

test('Ctrl-C cancels the prompt', async () => {
  const t = fakeTerminal();
  const pending = readNewPassword(t.io);
  t.stdin.write('half-typed\u0003');
  await assert.rejects(pending, (e: unknown) => e instanceof AppError && e.message === 'Cancelled');
  assert.deepEqual(t.stdin.rawCalls, [true, false]);
});

test('piped input is read whole, without prompts, dropping one trailing newline', async () => {
  const stderr = new PassThrough();
  let shown = '';
  stderr.on('data', (d) => {
    shown += String(d);
  });
  const io: CliIo = { stdin: Readable.from(['piped-password-1', '\n']), stdout: new PassThrough(), stderr };
  assert.equal(await readNewPassword(io), 'piped-password-1');
  assert.equal(shown, '');
});
