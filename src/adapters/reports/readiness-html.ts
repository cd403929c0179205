// src/adapters/reports/readiness-html.ts — the assessment report and the certification-readiness pack as one self-contained, print-ready HTML document

import type { FindingView } from '../../app/manage-findings.js';
import type { ReadinessPack, RequirementRow } from '../../app/readiness-pack.js';
import type { RequirementAnswer } from '../../domain/conformity/assessment.js';
import type { ReadinessCounts } from '../../domain/conformity/readiness.js';
import type { Locale } from '../../domain/organisations/model.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import { reportCss as css } from './readiness-css.js';
import type { ReportText } from './report-text.js';
import {
  e,
  type View,
  viewOf,
  resultBadge,
  informativeBadge,
  findingLabel,
  table,
  notices,
  metaList,
  baseMeta,
  clauseGroups,
  clauseRows,
  clauseHeading,
} from './report-html-parts.js';

export { escapeHtml } from './report-html-parts.js';

export type ReadinessHtmlOptions = { locale: Locale; kind: 'assessment' | 'pack' };

// ── readiness ─────────────────────────────────────────────────────────────────

const segments = [
  ['conformant', '#2f8f55'],
  ['partiallyConformant', '#e0a43a'],
  ['nonconformant', '#d0463b'],
  ['open', '#c3cad5'],
] as const;

