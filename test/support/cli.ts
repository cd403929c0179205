// test/support/cli.ts — runs the real `ccq` binary as a process against a database of its own in a temporary folder

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = join(fileURLToPath(new URL('../..', import.meta.url)), 'bin', 'ccq.js');

/** A temporary folder with a SQLite database; `ccq(...)` runs there and returns the exit code and both streams. */
export const cliWorkspace = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const db = `sqlite:${join(dir, 'ccq.db')}`;
  const ccq = (...args: string[]) => {
    const r = spawnSync(process.execPath, [bin, ...args, '--database-url', db], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, CCQ_PSEUDONYM_KEY: 'k'.repeat(40), CCQ_LOG_LEVEL: 'silent' },
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  return { dir, db, ccq, remove: () => rmSync(dir, { recursive: true, force: true }) };
};
