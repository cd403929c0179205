// test/conformity/reports.test.ts — the assessment report and readiness pack (HTML, PDF), the requirement table (CSV, XLSX) and their HTTP routes, from a real assessment

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { stampedReading } from '../../src/adapters/frameworks/framework-files.js';
import { htmlToPdf } from '../../src/adapters/reports/pdf.js';
import { renderReadinessHtml } from '../../src/adapters/reports/readiness-html.js';
import { requirementTable, requirementTableCsv, requirementTableXlsx } from '../../src/adapters/reports/requirement-table.js';
import type { Cell } from '../../src/adapters/reports/spreadsheet.js';
import type { Caller } from '../../src/app/caller.js';
import { answerRequirement, createAssessment } from '../../src/app/manage-assessments.js';
import { addEvidence } from '../../src/app/manage-evidence.js';
import { addCorrectiveAction, recordFinding, startAudit } from '../../src/app/manage-findings.js';
import { loadFramework } from '../../src/app/manage-frameworks.js';
import { type ReadinessPack, readinessPack } from '../../src/app/readiness-pack.js';
import { formatPercent } from '../../src/i18n/format.js';
import type { Context } from '../../src/main/context.js';
import { createApp } from '../../src/main/server.js';
import { callerFor, openTestContext, steppingClock } from '../support/context.js';
import { signInAs } from '../support/http.js';
import { TEST_PASSWORD, type Tenant, seedTenant } from '../support/tenants.js';

const framework = `
format: ccq-framework/1
urn: urn:acme:reports:policy
edition: acme-reports:2026
revision: 1
name: {sv: Servicepolicy, en: Service policy}
publisher: Acme
side: centre
paraphrase: true
scale:
  - {score: 0, label: {sv: Saknas, en: Absent}}
  - {score: 3, label: {sv: På plats, en: In place}}
requirements:
  - ref: "1"
    title: {sv: Kunden, en: The customer}
    children:
      - {ref: "1.1", title: {sv: Öppettider, en: Opening hours}, statement: {sv: Öppettider publiceras, en: Opening hours are published}}
      - {ref: "1.2", title: {sv: Klagomål, en: Complaints}, statement: {sv: Klagomål besvaras, en: Complaints are answered}}
      - {ref: "1.3", title: {sv: Samtycke, en: Consent}, statement: {sv: Ring bara med samtycke, en: Call only with consent}}
  - ref: "2"
    title: {sv: Medarbetarna, en: The staff}
    children:
      - {ref: "2.1", title: {sv: Utbildning, en: Training}, statement: {sv: Alla utbildas, en: Everyone is trained}}
      - {ref: "2.2", title: {sv: Arbetsmiljö, en: Work environment}, statement: {sv: Arbetsmiljön följs upp, en: The work environment is followed up}}
  - ref: "A"
    title: {sv: Vägledning, en: Guidance}
    informative: true
    children:
      - {ref: "A.1", title: {sv: Goda exempel, en: Good practice}, statement: {sv: Exempel delas, en: Examples are shared}}
`;

const refs = ['1.1', '1.2', '1.3', '2.1', '2.2', 'A.1'];
const hostileComment = '<script>alert("x")</script> & "quoted", with comma';
const formulaComment = '=HYPERLINK("http://evil.example","click")';
const evidenceBytes = Buffer.from('datum,ärende,kvitterat\n2026-11-02,K-17,2026-11-03\n');
const evidenceSha = createHash('sha256').update(evidenceBytes).digest('hex');

/** RFC 4180 reader (quoted fields, doubled quotes, CR LF inside quotes), to prove the CSV parses back. */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
};

/** How a cell is written in the CSV: text as is (formula-like text behind an apostrophe), booleans and numbers as text. */
const asCsv = (c: Cell): string => (c === null ? '' : typeof c === 'string' ? (/^[=+\-@]/.test(c) ? `'${c}` : c) : String(c));

/** Counts page objects of a PDF (`/Type /Page`, not the `/Type /Pages` tree node). */
const pageCount = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

