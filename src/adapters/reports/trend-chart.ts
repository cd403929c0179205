// src/adapters/reports/trend-chart.ts — a small SVG chart of a KPI by month against its target and at-risk band, for printed reports

import type { TargetStatus } from '../../domain/mandates/target-evaluation.js';
import { escapeHtml as e } from './report-html-parts.js';

export type TrendPoint = { label: string; value: number | null; status: TargetStatus };

const colours: Record<TargetStatus, string> = { met: '#2f8f55', at_risk: '#e0a43a', missed: '#d0463b', no_data: '#9aa3b0' };

/**
 * Months along the bottom, the target as a dashed line with the at-risk band shaded on its wrong side,
 * and the measured values as a line of dots coloured by status. A month without data is a gap with
 * a grey mark on the axis, never a zero. Pure SVG, so the PDF needs no script to draw it.
 */
export const trendChart = (
  points: readonly TrendPoint[],
  o: { target: number; tolerance: number; direction: 'at_least' | 'at_most'; format: (v: number) => string; noData: string },
): string => {
  const [w, h, left, right, top, bottom] = [520, 150, 56, 34, 10, 24];
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const band = o.direction === 'at_least' ? o.target - o.tolerance : o.target + o.tolerance;
  let lo = Math.min(o.target, band, ...values);
  let hi = Math.max(o.target, band, ...values);
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.15;
  lo -= pad;
  hi += pad;
  const plotW = w - left - right;
  const plotH = h - top - bottom;
  const x = (i: number) => left + (points.length <= 1 ? plotW / 2 : (i / (points.length - 1)) * plotW);
  const y = (v: number) => top + (1 - (v - lo) / (hi - lo)) * plotH;
  const bandTop = Math.min(y(o.target), y(band));
  const bandH = Math.abs(y(o.target) - y(band));
  const ticks = [lo + pad, (lo + hi) / 2, hi - pad].map(
    (v) =>
      `<line x1="${left}" x2="${w - right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#eef0f3"/>` +
      `<text x="${left - 4}" y="${(y(v) + 3).toFixed(1)}" font-size="8" text-anchor="end" fill="#5d6675">${e(o.format(v))}</text>`,
  );
  // Line segments only between consecutive months that both have data.
  const segments: string[] = [];
  points.forEach((p, i) => {
    const prev = points[i - 1];
    if (i > 0 && prev && prev.value !== null && p.value !== null)
      segments.push(
        `<line x1="${x(i - 1).toFixed(1)}" y1="${y(prev.value).toFixed(1)}" x2="${x(i).toFixed(1)}" y2="${y(p.value).toFixed(1)}" stroke="#1c2330" stroke-width="1.2"/>`,
      );
  });
  const dots = points.map((p, i) =>
    p.value === null
      ? `<text x="${x(i).toFixed(1)}" y="${h - bottom - 3}" font-size="8" text-anchor="middle" fill="${colours.no_data}">${e(o.noData)}</text>`
      : `<circle cx="${x(i).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="3.2" fill="${colours[p.status]}"><title>${e(`${p.label}: ${o.format(p.value)}`)}</title></circle>`,
  );
  const labels = points.map(
    (p, i) => `<text x="${x(i).toFixed(1)}" y="${h - 8}" font-size="8" text-anchor="middle" fill="#5d6675">${e(p.label)}</text>`,
  );
  return (
    `<svg class="trend" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" xmlns="http://www.w3.org/2000/svg">` +
    ticks.join('') +
    `<rect x="${left}" y="${bandTop.toFixed(1)}" width="${plotW}" height="${bandH.toFixed(1)}" fill="#fdf0d9"/>` +
    `<line x1="${left}" x2="${w - right}" y1="${y(o.target).toFixed(1)}" y2="${y(o.target).toFixed(1)}" stroke="#22703f" stroke-dasharray="4 3"/>` +
    `<line x1="${left}" x2="${left}" y1="${top}" y2="${h - bottom}" stroke="#d6dae1"/>` +
    segments.join('') +
    dots.join('') +
    labels.join('') +
    '</svg>'
  );
};
