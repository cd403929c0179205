// src/domain/mandates/template.ts — a new mandate starts from what ISO 18295-2 expects, with the usual split of duties as a proposal

import { kpiById } from '../kpi/dictionary.js';
import type { FieldIssue } from '../shared/errors.js';
import { type MandateContent, type Party, type ResponsibilityTopic, emptyContent } from './mandate.js';
import { openingHoursIssues } from './opening-hours.js';

/** The split most outsourcing agreements start from; both parties change it before they sign. */
const usualOwner: Record<ResponsibilityTopic, Party | 'shared'> = {
  inform_customers: 'client',
  publish_contact_information: 'client',
  complaints_first_line: 'centre',
  complaints_final_response: 'client',
  redress: 'client',
  data_controller: 'client',
  data_processor: 'centre',
  script_approval: 'client',
  product_information: 'client',
  volume_forecasts: 'client',
  outbound_consent: 'client',
  security_incidents: 'shared',
};

export const mandateTemplate = (): MandateContent => ({
  ...emptyContent(),
  responsibilities: Object.entries(usualOwner).map(([topic, owner]) => ({ topic: topic as ResponsibilityTopic, owner, note: null })),
  reporting: { cadence: 'monthly', content: null },
  reviews: { cadence: 'monthly', participants: [] },
});

/**
 * What a schema cannot check: the queues are the relationship's, targets name real KPIs with
 * sensible values, ids are unique, opening hours are well formed.
 */
export const contentIssues = (c: MandateContent, relationshipQueueIds: ReadonlySet<string>): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  c.queueIds.forEach((q, i) => {
    if (!relationshipQueueIds.has(q)) issues.push({ path: `queueIds.${i}`, message: 'not a queue of this relationship' });
  });
  const targetIds = new Set<string>();
  c.targets.forEach((t, i) => {
    const at = `targets.${i}`;
    if (targetIds.has(t.id)) issues.push({ path: `${at}.id`, message: `target id "${t.id}" is used twice` });
    targetIds.add(t.id);
    const kpi = kpiById.get(t.kpi);
    if (!kpi) issues.push({ path: `${at}.kpi`, message: `"${t.kpi}" is not a KPI of the dictionary` });
    else if (kpi.unit === 'share' && (t.target < 0 || t.target > 1))
      issues.push({ path: `${at}.target`, message: 'a share is between 0 and 1 (0.8 = 80 %)' });
    if (t.tolerance < 0) issues.push({ path: `${at}.tolerance`, message: 'must not be negative' });
    if (t.queueIds.length === 0) issues.push({ path: `${at}.queueIds`, message: 'name the queues the target is measured on' });
    t.queueIds.forEach((q, j) => {
      if (!relationshipQueueIds.has(q)) issues.push({ path: `${at}.queueIds.${j}`, message: 'not a queue of this relationship' });
    });
  });
  const obligationIds = new Set<string>();
  c.obligations.forEach((o, i) => {
    if (obligationIds.has(o.id)) issues.push({ path: `obligations.${i}.id`, message: `obligation id "${o.id}" is used twice` });
    obligationIds.add(o.id);
  });
  for (const [i, h] of c.openingHours.entries()) issues.push(...openingHoursIssues(h, `openingHours.${i}`));
  return issues;
};
