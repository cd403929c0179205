// bench/reports.bench.ts — figures for the reports: the conformity pack (gather, HTML, PDF, CSV, XLSX) and the joint review pack (gather, HTML, PDF, XLSX)
//
// Run: node --import tsx bench/reports.bench.ts [--runs 5]
// Loads the demo data into a temporary SQLite database and times each step on the demo's ISO 18295-1
// self-assessment (74 requirements) and on the review pack of the demo's Nordbank mandate for the
// current month (three targets, six months of trend). Prints figures; asserts nothing.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { listAssessments } from '../src/app/manage-assessments.js';
import { readinessPack } from '../src/app/readiness-pack.js';
import { gatherReviewPack } from '../src/app/review-pack.js';
import { operatorIn } from '../src/app/resolve-scope.js';
import { htmlToPdf } from '../src/adapters/reports/pdf.js';
import { renderReadinessHtml } from '../src/adapters/reports/readiness-html.js';
import { requirementTableCsv, requirementTableXlsx } from '../src/adapters/reports/requirement-table.js';
import { renderReviewPackHtml } from '../src/adapters/reports/review-pack-html.js';
import { reviewPackXlsx } from '../src/adapters/reports/review-pack-xlsx.js';
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

const pack = await time('gather the readiness pack (assessment, answers, evidence, findings, audits)', () =>
  readinessPack(ctx.deps, caller, assessment.id),
);
const html = await time('render the pack as HTML', () => renderReadinessHtml(pack, { locale: 'sv', kind: 'pack' }));
console.log(`  HTML: ${(html.length / 1024).toFixed(0)} kB`);
const pdf = await time('print the pack to PDF (Chromium start + print)', () => htmlToPdf(html));
console.log(`  PDF: ${(pdf.length / 1024).toFixed(0)} kB, ${(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length} pages`);
await time('requirement table as CSV', () => requirementTableCsv(pack, 'sv'));
const xlsx = await time('requirement table as XLSX', () => requirementTableXlsx(pack, 'sv'));
console.log(`  XLSX: ${(xlsx.length / 1024).toFixed(0)} kB`);

const [mandate] = await ctx.deps.store.mandates.list(caller.scope);
if (!mandate) throw new Error('demo mandate missing');
const month = new Date().toISOString().slice(0, 7);
const review = await time(`gather the review pack (${month}: targets per period and 6 months of trend, findings, obligations)`, () =>
  gatherReviewPack(ctx.deps, caller, { relationshipId: mandate.relationshipId, period: month }),
);
const reviewHtml = await time('render the review pack as HTML (SVG trend charts)', () => renderReviewPackHtml(review, null, 'sv'));
const reviewPdf = await time('print the review pack to PDF (Chromium start + print)', () => htmlToPdf(reviewHtml));
console.log(`  PDF: ${(reviewPdf.length / 1024).toFixed(0)} kB`);
await time('review pack as XLSX (9 sheets)', () => reviewPackXlsx(review, null, 'sv'));
await ctx.conn.close();
rmSync(dir, { recursive: true, force: true });
