// test/mandates/review-pack.test.ts — the joint review: the pack's figures from known data, a missed target as a line of the PDF, obligations, the meeting record

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { reviewPackFile } from '../../src/adapters/reports/report-files.js';
import type { Caller } from '../../src/app/caller.js';
import { createAssessment } from '../../src/app/manage-assessments.js';
import { addCorrectiveAction } from '../../src/app/manage-findings.js';
import { createMandate, signMandate } from '../../src/app/manage-mandates.js';
import { closeReview, listReviews, reviewDocument, startReview, updateReviewRecord } from '../../src/app/manage-reviews.js';
import { raiseTargetFindings } from '../../src/app/raise-target-findings.js';
import { gatherReviewPack } from '../../src/app/review-pack.js';
import { obligationsOf, recordObligationDone } from '../../src/app/track-obligations.js';
import { mandateTemplate } from '../../src/domain/mandates/template.js';
import type { Context } from '../../src/main/context.js';
import { callerFor, openTestContext, steppingClock } from '../support/context.js';
import { dialects } from '../support/databases.js';
import { importText } from '../support/imports.js';
import { type Tenant, seedTenant } from '../support/tenants.js';

// Four calls on 6 October 2026 (Europe/Stockholm): two answered after a minute, one answered at once, one abandoned after 40 s.
const t0 = Date.UTC(2026, 9, 6, 8, 0) / 1000;
const log = [
  ...['a', 'b'].flatMap((id, i) => [
    `${t0 + i * 600}|${id}|rev-q1|NONE|ENTERQUEUE||+4670${i}|1`,
    `${t0 + i * 600 + 60}|${id}|rev-q1|Agent/1|CONNECT|60|x|1`,
    `${t0 + i * 600 + 180}|${id}|rev-q1|Agent/1|COMPLETECALLER|60|120|1`,
  ]),
  `${t0 + 1800}|c|rev-q1|NONE|ENTERQUEUE||+46709|1`,
  `${t0 + 1805}|c|rev-q1|Agent/1|CONNECT|5|x|1`,
  `${t0 + 1900}|c|rev-q1|Agent/1|COMPLETEAGENT|5|95|1`,
  `${t0 + 2400}|d|rev-q1|NONE|ENTERQUEUE||+46708|1`,
  `${t0 + 2440}|d|rev-q1|NONE|ABANDON|1|1|40`,
];

const pdfText = (pdf: Buffer): string => {
  const dir = mkdtempSync(join(tmpdir(), 'ccq-review-'));
  const file = join(dir, 'pack.pdf');
  writeFileSync(file, pdf);
  try {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } catch (e) {
    throw new Error(`pdftotext (Debian poppler-utils) is needed to read the PDF: ${(e as Error).message}`);
  }
};

