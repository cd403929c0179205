// bench/reports.bench.ts — figures for the conformity reports: gathering an assessment, HTML, PDF (Chromium), CSV and XLSX
//
// Run: node --import tsx bench/reports.bench.ts [--runs 5]
// Loads the demo data into a temporary SQLite database and times each step on the demo's ISO 18295-1
// self-assessment (74 requirements). Prints figures; asserts nothing.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { listAssessments } from '../src/app/manage-assessments.js';
import { readinessPack } from '../src/app/readiness-pack.js';
import { operatorIn } from '../src/app/resolve-scope.js';
import { htmlToPdf } from '../src/adapters/reports/pdf.js';
import { renderReadinessHtml } from '../src/adapters/reports/readiness-html.js';
import { requirementTableCsv, requirementTableXlsx } from '../src/adapters/reports/requirement-table.js';
import { systemScope } from '../src/domain/access/scope.js';
import { openContext } from '../src/main/context.js';
import { loadDemoIfEmpty } from '../src/main/server.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const dir = mkdtempSync(join(tmpdir(), 'ccq-bench-reports-'));
const ctx = await openContext({ databaseUrl: `sqlite:${join(dir, 'bench.db')}`, pseudonymKey: 'bench-key-bench-key-bench-key-bench-key' });
await loadDemoIfEmpty(ctx);
const centre = await ctx.deps.store.organisations.findByName(systemScope, 'Kontaktpartner AB');
if (!centre) throw new Error('demo centre missing');
const caller = { scope: await operatorIn(ctx.deps.store, centre), label: 'bench' };
const [assessment] = await listAssessments(ctx.deps, caller);
if (!assessment) throw new Error('demo assessment missing');

const time = async <T>(label: string, work: () => Promise<T> | T): Promise<T> => {
  let result = await work();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = await work();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label}: median ${ms[Math.floor(ms.length / 2)]?.toFixed(1)} ms, best ${ms[0]?.toFixed(1)} ms (${runs} runs)`);
  return result;
};

const pack = await time('gather the readiness pack (assessment, answers, evidence, findings, audits)', () => readinessPack(ctx.deps, caller, assessment.id));
const html = await time('render the pack as HTML', () => renderReadinessHtml(pack, { locale: 'sv', kind: 'pack' }));
console.log(`  HTML: ${(html.length / 1024).toFixed(0)} kB`);
const pdf = await time('print the pack to PDF (Chromium start + print)', () => htmlToPdf(html));
console.log(`  PDF: ${(pdf.length / 1024).toFixed(0)} kB, ${(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length} pages`);
await time('requirement table as CSV', () => requirementTableCsv(pack, 'sv'));
const xlsx = await time('requirement table as XLSX', () => requirementTableXlsx(pack, 'sv'));
console.log(`  XLSX: ${(xlsx.length / 1024).toFixed(0)} kB`);
await ctx.conn.close();
rmSync(dir, { recursive: true, force: true });
