// test/conformity/voice-evidence.test.ts — a snapshot of survey, complaint, quality or people KPIs as evidence: measured for a relationship, frozen with its sample

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addEvidence } from '../../src/app/manage-evidence.js';
import type { Context } from '../../src/main/context.js';
import { callerFor, openTestContext } from '../support/context.js';
import { dialects } from '../support/databases.js';
import { importText } from '../support/imports.js';
import { type Tenant, seedTenant } from '../support/tenants.js';

// Three calls on 6 October 2026 in the tenant's queue, no complaints: 0 complaints per 1,000 contacts, n = 3.
const t0 = Date.UTC(2026, 9, 6, 8, 0) / 1000;
const log = ['a', 'b', 'c'].flatMap((id, i) => [
  `${t0 + i * 600}|${id}|voice-q1|NONE|ENTERQUEUE||+4670${i}|1`,
  `${t0 + i * 600 + 10}|${id}|voice-q1|Agent/1|CONNECT|10|x|1`,
  `${t0 + i * 600 + 100}|${id}|voice-q1|Agent/1|COMPLETECALLER|10|90|1`,
]);

for (const d of await dialects()) {
  describe(`voice KPIs as evidence (${d.name})`, { skip: d.skip }, () => {
    let ctx: Context;
    let t: Tenant;
    before(async () => {
      ctx = await openTestContext(d.name);
      t = await seedTenant(ctx.deps, 'Voice');
      await importText(ctx.deps, await callerFor(ctx.deps, 'admin0@voice.example', t.centreId), 'queue_log', 'voice log', log.join('\n'));
    });
    after(async () => ctx.conn.close());

    test('a complaint-rate snapshot is measured for the relationship and keeps its sample', async () => {
      const qm = await callerFor(ctx.deps, 'quality_manager1@voice.example', t.centreId);
      const query = { from: '2026-10-01', to: '2026-11-01', kpis: ['complaint_rate'] };
      const e = await addEvidence(ctx.deps, qm, {
        kind: 'kpi_snapshot',
        title: 'Complaints October',
        query,
        relationshipId: t.relationshipId,
      });
      const result = e.snapshot?.result as { measured: Record<string, { value: number | null; n: number }> };
      assert.deepEqual([result.measured.complaint_rate?.value, result.measured.complaint_rate?.n], [0, 3]);
      assert.equal((e.snapshot?.query as { relationshipId?: string } | undefined)?.relationshipId, t.relationshipId);
    });

    test('voice and contact-data KPIs are separate snapshots, and voice KPIs need their relationship', async () => {
      const qm = await callerFor(ctx.deps, 'quality_manager1@voice.example', t.centreId);
      const base = { kind: 'kpi_snapshot' as const, title: 'x' };
      await assert.rejects(
        addEvidence(ctx.deps, qm, {
          ...base,
          query: { from: '2026-10-01', to: '2026-11-01', kpis: ['complaint_rate', 'offered'] },
          relationshipId: t.relationshipId,
        }),
        (err: Error & { issues?: { path: string }[] }) => err.issues?.[0]?.path === 'query.kpis',
      );
      await assert.rejects(
        addEvidence(ctx.deps, qm, { ...base, query: { from: '2026-10-01', to: '2026-11-01', kpis: ['csat'] } }),
        (err: Error & { issues?: { path: string }[] }) => err.issues?.[0]?.path === 'relationship',
      );
      // A relationship the caller cannot see is not found.
      const other = await seedTenant(ctx.deps, 'Annat');
      await assert.rejects(
        addEvidence(ctx.deps, qm, {
          ...base,
          query: { from: '2026-10-01', to: '2026-11-01', kpis: ['csat'] },
          relationshipId: other.relationshipId,
        }),
        /not found/i,
      );
    });
  });
}
