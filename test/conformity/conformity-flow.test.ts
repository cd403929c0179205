// test/conformity/conformity-flow.test.ts — a custom framework loaded, a self-assessment run to approval, an audit with a minor
// nonconformity closed by a verified corrective action, evidence integrity, and who may see what — on both databases

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { stampedReading } from '../../src/adapters/frameworks/framework-files.js';
import type { Caller } from '../../src/app/caller.js';
import { addEvidence, downloadEvidence, evidenceOfAssessment, getEvidence, listEvidence } from '../../src/app/manage-evidence.js';
import {
  addCorrectiveAction,
  closeFinding,
  listFindings,
  overdueActions,
  recordFinding,
  startAudit,
  stepCorrectiveAction,
} from '../../src/app/manage-findings.js';
import { getFramework, listFrameworks, loadFramework } from '../../src/app/manage-frameworks.js';
import {
  answerRequirement,
  carryOverAssessment,
  compareAssessments,
  createAssessment,
  getAssessment,
  listAssessments,
  shareAssessment,
  transitionAssessment,
} from '../../src/app/manage-assessments.js';
import type { Context } from '../../src/main/context.js';
import { dialects } from '../support/databases.js';
import { importText } from '../support/imports.js';
import { callerFor, openTestContext, steppingClock } from '../support/context.js';
import { type Tenant, seedTenant } from '../support/tenants.js';

const policy = (revision: number, extra = '') => `
format: ccq-framework/1
urn: urn:acme:policy:service
edition: acme-service:2026
revision: ${revision}
name: {sv: Servicepolicy, en: Service policy}
publisher: Acme
side: centre
scale:
  - {score: 0, label: {sv: Saknas, en: Absent}}
  - {score: 3, label: {sv: På plats, en: In place}}
tags:
  - {id: inbound, group: direction, label: {sv: Inkommande, en: Inbound}}
  - {id: outbound, group: direction, label: {sv: Utgående, en: Outbound}}
requirements:
  - ref: "1"
    title: {sv: Kunden, en: The customer}
    children:
      - ref: "1.1"
        title: {sv: Öppettider, en: Opening hours}
        statement: {sv: Öppettider publiceras, en: Opening hours are published}
        kpis: [service_level]
      - ref: "1.2"
        title: {sv: Klagomål, en: Complaints}
        statement: {sv: Klagomål hanteras, en: Complaints are handled}
      - ref: "1.3"
        title: {sv: Samtycke, en: Consent}
        statement: {sv: Ring bara med samtycke, en: Call only with consent}
        tags: [outbound]
${extra}`;

const reading = (text: string, name = 'policy.yaml') => stampedReading(Buffer.from(text), name, name);