/** A horizontal bar per clause: the conformant share first (that is the readiness), then partial, nonconformant and open. */
const readinessChart = (v: View): string => {
  const rows = v.p.readiness.byClause;
  const [labelW, barW, valueW, rowH] = [250, 330, 60, 24];
  const width = labelW + barW + valueW;
  const height = rows.length * rowH + 26;
  const legendLabels = [v.t.results.conformant, v.t.results.partially_conformant, v.t.results.nonconformant, v.t.open];
  const bars = rows.map((c, i) => {
    const y = i * rowH + 4;
    const title = `${c.ref} ${v.text(v.nodeOf(c.ref)?.title)}`;
    const label = title.length > 40 ? `${title.slice(0, 39)}…` : title;
    let x = labelW;
    const parts = segments.map(([key, colour]) => {
      const w = c.applicable ? (c[key] / c.applicable) * barW : 0;
      const rect = w > 0 ? `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="14" fill="${colour}"/>` : '';
      x += w;
      return rect;
    });
    return (
      `<text x="0" y="${y + 11}" font-size="10">${e(label)}</text>` +
      `<rect x="${labelW}" y="${y}" width="${barW}" height="14" fill="#eef0f3"/>${parts.join('')}` +
      `<text x="${width}" y="${y + 11}" font-size="10" font-weight="700" text-anchor="end">${e(v.pct(c.readiness))}</text>`
    );
  });
  const legendY = rows.length * rowH + 14;
  // SVG text has no layout: each legend entry starts after the previous label, at ~5.3 units a character.
  let legendX = labelW;
  const legend = segments.map(([, colour], i) => {
    const label = legendLabels[i] ?? '';
    const x = legendX;
    legendX += 13 + label.length * 5.3 + 12;
    return `<rect x="${x.toFixed(1)}" y="${legendY - 8}" width="9" height="9" fill="${colour}"/><text x="${(x + 13).toFixed(1)}" y="${legendY}" font-size="8.5">${e(label)}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${e(v.t.readinessByClause)}" width="100%" viewBox="0 0 ${width} ${height}"><title>${e(v.t.readinessByClause)}</title>${bars.join('')}${legend.join('')}</svg>`;
};

const countCells = (v: View, c: ReadinessCounts): string => {
  const counts = [c.applicable, c.conformant, c.partiallyConformant, c.nonconformant, c.open, c.notApplicable];
  return `${counts.map((n) => `<td class="num">${e(formatNumber(n, v.locale))}</td>`).join('')}<td class="num"><strong>${e(v.pct(c.readiness))}</strong></td>`;
};

const readinessTable = (v: View): string => {
  const t = v.t;
  const rows = v.p.readiness.byClause
    .map((c) => `<tr><td class="mono">${e(c.ref)}</td><td>${e(v.text(v.nodeOf(c.ref)?.title))}</td>${countCells(v, c)}</tr>`)
    .join('');
  const total = `<tr class="total"><td></td><td>${e(t.total)}</td>${countCells(v, v.p.readiness.total)}</tr>`;
  const c = t.countHeads;
  const head = [
    t.clause,
    t.title,
    c.applicable,
    c.conformant,
    c.partiallyConformant,
    c.nonconformant,
    c.open,
    c.notApplicable,
    c.readiness,
  ];
  return table(head, [9, 19, 10, 12, 9, 10, 10, 11, 10], `<tbody>${rows}${total}</tbody>`, [2, 3, 4, 5, 6, 7, 8]);
};

const headline = (v: View): string => {
  const c = v.p.readiness.total;
  return `<div class="headline"><div class="big">${e(v.pct(c.readiness))}</div><div><strong>${e(v.t.readinessTotal)}</strong><div class="muted">${e(
    `${v.t.results.conformant}: ${c.conformant} / ${v.t.applicable}: ${c.applicable}`,
  )}</div></div></div>`;
};

/** The pack's cover already shows the total, so there the section starts with the chart. */
const readinessSection = (v: View, withHeadline: boolean): string =>
  `<section class="page"><h2>${e(v.t.readinessByClause)}</h2>${withHeadline ? headline(v) : ''}${readinessChart(v)}${readinessTable(v)}<p class="muted small">${e(
    `${v.t.readinessExplained} ${v.t.informativeNote}`,
  )}</p></section>`;

// ── the assessment report ─────────────────────────────────────────────────────

const historySection = (v: View): string => {
  const t = v.t;
  const rows = v.p.events
    .map((ev) => {
      const change = `${ev.fromStatus ? `${t.statuses[ev.fromStatus]} → ` : ''}${t.statuses[ev.toStatus]}`;
      return `<tr><td class="nowrap">${e(v.at(ev.at))}</td><td>${e(ev.actorLabel)}</td><td>${e(t.events[ev.action] ?? ev.action)}</td><td>${e(change)}</td><td>${e(ev.comment)}</td></tr>`;
    })
    .join('');
  const head = [t.when, t.who, t.event, t.status, t.comment];
  return `<section><h2>${e(t.history)}</h2>${table(head, [17, 25, 16, 17, 25], `<tbody>${rows}</tbody>`)}</section>`;
};

const scoreText = (v: View, a: RequirementAnswer | null): string => {
  if (a?.score === null || a?.score === undefined) return '';
  const level = v.p.framework.scale.find((s) => s.score === a.score);
  return `${a.score}${level ? ` ${v.text(level.label)}` : ''}`;
};

const evidenceList = (v: View, r: RequirementRow): string =>
  `<ul class="plain">${r.evidence
    .map(
      (x) =>
        `<li>${e(x.title)}${x.validity === 'current' ? '' : ` <span class="flag small">(${e(v.t.validities[x.validity])})</span>`}</li>`,
    )
    .join('')}</ul>`;

const requirementRow = (v: View, r: RequirementRow): string => {
  const a = r.answer;
  const related = r.related.map((x) => `${x.edition} ${x.refs.join(', ')}`).join('; ');
  const title =
    `<strong>${e(v.text(r.node.title))}</strong>${informativeBadge(v, r.node)}` +
    (r.node.statement ? `<div class="small muted">${e(v.text(r.node.statement))}</div>` : '') +
    (related ? `<div class="small muted">${e(v.t.relatedRequirements)}: ${e(related)}</div>` : '');
  const notes = [a?.justification, a?.comment].filter(Boolean).map((x) => `<div>${e(x)}</div>`);
  const findings = r.findings.map((f) => `<li>${e(findingLabel(v, f))}</li>`).join('');
  return (
    `<tr class="${r.node.informative ? 'informative' : ''}"><td class="mono">${e(r.ref)}</td><td>${title}</td><td>${resultBadge(v, a)}</td>` +
    `<td>${e(scoreText(v, a))}</td><td>${notes.join('')}</td><td>${evidenceList(v, r)}</td><td><ul class="plain">${findings}</ul></td></tr>`
  );
};

const requirementSection = (v: View): string => {
  const t = v.t;
  const head = [t.ref, t.title, t.result, t.score, t.justificationComment, t.evidence, t.findings];
  const groups = clauseGroups(v).map(
    (g) =>
      `${clauseHeading(v, g.node)}${table(
        head,
        [7, 20, 17, 11, 19, 14, 12],
        clauseRows(v, g.node.ref, g.rows, head.length, (r) => requirementRow(v, r)),
      )}`,
  );
  return `<section class="page"><h2>${e(t.requirementTable)}</h2>${groups.join('')}</section>`;
};

const assessmentReport = (v: View): string =>
  `<section><div class="kicker">${e(v.t.assessmentReport)}</div><h1>${e(v.p.assessment.title)}</h1>${metaList(baseMeta(v))}${notices(v)}</section>` +
  historySection(v) +
  readinessSection(v, true) +
  requirementSection(v);

// ── the certification-readiness pack ──────────────────────────────────────────

const cover = (v: View): string =>
  `<section class="cover"><div class="kicker">${e(v.t.readinessPack)}</div><h1>${e(v.p.organisation.name)}</h1>` +
  `<p class="lead">${e(v.p.assessment.title)}</p>${headline(v)}${metaList(baseMeta(v).slice(2))}${notices(v)}` +
  `<p class="muted">${e(v.t.readinessPackIntro)}</p></section>`;

const statementSection = (v: View): string => {
  const t = v.t;
  const head = [t.ref, t.title, t.result, t.justification];
  const row = (r: RequirementRow): string =>
    `<tr class="${r.node.informative ? 'informative' : ''}"><td class="mono">${e(r.ref)}</td><td>${e(v.text(r.node.title))}${informativeBadge(v, r.node)}</td>` +
    `<td>${resultBadge(v, r.answer)}</td><td>${r.answer?.result === 'not_applicable' ? e(r.answer.justification) : ''}</td></tr>`;
  const groups = clauseGroups(v).map(
    (g) => `${clauseHeading(v, g.node)}${table(head, [8, 34, 22, 36], clauseRows(v, g.node.ref, g.rows, head.length, row))}`,
  );
  return `<section class="page"><h2>${e(t.statement)}</h2><p class="muted">${e(t.statementIntro)} ${e(t.informativeNote)}</p>${groups.join('')}</section>`;
};

const actionsTable = (v: View, f: FindingView): string => {
  const t = v.t;
  if (f.actions.length === 0) return `<p class="flag">${e(t.noActions)}</p>`;
  const rows = f.actions.map((a) => {
    const plan =
      `<div><strong>${e(a.action)}</strong></div>` +
      (a.correction ? `<div class="small">${e(t.correction)}: ${e(a.correction)}</div>` : '') +
      (a.rootCause ? `<div class="small">${e(t.rootCause)}: ${e(a.rootCause)}</div>` : '');
    const due = `${e(formatDate(a.dueOn, v.locale))}${a.overdue ? `<div class="flag">${e(t.overdue)}</div>` : ''}`;
    const check = a.verificationNote
      ? `${e(a.verificationNote)}${a.verifiedAt ? `<div class="small muted">${e(`${v.person(a.verifiedBy)}, ${v.at(a.verifiedAt)}`)}</div>` : ''}`
      : '';
    return `<tr><td>${plan}</td><td class="small">${e(v.person(a.ownerUserId))}</td><td class="nowrap">${due}</td><td>${e(t.actionStatuses[a.status])}</td><td>${check}</td></tr>`;
  });
  return table([t.action, t.owner, t.dueOn, t.status, t.verificationNote], [32, 20, 14, 14, 20], `<tbody>${rows.join('')}</tbody>`);
};

const findingBlock = (v: View, f: FindingView): string =>
  `<div class="finding keep"><h3>F-${f.seq} · ${e(f.title)}</h3>${metaList([
    [v.t.grade, v.t.grades[f.grade]],
    [v.t.requirements, f.refs.join(', ')],
    [v.t.status, v.t.findingStatuses[f.status]],
    [v.t.raisedAt, v.at(f.raisedAt)],
  ])}${f.description ? `<p>${e(f.description)}</p>` : ''}<h3>${e(v.t.correctiveActions)}</h3>${actionsTable(v, f)}</div>`;

const findingsSection = (v: View): string => {
  const t = v.t;
  const bySeq = [...v.p.findings].sort((x, y) => x.seq - y.seq);
  const open = bySeq.filter((f) => f.status === 'open');
  const closed = bySeq.filter((f) => f.status === 'closed');
  const closedTable = closed.length
    ? `<h3>${e(t.closedFindings)}</h3>${table(
        [t.ref, t.grade, t.title, t.requirements, t.closedAt],
        [8, 20, 40, 12, 20],
        `<tbody>${closed
          .map(
            (f) =>
              `<tr><td class="mono">F-${f.seq}</td><td>${e(t.grades[f.grade])}</td><td>${e(f.title)}</td><td>${e(f.refs.join(', '))}</td><td>${e(f.closedAt ? v.at(f.closedAt) : '')}</td></tr>`,
          )
          .join('')}</tbody>`,
      )}`
    : '';
  const body = open.length ? open.map((f) => findingBlock(v, f)).join('') : `<p>${e(t.noOpenFindings)}</p>`;
  return `<section class="page"><h2>${e(t.openFindings)}</h2>${body}${closedTable}</section>`;
};

const auditsSection = (v: View): string => {
  const t = v.t;
  if (v.p.audits.length === 0) return `<section class="page"><h2>${e(t.audits)}</h2><p>${e(t.noAudits)}</p></section>`;
  const rows = v.p.audits.map((a) => {
    const count = v.p.findings.filter((f) => f.auditId === a.id).length;
    return `<tr><td>${e(t.auditKinds[a.kind])}</td><td>${e(a.body)}</td><td class="small">${e(v.person(a.auditorUserId))}</td><td class="nowrap">${e(`${v.day(a.startsAt)} – ${v.day(a.endsAt)}`)}</td><td class="num">${count}</td></tr>`;
  });
  return `<section class="page"><h2>${e(t.audits)}</h2>${table([t.auditKind, t.auditBody, t.auditor, t.period, t.findings], [20, 18, 22, 24, 16], `<tbody>${rows.join('')}</tbody>`, [4])}</section>`;
};

const sizeText = (v: View, bytes: number | null): string => {
  if (bytes === null) return '';
  if (bytes < 1024) return `${formatNumber(bytes, v.locale)} ${v.t.unit.bytes}`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, v.locale, { maximumFractionDigits: 1 })} ${v.t.unit.kB}`;
  return `${formatNumber(bytes / 1024 / 1024, v.locale, { maximumFractionDigits: 1 })} ${v.t.unit.MB}`;
};

/** Two rows per piece of evidence: its facts, then the full SHA-256 (or the link) on a line of its own so it is never broken up. */
const evidenceSection = (v: View): string => {
  const t = v.t;
  if (v.p.evidence.length === 0) return `<section class="page"><h2>${e(t.evidenceIndex)}</h2><p>${e(t.noEvidence)}</p></section>`;
  const entries = v.p.evidence.map((x, i) => {
    const validity = `${t.validities[x.validity]}${x.validUntil ? ` (${t.validUntil} ${formatDate(x.validUntil.slice(0, 10), v.locale)})` : ''}`;
    const facts =
      `<tr><td class="num">${i + 1}</td><td><strong>${e(x.title)}</strong><div class="small muted">${e(t.evidenceKinds[x.kind as keyof ReportText['evidenceKinds']] ?? x.kind)}</div></td>` +
      `<td>${e(x.fileName)}</td><td class="num">${e(sizeText(v, x.size))}</td><td class="${x.validity === 'current' ? '' : 'flag'}">${e(validity)}</td><td>${e(x.refs.join(', '))}</td></tr>`;
    const line = x.sha256
      ? `<tr><td></td><td colspan="5" class="hash">${e(t.sha256)}: ${e(x.sha256)}</td></tr>`
      : x.url
        ? `<tr><td></td><td colspan="5" class="hash">${e(x.url)}</td></tr>`
        : '';
    return `<tbody class="keep">${facts}${line}</tbody>`;
  });
  const widths = [5, 33, 20, 10, 18, 14].map((w) => `<col style="width:${w}%">`).join('');
  const head = `<thead><tr>${['#', t.title, t.fileName, t.size, t.validity, t.requirements].map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead>`;
  return `<section class="page"><h2>${e(t.evidenceIndex)}</h2><p class="muted">${e(t.evidenceIndexIntro)}</p><table><colgroup>${widths}</colgroup>${head}${entries.join('')}</table></section>`;
};

const readinessPackHtml = (v: View): string =>
  cover(v) + readinessSection(v, false) + statementSection(v) + findingsSection(v) + auditsSection(v) + evidenceSection(v);

/**
 * The assessment report (status, history, readiness by clause, the requirement table) or the
 * certification-readiness pack (cover, statement of conformity, open findings with their corrective
 * actions, audits, the evidence index with SHA-256 hashes). Inline CSS only and no scripts, so the file
 * prints the same anywhere and can be archived with the evidence.
 */
export const renderReadinessHtml = (pack: ReadinessPack, o: ReadinessHtmlOptions): string => {
  const v = viewOf(pack, o.locale);
  const kind = o.kind === 'pack' ? v.t.readinessPack : v.t.assessmentReport;
  const body = o.kind === 'pack' ? readinessPackHtml(v) : assessmentReport(v);
  return `<!doctype html>
<html lang="${o.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ccq">
<title>${e(`${kind} – ${pack.assessment.title}`)}</title>
<style>${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
};
