// src/adapters/reports/complaints-csv.ts — the complaints register as CSV (no personal data: the export is for statistics and review)

import type { ComplaintView } from '../../app/manage-complaints.js';
import { csvField } from './spreadsheet.js';

const columns = [
  'reference',
  'relationshipId',
  'channel',
  'receivedVia',
  'receivedAt',
  'status',
  'owner',
  'category',
  'rootCause',
  'ackDueAt',
  'acknowledgedAt',
  'resolveDueAt',
  'respondedAt',
  'closedAt',
  'reopenCount',
  'satisfaction',
  'escalatedAt',
  'overdueAck',
  'overdueResolution',
  'erased',
] as const;

/** RFC 4180 with a BOM; cells that could start a formula are neutralised. Names, contact details and free texts are left out. */
export const complaintsCsv = (list: readonly ComplaintView[]): string => {
  const rows = list.map((c) =>
    [
      c.reference,
      c.relationshipId,
      c.channel,
      c.receivedVia,
      c.receivedAt,
      c.status,
      c.owner,
      c.category,
      c.rootCause,
      c.ackDueAt,
      c.acknowledgedAt,
      c.resolveDueAt,
      c.respondedAt,
      c.closedAt,
      c.reopenCount,
      c.satisfaction,
      c.escalatedAt,
      c.overdue.ack,
      c.overdue.resolution,
      c.erasedAt !== null,
    ].map(csvField),
  );
  return `\uFEFF${[[...columns], ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;
};