for (const d of await dialects()) {
  describe(`conformity on ${d.name}`, { skip: d.skip }, () => {
    let ctx: Context;
    let a: Tenant;
    let b: Tenant;
    let qm: Caller;
    let admin: Caller;
    let teamLead: Caller;
    let clientManager: Caller;
    const time = steppingClock('2026-11-29T09:00:00.000Z');

    before(async () => {
      ctx = await openTestContext(d.name, { clock: time.clock });
      a = await seedTenant(ctx.deps, 'Alfa');
      b = await seedTenant(ctx.deps, 'Beta');
      qm = await callerFor(ctx.deps, 'quality_manager1@alfa.example', a.centreId);
      admin = await callerFor(ctx.deps, 'admin0@alfa.example', a.centreId);
      teamLead = await callerFor(ctx.deps, 'team_lead2@alfa.example', a.centreId);
      clientManager = await callerFor(ctx.deps, 'client_manager5@alfa.example', a.clientId);
    });
    after(async () => ctx.conn.close());

    test('a bad framework file is refused with every problem at its line, and nothing is stored', async () => {
      const bad = policy(1)
        .replace('kpis: [service_level]', 'kpis: [service_level, smiles]')
        .replace('tags: [outbound]', 'tags: [outbund]');
      await assert.rejects(
        loadFramework(ctx.deps, qm, reading(bad)),
        (e: Error & { code: string; issues: { path: string; message: string }[] }) => {
          assert.equal(e.code, 'CCQ_ERR_FRAMEWORK_INVALID');
          assert.deepEqual(
            e.issues.map((i) => i.path),
            ['policy.yaml:22:31 requirements.0.children.0.kpis.1', 'policy.yaml:29:16 requirements.0.children.2.tags.0'],
          );
          return true;
        },
      );
      assert.equal((await listFrameworks(ctx.deps, qm)).filter((f) => f.edition === 'acme-service:2026').length, 0);
    });

    test('a valid framework loads once; the same file again is unchanged; another tenant does not see it', async () => {
      const first = await loadFramework(ctx.deps, qm, reading(policy(1)));
      assert.equal(first.outcome, 'loaded');
      assert.equal(first.framework.requirements, 3);
      assert.equal((await loadFramework(ctx.deps, qm, reading(policy(1)))).outcome, 'unchanged');
      const other = await callerFor(ctx.deps, 'quality_manager1@beta.example', b.centreId);
      assert.equal(
        (await listFrameworks(ctx.deps, other)).some((f) => f.edition === 'acme-service:2026'),
        false,
      );
      await assert.rejects(getFramework(ctx.deps, other, first.framework.id), /CCQ_ERR_FRAMEWORK_NOT_FOUND|No framework/);
      // The client of the relationship may read its centre's own framework.
      assert.ok(await getFramework(ctx.deps, clientManager, first.framework.id));
      await assert.rejects(loadFramework(ctx.deps, teamLead, reading(policy(2))), /role does not allow/);
    });

    let assessmentId = '';
    let evidenceId = '';

    test('a self-assessment: out-of-scope requirements start not applicable; answers start the work; submit needs every answer', async () => {
      const f = await getFramework(ctx.deps, qm, 'acme-service:2026');
      const v = await createAssessment(ctx.deps, qm, { frameworkId: f.id, title: 'Policy 2026', scopeTags: [] });
      assessmentId = v.assessment.id;
      assert.equal(v.assessment.status, 'draft');
      assert.equal(v.assessment.scopeKind, 'centre');
      assert.deepEqual(
        v.answers.map((x) => [x.ref, x.status]),
        [
          ['1.1', 'todo'],
          ['1.2', 'todo'],
          ['1.3', 'todo'],
        ],
      );
      const inbound = await createAssessment(ctx.deps, qm, { frameworkId: f.id, scopeTags: ['inbound'] });
      const consent = inbound.answers.find((x) => x.ref === '1.3');
      assert.deepEqual([consent?.result, consent?.status], ['not_applicable', 'done']);
      assert.match(consent?.justification ?? '', /outbound/);
      await assert.rejects(createAssessment(ctx.deps, qm, { frameworkId: f.id, scopeTags: ['nonsense'] }), /not valid/);
      await assert.rejects(createAssessment(ctx.deps, clientManager, { frameworkId: f.id }), /not valid|role/);

      const started = await answerRequirement(ctx.deps, teamLead, assessmentId, '1.1', {
        result: 'conformant',
        score: 3,
        comment: 'Hours on the web',
      });
      assert.equal(started.assessment.status, 'in_progress');
      await assert.rejects(transitionAssessment(ctx.deps, qm, assessmentId, 'submit'), /not done yet: 1\.2, 1\.3/);
      await answerRequirement(ctx.deps, teamLead, assessmentId, '1.2', { result: 'partially_conformant' });
      await assert.rejects(answerRequirement(ctx.deps, teamLead, assessmentId, '1.3', { result: 'not_applicable' }), /not valid/);
      const v2 = await answerRequirement(ctx.deps, teamLead, assessmentId, '1.3', {
        result: 'not_applicable',
        justification: 'No outbound calls',
      });
      assert.deepEqual([v2.readiness.total.applicable, v2.readiness.total.conformant], [2, 1]);
      assert.equal(v2.readiness.total.readiness, 0.5);
    });

    test('evidence: a file is stored by its SHA-256, verified on download, refused when the stored bytes change; kinds and sizes are checked', async () => {
      const bytes = Buffer.from('Opening hours: Mon–Fri 08–20\n');
      const e = await addEvidence(ctx.deps, teamLead, {
        kind: 'file',
        title: 'Web page of opening hours',
        fileName: 'hours.txt',
        mediaType: 'application/octet-stream',
        bytes,
        validUntil: '2026-12-15',
        attachTo: { assessmentId, refs: ['1.1', '1.2'] },
      });
      evidenceId = e.id;
      assert.equal(e.sha256, createHash('sha256').update(bytes).digest('hex'));
      assert.equal(e.mediaType, 'text/plain');
      assert.equal(e.validity, 'expiring');
      assert.equal(e.links.length, 2);
      const dl = await downloadEvidence(ctx.deps, qm, e.id);
      assert.deepEqual(Buffer.from(dl.bytes), bytes);
      await assert.rejects(
        addEvidence(ctx.deps, teamLead, { kind: 'file', title: 'x', fileName: 'virus.exe', bytes: Buffer.from('MZ') }),
        /not valid/,
      );
      await assert.rejects(
        addEvidence(ctx.deps, teamLead, { kind: 'file', title: 'big', fileName: 'big.txt', bytes: new Uint8Array(25 * 1024 * 1024 + 1) }),
        /at most 25 MB/,
      );
      // Same bytes attached twice are one blob.
      await addEvidence(ctx.deps, teamLead, { kind: 'file', title: 'Copy', fileName: 'hours-copy.txt', bytes });
      const blobs = await sql<{ n: number }>`select count(*) as n from blobs`.execute(ctx.conn.db);
      assert.equal(Number(blobs.rows[0]?.n), 1);
      assert.equal((await listEvidence(ctx.deps, qm)).length, 2);
      // Another tenant cannot read it, even by id.
      const other = await callerFor(ctx.deps, 'quality_manager1@beta.example', b.centreId);
      await assert.rejects(getEvidence(ctx.deps, other, e.id), /Evidence not found/);
      // Tampering with the stored bytes is caught on download.
      const tampered = Buffer.from('Opening hours: never\n');
      await sql`update blobs set content = ${d.name === 'postgres' ? tampered : new Uint8Array(tampered)} where sha256 = ${e.sha256}`.execute(
        ctx.conn.db,
      );
      await assert.rejects(downloadEvidence(ctx.deps, qm, e.id), (err: Error & { code: string }) => err.code === 'CCQ_ERR_INTEGRITY');
      await sql`update blobs set content = ${d.name === 'postgres' ? bytes : new Uint8Array(bytes)} where sha256 = ${e.sha256}`.execute(
        ctx.conn.db,
      );
      const link = await addEvidence(ctx.deps, teamLead, { kind: 'link', title: 'Intranet', url: 'https://intranet.example/hours' });
      assert.equal(link.url, 'https://intranet.example/hours');
      await assert.rejects(addEvidence(ctx.deps, teamLead, { kind: 'link', title: 'bad', url: 'ftp://x' }), /not valid/);
    });

    test('workflow: submit, return with a reason, resubmit, approve; answers freeze once submitted; only approvers approve', async () => {
      await transitionAssessment(ctx.deps, teamLead, assessmentId, 'submit');
      await assert.rejects(answerRequirement(ctx.deps, teamLead, assessmentId, '1.2', { result: 'conformant' }), /answers can change only/);
      await assert.rejects(transitionAssessment(ctx.deps, teamLead, assessmentId, 'approve'), /role does not allow/);
      await assert.rejects(transitionAssessment(ctx.deps, qm, assessmentId, 'return'), /not valid/);
      await transitionAssessment(ctx.deps, qm, assessmentId, 'return', 'Add the complaint log for 1.2');
      await transitionAssessment(ctx.deps, teamLead, assessmentId, 'submit');
      const approved = await transitionAssessment(ctx.deps, qm, assessmentId, 'approve');
      assert.equal(approved.assessment.status, 'approved');
      assert.deepEqual(
        approved.events.map((e) => `${e.action}:${e.toStatus}`),
        ['create:draft', 'start:in_progress', 'submit:submitted', 'return:returned', 'submit:submitted', 'approve:approved'],
      );
      assert.equal(approved.events[3]?.comment, 'Add the complaint log for 1.2');
    });

    test('sharing: the client reads the assessment only once shared; the other tenant never', async () => {
      await assert.rejects(getAssessment(ctx.deps, clientManager, assessmentId), /Assessment not found/);
      await shareAssessment(ctx.deps, qm, assessmentId, [a.relationshipId]);
      const seen = await getAssessment(ctx.deps, clientManager, assessmentId);
      assert.equal(seen.assessment.id, assessmentId);
      await assert.rejects(
        answerRequirement(ctx.deps, clientManager, assessmentId, '1.1', { comment: 'x' }),
        /role does not allow|not found/,
      );
      const betaClient = await callerFor(ctx.deps, 'client_manager5@beta.example', b.clientId);
      await assert.rejects(getAssessment(ctx.deps, betaClient, assessmentId), /Assessment not found/);
      assert.equal((await listAssessments(ctx.deps, betaClient)).length, 0);
      await assert.rejects(shareAssessment(ctx.deps, qm, assessmentId, [b.relationshipId]), /not valid/);
    });

    test('an audit: the invited auditor sees this assessment and its evidence only, records a minor nonconformity; CAPA closes it', async () => {
      await startAudit(ctx.deps, qm, assessmentId, {
        auditorEmail: 'grant-auditor@beta.example',
        kind: 'certification',
        body: 'Nordic Cert',
        endsAt: '2026-12-31T00:00:00Z',
      });
      const auditor = await callerFor(ctx.deps, 'grant-auditor@beta.example', a.centreId);
      assert.equal(auditor.scope.org?.grantAssessmentId, assessmentId);
      assert.deepEqual(
        (await listAssessments(ctx.deps, auditor)).map((x) => x.id),
        [assessmentId],
      );
      assert.equal((await evidenceOfAssessment(ctx.deps, auditor, assessmentId)).length, 1);
      const file = await downloadEvidence(ctx.deps, auditor, evidenceId);
      assert.ok(file.bytes.byteLength > 0);
      await assert.rejects(listEvidence(ctx.deps, auditor), /Evidence not found/);
      await assert.rejects(answerRequirement(ctx.deps, auditor, assessmentId, '1.1', { comment: 'x' }), /role does not allow/);

      const finding = await recordFinding(ctx.deps, auditor, assessmentId, {
        grade: 'minor_nonconformity',
        title: 'Complaint log lacks acknowledgement dates',
        refs: ['1.2'],
        evidenceIds: [evidenceId],
      });
      assert.equal(finding.seq, 1);
      assert.ok(finding.auditId);
      await assert.rejects(
        recordFinding(ctx.deps, auditor, assessmentId, { grade: 'observation', title: 'x', refs: ['9.9'] }),
        /not valid/,
      );
      await assert.rejects(closeFinding(ctx.deps, auditor, finding.id), /needs at least one corrective action/);

      const owner = await ctx.deps.store.users.findByEmail('quality_manager1@alfa.example');
      assert.ok(owner);
      const withAction = await addCorrectiveAction(ctx.deps, qm, finding.id, {
        correction: 'Dates added to open complaints',
        action: 'Make the acknowledgement date a required field',
        ownerUserId: owner.id,
        dueOn: '2026-12-10',
      });
      const actionId = withAction.actions[0]?.id ?? '';
      await assert.rejects(
        addCorrectiveAction(ctx.deps, auditor, finding.id, { action: 'x', ownerUserId: owner.id, dueOn: '2026-12-10' }),
        /role does not allow/,
      );
      await assert.rejects(stepCorrectiveAction(ctx.deps, teamLead, actionId, 'implement'), /root cause/);
      await stepCorrectiveAction(ctx.deps, teamLead, actionId, 'start');
      // Overdue once the due date passes.
      time.advance(12 * 86_400_000);
      assert.deepEqual(
        (await overdueActions(ctx.deps, qm)).map((x) => x.id),
        [actionId],
      );
      const { updateCorrectiveAction } = await import('../../src/app/manage-findings.js');
      await updateCorrectiveAction(ctx.deps, teamLead, actionId, { rootCause: 'The form allowed an empty date' });
      await stepCorrectiveAction(ctx.deps, teamLead, actionId, 'implement');
      // The owner cannot verify their own action, nor can a role without the right to verify.
      await assert.rejects(
        stepCorrectiveAction(ctx.deps, qm, actionId, 'verify_effective', 'looked at it'),
        /someone other than the action owner/,
      );
      await assert.rejects(stepCorrectiveAction(ctx.deps, teamLead, actionId, 'verify_effective', 'looked at it'), /role does not allow/);
      await assert.rejects(stepCorrectiveAction(ctx.deps, auditor, actionId, 'verify_effective'), /not valid/);
      const verified = await stepCorrectiveAction(
        ctx.deps,
        auditor,
        actionId,
        'verify_effective',
        'Sampled 20 complaints from December: all dated',
      );
      assert.equal(verified.actions[0]?.status, 'verified_effective');
      assert.equal(verified.actions[0]?.overdue, false);
      const closed = await closeFinding(ctx.deps, auditor, finding.id);
      assert.equal(closed.status, 'closed');
      assert.equal((await listFindings(ctx.deps, qm, { status: 'open' })).length, 0);
      // Beta sees none of it.
      const betaQm = await callerFor(ctx.deps, 'quality_manager1@beta.example', b.centreId);
      assert.equal((await listFindings(ctx.deps, betaQm)).length, 0);
    });

    test('history: the next cycle carries the answers over and the comparison shows what changed', async () => {
      await transitionAssessment(ctx.deps, qm, assessmentId, 'close');
      const next = await carryOverAssessment(ctx.deps, qm, assessmentId, { title: 'Policy 2027' });
      assert.equal(next.assessment.status, 'in_progress');
      assert.equal(next.assessment.carriedOverFrom, assessmentId);
      assert.equal(next.answers.find((x) => x.ref === '1.1')?.result, 'conformant');
      await answerRequirement(ctx.deps, teamLead, next.assessment.id, '1.2', { result: 'conformant' });
      const cmp = await compareAssessments(ctx.deps, qm, assessmentId, next.assessment.id);
      assert.deepEqual(
        cmp.changes.map((c) => [c.ref, c.direction]),
        [['1.2', 'better']],
      );
      assert.equal(cmp.readiness.current.total.readiness, 1);
    });

    test('a new revision that drops an answered requirement is refused; a new edition maps and carries over', async () => {
      const dropped = policy(2).replace(/ {6}- ref: "1\.3"[\s\S]*$/, '');
      await assert.rejects(loadFramework(ctx.deps, qm, reading(dropped)), /drops \(1\.3\)/);
      const v2 = policy(1)
        .replace('edition: acme-service:2026', 'edition: acme-service:2027')
        .replace('urn: urn:acme:policy:service', 'urn: urn:acme:policy:service-2027')
        .replace(
          'Klagomål hanteras, en: Complaints are handled',
          'Klagomål hanteras inom fem dagar, en: Complaints are handled within five days',
        );
      const loaded = await loadFramework(ctx.deps, qm, reading(v2, 'policy-2027.yaml'));
      assert.deepEqual(
        loaded.succeeds[0]?.mapping.map((r) => `${r.from}>${r.to}:${r.relation}`),
        ['1.1>1.1:equal', '1.2>1.2:changed', '1.3>1.3:equal'],
      );
      const moved = await carryOverAssessment(ctx.deps, qm, assessmentId, { frameworkId: loaded.framework.id });
      assert.equal(moved.assessment.edition, 'acme-service:2027');
      assert.equal(moved.answers.find((x) => x.ref === '1.2')?.status, 'in_progress');
      assert.equal(moved.answers.find((x) => x.ref === '1.1')?.status, 'done');
    });

    test('a KPI snapshot freezes the query and its result as evidence; an assignee must belong to the organisation', async () => {
      const code = `${a.prefix.toLowerCase()}-q1`;
      const log = [
        `1772438410|c1|${code}|NONE|ENTERQUEUE||+46701|1`,
        `1772438425|c1|${code}|Agent/1|CONNECT|15|x|1`,
        `1772438545|c1|${code}|Agent/1|COMPLETECALLER|15|120|1`,
        `1772438500|c2|${code}|NONE|ENTERQUEUE||+46702|1`,
        `1772438560|c2|${code}|NONE|ABANDON|1|1|60`,
      ];
      await importText(ctx.deps, admin, 'queue_log', 'snapshot queue_log', log.join('\n'));
      const snap = await addEvidence(ctx.deps, qm, {
        kind: 'kpi_snapshot',
        title: 'Service level March',
        query: { from: '2026-03-01', to: '2026-04-01', kpis: ['offered', 'answered', 'service_level'] },
      });
      const result = snap.snapshot?.result as { groups: { kpis: Record<string, number | null> }[] };
      assert.deepEqual(result.groups[0]?.kpis, { offered: 2, answered: 1, service_level: 0.5 });
      assert.equal((snap.snapshot?.query as { from: string } | undefined)?.from, '2026-03-01');
      const draft = await createAssessment(ctx.deps, qm, { frameworkId: 'acme-service:2027' });
      const stranger = await ctx.deps.store.users.findByEmail('quality_manager1@beta.example');
      await assert.rejects(
        answerRequirement(ctx.deps, qm, draft.assessment.id, '1.1', { assigneeUserId: stranger?.id ?? '' }),
        /not valid/,
      );
      const own = await ctx.deps.store.users.findByEmail('team_lead2@alfa.example');
      const assigned = await answerRequirement(ctx.deps, qm, draft.assessment.id, '1.1', {
        assigneeUserId: own?.id ?? '',
        dueOn: '2026-12-20',
      });
      assert.equal(assigned.answers.find((x) => x.ref === '1.1')?.assigneeUserId, own?.id);
    });

    test('the client side runs its own ISO 18295-2 assessment; the centre does not see it', async () => {
      const v = await createAssessment(ctx.deps, clientManager, { frameworkId: 'iso-18295-2:2017' });
      assert.equal(v.assessment.scopeKind, 'client');
      assert.equal(v.assessment.organisationId, a.clientId);
      assert.ok(v.answers.length >= 30);
      await answerRequirement(ctx.deps, clientManager, v.assessment.id, v.answers[0]?.ref ?? '', { result: 'conformant' });
      await assert.rejects(getAssessment(ctx.deps, qm, v.assessment.id), /Assessment not found/);
      await assert.rejects(createAssessment(ctx.deps, clientManager, { frameworkId: 'iso-18295-1:2017' }), /not valid/);
    });

    test('every change is in the audit trail', async () => {
      const rows = await sql<{ entity: string; n: number }>`select entity, count(*) as n from audit_log group by entity`.execute(
        ctx.conn.db,
      );
      const by = new Map(rows.rows.map((r) => [r.entity, Number(r.n)]));
      for (const entity of ['framework', 'assessment', 'requirement_answer', 'evidence', 'audit', 'finding', 'corrective_action'])
        assert.ok((by.get(entity) ?? 0) > 0, `no ${entity} entries`);
      void admin;
    });
  });
}
