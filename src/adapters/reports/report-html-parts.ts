// src/adapters/reports/report-html-parts.ts — the pieces every section of the readiness report uses: escaping, the view, tables, badges, clause grouping

import type { FindingView } from '../../app/manage-findings.js';
import type { ReadinessPack, RequirementRow } from '../../app/readiness-pack.js';
import type { RequirementAnswer } from '../../domain/conformity/assessment.js';
import { type FrameworkNode, type LocalText, textIn } from '../../domain/conformity/framework.js';
import type { Locale } from '../../domain/organisations/model.js';
import { formatDate, formatPercent, localeTag } from '../../i18n/format.js';
import { type ReportText, reportText } from './report-text.js';

export const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every text that reaches the document passes here: titles, comments and file names are typed by people. */
export const escapeHtml = (value: string | number | null | undefined): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => entities[c] ?? c);
export const e = escapeHtml;

/** What every part of the document needs: the pack, the words, and formatting in the organisation's time zone. */
export type View = {
  p: ReadinessPack;
  locale: Locale;
  t: ReportText;
  text: (l: LocalText | null | undefined) => string;
  pct: (ratio: number | null) => string;
  /** An instant as a date, or as a date and time, where the organisation is. */
  day: (iso: string) => string;
  at: (iso: string) => string;
  nodeOf: (ref: string) => FrameworkNode | undefined;
  /** A person's name (the pack names the owners, verifiers and auditors it mentions), or the id when unknown. */
  person: (userId: string | null) => string;
};

export const viewOf = (p: ReadinessPack, locale: Locale): View => {
  const timeZone = p.organisation.timeZone;
  const dayFormat = new Intl.DateTimeFormat(localeTag(locale), { dateStyle: 'medium', timeZone });
  const atFormat = new Intl.DateTimeFormat(localeTag(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const nodes = new Map(p.framework.nodes.map((n) => [n.ref, n]));
  const t = reportText[locale];
  return {
    p,
    locale,
    t,
    text: (l) => textIn(l, locale),
    pct: (r) => (r === null ? t.none : formatPercent(r, locale)),
    day: (iso) => dayFormat.format(new Date(iso)),
    at: (iso) => atFormat.format(new Date(iso)),
    nodeOf: (ref) => nodes.get(ref),
    person: (id) => (id === null ? '' : (p.people[id] ?? id)),
  };
};

// ── shared pieces ─────────────────────────────────────────────────────────────

export const resultBadge = (v: View, a: RequirementAnswer | null): string =>
  a?.result
    ? `<span class="badge r-${a.result}">${e(v.t.results[a.result])}</span>`
    : `<span class="badge r-none">${e(v.t.notAssessed)}</span>`;

export const informativeBadge = (v: View, n: FrameworkNode | undefined): string =>
  n?.informative ? ` <span class="badge informative-badge">${e(v.t.informative)}</span>` : '';

export const findingLabel = (v: View, f: { seq: number; grade: FindingView['grade']; status: FindingView['status'] }): string =>
  `F-${f.seq} ${v.t.grades[f.grade]} (${v.t.findingStatuses[f.status]})`;

/**
 * A table with fixed column widths (percentages), so the tables of successive clauses line up and a
 * long word cannot push the table past the page edge.
 */
export const table = (head: string[], widths: number[], body: string, numeric: number[] = []): string =>
  `<table><colgroup>${widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup><thead><tr>${head
    .map((h, i) => `<th${numeric.includes(i) ? ' class="num"' : ''}>${e(h)}</th>`)
    .join('')}</tr></thead>${body}</table>`;

export const scopeText = (v: View): string => {
  const a = v.p.assessment;
  const tags = a.scopeTags.map((id) => v.text(v.p.framework.tags.find((x) => x.id === id)?.label) || id);
  return `${v.t.scopeKinds[a.scopeKind]} · ${v.t.scopeTags}: ${tags.length ? tags.join(', ') : v.t.allOfScope}`;
};

export const frameworkText = (v: View): string => {
  const f = v.p.framework;
  return `${v.text(f.name)} — ${f.edition}, ${v.t.revision} ${f.revision} (${v.t.publisher}: ${f.publisher})`;
};

export const notices = (v: View): string => {
  const f = v.p.framework;
  const parts = [f.paraphrase ? v.t.paraphraseNotice : '', v.text(f.notice)].filter(Boolean);
  return parts.length ? `<div class="notice"><strong>${e(v.t.notice)}:</strong> ${parts.map(e).join(' ')}</div>` : '';
};

export const metaList = (items: [string, string][]): string =>
  `<dl class="meta">${items.map(([k, val]) => `<dt>${e(k)}</dt><dd>${e(val)}</dd>`).join('')}</dl>`;

export const baseMeta = (v: View): [string, string][] => [
  [v.t.organisation, v.p.organisation.name],
  [v.t.assessment, v.p.assessment.title],
  [v.t.scope, scopeText(v)],
  [v.t.framework, frameworkText(v)],
  [v.t.status, v.t.statuses[v.p.assessment.status]],
  ...(v.p.assessment.dueOn ? [[v.t.dueOn, formatDate(v.p.assessment.dueOn, v.locale)] as [string, string]] : []),
  [v.t.generatedAt, v.at(v.p.generatedAt)],
];

/** Top-level clauses in the framework's order, each with its assessable requirements. */
export const clauseGroups = (v: View): { node: FrameworkNode; rows: RequirementRow[] }[] =>
  v.p.framework.nodes
    .filter((n) => n.parentRef === null)
    .map((node) => ({ node, rows: v.p.rows.filter((r) => r.clause === node.ref) }))
    .filter((g) => g.rows.length > 0);

/** The rows of one clause, with a sub-heading row wherever the requirements move under another heading. */
export const clauseRows = (v: View, clause: string, rows: RequirementRow[], cols: number, row: (r: RequirementRow) => string): string => {
  let heading: string | null = clause;
  const out: string[] = [];
  for (const r of rows) {
    const parent = r.node.parentRef;
    if (parent && parent !== heading) {
      heading = parent;
      if (parent !== clause) out.push(`<tr class="sub"><td colspan="${cols}">${e(parent)} ${e(v.text(v.nodeOf(parent)?.title))}</td></tr>`);
    }
    out.push(row(r));
  }
  return `<tbody>${out.join('')}</tbody>`;
};

export const clauseHeading = (v: View, n: FrameworkNode): string => `<h3>${e(n.ref)} ${e(v.text(n.title))}${informativeBadge(v, n)}</h3>`;
