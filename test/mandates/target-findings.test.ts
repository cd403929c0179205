// test/mandates/target-findings.test.ts — a missed target becomes one finding on the centre's ISO 18295-1 assessment, with the requirements it concerns

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Caller } from '../../src/app/caller.js';
import { createAssessment } from '../../src/app/manage-assessments.js';
import { listFindings } from '../../src/app/manage-findings.js';
import { createMandate } from '../../src/app/manage-mandates.js';
import { raiseTargetFindings } from '../../src/app/raise-target-findings.js';
import { mandateTemplate } from '../../src/domain/mandates/template.js';
import type { Context } from '../../src/main/context.js';
import { callerFor, openTestContext } from '../support/context.js';
import { dialects } from '../support/databases.js';
import { importText } from '../support/imports.js';
import { type Tenant, seedTenant } from '../support/tenants.js';

// Two calls on 6 October 2026, each waiting a minute: nobody is answered within 20 s.
const t0 = Date.UTC(2026, 9, 6, 8, 0) / 1000;
const log = ['a', 'b'].flatMap((id, i) => [
  `${t0 + i * 600}|${id}|miss-q1|NONE|ENTERQUEUE||+4670${i}|1`,
  `${t0 + i * 600 + 60}|${id}|miss-q1|Agent/1|CONNECT|60|x|1`,
  `${t0 + i * 600 + 180}|${id}|miss-q1|Agent/1|COMPLETECALLER|60|120|1`,
]);

for (const d of await dialects()) {
  describe(`findings from missed targets (${d.name})`, { skip: d.skip }, () => {
    let ctx: Context;
    let t: Tenant;
    let centre: Caller;
    let mandateId = '';
    before(async () => {
      ctx = await openTestContext(d.name);
      t = await seedTenant(ctx.deps, 'Miss');
      centre = await callerFor(ctx.deps, 'quality_manager1@miss.example', t.centreId);
      const admin = await callerFor(ctx.deps, 'admin0@miss.example', t.centreId);
      await importText(ctx.deps, admin, 'queue_log', 'miss queue_log', log.join('\n'));
      const content = {
        ...mandateTemplate(),
        queueIds: [t.queueId],
        targets: [
          {
            id: 'sl',
            kpi: 'service_level',
            variant: 'offered_minus_short',
            params: { thresholdSeconds: 20 },
            queueIds: [t.queueId],
            target: 0.8,
            direction: 'at_least' as const,
            tolerance: 0.05,
            period: 'month' as const,
            hours: 'all' as const,
            isoRefs: [],
          },
        ],
      };
      mandateId = (await createMandate(ctx.deps, admin, { relationshipId: t.relationshipId, title: 'Miss mandate', content })).mandate.id;
    });
    after(async () => ctx.conn.close());

    test('without an open ISO 18295-1 assessment of the centre the miss is reported, not lost', async () => {
      const r = await raiseTargetFindings(ctx.deps, centre, mandateId, '2026-10');
      assert.deepEqual(r.raised, []);
      assert.deepEqual(
        r.skipped.map((s) => s.targetId),
        ['sl'],
      );
    });

    test('with one, the miss is a minor nonconformity on the agreed-KPI and staffing requirements, raised once', async () => {
      const a = await createAssessment(ctx.deps, centre, { frameworkId: 'iso-18295-1:2017' });
      const r = await raiseTargetFindings(ctx.deps, centre, mandateId, '2026-10');
      assert.equal(r.raised.length, 1, JSON.stringify(r));
      const f = r.raised[0];
      assert.equal(f?.grade, 'minor_nonconformity');
      assert.equal(f?.assessmentId, a.assessment.id);
      assert.deepEqual(f?.refs, ['9.b', '7.b', '7.c']);
      assert.match(f?.title ?? '', /Mål missat: .* 2026-10 \(0\.0 %, mål minst 80\.0 %\)/);
      assert.match(f?.description ?? '', /Föreslagen korrigerande åtgärd/);
      assert.equal(f?.origin, `target:${mandateId}:sl:2026-10`);
      const again = await raiseTargetFindings(ctx.deps, centre, mandateId, '2026-10');
      assert.deepEqual([again.raised.length, again.alreadyRaised], [0, ['sl']]);
      assert.equal((await listFindings(ctx.deps, centre, { assessmentId: a.assessment.id })).length, 1);
      // A month without data is no data, never a finding.
      assert.deepEqual((await raiseTargetFindings(ctx.deps, centre, mandateId, '2026-11')).raised, []);
    });
  });
}