describe('reports of an assessment', () => {
  let ctx: Context;
  let tenant: Tenant;
  let qm: Caller;
  let assessmentId = '';
  let pack: ReadinessPack;
  const time = steppingClock('2026-11-29T09:00:00.000Z');

  before(async () => {
    ctx = await openTestContext('sqlite', { clock: time.clock });
    tenant = await seedTenant(ctx.deps, 'Alfa');
    qm = await callerFor(ctx.deps, 'quality_manager1@alfa.example', tenant.centreId);
    const teamLead = await callerFor(ctx.deps, 'team_lead2@alfa.example', tenant.centreId);
    const fw = await loadFramework(ctx.deps, qm, stampedReading(Buffer.from(framework), 'policy.yaml', 'policy.yaml'));
    const v = await createAssessment(ctx.deps, qm, { frameworkId: fw.framework.id, title: 'Självvärdering 2026 – Öppettider & klagomål' });
    assessmentId = v.assessment.id;
    const answer = (ref: string, patch: Parameters<typeof answerRequirement>[4]) =>
      answerRequirement(ctx.deps, teamLead, assessmentId, ref, patch);
    await answer('1.1', { result: 'conformant', score: 3, comment: hostileComment });
    await answer('1.2', { result: 'partially_conformant', comment: 'Loggen saknar kvittensdatum' });
    await answer('1.3', { result: 'not_applicable', justification: 'Inga utgående samtal i uppdraget' });
    await answer('2.1', { result: 'conformant', comment: formulaComment });
    await answer('2.2', { result: 'conformant' });
    await answer('A.1', { result: 'nonconformant' });
    await addEvidence(ctx.deps, teamLead, {
      kind: 'file',
      title: 'Klagomålslogg <november>',
      fileName: 'klagomal.csv',
      bytes: evidenceBytes,
      attachTo: { assessmentId, refs: ['1.2', '2.1'] },
    });
    await startAudit(ctx.deps, qm, assessmentId, {
      auditorEmail: 'grant-auditor@alfa.example',
      kind: 'certification',
      body: 'Nordic Cert',
      endsAt: '2026-12-31T00:00:00Z',
    });
    const finding = await recordFinding(ctx.deps, qm, assessmentId, {
      grade: 'minor_nonconformity',
      title: 'Kvittensdatum saknas',
      refs: ['1.2'],
    });
    const owner = await ctx.deps.store.users.findByEmail('quality_manager1@alfa.example');
    await addCorrectiveAction(ctx.deps, qm, finding.id, {
      correction: 'Datum lagt till i öppna ärenden',
      action: 'Gör kvittensdatum till ett obligatoriskt fält',
      ownerUserId: owner!.id,
      dueOn: '2026-12-05',
    });
    time.advance(10 * 86_400_000); // past the due date: the action is overdue in the pack
    pack = await readinessPack(ctx.deps, qm, assessmentId);
  });
  after(async () => ctx?.conn.close());

  test('readiness counts only normative, applicable requirements (the nonconformant informative A.1 does not lower it)', () => {
    assert.deepEqual(
      pack.rows.map((r) => r.ref),
      refs,
    );
    assert.deepEqual([pack.readiness.total.applicable, pack.readiness.total.conformant], [4, 3]);
    assert.equal(pack.readiness.total.readiness, 0.75);
    assert.deepEqual(
      pack.readiness.byClause.map((c) => [c.ref, c.readiness]),
      [
        ['1', 0.5],
        ['2', 1],
      ],
    );
  });

  test('the assessment report in Swedish: every ref, Swedish words, readiness, a chart, escaped text', () => {
    const html = renderReadinessHtml(pack, { locale: 'sv', kind: 'assessment' });
    assert.match(html, /^<!doctype html>\n<html lang="sv">/);
    for (const ref of refs) assert.ok(html.includes(`<td class="mono">${ref}</td>`), `ref ${ref} in the requirement table`);
    for (const word of [
      'Bedömningsrapport',
      'Överensstämmer delvis',
      'Ej tillämplig',
      'Avviker',
      'Mindre avvikelse',
      'Underlag',
      'Informativ',
    ])
      assert.ok(html.includes(word), `"${word}" in the Swedish report`);
    assert.ok(html.includes('Inga utgående samtal i uppdraget'));
    assert.ok(html.includes('F-1 Mindre avvikelse (öppen)'));
    assert.ok(html.includes(formatPercent(0.75, 'sv')), 'total readiness 75 %');
    assert.ok(html.includes(formatPercent(0.5, 'sv')) && html.includes(formatPercent(1, 'sv')), 'readiness of each clause');
    assert.equal((html.match(/<svg /g) ?? []).length, 1);
    assert.equal((html.match(/<rect [^>]*fill="#2f8f55"/g) ?? []).length, 3, 'a conformant bar for clauses 1 and 2, and the legend');
    assert.ok(html.includes('omskrivning'), 'the paraphrase notice');
    assert.ok(html.includes('Självvärdering 2026 – Öppettider &amp; klagomål'));
    // Text typed by people is escaped, and the document itself has no script at all.
    assert.doesNotMatch(html, /<script/i);
    assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quoted&quot;, with comma'));
    assert.ok(html.includes('Klagomålslogg &lt;november&gt;'));
    assert.doesNotMatch(html, /\s(?:src|href)=|@import|url\(/i, 'no external assets');
  });

  test('the same report in English has English words only', () => {
    const html = renderReadinessHtml(pack, { locale: 'en', kind: 'assessment' });
    for (const word of [
      'Assessment report',
      'Partially conformant',
      'Not applicable',
      'Minor nonconformity',
      'F-1 Minor nonconformity (open)',
    ])
      assert.ok(html.includes(word), `"${word}" in the English report`);
    assert.ok(html.includes(formatPercent(0.75, 'en')));
    for (const word of ['Bedömningsrapport', 'Överensstämmer', 'Mindre avvikelse']) assert.ok(!html.includes(word), `no "${word}"`);
  });

  test('the readiness pack: cover, statement of conformity, overdue action, audit, evidence index with the full SHA-256', () => {
    const html = renderReadinessHtml(pack, { locale: 'sv', kind: 'pack' });
    for (const ref of refs) assert.ok(html.includes(`<td class="mono">${ref}</td>`), `ref ${ref} in the statement of conformity`);
    for (const heading of [
      'Underlag för certifieringsberedskap',
      'Förklaring om överensstämmelse',
      'Förteckning över underlag',
      'Revisioner',
    ])
      assert.ok(html.includes(heading), heading);
    assert.ok(html.includes('Alfa Centre'));
    assert.ok(html.includes(`<div class="big">${formatPercent(0.75, 'sv')}</div>`), 'readiness on the cover');
    assert.ok(html.includes(`${'SHA-256'}: ${evidenceSha}`));
    assert.ok(html.includes('klagomal.csv'));
    assert.ok(html.includes('Gör kvittensdatum till ett obligatoriskt fält'));
    assert.ok(html.includes('<div class="flag">Försenad</div>'), 'the action past its due date is flagged');
    assert.ok(html.includes('Certifieringsrevision') && html.includes('Nordic Cert'));
    assert.ok(html.includes('Inga utgående samtal i uppdraget'), 'justification of the requirement that does not apply');
    assert.match(html, /<tr class="informative"><td class="mono">A\.1<\/td>/);
    assert.equal((html.match(/<section class="page">/g) ?? []).length, 5, 'each section after the cover starts a page');
    assert.doesNotMatch(html, /<script/i);
  });

  test('the CSV: BOM, one row per requirement with its result, parses back, formula-like text defused', () => {
    const csv = requirementTableCsv(pack, 'sv');
    assert.ok(csv.startsWith('\uFEFFRef,Avsnitt,Rubrik,'));
    assert.ok(csv.endsWith('\r\n'));
    const rows = parseCsv(csv.slice(1));
    assert.equal(rows.length, 1 + refs.length);
    const [header, ...body] = rows as [string[], ...string[][]];
    assert.equal(header.length, 15);
    const col = (name: string) => header.indexOf(name);
    assert.deepEqual(
      body.map((r) => [r[0], r[col('Resultat')], r[col('Informativ')], r[col('Tillämplig')]]),
      [
        ['1.1', 'conformant', 'false', 'true'],
        ['1.2', 'partially_conformant', 'false', 'true'],
        ['1.3', 'not_applicable', 'false', 'false'],
        ['2.1', 'conformant', 'false', 'true'],
        ['2.2', 'conformant', 'false', 'true'],
        ['A.1', 'nonconformant', 'true', 'true'],
      ],
    );
    const byRef = new Map(body.map((r) => [r[0], r]));
    assert.equal(byRef.get('1.1')?.[col('Kommentar')], hostileComment);
    assert.equal(byRef.get('1.1')?.[col('Mognadsnivå')], '3');
    assert.equal(byRef.get('1.2')?.[col('Underlagens SHA-256')], evidenceSha);
    assert.equal(byRef.get('1.2')?.[col('Underlag')], 'Klagomålslogg <november>');
    assert.equal(byRef.get('1.2')?.[col('Iakttagelser')], 'F-1 minor_nonconformity (open)');
    assert.equal(byRef.get('1.3')?.[col('Motivering')], 'Inga utgående samtal i uppdraget');
    assert.equal(byRef.get('2.1')?.[col('Kommentar')], `'${formulaComment}`, 'a spreadsheet must not run it');
    // Every cell is the table's own value, written as text.
    const table = requirementTable(pack, 'sv');
    assert.deepEqual(rows, [table.header, ...table.rows.map((r) => r.map(asCsv))]);
    assert.ok(requirementTableCsv(pack, 'en').startsWith('\uFEFFRef,Clause,Title,'));
  });

  test('the XLSX reads back with the same cells, a bold frozen filtered header, and readiness as percentages', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await requirementTableXlsx(pack, 'sv')) as unknown as ArrayBuffer);
    assert.deepEqual(
      wb.worksheets.map((s) => s.name),
      ['Requirements', 'Readiness'],
    );
    const sheet = wb.getWorksheet('Requirements')!;
    const values = (row: ExcelJS.Row, n: number): Cell[] =>
      Array.from({ length: n }, (_, i) => {
        const v = row.getCell(i + 1).value;
        return v === undefined || v === null ? null : (v as Cell);
      });
    const table = requirementTable(pack, 'sv');
    const read = Array.from({ length: sheet.rowCount }, (_, i) => values(sheet.getRow(i + 1), 15));
    const blank = (c: Cell) => (c === '' ? null : c);
    assert.deepEqual(
      read.map((r) => r.map(blank)),
      [table.header, ...table.rows].map((r) => r.map(blank)),
    );
    assert.equal(read.length, 1 + refs.length);
    assert.equal(sheet.getRow(2).getCell(8).value, 3, 'the score is a number');
    assert.equal(sheet.getRow(7).getCell(4).value, true, 'A.1 is informative, as a boolean');
    assert.equal(sheet.getRow(1).getCell(1).font?.bold, true);
    assert.equal(sheet.views[0]?.state, 'frozen');
    assert.equal((sheet.views[0] as { ySplit?: number }).ySplit, 1);
    assert.ok(sheet.autoFilter, 'an autofilter on the header');
    assert.ok((sheet.getColumn(3).width ?? 0) >= 30);
    // The CSV and the workbook say the same.
    const csv = parseCsv(requirementTableCsv(pack, 'sv').slice(1));
    assert.deepEqual(
      csv,
      read.map((r) => r.map(asCsv)),
    );

    const readiness = wb.getWorksheet('Readiness')!;
    const rows = Array.from({ length: readiness.rowCount }, (_, i) => values(readiness.getRow(i + 1), 9).map(blank));
    assert.deepEqual(rows[0]?.[8], 'Beredskap');
    assert.deepEqual(
      rows.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[8]]),
      [
        ['1', 'Kunden', 2, 1, 0.5],
        ['2', 'Medarbetarna', 2, 2, 1],
        [null, 'Totalt', 4, 3, 0.75],
      ],
    );
    assert.equal(readiness.getRow(4).getCell(9).numFmt, '0.0%');
    assert.equal(readiness.getRow(4).font?.bold, true);
  });

  test('PDF: the pack prints to several A4 pages; the report to at least one', async () => {
    const pdf = await htmlToPdf(renderReadinessHtml(pack, { locale: 'sv', kind: 'pack' }));
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok(pageCount(pdf) >= 6, `the pack has a cover and five sections on pages of their own; found ${pageCount(pdf)} pages`);
    // A4 is 595 × 842 pt; Chromium rounds it to 8.27 × 11.7 inches (595.92 × 842.88).
    assert.match(pdf.toString('latin1'), /\/MediaBox\s*\[\s*0 0 59[56](\.\d+)? 84[1-3](\.\d+)?\s*\]/, 'A4 portrait');
    const report = await htmlToPdf(renderReadinessHtml(pack, { locale: 'en', kind: 'assessment' }));
    assert.ok(pageCount(report) >= 3, `header and history, readiness, requirements; found ${pageCount(report)}`);
  });

  test('PDF without Chromium says so with its own code', async () => {
    const saved = process.env.CCQ_CHROMIUM_PATH;
    process.env.CCQ_CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      await assert.rejects(htmlToPdf('<p>x</p>'), (e: Error & { code: string; status: number }) => {
        assert.equal(e.code, 'CCQ_ERR_PDF_UNAVAILABLE');
        assert.equal(e.status, 503);
        assert.match(e.message, /install the chromium package or set CCQ_CHROMIUM_PATH/);
        return true;
      });
    } finally {
      if (saved === undefined) delete process.env.CCQ_CHROMIUM_PATH;
      else process.env.CCQ_CHROMIUM_PATH = saved;
    }
  });

  describe('over HTTP', () => {
    let app: FastifyInstance;
    let get: (url: string) => ReturnType<Awaited<ReturnType<typeof signInAs>>['request']>;
    const base = 'Sjalvvardering-2026-Oppettider-klagomal';

    before(async () => {
      app = await createApp(ctx, { webRoot: null });
      const client = await signInAs(app, 'quality_manager1@alfa.example', TEST_PASSWORD);
      get = (url) => client.request('GET', `/api/v1/assessments/${assessmentId}${url}`, undefined, { 'x-ccq-org': tenant.centreId });
    });
    after(async () => app?.close());

    test('the report as HTML, in the user’s language by default and in English on request', async () => {
      const res = await get('/report');
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
      assert.equal(res.headers['content-disposition'], `attachment; filename="${base}-report.html"`);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.match(String(res.headers['content-security-policy']), /default-src 'none'/);
      assert.ok(res.body.includes('Bedömningsrapport'));
      for (const ref of refs) assert.ok(res.body.includes(`<td class="mono">${ref}</td>`));
      const en = await get('/report?format=html&kind=pack&lang=en');
      assert.equal(en.headers['content-disposition'], `attachment; filename="${base}-readiness-pack.html"`);
      assert.ok(en.body.includes('Certification-readiness pack') && en.body.includes(evidenceSha));
      assert.equal((await get('/report?format=docx')).statusCode, 400);
    });

    test('the export as CSV and XLSX, and the pack as PDF', async () => {
      const csv = await get('/export?format=csv');
      assert.equal(csv.statusCode, 200, csv.body);
      assert.equal(csv.headers['content-type'], 'text/csv; charset=utf-8');
      assert.equal(csv.headers['content-disposition'], `attachment; filename="${base}-requirements.csv"`);
      assert.deepEqual(csv.rawPayload.subarray(0, 3), Buffer.from([0xef, 0xbb, 0xbf]), 'UTF-8 BOM');
      assert.equal(parseCsv(csv.rawPayload.toString('utf8').slice(1)).length, 1 + refs.length);

      const xlsx = await get('/export?format=xlsx&lang=en');
      assert.equal(xlsx.statusCode, 200);
      assert.equal(xlsx.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      assert.equal(xlsx.headers['content-disposition'], `attachment; filename="${base}-requirements.xlsx"`);
      assert.equal(xlsx.rawPayload.subarray(0, 2).toString('latin1'), 'PK');

      const pdf = await get('/report?format=pdf&kind=pack');
      assert.equal(pdf.statusCode, 200);
      assert.equal(pdf.headers['content-type'], 'application/pdf');
      assert.equal(pdf.headers['content-disposition'], `attachment; filename="${base}-readiness-pack.pdf"`);
      assert.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
      assert.ok(pageCount(pdf.rawPayload) >= 2);
    });

    test('another tenant’s user gets not found', async () => {
      const beta = await seedTenant(ctx.deps, 'Beta');
      const other = await signInAs(app, 'quality_manager1@beta.example', TEST_PASSWORD);
      const res = await other.request('GET', `/api/v1/assessments/${assessmentId}/export?format=csv`, undefined, {
        'x-ccq-org': beta.centreId,
      });
      assert.equal(res.statusCode, 404);
      assert.equal(res.json().error.code, 'CCQ_ERR_ASSESSMENT_NOT_FOUND');
    });
  });
});
