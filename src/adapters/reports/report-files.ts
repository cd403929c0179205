// src/adapters/reports/report-files.ts — an assessment's report, pack or requirement table as a file: bytes, content type and a safe name

import type { ReadinessPack } from '../../app/readiness-pack.js';
import type { ReviewPack } from '../../app/review-pack.js';
import type { Review } from '../../domain/reviews/review.js';
import type { Locale } from '../../domain/organisations/model.js';
import { htmlToPdf } from './pdf.js';
import { renderReadinessHtml } from './readiness-html.js';
import { requirementTableCsv, requirementTableXlsx } from './requirement-table.js';
import { renderReviewPackHtml } from './review-pack-html.js';
import { reviewPackXlsx } from './review-pack-xlsx.js';

export const reportFormats = ['html', 'pdf'] as const;
export const exportFormats = ['csv', 'xlsx'] as const;
export type FileFormat = (typeof reportFormats)[number] | (typeof exportFormats)[number];

export const contentTypes: Record<FileFormat, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * A file name that survives every browser and proxy without RFC 5987 encoding: the title's letters
 * without their accents (Överensstämmelse → Overensstammelse), anything else a dash.
 */
export const asciiFileName = (title: string, suffix: string, ext: string): string => {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${base || 'assessment'}-${suffix}.${ext}`;
};

export type ReportFile = { format: FileFormat; name: string; body: string | Buffer };

/** The assessment report or the certification-readiness pack, as HTML or PDF. */
export const reportFile = async (
  pack: ReadinessPack,
  o: { format: (typeof reportFormats)[number]; kind: 'assessment' | 'pack'; locale: Locale },
): Promise<ReportFile> => {
  const html = renderReadinessHtml(pack, { locale: o.locale, kind: o.kind });
  return {
    format: o.format,
    name: asciiFileName(pack.assessment.title, o.kind === 'pack' ? 'readiness-pack' : 'report', o.format),
    body: o.format === 'pdf' ? await htmlToPdf(html) : html,
  };
};

/** The requirement table as CSV (UTF-8 with BOM) or XLSX. */
export const exportFile = async (
  pack: ReadinessPack,
  o: { format: (typeof exportFormats)[number]; locale: Locale },
): Promise<ReportFile> => ({
  format: o.format,
  name: asciiFileName(pack.assessment.title, 'requirements', o.format),
  body: o.format === 'xlsx' ? await requirementTableXlsx(pack, o.locale) : requirementTableCsv(pack, o.locale),
});

export const reviewPackFormats = ['html', 'pdf', 'xlsx'] as const;

/** A relationship's review pack for a month (with its meeting record when the review was held) as HTML, PDF or XLSX. */
export const reviewPackFile = async (
  pack: ReviewPack,
  review: Review | null,
  o: { format: (typeof reviewPackFormats)[number]; locale: Locale },
): Promise<ReportFile> => {
  const name = asciiFileName(pack.relationship.name, `review-${pack.period}`, o.format);
  if (o.format === 'xlsx') return { format: o.format, name, body: await reviewPackXlsx(pack, review, o.locale) };
  const html = renderReviewPackHtml(pack, review, o.locale);
  return { format: o.format, name, body: o.format === 'pdf' ? await htmlToPdf(html) : html };
};
