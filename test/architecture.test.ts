// test/architecture.test.ts — the dependency rule (domain ← app ← adapters ← main; contracts and i18n are leaves; web stays out of the server)
//
// Scans the import specifiers of every .ts/.tsx file under src/ (static imports, `export … from` and
// dynamic `import('…')`, type-only ones included) and fails with `file → import` for each one that
// crosses a boundary. Test files are exempt.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const srcDir = join(root, 'src');

/** Removes block comments and whole-line `//` comments, so header comments that mention imports do not count. */
const stripComments = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

const staticImport = /(?:^|[\s;}])(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]+?\s+from\s*)?['"]([^'"\n]+)['"]/g;
const dynamicImport = /\bimport\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** The module specifiers a source text imports or re-exports. */
const importsOf = (text: string): string[] => {
  const code = stripComments(text);
  return [...code.matchAll(staticImport), ...code.matchAll(dynamicImport)].map((m) => m[1] as string);
};

type Import = {
  /** Importing file, relative to the repository root with forward slashes. */
  file: string;
  specifier: string;
  /** For a relative import: the target relative to src/ (forward slashes), or null when it leaves src/. */
  target: string | null;
  /** For a bare import: the package name (`node:fs` → `node:fs`, `@mantine/core/x` → `@mantine/core`). */
  pkg: string | null;
};

const toPosix = (p: string): string => p.split(sep).join('/');

const sourceFiles = (): string[] =>
  readdirSync(srcDir, { recursive: true })
    .map((f) => String(f))
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(srcDir, f))
    .sort();

const scan = (): Import[] =>
  sourceFiles().flatMap((abs) =>
    importsOf(readFileSync(abs, 'utf8')).map((specifier): Import => {
      const file = toPosix(relative(root, abs));
      if (specifier.startsWith('.')) {
        const rel = toPosix(relative(srcDir, resolve(dirname(abs), specifier)));
        return { file, specifier, target: rel.startsWith('..') ? null : rel, pkg: null };
      }
      const parts = specifier.split('/');
      const pkg = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
      return { file, specifier, target: null, pkg };
    }),
  );

/** The top-level folder under src/ (`domain`, `app`, …) of a path relative to src/. */
const layerOf = (pathInSrc: string): string => pathInSrc.split('/')[0] as string;

const isNodeBuiltin = (pkg: string): boolean => pkg.startsWith('node:') || builtinModules.includes(pkg);

const imports = scan();
const from = (layer: string) => imports.filter((i) => i.file.startsWith(`src/${layer}/`));
const show = (bad: Import[]): string => bad.map((i) => `${i.file} → ${i.specifier}`).join('\n');

const assertNone = (bad: Import[], rule: string): void => {
  assert.equal(bad.length, 0, `${rule}:\n${show(bad)}`);
};

describe('import scanner', () => {
  test('finds static, type-only, multi-line, re-exported and dynamic imports, and skips comments', () => {
    const text = [
      "// header: import nothing from 'commented-out'",
      '/* import { x } from "also-commented" */',
      "import { a, type B } from './a.js';",
      "import type { C } from '../c.js';",
      'import {',
      '  d,',
      '  e as f,',
      "} from 'kysely';",
      "import * as ns from 'node:fs';",
      "import Default, { g } from '@scope/pkg/sub';",
      "import './side-effect.css';",
      "export * from './all.js';",
      'export { h } from "./h.js";',
      "export type { I } from './i.js';",
      "export const notAnImport = 'from';",
      "const lazy = await import('../lazy.js');",
    ].join('\n');
    assert.deepEqual(importsOf(text).sort(), [
      '../c.js',
      '../lazy.js',
      './a.js',
      './all.js',
      './h.js',
      './i.js',
      './side-effect.css',
      '@scope/pkg/sub',
      'kysely',
      'node:fs',
    ]);
  });

  test('scans the real source tree (not an empty scan)', () => {
    const files = new Set(imports.map((i) => i.file));
    assert.ok(files.size >= 40, `only ${files.size} importing files found`);
    for (const layer of ['domain', 'app', 'adapters', 'main', 'contracts', 'i18n', 'web'])
      assert.ok(from(layer).length > 0, `no imports found under src/${layer}`);
    const signIn = imports.filter((i) => i.file === 'src/app/sign-in.ts');
    assert.ok(
      signIn.some((i) => i.specifier.startsWith('../domain/') && i.target?.startsWith('domain/')),
      `src/app/sign-in.ts should import from ../domain/…; found ${show(signIn) || 'nothing'}`,
    );
    const scrypt = imports.filter((i) => i.file === 'src/adapters/auth/scrypt-hasher.ts');
    assert.ok(
      scrypt.some((i) => i.pkg === 'node:crypto'),
      'scrypt-hasher.ts imports node:crypto',
    );
    assert.ok(!imports.some((i) => /\.test\.tsx?$/.test(i.file)), 'test files are exempt');
  });
});

describe('dependency rule', () => {
  test('src/domain imports no node built-in, no package, and nothing outside src/domain', () => {
    assertNone(
      from('domain').filter((i) => i.pkg !== null || i.target === null || layerOf(i.target) !== 'domain'),
      'domain must stay pure (no node:*, kysely, fastify, react, pg, better-sqlite3, zod, or any other layer)',
    );
  });

  test('src/app imports only src/domain and src/app, and no package or node built-in', () => {
    assertNone(
      from('app').filter((i) => i.pkg !== null || i.target === null || !['domain', 'app'].includes(layerOf(i.target))),
      'app may depend on domain only',
    );
  });

  test('src/contracts and src/i18n import only zod, src/domain and themselves', () => {
    for (const layer of ['contracts', 'i18n'])
      assertNone(
        from(layer).filter((i) => (i.pkg !== null ? i.pkg !== 'zod' : i.target === null || ![layer, 'domain'].includes(layerOf(i.target)))),
        `${layer} is a leaf`,
      );
  });

  test('src/adapters never imports src/main or src/web', () => {
    assertNone(
      from('adapters').filter((i) => (i.target === null ? i.pkg === null : ['main', 'web'].includes(layerOf(i.target)))),
      'adapters must not depend on the composition root or the web app',
    );
  });

  test('src/web never imports src/adapters, src/app or src/main, nor node built-ins', () => {
    assertNone(
      from('web').filter((i) =>
        i.pkg !== null ? isNodeBuiltin(i.pkg) : i.target === null || ['adapters', 'app', 'main'].includes(layerOf(i.target)),
      ),
      'web runs in the browser and talks to the server over HTTP only',
    );
  });
});