for (const d of await dialects()) {
  describe(`the joint review pack (${d.name})`, { skip: d.skip }, () => {
    let ctx: Context;
    let t: Tenant;
    let other: Tenant;
    let centre: Caller;
    let client: Caller;
    let mandateId = '';
    const { clock } = steppingClock('2026-11-10T09:00:00.000Z');
    before(async () => {
      ctx = await openTestContext(d.name, { clock });
      t = await seedTenant(ctx.deps, 'Rev');
      other = await seedTenant(ctx.deps, 'Annan');
      centre = await callerFor(ctx.deps, 'quality_manager1@rev.example', t.centreId);
      client = await callerFor(ctx.deps, 'client_manager5@rev.example', t.clientId);
      const admin = await callerFor(ctx.deps, 'admin0@rev.example', t.centreId);
      await importText(ctx.deps, admin, 'queue_log', 'rev queue_log', log.join('\n'));
      const target = {
        variant: 'offered_minus_short',
        params: { thresholdSeconds: 20, shortAbandonSeconds: 5 },
        queueIds: [t.queueId],
        period: 'month' as const,
        hours: 'all' as const,
        isoRefs: [],
      };
      const content = {
        ...mandateTemplate(),
        queueIds: [t.queueId],
        targets: [
          // 1 of 4 answered within 20 s: 25 %, missed against 80 %.
          { ...target, id: 'sl', kpi: 'service_level', target: 0.8, direction: 'at_least' as const, tolerance: 0.05 },
          // 1 of 4 abandoned after the short-abandon limit: 25 %, met against at most 30 %.
          { ...target, id: 'ab', kpi: 'abandon_rate', target: 0.3, direction: 'at_most' as const, tolerance: 0.02 },
        ],
        obligations: [
          {
            id: 'forecast',
            title: 'Monthly volume forecast',
            description: null,
            owner: 'client' as const,
            dueOn: '2026-09-05',
            recurrence: 'monthly' as const,
            leadTimeDays: 5,
            doneOn: null,
          },
          {
            id: 'prices',
            title: 'New price list',
            description: null,
            owner: 'client' as const,
            dueOn: '2027-01-15',
            recurrence: 'none' as const,
            leadTimeDays: 10,
            doneOn: null,
          },
        ],
      };
      const m = await createMandate(ctx.deps, client, { relationshipId: t.relationshipId, title: 'Rev mandate', content });
      mandateId = m.mandate.id;
      await signMandate(ctx.deps, client, mandateId, { versionHash: m.current.hash });
      await signMandate(ctx.deps, centre, mandateId, { versionHash: m.current.hash });
      await createAssessment(ctx.deps, centre, { frameworkId: 'iso-18295-1:2017' });
      const raised = await raiseTargetFindings(ctx.deps, centre, mandateId, '2026-10');
      assert.equal(raised.raised.length, 1);
      const owner = await ctx.deps.store.users.findByEmail('quality_manager1@rev.example');
      await addCorrectiveAction(ctx.deps, centre, raised.raised[0]?.id ?? '', {
        action: 'Staff the morning peak with two more agents',
        ownerUserId: owner?.id ?? '',
        dueOn: '2026-11-30',
      });
    });
    after(async () => ctx.conn.close());

    test('obligations: deliveries are recorded per occurrence, once, and late ones show as overdue', async () => {
      assert.equal(
        (await recordObligationDone(ctx.deps, client, mandateId, 'forecast', { dueOn: '2026-09-05', doneOn: '2026-09-03' })).recorded,
        true,
      );
      const second = await recordObligationDone(ctx.deps, centre, mandateId, 'forecast', { dueOn: '2026-10-05', doneOn: '2026-10-07' });
      assert.equal(second.recorded, true);
      assert.equal((await recordObligationDone(ctx.deps, client, mandateId, 'forecast', { dueOn: '2026-10-05' })).recorded, false);
      await assert.rejects(recordObligationDone(ctx.deps, client, mandateId, 'forecast', { dueOn: '2026-10-06' }), /not a due date/);
      await assert.rejects(recordObligationDone(ctx.deps, client, mandateId, 'nope', { dueOn: '2026-10-05' }), /no such obligation/i);
      const states = await obligationsOf(ctx.deps, client, mandateId);
      assert.deepEqual(
        states.map((s) => [s.obligation.id, s.dueOn, s.state, s.lastDone?.doneOn ?? null]),
        [
          ['forecast', '2026-11-05', 'overdue', '2026-10-07'],
          ['prices', '2027-01-15', 'upcoming', null],
        ],
      );
      // The other tenant can neither read nor record.
      const stranger = await callerFor(ctx.deps, 'client_manager5@annan.example', other.clientId);
      await assert.rejects(obligationsOf(ctx.deps, stranger, mandateId), /Mandate not found/);
      await assert.rejects(recordObligationDone(ctx.deps, stranger, mandateId, 'forecast', { dueOn: '2026-11-05' }), /Mandate not found/);
    });

    test('the pack holds the measured figures, the trend with months without data, the missed target with its finding and action', async () => {
      const p = await gatherReviewPack(ctx.deps, client, { relationshipId: t.relationshipId, period: '2026-10' });
      assert.equal(p.version.number, 1);
      assert.equal(p.version.signatures.length, 2);
      const byId = new Map(p.targets.map((x) => [x.target.id, x]));
      assert.deepEqual(
        byId.get('sl')?.evaluations.map((e) => [e.label, e.measured, e.coverage, e.status]),
        [['2026-10', 0.25, 1 / 31, 'missed']],
      );
      assert.deepEqual(
        byId.get('ab')?.evaluations.map((e) => [e.measured, e.status]),
        [[0.25, 'met']],
      );
      assert.deepEqual(
        byId.get('sl')?.trend.map((m) => [m.month, m.status]),
        [
          ['2026-05', 'no_data'],
          ['2026-06', 'no_data'],
          ['2026-07', 'no_data'],
          ['2026-08', 'no_data'],
          ['2026-09', 'no_data'],
          ['2026-10', 'missed'],
        ],
      );
      // The client reads the centre's findings only where the centre shared the assessment: the miss is listed, its finding not.
      assert.deepEqual(
        p.missed.map((m) => [m.targetId, m.finding]),
        [['sl', null]],
      );
      const own = await gatherReviewPack(ctx.deps, centre, { relationshipId: t.relationshipId, period: '2026-10' });
      const miss = own.missed[0];
      assert.equal(miss?.targetId, 'sl');
      assert.equal(miss?.finding?.seq, 1);
      assert.deepEqual(
        miss?.finding?.actions.map((a) => [a.action, a.owner, a.dueOn]),
        [['Staff the morning peak with two more agents', 'Rev quality_manager', '2026-11-30']],
      );
      assert.deepEqual(p.conformity.assessments, []);
      assert.deepEqual(
        own.conformity.assessments.map((a) => [a.side, a.edition]),
        [['centre', 'iso-18295-1:2017']],
      );
      assert.deepEqual(
        own.conformity.openFindings.map((f) => [f.seq, f.grade, f.openActions]),
        [[1, 'minor_nonconformity', 1]],
      );
      assert.deepEqual(
        own.obligations.map((o) => [o.id, o.state]),
        [
          ['forecast', 'overdue'],
          ['prices', 'upcoming'],
        ],
      );
      // No survey, complaint, quality or people records: only the complaint rate has a sample (no complaints among 4 contacts).
      assert.deepEqual(
        own.voice?.map((f) => [f.kpi, f.value, f.n, f.lowSample]),
        [['complaint_rate', 0, 4, true]],
      );
    });

    test('the PDF has the missed target as a line with its finding; HTML and XLSX carry the same figures', async () => {
      const p = await gatherReviewPack(ctx.deps, centre, { relationshipId: t.relationshipId, period: '2026-10' });
      const pdf = await reviewPackFile(p, null, { format: 'pdf', locale: 'en' });
      assert.equal(pdf.name, 'Rev-service-review-2026-10.pdf');
      const text = pdfText(pdf.body as Buffer).replace(/[ \t]+/g, ' ');
      assert.match(text, /Missed targets and actions/);
      assert.match(text, /Service level — 2026-10: 25\.0%/);
      assert.match(text, /Finding F-1/);
      assert.match(text, /Staff the morning peak with two more agents/);
      assert.match(text, /Monthly volume forecast Client .*Overdue/);
      assert.match(text, /Decisions and minutes/);

      const html = (await reviewPackFile(p, null, { format: 'html', locale: 'sv' })).body as string;
      assert.match(html, /Missade mål och åtgärder/);
      assert.equal((html.match(/class="finding missed-target"/g) ?? []).length, 1);
      assert.match(html, /<svg class="trend"/);
      assert.doesNotMatch(html, /<script/i);

      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await reviewPackFile(p, null, { format: 'xlsx', locale: 'en' })).body as unknown as ArrayBuffer);
      assert.deepEqual(
        wb.worksheets.map((s) => s.name),
        ['Targets', 'Trend', 'Missed', 'Voice', 'Staffing', 'Findings', 'Obligations', 'Decisions', 'Actions', 'Attendees'],
      );
      const targets = wb.getWorksheet('Targets');
      const row = targets ? Array.from({ length: 11 }, (_, i) => targets.getRow(2).getCell(i + 1).value) : [];
      assert.deepEqual(row, [
        'sl',
        'Service level',
        'offered_minus_short',
        'rev-q1',
        'at least',
        0.8,
        0.05,
        '2026-10',
        0.25,
        1 / 31,
        'Missed',
      ]);
      assert.equal(wb.getWorksheet('Missed')?.getRow(2).getCell(7).value, 'Staff the morning peak with two more agents');
    });

    test('a review freezes the pack, records the meeting, closes only when complete, and is unique per month', async () => {
      const started = await startReview(ctx.deps, client, { relationshipId: t.relationshipId, period: '2026-10' });
      assert.equal(started.created, true);
      assert.match(started.review.packHash, /^[0-9a-f]{64}$/);
      const again = await startReview(ctx.deps, centre, { relationshipId: t.relationshipId, period: '2026-10' });
      assert.deepEqual([again.created, again.review.id], [false, started.review.id]);
      const id = started.review.id;
      await assert.rejects(closeReview(ctx.deps, client, id), (e: Error & { issues?: { path: string }[] }) => {
        assert.deepEqual(
          e.issues?.map((x) => x.path),
          ['heldOn', 'attendees', 'attendees'],
        );
        return true;
      });
      await assert.rejects(
        updateReviewRecord(ctx.deps, client, id, {
          heldOn: '2026-11-09',
          attendees: [],
          decisions: [
            { id: 'd1', text: 'x' },
            { id: 'd1', text: 'y' },
          ],
          actions: [],
          notes: null,
        }),
        /not valid/,
      );
      const record = {
        heldOn: '2026-11-09',
        attendees: [
          { name: 'Klara Kund', party: 'client' as const, role: 'Service owner' },
          { name: 'Cecilia Center', party: 'centre' as const, role: 'Site manager' },
        ],
        decisions: [{ id: 'd1', text: 'Raise staffing 08–10 until the service level is back above 80 %' }],
        actions: [
          { id: 'a1', title: 'Send the November forecast', ownerParty: 'client' as const, owner: 'Klara Kund', dueOn: '2026-11-15' },
        ],
        notes: 'Abandon rate fine.',
      };
      await updateReviewRecord(ctx.deps, centre, id, record);
      const closed = await closeReview(ctx.deps, client, id);
      assert.equal(closed.status, 'closed');
      await assert.rejects(updateReviewRecord(ctx.deps, client, id, record), /closed/);

      // The frozen pack does not move when the data does: a delivery recorded now leaves it as it was.
      await recordObligationDone(ctx.deps, client, mandateId, 'forecast', { dueOn: '2026-11-05' });
      const doc = await reviewDocument(ctx.deps, centre, id);
      assert.equal(doc.pack.obligations.find((o) => o.id === 'forecast')?.state, 'overdue');
      assert.equal(
        (await gatherReviewPack(ctx.deps, centre, { relationshipId: t.relationshipId, period: '2026-10' })).obligations[0]?.state,
        'upcoming',
      );
      const text = pdfText((await reviewPackFile(doc.pack, doc.review, { format: 'pdf', locale: 'en' })).body as Buffer).replace(
        /[ \t]+/g,
        ' ',
      );
      assert.match(text, /Raise staffing 08–10 until the service level is back above 80 %/);
      assert.match(text, /Send the November forecast Klara Kund Client/);
      assert.match(text, /Minutes approved/);

      // The other tenant sees none of it.
      const stranger = await callerFor(ctx.deps, 'client_manager5@annan.example', other.clientId);
      assert.deepEqual(await listReviews(ctx.deps, stranger), []);
      await assert.rejects(reviewDocument(ctx.deps, stranger, id), /Review not found/);
      await assert.rejects(gatherReviewPack(ctx.deps, stranger, { relationshipId: t.relationshipId, period: '2026-10' }), /not found/i);
    });
  });
}
