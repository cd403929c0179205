// src/adapters/reports/review-pack-xlsx.ts — the joint review pack as a workbook: targets per period, monthly trend, missed targets, findings, obligations, decisions

import ExcelJS from 'exceljs';
import type { ReviewPack } from '../../app/review-pack.js';
import type { Locale } from '../../domain/organisations/model.js';
import type { Review } from '../../domain/reviews/review.js';
import { reviewPackText } from './review-pack-text.js';
import { type Cell, boldHeader } from './spreadsheet.js';

/** Shares stay numbers with a percent format, so the workbook can be charted and summed. */
const numFmt = (unit: string): string => (unit === 'share' ? '0.0%' : unit === 'seconds' ? '0.0" s"' : '0.##');

const sheetOf = (wb: ExcelJS.Workbook, name: string, header: string[], rows: Cell[][], widths: number[]): ExcelJS.Worksheet => {
  // Sheet names stay English in both languages so that scripts reading the workbook find them.
  const sheet = wb.addWorksheet(name);
  sheet.addRow(header);
  for (const r of rows) sheet.addRow(r);
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  boldHeader(sheet, header.length, rows.length + 1);
  return sheet;
};

export const reviewPackXlsx = async (p: ReviewPack, review: Review | null, locale: Locale): Promise<Buffer> => {
  const t = reviewPackText[locale];
  const name = (x: { sv: string; en: string }) => (locale === 'sv' ? x.sv : x.en);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ccq';
  wb.title = `${p.mandate.title} ${p.period}`;
  wb.created = new Date(p.generatedAt);
  wb.modified = wb.created;

  const targets = sheetOf(
    wb,
    'Targets',
    [
      t.sheets.targetId,
      t.kpi,
      t.sheets.variant,
      t.queues,
      t.sheets.direction,
      t.target,
      t.tolerance,
      t.period,
      t.measured,
      t.coverage,
      t.status,
    ],
    p.targets.flatMap((x) =>
      x.evaluations.map((ev): Cell[] => [
        x.target.id,
        name(x.name),
        x.target.variant,
        x.queues.join(', '),
        x.target.direction === 'at_least' ? t.atLeast : t.atMost,
        x.target.target,
        x.target.tolerance,
        ev.label,
        ev.measured,
        ev.coverage,
        t.statuses[ev.status],
      ]),
    ),
    [16, 28, 20, 18, 10, 10, 10, 12, 12, 10, 12],
  );
  // Per-row number formats: a target's unit decides how its target, band and value read.
  let row = 2;
  for (const x of p.targets)
    for (const _ of x.evaluations) {
      for (const c of [6, 7, 9]) targets.getCell(row, c).numFmt = numFmt(x.unit);
      targets.getCell(row, 10).numFmt = '0%';
      row++;
    }

  const trend = sheetOf(
    wb,
    'Trend',
    [t.sheets.targetId, t.kpi, ...p.months],
    p.targets.map((x): Cell[] => [x.target.id, name(x.name), ...p.months.map((m) => x.trend.find((y) => y.month === m)?.measured ?? null)]),
    [16, 28, ...p.months.map(() => 11)],
  );
  p.targets.forEach((x, i) => {
    for (let c = 3; c < 3 + p.months.length; c++) trend.getCell(i + 2, c).numFmt = numFmt(x.unit);
  });

  sheetOf(
    wb,
    'Missed',
    [t.sheets.targetId, t.kpi, t.period, t.measured, t.target, t.finding, t.action, t.owner, t.dueOn, t.status],
    p.missed.flatMap((m): Cell[][] => {
      const head: Cell[] = [
        m.targetId,
        name(m.name),
        m.period,
        m.measured,
        m.target,
        m.finding ? `F-${m.finding.seq} ${m.finding.title}` : t.noFinding,
      ];
      const actions = m.finding?.actions ?? [];
      return actions.length ? actions.map((a) => [...head, a.action, a.owner, a.dueOn, a.status]) : [[...head, null, null, null, null]];
    }),
    [16, 28, 12, 12, 10, 40, 40, 20, 12, 14],
  );

  sheetOf(
    wb,
    'Voice',
    [t.kpi, t.measured, t.sample, t.interval],
    (p.voice ?? []).map((f): Cell[] => [name(f.name), f.value, f.n, f.ci ? `${f.ci[0]} – ${f.ci[1]}` : null]),
    [34, 12, 12, 24],
  );

  sheetOf(
    wb,
    'Staffing',
    [
      t.queue,
      t.planPeriod,
      t.model,
      t.forecastContacts,
      t.actualContacts,
      t.wape,
      t.expectedSl,
      t.actualSl,
      t.plannedHours,
      t.availableHours,
      t.belowTarget,
    ],
    (p.staffing ?? []).map((s): Cell[] => [
      s.queue,
      `${s.from} – ${s.to}`,
      s.model,
      s.forecastOffered,
      s.actualOffered,
      s.forecastWape,
      s.expectedServiceLevel,
      s.actualServiceLevel,
      s.plannedAgentHours,
      s.availableAgentHours,
      s.intervalsBelowTarget,
    ]),
    [14, 24, 10, 14, 14, 14, 14, 14, 14, 14, 14],
  );

  sheetOf(
    wb,
    'Findings',
    [t.finding, t.grade, t.title, t.assessments, t.raisedAt, t.openActions],
    p.conformity.openFindings.map((f): Cell[] => [
      `F-${f.seq}`,
      t.grades[f.grade],
      f.title,
      f.assessmentTitle,
      f.raisedAt.slice(0, 10),
      f.openActions,
    ]),
    [8, 22, 50, 30, 12, 12],
  );

  sheetOf(
    wb,
    'Obligations',
    [t.obligation, t.owner, t.dueOn, t.status, t.lastDone],
    p.obligations.map((o): Cell[] => [o.title, t.parties[o.owner], o.dueOn, t.obligationStates[o.state], o.lastDoneOn]),
    [44, 16, 12, 14, 14],
  );

  const r = review?.record;
  sheetOf(
    wb,
    'Decisions',
    ['#', t.agreed],
    (r?.decisions ?? []).map((d, i): Cell[] => [i + 1, d.text]),
    [6, 90],
  );
  sheetOf(
    wb,
    'Actions',
    [t.action, t.owner, t.side, t.dueOn],
    (r?.actions ?? []).map((a): Cell[] => [a.title, a.owner, t.parties[a.ownerParty], a.dueOn]),
    [50, 24, 16, 12],
  );
  sheetOf(
    wb,
    'Attendees',
    [t.attendees, t.side, t.role],
    (r?.attendees ?? []).map((a): Cell[] => [a.name, t.parties[a.party], a.role]),
    [30, 16, 24],
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
};
