// src/app/import-evaluations.ts — evaluations made elsewhere (a spreadsheet, another QA tool) read from CSV and scored here

import { type EvaluationCsvMapping, type EvaluationCsvReject, readEvaluationCsv } from '../domain/qa/evaluation-csv.js';
import { AppError } from '../domain/shared/errors.js';
import type { Caller } from './caller.js';
import { insertEvaluation } from './manage-qa.js';
import type { Deps } from './ports.js';
import { loadQaRelationship, loadScorecard } from './qa-access.js';

export type ImportEvaluationsOptions = { relationshipId: string; scorecardId: string; text: string; mapping?: EvaluationCsvMapping };
export type ImportEvaluationsResult = { imported: number; skipped: number; rejects: EvaluationCsvReject[] };

/**
 * One transaction for the file: every readable row is scored against the pinned scorecard version
 * and stored with its audit entry; a row that does not fit (unknown queue, points out of range) is
 * rejected with its line. A contact already evaluated in the relationship is skipped, so importing
 * the same file again changes nothing.
 */
export const importEvaluations = async (deps: Deps, caller: Caller, o: ImportEvaluationsOptions): Promise<ImportEvaluationsResult> => {
  const rel = await loadQaRelationship(deps.store, caller, o.relationshipId, 'qa:evaluate');
  const card = await loadScorecard(deps.store, caller, o.scorecardId, rel.centreOrganisationId);
  const { rows, rejects, problems } = readEvaluationCsv(o.text, card.content, o.mapping);
  if (problems.length)
    throw new AppError(
      'CCQ_ERR_VALIDATION',
      'The file cannot be read as evaluations',
      problems.map((message) => ({ path: 'file', message })),
    );
  const queues = new Map((await deps.store.queues.ofRelationship(rel.id)).map((q) => [q.code, q.id]));
  return deps.store.transaction(async (tx) => {
    const done = new Set((await tx.qa.evaluations({ relationshipIds: [rel.id] })).map((e) => e.contactSourceId));
    let imported = 0;
    let skipped = 0;
    const out = [...rejects];
    for (const r of rows) {
      if (done.has(r.contact)) {
        skipped++;
        continue;
      }
      const queueId = r.queue === null ? null : (queues.get(r.queue) ?? undefined);
      if (queueId === undefined) {
        out.push({ line: r.line, message: `no queue "${r.queue}" in this relationship` });
        continue;
      }
      const agentUser = r.agentEmail ? await tx.users.findByEmail(r.agentEmail) : null;
      if (r.agentEmail && !agentUser) {
        // The same answer as for an account outside the centre: the file cannot probe which emails exist.
        out.push({ line: r.line, message: 'agentUserId: not a member of the centre' });
        continue;
      }
      try {
        await insertEvaluation(deps, tx, caller, {
          relationshipId: rel.id,
          queueId,
          contactSourceId: r.contact,
          contactAt: r.contactAt,
          agent: r.agent,
          agentUserId: agentUser?.id ?? null,
          scorecardId: card.id,
          answers: r.answers,
          coachingNotes: r.coachingNotes,
        });
        done.add(r.contact);
        imported++;
      } catch (e) {
        if (!(e instanceof AppError) || e.code !== 'CCQ_ERR_VALIDATION') throw e;
        out.push({ line: r.line, message: e.issues.map((i) => `${i.path}: ${i.message}`).join('; ') || e.message });
      }
    }
    return { imported, skipped, rejects: out.sort((a, b) => a.line - b.line) };
  });
};
