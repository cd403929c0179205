// test/mandates/mandate-lifecycle.test.ts — a mandate drafted by both parties, signed by one person of each, changed by a new draft, compared and evaluated; another tenant sees none of it

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { Caller } from '../../src/app/caller.js';
import {
  createMandate,
  diffMandate,
  evaluateMandate,
  getMandate,
  listMandates,
  newDraft,
  signMandate,
  updateDraft,
} from '../../src/app/manage-mandates.js';
import type { MandateContent } from '../../src/domain/mandates/mandate.js';
import type { Context } from '../../src/main/context.js';
import { callerFor, openTestContext } from '../support/context.js';
import { dialects } from '../support/databases.js';
import { importText } from '../support/imports.js';
import { type Tenant, seedTenant } from '../support/tenants.js';

for (const d of await dialects()) {
  describe(`mandate lifecycle (${d.name})`, { skip: d.skip }, () => {
    let ctx: Context;
    let a: Tenant;
    let b: Tenant;
    let client: Caller;
    let centre: Caller;
    let mandateId = '';
    before(async () => {
      ctx = await openTestContext(d.name);
      a = await seedTenant(ctx.deps, 'Manda');
      b = await seedTenant(ctx.deps, 'Other');
      client = await callerFor(ctx.deps, 'client_manager5@manda.example', a.clientId);
      centre = await callerFor(ctx.deps, 'admin0@manda.example', a.centreId);
    });
    after(async () => ctx.conn.close());

    const filled = (base: MandateContent): MandateContent => ({
      ...base,
      purpose: 'Kundservice för privatkunder',
      services: ['Kundservice'],
      channels: ['voice'],
      languages: ['sv', 'en'],
      queueIds: [a.queueId],
      targets: [
        {
          id: 'sl',
          kpi: 'service_level',
          variant: 'offered_minus_short',
          params: { thresholdSeconds: 20 },
          queueIds: [a.queueId],
          target: 0.8,
          direction: 'at_least',
          tolerance: 0.05,
          period: 'month',
          hours: 'all',
          isoRefs: ['4.2.c'],
        },
      ],
    });

    test('the client starts from the ISO 18295-2 template; the completeness check lists what is missing', async () => {
      const v = await createMandate(ctx.deps, client, { relationshipId: a.relationshipId, title: 'Uppdrag kundservice' });
      mandateId = v.mandate.id;
      assert.equal(v.current.number, 1);
      assert.equal(v.current.status, 'draft');
      assert.equal(v.current.content.responsibilities.find((r) => r.topic === 'complaints_first_line')?.owner, 'centre');
      const gaps = v.gaps.map((g) => g.id);
      assert.ok(gaps.includes('purpose') && gaps.includes('targets') && !gaps.includes('complaints') && !gaps.includes('reporting'));
      assert.deepEqual(v.missingSignatures, ['client', 'centre']);
    });

    test('both parties edit the draft; a queue of another relationship is refused', async () => {
      const v = await getMandate(ctx.deps, centre, mandateId);
      await assert.rejects(updateDraft(ctx.deps, centre, mandateId, { ...filled(v.current.content), queueIds: [b.queueId] }), /not valid/);
      const edited = await updateDraft(ctx.deps, centre, mandateId, filled(v.current.content));
      assert.equal(edited.current.content.targets[0]?.target, 0.8);
      assert.ok(!edited.gaps.some((g) => g.id === 'targets'));
      const viewer = await callerFor(ctx.deps, 'client_viewer6@manda.example', a.clientId);
      await assert.rejects(updateDraft(ctx.deps, viewer, mandateId, edited.current.content), /role does not allow/);
    });

    test('one person of each party signs the exact content; then it is signed and immutable', async () => {
      const v = await getMandate(ctx.deps, client, mandateId);
      const half = await signMandate(ctx.deps, client, mandateId, { versionHash: v.current.hash });
      assert.deepEqual(half.missingSignatures, ['centre']);
      await assert.rejects(signMandate(ctx.deps, client, mandateId, { versionHash: v.current.hash }), /already signed/);
      await assert.rejects(signMandate(ctx.deps, centre, mandateId, { versionHash: 'stale' }), /changed after you opened it/);
      await assert.rejects(
        signMandate(ctx.deps, client, mandateId, { versionHash: v.current.hash, party: 'centre' }),
        /cannot sign for the centre/,
      );
      const signed = await signMandate(ctx.deps, centre, mandateId, { versionHash: v.current.hash });
      assert.equal(signed.current.status, 'signed');
      assert.equal(signed.inForce?.number, 1);
      assert.deepEqual(
        signed.current.signatures.map((s) => [s.party, s.versionHash === v.current.hash]),
        [
          ['client', true],
          ['centre', true],
        ],
      );
      await assert.rejects(updateDraft(ctx.deps, centre, mandateId, signed.current.content), /signed and cannot change/);
    });

    test('a change is a new draft; the diff names the changed fields; the new signing supersedes the old', async () => {
      const draft = await newDraft(ctx.deps, client, mandateId);
      assert.equal(draft.current.number, 2);
      await assert.rejects(newDraft(ctx.deps, client, mandateId), /already a draft/);
      const content = draft.current.content;
      const changed = await updateDraft(ctx.deps, client, mandateId, {
        ...content,
        targets: content.targets.map((t) => ({ ...t, target: 0.85 })),
        languages: ['sv'],
      });
      assert.deepEqual(
        (await diffMandate(ctx.deps, centre, mandateId, 1, 2)).map((c) => c.path),
        ['languages', 'targets.sl.target'],
      );
      await signMandate(ctx.deps, client, mandateId, { versionHash: changed.current.hash });
      const both = await signMandate(ctx.deps, centre, mandateId, { versionHash: changed.current.hash });
      assert.deepEqual(
        both.versions.map((v) => v.status),
        ['superseded', 'signed'],
      );
    });

    test('the version in force is evaluated on the queue’s data', async () => {
      const t0 = Date.UTC(2026, 9, 6, 8, 0) / 1000;
      const log = [
        `${t0}|c1|manda-q1|NONE|ENTERQUEUE||+46701|1`,
        `${t0 + 10}|c1|manda-q1|Agent/1|CONNECT|10|x|1`,
        `${t0 + 130}|c1|manda-q1|Agent/1|COMPLETECALLER|10|120|1`,
      ];
      await importText(ctx.deps, centre, 'queue_log', 'manda queue_log', log.join('\n'));
      const r = await evaluateMandate(ctx.deps, client, mandateId, '2026-10');
      assert.equal(r.version, 2);
      assert.deepEqual(
        r.evaluations.map((e) => [e.targetId, e.measured, e.status]),
        [['sl', 1, 'met']],
      );
    });

    test('the other tenant sees no mandate, and cannot read this one by id', async () => {
      const other = await callerFor(ctx.deps, 'client_manager5@other.example', b.clientId);
      assert.deepEqual(await listMandates(ctx.deps, other), []);
      await assert.rejects(getMandate(ctx.deps, other, mandateId), /Mandate not found/);
      await assert.rejects(createMandate(ctx.deps, other, { relationshipId: a.relationshipId, title: 'x' }), /Relationship not found/);
      assert.equal((await listMandates(ctx.deps, centre)).length, 1);
      const trail = await sql<{ n: number }>`select count(*) as n from audit_log where entity = 'mandate'`.execute(ctx.conn.db);
      assert.ok(Number(trail.rows[0]?.n) >= 6);
      // Every mandate change concerns both parties, so each may read it in its audit trail.
      const parties = await sql<{ organisation_id: string }>`
        select distinct o.organisation_id from audit_log_organisations o join audit_log l on l.seq = o.seq where l.entity = 'mandate'`.execute(
        ctx.conn.db,
      );
      assert.deepEqual(parties.rows.map((r) => r.organisation_id).sort(), [a.clientId, a.centreId].sort());
    });
  });
}
