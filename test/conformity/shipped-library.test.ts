// test/conformity/shipped-library.test.ts — the shipped frameworks and crosswalks are valid, consistent with each other, and the published schema is current

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  frameworksDir,
  readFrameworkFile,
  shippedCrosswalks,
  shippedFrameworkFiles,
} from '../../src/adapters/frameworks/framework-files.js';
import { frameworkJsonSchema } from '../../src/contracts/framework-file.js';
import { crosswalkIssues } from '../../src/domain/conformity/crosswalk.js';
import type { Framework } from '../../src/domain/conformity/framework.js';

const frameworks = new Map<string, Framework>();
for (const file of shippedFrameworkFiles()) {
  const r = readFrameworkFile(file);
  if (r.framework) frameworks.set(r.framework.edition, r.framework);
}

test('every shipped framework file is valid, paraphrased, in both languages', () => {
  assert.deepEqual([...frameworks.keys()].sort(), ['iso-18295-1:2017', 'iso-18295-2:2017']);
  for (const f of frameworks.values()) {
    assert.equal(f.paraphrase, true, `${f.edition} must say it is a paraphrase`);
    assert.ok(f.notice?.sv && f.notice.en, `${f.edition} needs its notice in sv and en`);
    const missing = f.nodes
      .filter((n) => !n.title.sv || !n.title.en || (n.assessable && (!n.statement?.sv || !n.statement.en)))
      .map((n) => n.ref);
    assert.deepEqual(missing, [], `${f.edition}: nodes without Swedish and English text`);
  }
});

test('ISO 18295-1 has clauses 4.1–4.5, 5–9 and both informative annexes; ISO 18295-2 is on the client side', () => {
  const p1 = frameworks.get('iso-18295-1:2017') as Framework;
  const top = p1.nodes.filter((n) => n.parentRef === null).map((n) => n.ref);
  assert.deepEqual(top, ['4', '5', '6', '7', '8', '9', 'A', 'B']);
  assert.deepEqual(
    p1.nodes.filter((n) => n.parentRef === '4').map((n) => n.ref),
    ['4.1', '4.2', '4.3', '4.4', '4.5'],
  );
  assert.ok(p1.nodes.filter((n) => n.ref.startsWith('A') || n.ref.startsWith('B')).every((n) => n.informative));
  assert.equal(p1.side, 'centre');
  const p2 = frameworks.get('iso-18295-2:2017') as Framework;
  assert.equal(p2.side, 'client');
  assert.ok(p2.nodes.filter((n) => n.assessable).length >= 30);
  // Requirements link to the KPIs that evidence them.
  assert.ok(p1.nodes.some((n) => n.kpis.includes('service_level')));
});

test('the shipped crosswalks name only requirements their frameworks have', () => {
  const crosswalks = shippedCrosswalks();
  assert.ok(crosswalks.length >= 1);
  for (const c of crosswalks) {
    const source = frameworks.get(c.source);
    const target = frameworks.get(c.target);
    assert.ok(source && target, `${c.urn}: both frameworks are shipped`);
    assert.deepEqual(crosswalkIssues(c, source, target), []);
  }
});

test('the published JSON Schema (frameworks/schema/framework.schema.json) is the one the loader uses', () => {
  const published = JSON.parse(readFileSync(join(frameworksDir, 'schema', 'framework.schema.json'), 'utf8')) as unknown;
  assert.deepEqual(published, frameworkJsonSchema(), 'regenerate with: npm run frameworks:schema');
});
