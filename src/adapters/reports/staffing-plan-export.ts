// src/adapters/reports/staffing-plan-export.ts — a staffing plan as CSV (one row per interval) or XLSX (the intervals and a summary sheet)

import ExcelJS from 'exceljs';
import type { StaffingPlanView } from '../../app/staffing/plan-staffing.js';
import type { Locale } from '../../domain/organisations/model.js';
import { formatLocalIso } from '../../domain/shared/local-time.js';
import { asciiFileName, type ReportFile } from './report-files.js';
import { type Cell, boldHeader, csvField, defuse } from './spreadsheet.js';

/** Column ids (the CSV header, machine-readable) with their Swedish and English headings for the workbook. */
const columns = [
  ['start', 'Start', 'Start'],
  ['offered', 'Kontakter (prognos)', 'Contacts (forecast)'],
  ['aht_seconds', 'Snitthanteringstid (s)', 'AHT (s)'],
  ['load', 'Belastning (Erlang)', 'Load (Erlangs)'],
  ['erlang_c_agents', 'Agenter Erlang C', 'Agents Erlang C'],
  ['erlang_a_agents', 'Agenter Erlang A', 'Agents Erlang A'],
  ['agents', 'Agenter i planen', 'Agents planned'],
  ['scheduled', 'Schemalagda', 'Scheduled'],
  ['service_level', 'Förväntad servicenivå', 'Expected service level'],
  ['asa', 'Förväntad ASA (s)', 'Expected ASA (s)'],
  ['probability_abandon', 'Förväntad andel avbrutna', 'Expected abandon rate'],
  ['occupancy', 'Beläggning', 'Occupancy'],
] as const;

const round = (x: number, digits: number): number => Number(x.toFixed(digits));
const finiteOr = (x: number): number | null => (Number.isFinite(x) ? x : null);

const rowsOf = (plan: StaffingPlanView): Cell[][] =>
  plan.intervals.map((p) => [
    formatLocalIso(plan.timeZone, p.start),
    round(p.offered, 3),
    round(p.ahtSeconds, 1),
    round(p.load, 4),
    p.erlangC.agents,
    p.erlangA?.agents ?? null,
    p.agents,
    p.scheduled,
    round(p.expected.serviceLevel, 6),
    finiteOr(round(p.expected.asa, 2)),
    round(p.expected.probabilityAbandon, 6),
    round(p.expected.occupancy, 6),
  ]);

/** RFC 4180 with a BOM; one row per interval, local start times with their offset. */
export const staffingPlanCsv = (plan: StaffingPlanView): string =>
  `\uFEFF${[columns.map((c) => c[0]), ...rowsOf(plan)].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;

const summaryRows = (plan: StaffingPlanView, sv: boolean): Cell[][] => {
  const t = plan.targets;
  const l = (a: string, b: string): string => (sv ? a : b);
  return [
    [l('Kö', 'Queue'), `${plan.queue.code} — ${plan.queue.name}`],
    [l('Period', 'Period'), `${plan.from} – ${plan.to} (${plan.timeZone})`],
    [l('Intervall (min)', 'Interval (min)'), plan.intervalMinutes],
    [l('Modell', 'Model'), plan.model],
    [
      l('Målens källa', 'Targets from'),
      plan.targetSource.kind === 'mandate' ? `${plan.targetSource.title} v${plan.targetSource.version}` : plan.targetSource.kind,
    ],
    [
      l('Servicenivåmål', 'Service-level target'),
      t.serviceLevel ? `${t.serviceLevel.fraction} / ${t.serviceLevel.thresholdSeconds} s` : null,
    ],
    [l('Max ASA (s)', 'Max ASA (s)'), t.maxAsaSeconds ?? null],
    [l('Max andel avbrutna', 'Max abandon rate'), t.maxAbandonRate ?? null],
    [l('Max beläggning', 'Max occupancy'), t.maxOccupancy ?? null],
    [l('Frånvarofaktor (shrinkage)', 'Shrinkage'), plan.shrinkage],
    [l('Tålamod (s)', 'Patience (s)'), plan.patience.seconds === null ? null : round(plan.patience.seconds, 1)],
    [l('Prognosmetod kontakter', 'Forecast method (contacts)'), plan.forecast.offered.method],
    [l('Prognosmetod hanteringstid', 'Forecast method (AHT)'), plan.forecast.aht.method],
    [l('Kontakter totalt', 'Contacts in all'), round(plan.totals.offered, 1)],
    [l('Agenttimmar', 'Agent hours'), round(plan.totals.agentHours, 2)],
    [l('Schemalagda timmar', 'Scheduled hours'), round(plan.totals.scheduledHours, 2)],
    [l('Högsta schemalagda', 'Peak scheduled'), plan.totals.peakScheduled],
    [l('Förväntad servicenivå', 'Expected service level'), plan.totals.expectedServiceLevel],
  ];
};

/** The plan's intervals on one sheet and its settings and totals on another, headings in the language asked for. */
export const staffingPlanXlsx = async (plan: StaffingPlanView, locale: Locale): Promise<Buffer> => {
  const sv = locale === 'sv';
  const book = new ExcelJS.Workbook();
  book.creator = 'ccq';
  const sheet = book.addWorksheet(sv ? 'Plan' : 'Plan');
  sheet.addRow(columns.map((c) => (sv ? c[1] : c[2])));
  for (const r of rowsOf(plan)) sheet.addRow(r);
  boldHeader(sheet, columns.length, plan.intervals.length + 1);
  sheet.columns.forEach((c, i) => {
    c.width = i === 0 ? 27 : 16;
  });
  const summary = book.addWorksheet(sv ? 'Sammanfattning' : 'Summary');
  for (const r of summaryRows(plan, sv)) summary.addRow(r.map((c) => (typeof c === 'string' ? defuse(c) : c)));
  summary.getColumn(1).width = 32;
  summary.getColumn(2).width = 40;
  return Buffer.from(await book.xlsx.writeBuffer());
};

export const staffingPlanFormats = ['csv', 'xlsx'] as const;

export const staffingPlanFile = async (
  plan: StaffingPlanView,
  o: { format: (typeof staffingPlanFormats)[number]; locale: Locale },
): Promise<ReportFile> => ({
  format: o.format,
  name: asciiFileName(`staffing-${plan.queue.code}-${plan.from}`, 'plan', o.format),
  body: o.format === 'xlsx' ? await staffingPlanXlsx(plan, o.locale) : staffingPlanCsv(plan),
});
