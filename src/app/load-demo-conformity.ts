// src/app/load-demo-conformity.ts — demo conformity work: a centre's ISO 18295-1 self-assessment under way, evidence, an audit finding with its action

import type { RequirementResult } from '../domain/conformity/assessment.js';
import type { Caller } from './caller.js';
import { answerRequirement, createAssessment, shareAssessment } from './manage-assessments.js';
import { addEvidence } from './manage-evidence.js';
import { addCorrectiveAction, recordFinding, stepCorrectiveAction } from './manage-findings.js';
import type { Deps } from './ports.js';

export type DemoConformityCallers = {
  /** The centre's quality manager (runs and approves the assessment). */
  qualityManager: Caller;
  /** A team lead who answers requirements and owns the corrective action. */
  teamLead: Caller;
  teamLeadUserId: string;
  /** The in-house organisation's administrator (client side of its own centre). */
  inHouseAdmin: Caller;
  shareWithRelationshipId: string;
};

const day = (deps: Deps, offset: number): string => new Date(deps.clock().getTime() + offset * 86_400_000).toISOString().slice(0, 10);

/** A plausible spread of answers: most conformant, some partial, a few nonconformant, the rest still to do. */
const demoResult = (i: number): RequirementResult | null => {
  if (i % 11 === 7) return 'nonconformant';
  if (i % 5 === 3) return 'partially_conformant';
  if (i % 4 === 2) return null;
  return 'conformant';
};

export const loadDemoConformity = async (deps: Deps, c: DemoConformityCallers): Promise<void> => {
  const v = await createAssessment(deps, c.qualityManager, {
    frameworkId: 'iso-18295-1:2017',
    title: 'Självbedömning ISO 18295-1 2026',
    scopeTags: ['inbound', 'outsourced', 'voice', 'chat', 'email'],
    dueOn: day(deps, 45),
  });
  const id = v.assessment.id;
  const normative = v.answers.filter((a) => a.result === null && !v.framework.nodes.find((n) => n.ref === a.ref)?.informative);
  for (const [i, a] of normative.entries()) {
    const result = demoResult(i);
    if (result === null) continue;
    await answerRequirement(deps, i % 2 === 0 ? c.qualityManager : c.teamLead, id, a.ref, {
      result,
      score: result === 'conformant' ? 3 : result === 'partially_conformant' ? 2 : 1,
      comment: result === 'nonconformant' ? 'Saknas dokumenterad rutin; åtgärd planeras.' : null,
    });
  }
  const policy = await addEvidence(deps, c.qualityManager, {
    kind: 'file',
    title: 'Klagomålsrutin v3',
    fileName: 'klagomalsrutin-v3.txt',
    bytes: Buffer.from(
      'Klagomålsrutin v3\n\n1. Ta emot och registrera i ärendesystemet.\n2. Bekräfta inom en arbetsdag.\n3. Utred och svara inom tio arbetsdagar.\n4. Följ upp orsaker varje månad.\n',
    ),
    validUntil: day(deps, 20),
    attachTo: { assessmentId: id, refs: ['4.4.a', '4.4.b', '4.4.c'] },
  });
  await addEvidence(deps, c.qualityManager, {
    kind: 'link',
    title: 'Kundservicesidan med öppettider och kostnad',
    url: 'https://www.nordbank.example/kundservice',
    attachTo: { assessmentId: id, refs: ['4.2.a', '4.2.b'] },
  });
  await shareAssessment(deps, c.qualityManager, id, [c.shareWithRelationshipId]);
  const finding = await recordFinding(deps, c.qualityManager, id, {
    grade: 'minor_nonconformity',
    title: 'Bekräftelse av klagomål sker inte alltid inom en arbetsdag',
    description: 'Stickprov på 20 klagomål i oktober: 4 bekräftades efter mer än en arbetsdag.',
    refs: ['4.4.b'],
    evidenceIds: [policy.id],
  });
  const withAction = await addCorrectiveAction(deps, c.qualityManager, finding.id, {
    correction: 'De fyra kunderna har fått en ursäkt och svar.',
    rootCause: 'Bekräftelsen skickas manuellt och glöms vid hög belastning.',
    action: 'Automatisk bekräftelse när ett klagomål registreras.',
    ownerUserId: c.teamLeadUserId,
    dueOn: day(deps, -3),
  });
  const actionId = withAction.actions[0]?.id;
  if (actionId) await stepCorrectiveAction(deps, c.teamLead, actionId, 'start');
  await recordFinding(deps, c.qualityManager, id, {
    grade: 'opportunity_for_improvement',
    title: 'Kalibrering av kvalitetsbedömningar kan ske oftare',
    refs: [normative[1]?.ref ?? '4.1'],
  });
  // The in-house organisation starts on the client side: its duties under ISO 18295-2.
  await createAssessment(deps, c.inHouseAdmin, { frameworkId: 'iso-18295-2:2017', title: 'Uppdragsgivarens krav 2026 (ISO 18295-2)' });
};
