// scripts/run-tests.mjs — runs every *.test.ts under src/ and test/ with node:test; fails when none is found
//
// Node 20's `--test` discovers no .ts files and exits 0, which would pass a suite that ran nothing,
// so the files are listed here explicitly. Arguments narrow the run: `npm test -- access` runs the
// test files whose path contains "access".
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';

const roots = ['src', 'test'];
const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const files = roots
  .flatMap((root) => readdirSync(root, { recursive: true }).map((f) => join(root, String(f))))
  .filter((f) => f.endsWith('.test.ts') && !f.includes('node_modules'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

if (files.length === 0) {
  console.error(`run-tests: no *.test.ts files found under ${roots.join(', ')}${filters.length ? ` matching ${filters.join(', ')}` : ''}`);
  process.exit(1);
}
console.error(`run-tests: ${files.length} test files`);

let failed = false;
const stream = run({ files, concurrency: 2, timeout: 300_000 });
stream.on('test:fail', (e) => {
  if (e.details?.type !== 'suite') failed = true;
});
stream.compose(spec).pipe(process.stdout);
stream.on('end', () => {
  process.exitCode = failed ? 1 : 0;
});
