// src/adapters/cli/program.test.ts — the `ccq` command line, in-process over a real SQLite file, and once as a process

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import { fastHasher, operator } from '../../../test/support/context.js';
import { openContext } from '../../main/context.js';
import { connect, migrateToLatest, parseDatabaseUrl } from '../db/connect.js';
import { type CliRuntime, runCli } from './program.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const tempDirs: string[] = [];
after(() => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

const newDatabase = (): { url: string; file: string } => {
  const dir = mkdtempSync(join(tmpdir(), 'ccq-cli-'));
  tempDirs.push(dir);
  const file = join(dir, 'x.db');
  return { url: `sqlite:${file}`, file };
};

const collect = (stream: PassThrough): (() => string) => {
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer | string) => chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c)));
  return () => Buffer.concat(chunks).toString('utf8');
};

type Run = { code: number; out: string; err: string };

/** A CLI bound to one database; each call runs `ccq ARGV` with its own stdin text and captured output. */
const cliOver = (databaseUrl: string) => {
  const runtimeFor = (stdinText: string, stdout: PassThrough, stderr: PassThrough): CliRuntime => {
    const stdin = Object.assign(Readable.from(stdinText ? [stdinText] : []), { isTTY: false });
    return {
      io: { stdout, stderr, stdin },
      open: async (url, options) => {
        const ctx = await openContext({ databaseUrl: url ?? databaseUrl, hasher: fastHasher, migrate: options?.migrate ?? true });
        return { deps: ctx.deps, describe: ctx.conn.describe, close: ctx.conn.close };
      },
      migrate: async (url) => {
        const conn = connect(parseDatabaseUrl(url ?? databaseUrl));
        try {
          return { applied: (await migrateToLatest(conn)).applied, describe: conn.describe };
        } finally {
          await conn.close();
        }
      },
      serve: async () => {
        throw new Error('serve is not available in this test');
      },
      operator: () => operator,
    };
  };
  return async (argv: string[], stdinText = ''): Promise<Run> => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const out = collect(stdout);
    const err = collect(stderr);
    const code = await runCli(argv, runtimeFor(stdinText, stdout, stderr));
    // Let the PassThrough streams deliver what was written.
    await new Promise((resolve) => setImmediate(resolve));
    return { code, out: out(), err: err() };
  };
};

type UserJson = { id: string; email: string; platformAdmin: boolean; disabled: boolean };
type OrgJson = { id: string; name: string; kind: string; timeZone: string };

const PASSWORD = 'a-long-enough-password';
const STACK_LINE = /\n\s+at /;

