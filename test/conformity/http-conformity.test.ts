// test/conformity/http-conformity.test.ts — the conformity API over HTTP: framework validation reports, answers, evidence upload and verified download

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Context } from '../../src/main/context.js';
import { createApp } from '../../src/main/server.js';
import { openTestContext } from '../support/context.js';
import { dialects } from '../support/databases.js';
import { type HttpClient, multipart, signInAs } from '../support/http.js';
import { TEST_PASSWORD, seedTenant } from '../support/tenants.js';

for (const d of await dialects()) {
  describe(`conformity over HTTP (${d.name})`, { skip: d.skip }, () => {
    let ctx: Context;
    let app: FastifyInstance;
    let qm: HttpClient;
    let viewer: HttpClient;
    let assessmentId = '';
    before(async () => {
      ctx = await openTestContext(d.name);
      await seedTenant(ctx.deps, 'Alpha');
      app = await createApp(ctx, { webRoot: null });
      qm = await signInAs(app, 'quality_manager1@alpha.example', TEST_PASSWORD);
      viewer = await signInAs(app, 'agent3@alpha.example', TEST_PASSWORD);
    });
    after(async () => {
      await app.close();
      await ctx.conn.close();
    });

    test('validate reports problems by line and column; loading an invalid file answers 422 with them', async () => {
      const content =
        'format: ccq-framework/1\nurn: urn:a:b\nedition: a:1\nrevision: 0\nname: A\npublisher: A\nside: centre\nrequirements: []\n';
      const v = await qm.request('POST', '/api/v1/frameworks/validate', { fileName: 'a.yaml', content });
      assert.equal(v.statusCode, 200);
      const report = v.json() as { valid: boolean; problems: { line: number; column: number; path: string }[] };
      assert.equal(report.valid, false);
      assert.deepEqual(
        report.problems.map((p) => `${p.line}:${p.column} ${p.path}`),
        ['4:11 revision', '8:15 requirements'],
      );
      const load = await qm.request('POST', '/api/v1/frameworks', { fileName: 'a.yaml', content });
      assert.equal(load.statusCode, 422);
      const err = load.json() as { error: { code: string; issues: { path: string }[] } };
      assert.equal(err.error.code, 'CCQ_ERR_FRAMEWORK_INVALID');
      assert.equal(err.error.issues[0]?.path, 'a.yaml:4:11 revision');
    });

    test('the shipped ISO 18295-1 framework is there with its crosswalk links; an assessment answers over PATCH', async () => {
      const f = await qm.request('GET', '/api/v1/frameworks/iso-18295-1:2017');
      assert.equal(f.statusCode, 200);
      const detail = f.json() as { framework: { nodes: { ref: string }[] }; links: { ref: string; edition: string }[] };
      assert.ok(detail.framework.nodes.some((n) => n.ref === '4.4'));
      assert.ok(detail.links.some((l) => l.edition === 'iso-18295-2:2017'));
      const created = await qm.request('POST', '/api/v1/assessments', { frameworkId: 'iso-18295-1:2017', scopeTags: ['inbound'] });
      assert.equal(created.statusCode, 201, created.body);
      assessmentId = (created.json() as { assessment: { id: string } }).assessment.id;
      const bad = await qm.request('PATCH', `/api/v1/assessments/${assessmentId}/answers`, { ref: '4.1', result: 'not_applicable' });
      assert.equal(bad.statusCode, 400);
      const ok = await qm.request('PATCH', `/api/v1/assessments/${assessmentId}/answers`, {
        ref: '4.1',
        result: 'conformant',
        comment: 'ok',
      });
      assert.equal(ok.statusCode, 200);
      const view = ok.json() as { assessment: { status: string }; readiness: { total: { conformant: number } } };
      assert.equal(view.assessment.status, 'in_progress');
      assert.equal(view.readiness.total.conformant, 1);
      // An agent reads frameworks but not assessments.
      assert.equal((await viewer.request('GET', '/api/v1/frameworks')).statusCode, 200);
      assert.equal((await viewer.request('GET', `/api/v1/assessments/${assessmentId}`)).statusCode, 404);
    });

    test('an evidence file uploads as multipart, downloads byte for byte with its SHA-256, and oversize or wrong kinds are refused', async () => {
      const bytes = Buffer.from('%PDF-1.4 pretend policy document\n');
      const { body, headers } = multipart([
        { name: 'title', content: 'Complaints policy' },
        { name: 'assessmentId', content: assessmentId },
        { name: 'refs', content: '4.4.a, 4.4.b' },
        { name: 'validUntil', content: '2030-01-01' },
        { name: 'file', filename: 'policy.pdf', contentType: 'application/pdf', content: bytes },
      ]);
      const up = await qm.request('POST', '/api/v1/evidence/files', body, headers);
      assert.equal(up.statusCode, 201, up.body);
      const e = up.json() as { id: string; sha256: string; links: { ref: string }[]; mediaType: string };
      assert.equal(e.sha256, createHash('sha256').update(bytes).digest('hex'));
      assert.deepEqual(
        e.links.map((l) => l.ref),
        ['4.4.a', '4.4.b'],
      );
      const down = await qm.request('GET', `/api/v1/evidence/${e.id}/content`);
      assert.equal(down.statusCode, 200);
      assert.equal(down.headers['content-type'], 'application/pdf');
      assert.equal(down.headers['x-ccq-sha256'], e.sha256);
      assert.deepEqual(down.rawPayload, bytes);
      const exe = multipart([
        { name: 'title', content: 'x' },
        { name: 'file', filename: 'tool.exe', contentType: 'application/x-msdownload', content: 'MZ' },
      ]);
      assert.equal((await qm.request('POST', '/api/v1/evidence/files', exe.body, exe.headers)).statusCode, 400);
      const big = multipart([
        { name: 'title', content: 'big' },
        { name: 'file', filename: 'big.txt', contentType: 'text/plain', content: Buffer.alloc(25 * 1024 * 1024 + 10, 65) },
      ]);
      const tooBig = await qm.request('POST', '/api/v1/evidence/files', big.body, big.headers);
      assert.equal(tooBig.statusCode, 413);
      const listed = await qm.request('GET', `/api/v1/assessments/${assessmentId}/evidence`);
      assert.equal((listed.json() as unknown[]).length, 1);
    });
  });
}
