// src/adapters/db/store.test.ts — the store over SQLite and PostgreSQL: same test body, both dialects

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { addMember } from '../../app/manage-members.js';
import { createOrganisation, updateOrganisation } from '../../app/manage-organisations.js';
import { createRelationship } from '../../app/manage-relationships.js';
import { systemScope } from '../../domain/access/scope.js';
import { AppError } from '../../domain/shared/errors.js';
import type { Context } from '../../main/context.js';
import { dialects } from '../../../test/support/databases.js';
import { callerFor, openTestContext, operator } from '../../../test/support/context.js';
import { type Tenant, seedTenant } from '../../../test/support/tenants.js';
import { migrateToLatest } from './connect.js';

for (const { name, skip } of await dialects()) {
  describe(`store on ${name}`, { skip }, () => {
    let ctx: Context;
    let alpha: Tenant;
    let beta: Tenant;
    before(async () => {
      ctx = await openTestContext(name);
      alpha = await seedTenant(ctx.deps, 'Alpha');
      beta = await seedTenant(ctx.deps, 'Beta');
    });
    after(async () => ctx?.conn.close());

    test('migrations are idempotent', async () => {
      const again = await migrateToLatest(ctx.conn);
      assert.deepEqual(again.applied, []);
    });

    test('a client user lists its own organisation and its centre, never the other tenant', async () => {
      const caller = await callerFor(ctx.deps, 'client_manager5@alpha.example', alpha.clientId);
      const names = (await ctx.deps.store.organisations.list(caller.scope)).map((o) => o.name).sort();
      assert.deepEqual(names, ['Alpha Bank', 'Alpha Centre']);
      assert.equal(await ctx.deps.store.organisations.findById(caller.scope, beta.clientId), null);
      assert.equal(await ctx.deps.store.queues.findById(caller.scope, beta.queueId), null);
      assert.deepEqual(
        (await ctx.deps.store.queues.list(caller.scope)).map((q) => q.id),
        [alpha.queueId],
      );
    });

    test('a centre agent sees its queues but no member list', async () => {
      const caller = await callerFor(ctx.deps, 'agent3@alpha.example', alpha.centreId);
      assert.deepEqual(
        (await ctx.deps.store.queues.list(caller.scope)).map((q) => q.id),
        [alpha.queueId],
      );
      assert.deepEqual(await ctx.deps.store.memberships.list(caller.scope, alpha.centreId), []);
    });

    test('the platform (no organisation) sees every organisation', async () => {
      const all = await ctx.deps.store.organisations.list(systemScope);
      assert.ok(all.length >= 4);
    });

    test('duplicate organisation names are a conflict with the field named', async () => {
      await assert.rejects(
        createOrganisation(ctx.deps, operator, { name: 'Alpha Bank', kind: 'client' }),
        (e: unknown) => e instanceof AppError && e.code === 'CCQ_ERR_CONFLICT' && e.issues[0]?.path === 'name',
      );
    });

    test('a relationship needs a client on one end and a centre on the other', async () => {
      await assert.rejects(
        createRelationship(ctx.deps, operator, {
          clientOrganisationId: alpha.centreId,
          centreOrganisationId: alpha.clientId,
          name: 'backwards',
        }),
        (e: unknown) => e instanceof AppError && e.code === 'CCQ_ERR_VALIDATION' && e.issues.length === 2,
      );
    });

    test('a failed transaction leaves neither the change nor its audit entry', async () => {
      const countLog = async () => Number((await sql<{ n: number }>`select count(*) as n from audit_log`.execute(ctx.conn.db)).rows[0]?.n);
      const beforeLog = await countLog();
      await assert.rejects(
        ctx.deps.store.transaction(async (tx) => {
          await tx.organisations.insert({
            id: 'rollback-org',
            name: 'Rollback AB',
            kind: 'client',
            timeZone: 'Europe/Stockholm',
            createdAt: new Date().toISOString(),
          });
          await tx.auditLog.append(
            {
              actorUserId: null,
              actorLabel: 't',
              organisationIds: ['rollback-org'],
              entity: 'organisation',
              entityId: 'rollback-org',
              action: 'create',
              before: null,
              after: {},
            },
            new Date().toISOString(),
            'rollback-entry',
          );
          throw new Error('crash mid-way');
        }),
        /crash mid-way/,
      );
      assert.equal(await ctx.deps.store.organisations.findById(systemScope, 'rollback-org'), null);
      assert.equal(await countLog(), beforeLog);
      assert.equal((await ctx.deps.store.auditLog.verify()).firstBreak, null);
    });

    test('an admin cannot remove the last admin of an organisation', async () => {
      const admin = await callerFor(ctx.deps, 'admin0@alpha.example', alpha.centreId);
      const members = await ctx.deps.store.memberships.list(admin.scope, alpha.centreId);
      const own = members.find((m) => m.email === 'admin0@alpha.example');
      assert.ok(own);
      const { updateMemberRole } = await import('../../app/manage-members.js');
      await assert.rejects(
        updateMemberRole(ctx.deps, admin, own.id, 'agent'),
        (e: unknown) => e instanceof AppError && e.code === 'CCQ_ERR_CONFLICT',
      );
    });

    test('every change is in the audit trail with before and after, chained and verifiable', async () => {
      const admin = await callerFor(ctx.deps, 'admin0@alpha.example', alpha.centreId);
      await updateOrganisation(ctx.deps, admin, alpha.centreId, { name: 'Alpha Centre Renamed' });
      const entries = await ctx.deps.store.auditLog.list(admin.scope, { limit: 5 });
      const rename = entries.find((e) => e.entity === 'organisation' && e.action === 'update');
      assert.ok(rename, 'rename recorded');
      assert.equal((rename.before as { name: string }).name, 'Alpha Centre');
      assert.equal((rename.after as { name: string }).name, 'Alpha Centre Renamed');
      assert.equal(rename.actorLabel, 'admin0@alpha.example');
      assert.equal(typeof rename.seq, 'number');
      // The other tenant's admin does not see this entry.
      const betaAdmin = await callerFor(ctx.deps, 'admin0@beta.example', beta.centreId);
      const theirs = await ctx.deps.store.auditLog.list(betaAdmin.scope, { limit: 500 });
      assert.ok(theirs.length > 0);
      assert.ok(theirs.every((e) => !e.organisationIds.includes(alpha.centreId)));
      const v = await ctx.deps.store.auditLog.verify();
      assert.equal(v.firstBreak, null);
      assert.ok(v.entries > 20);
    });

    test('concurrent changes append to one unbroken chain (no fork, no gap)', async () => {
      const created = await Promise.all(
        Array.from({ length: 24 }, (_, i) => createOrganisation(ctx.deps, operator, { name: `Concurrent ${i} AB`, kind: 'client' })),
      );
      assert.equal(new Set(created.map((o) => o.id)).size, 24);
      const seqs = (await ctx.conn.db.selectFrom('audit_log').select('seq').orderBy('seq').execute()).map((r) => Number(r.seq));
      assert.deepEqual(
        seqs,
        seqs.map((_, i) => i + 1),
      );
      assert.equal((await ctx.deps.store.auditLog.verify()).firstBreak, null);
    });

    test('two writers racing for the same unique name get one success and one conflict', async () => {
      const results = await Promise.allSettled(
        [0, 1, 2].map(() => createOrganisation(ctx.deps, operator, { name: 'Race AB', kind: 'contact_centre' })),
      );
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
      for (const r of results.filter((x) => x.status === 'rejected'))
        assert.equal(((r as PromiseRejectedResult).reason as AppError).code, 'CCQ_ERR_CONFLICT');
    });

    test('the database refuses to change or delete audit entries', async () => {
      await assert.rejects(sql`update audit_log set actor_label = 'someone else' where seq = 1`.execute(ctx.conn.db), /append-only/);
      await assert.rejects(sql`delete from audit_log where seq = 1`.execute(ctx.conn.db), /append-only/);
    });

    test('verify names the first tampered entry when the trigger is bypassed', async () => {
      const member = await addMember(ctx.deps, operator, beta.clientId, { email: 'late@beta.example', role: 'client_viewer' });
      const row = await ctx.conn.db.selectFrom('audit_log').select('seq').where('entity_id', '=', member.id).executeTakeFirstOrThrow();
      const seq = Number(row.seq);
      if (name === 'sqlite') {
        await sql`drop trigger audit_log_no_update`.execute(ctx.conn.db);
        await sql`update audit_log set after_json = '{"role":"admin"}' where seq = ${seq}`.execute(ctx.conn.db);
      } else {
        await sql`alter table audit_log disable trigger audit_log_append_only`.execute(ctx.conn.db);
        await sql`update audit_log set after_json = '{"role":"admin"}' where seq = ${seq}`.execute(ctx.conn.db);
        await sql`alter table audit_log enable trigger audit_log_append_only`.execute(ctx.conn.db);
      }
      const v = await ctx.deps.store.auditLog.verify();
      assert.deepEqual(v.firstBreak && { seq: v.firstBreak.seq, reason: v.firstBreak.reason }, { seq, reason: 'hash_mismatch' });
      assert.equal(v.entries, seq - 1);
    });
  });
}