describe('ccq (in-process)', () => {
  test('user add --admin reads the password from stdin; user list --json shows the account', async () => {
    const ccq = cliOver(newDatabase().url);
    const added = await ccq(['user', 'add', '--email', 'Root@Example.COM', '--admin'], `${PASSWORD}\n`);
    assert.equal(added.code, 0, added.err);
    assert.match(added.out, /Created platform administrator root@example\.com/);

    const listed = await ccq(['user', 'list', '--json']);
    assert.equal(listed.code, 0, listed.err);
    const users = JSON.parse(listed.out) as UserJson[];
    assert.equal(users.length, 1);
    assert.equal(users[0]?.email, 'root@example.com');
    assert.equal(users[0]?.platformAdmin, true);
    assert.equal(users[0]?.disabled, false);
    assert.equal(listed.out.includes('passwordHash'), false);
    assert.equal(listed.out.includes('scrypt$'), false);
  });

  test('a too short password exits 65 with CCQ_ERR_VALIDATION and no stack trace; --debug adds the stack', async () => {
    const ccq = cliOver(newDatabase().url);
    const short = await ccq(['user', 'add', '--email', 'short@example.com'], 'short\n');
    assert.equal(short.code, 65);
    assert.match(short.err, /CCQ_ERR_VALIDATION/);
    assert.match(short.err, /password/);
    assert.doesNotMatch(short.err, STACK_LINE);

    const debug = await ccq(['--debug', 'user', 'add', '--email', 'short@example.com'], 'short\n');
    assert.equal(debug.code, 65);
    assert.match(debug.err, /CCQ_ERR_VALIDATION/);
    assert.match(debug.err, STACK_LINE);

    const users = JSON.parse((await ccq(['user', 'list', '--json'])).out) as UserJson[];
    assert.deepEqual(users, []);
  });

  test('an empty stdin is no password (exit 65)', async () => {
    const ccq = cliOver(newDatabase().url);
    const r = await ccq(['user', 'add', '--email', 'empty@example.com']);
    assert.equal(r.code, 65);
    assert.match(r.err, /CCQ_ERR_VALIDATION/);
  });

  test('a duplicate email exits 65 with CCQ_ERR_EMAIL_TAKEN', async () => {
    const ccq = cliOver(newDatabase().url);
    assert.equal((await ccq(['user', 'add', '--email', 'dup@example.com'], PASSWORD)).code, 0);
    const again = await ccq(['user', 'add', '--email', 'DUP@example.com'], PASSWORD);
    assert.equal(again.code, 65);
    assert.match(again.err, /CCQ_ERR_EMAIL_TAKEN/);
    assert.doesNotMatch(again.err, STACK_LINE);
  });

  test('never takes a password from argv: --password is an unknown option (exit 64)', async () => {
    const ccq = cliOver(newDatabase().url);
    const r = await ccq(['user', 'add', '--email', 'a@b.example', '--password', 'x-but-long-enough-123']);
    assert.equal(r.code, 64);
    assert.match(r.err, /unknown option/i);
    assert.deepEqual(JSON.parse((await ccq(['user', 'list', '--json'])).out), []);
  });

  test('user disable EMAIL marks the account disabled; an unknown email exits 66', async () => {
    const ccq = cliOver(newDatabase().url);
    assert.equal((await ccq(['user', 'add', '--email', 'agent@example.com'], PASSWORD)).code, 0);
    const disabled = await ccq(['user', 'disable', 'agent@example.com']);
    assert.equal(disabled.code, 0, disabled.err);
    assert.match(disabled.out, /agent@example\.com is now disabled/);
    const users = JSON.parse((await ccq(['user', 'list', '--json'])).out) as UserJson[];
    assert.equal(users.find((u) => u.email === 'agent@example.com')?.disabled, true);

    const enabled = await ccq(['user', 'enable', 'agent@example.com']);
    assert.equal(enabled.code, 0, enabled.err);
    const again = JSON.parse((await ccq(['user', 'list', '--json'])).out) as UserJson[];
    assert.equal(again.find((u) => u.email === 'agent@example.com')?.disabled, false);

    const unknown = await ccq(['user', 'disable', 'nobody@example.com']);
    assert.equal(unknown.code, 66);
    assert.match(unknown.err, /CCQ_ERR_USER_NOT_FOUND/);
  });

  test('org add with a bogus kind exits 65; org add + org list --json', async () => {
    const ccq = cliOver(newDatabase().url);
    const bogus = await ccq(['org', 'add', '--name', 'Bogus AB', '--kind', 'bogus']);
    assert.equal(bogus.code, 65);
    assert.match(bogus.err, /CCQ_ERR_VALIDATION/);
    assert.match(bogus.err, /--kind/);

    const badZone = await ccq(['org', 'add', '--name', 'Zone AB', '--kind', 'client', '--time-zone', 'Mars/Olympus']);
    assert.equal(badZone.code, 65);

    const added = await ccq(['org', 'add', '--name', 'Nordbank AB', '--kind', 'client', '--json']);
    assert.equal(added.code, 0, added.err);
    const created = JSON.parse(added.out) as OrgJson;
    assert.equal(created.name, 'Nordbank AB');
    assert.equal(created.kind, 'client');
    assert.equal(created.timeZone, 'Europe/Stockholm');

    assert.equal((await ccq(['org', 'add', '--name', 'Kontakt AB', '--kind', 'contact_centre', '--time-zone', 'Europe/Helsinki'])).code, 0);
    const listed = await ccq(['org', 'list', '--json']);
    assert.equal(listed.code, 0, listed.err);
    const orgs = JSON.parse(listed.out) as OrgJson[];
    assert.deepEqual(orgs.map((o) => [o.name, o.kind, o.timeZone]).sort(), [
      ['Kontakt AB', 'contact_centre', 'Europe/Helsinki'],
      ['Nordbank AB', 'client', 'Europe/Stockholm'],
    ]);
    assert.ok(orgs.some((o) => o.id === created.id));
  });

  test('org relate and member add with a role; a nonsense or ill-fitting role exits 65', async () => {
    const ccq = cliOver(newDatabase().url);
    const client = JSON.parse((await ccq(['org', 'add', '--name', 'Nordbank AB', '--kind', 'client', '--json'])).out) as OrgJson;
    const centre = JSON.parse((await ccq(['org', 'add', '--name', 'Kontakt AB', '--kind', 'contact_centre', '--json'])).out) as OrgJson;

    // By name on one side, by id on the other.
    const related = await ccq(['org', 'relate', '--client', 'Nordbank AB', '--centre', centre.id, '--name', 'Kundservice', '--json']);
    assert.equal(related.code, 0, related.err);
    const rel = JSON.parse(related.out) as { clientOrganisationId: string; centreOrganisationId: string; name: string };
    assert.equal(rel.clientOrganisationId, client.id);
    assert.equal(rel.centreOrganisationId, centre.id);
    assert.equal(rel.name, 'Kundservice');

    const missing = await ccq(['org', 'relate', '--client', 'No Such AB', '--centre', centre.id, '--name', 'x']);
    assert.equal(missing.code, 66);
    assert.match(missing.err, /CCQ_ERR_ORGANISATION_NOT_FOUND/);

    const member = await ccq(['member', 'add', '--org', 'Kontakt AB', '--email', 'Q@Kontakt.example', '--role', 'quality_manager']);
    assert.equal(member.code, 0, member.err);
    assert.match(member.out, /q@kontakt\.example is now quality_manager at Kontakt AB/);
    const users = JSON.parse((await ccq(['user', 'list', '--json'])).out) as UserJson[];
    assert.deepEqual(
      users.map((u) => u.email),
      ['q@kontakt.example'],
    );

    const nonsense = await ccq(['member', 'add', '--org', 'Kontakt AB', '--email', 'x@kontakt.example', '--role', 'nonsense']);
    assert.equal(nonsense.code, 65);
    assert.match(nonsense.err, /CCQ_ERR_VALIDATION/);

    const misfit = await ccq(['member', 'add', '--org', 'Nordbank AB', '--email', 'agent@nordbank.example', '--role', 'agent']);
    assert.equal(misfit.code, 65);
    assert.match(misfit.err, /CCQ_ERR_VALIDATION/);

    const twice = await ccq(['member', 'add', '--org', centre.id, '--email', 'q@kontakt.example', '--role', 'agent']);
    assert.equal(twice.code, 65);
    assert.match(twice.err, /CCQ_ERR_CONFLICT/);
  });

  test('demo loads once; a second demo says it is already loaded and exits 0', async () => {
    const ccq = cliOver(newDatabase().url);
    const first = await ccq(['demo', '--json']);
    assert.equal(first.code, 0, first.err);
    const demo = JSON.parse(first.out) as { password: string; logins: { email: string; role: string; organisation: string }[] };
    assert.ok(demo.logins.length > 0);
    assert.ok(demo.logins.some((l) => l.email === 'admin@ccq.example'));

    const second = await ccq(['demo']);
    assert.equal(second.code, 0, second.err);
    assert.match(second.err, /already loaded/);
    assert.equal(second.out, '');

    const orgs = JSON.parse((await ccq(['org', 'list', '--json'])).out) as OrgJson[];
    assert.equal(new Set(orgs.map((o) => o.name)).size, orgs.length, 'no organisation twice');
    assert.ok(orgs.some((o) => o.name === 'Nordbank AB'));
  });

  test('audit verify reports an intact chain (text and JSON), and exit 1 after tampering', async () => {
    const db = newDatabase();
    const ccq = cliOver(db.url);
    assert.equal((await ccq(['org', 'add', '--name', 'Nordbank AB', '--kind', 'client'])).code, 0);
    assert.equal((await ccq(['user', 'add', '--email', 'root@example.com', '--admin'], PASSWORD)).code, 0);

    const text = await ccq(['audit', 'verify']);
    assert.equal(text.code, 0, text.err);
    const m = /intact: (\d+) entries/.exec(text.out);
    assert.ok(m, text.out);
    assert.ok(Number(m[1]) > 0);

    const json = await ccq(['audit', 'verify', '--json']);
    assert.equal(json.code, 0, json.err);
    const report = JSON.parse(json.out) as { entries: number; intact: boolean; firstBreak: unknown };
    assert.equal(report.intact, true);
    assert.equal(report.firstBreak, null);
    assert.equal(report.entries, Number(m[1]));

    // The database refuses to rewrite history…
    const raw = new SqliteDatabase(db.file);
    try {
      assert.throws(() => raw.prepare("update audit_log set actor_label = 'x' where seq = 1").run(), /append-only/);
      // …so someone with file access drops the guard first; the hash chain still catches it.
      raw.exec('DROP TRIGGER audit_log_no_update');
      const changed = raw.prepare('update audit_log set after_json = ? where seq = 1').run(JSON.stringify({ name: 'Forged AB' }));
      assert.equal(changed.changes, 1);
    } finally {
      raw.close();
    }
    const broken = await ccq(['audit', 'verify', '--json']);
    assert.equal(broken.code, 1);
    const brokenReport = JSON.parse(broken.out) as { entries: number; intact: boolean; firstBreak: { seq: number; reason: string } };
    assert.equal(brokenReport.intact, false);
    assert.deepEqual({ seq: brokenReport.firstBreak.seq, reason: brokenReport.firstBreak.reason }, { seq: 1, reason: 'hash_mismatch' });
    const brokenText = await ccq(['audit', 'verify']);
    assert.equal(brokenText.code, 1);
    assert.match(brokenText.out, /BROKEN at entry 1/);
  });

  test('migrate applies the schema once, then reports it up to date', async () => {
    const ccq = cliOver(newDatabase().url);
    const first = await ccq(['migrate']);
    assert.equal(first.code, 0, first.err);
    assert.match(first.out, /Applied \d+ migration/);
    const second = await ccq(['migrate']);
    assert.equal(second.code, 0, second.err);
    assert.match(second.out, /up to date/);
  });

  test('an unknown command exits 64; --help exits 0 and lists the commands', async () => {
    const ccq = cliOver(newDatabase().url);
    const unknown = await ccq(['bogus']);
    assert.equal(unknown.code, 64);
    assert.match(unknown.err, /unknown command/i);

    const help = await ccq(['--help']);
    assert.equal(help.code, 0);
    for (const cmd of ['user', 'org', 'member', 'audit', 'demo', 'migrate', 'serve']) assert.match(help.out, new RegExp(`\\b${cmd}\\b`));

    const missingOption = await ccq(['org', 'add', '--name', 'No Kind AB']);
    assert.equal(missingOption.code, 64);
    assert.match(missingOption.err, /--kind/);
  });
});

type Exec = { code: number; stdout: string; stderr: string };

const runBinary = (args: string[]): Promise<Exec> =>
  new Promise((resolve) => {
    execFile(process.execPath, ['bin/ccq.js', ...args], { cwd: repoRoot, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });

describe('ccq (as a process)', () => {
  test('bin/ccq.js lists the organisations of a fresh database, and a bad database URL exits 78', async () => {
    const db = newDatabase();
    const ok = await runBinary(['--database-url', db.url, 'org', 'list', '--json']);
    assert.equal(ok.code, 0, ok.stderr);
    assert.deepEqual(JSON.parse(ok.stdout), []);

    const bad = await runBinary(['--database-url', 'nosuch:x', 'org', 'list']);
    assert.equal(bad.code, 78, bad.stderr);
    assert.match(bad.stderr, /CCQ_ERR_CONFIG/);
    assert.doesNotMatch(bad.stderr, STACK_LINE);
  });
});
