// src/adapters/reports/complaints-csv.ts — the complaints register as CSV (no personal data: the export is for statistics and review)

import type { ComplaintView } from '../../app/manage-complaints.js';
import { defuse } from './spreadsheet.js';

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

const field = (v: string | number | boolean | null): string => {
  const s = v === null ? '' : typeof v === 'string' ? defuse(v) : String(v);
  return /[",;\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

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
    ].map(field),
  );
  return `\uFEFF${[[...columns], ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;
};
