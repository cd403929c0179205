// src/adapters/reports/review-pack-html.ts — the joint review pack as one self-contained, print-ready HTML document (the PDF prints it)

import type { PackTarget, ReviewPack } from '../../app/review-pack.js';
import type { KpiTarget } from '../../domain/mandates/mandate.js';
import type { Locale } from '../../domain/organisations/model.js';
import type { Review } from '../../domain/reviews/review.js';
import { formatDate, formatNumber, formatPercent, localeTag } from '../../i18n/format.js';
import { reportCss } from './readiness-css.js';
import { reportText } from './report-text.js';
import { e, metaList, table } from './report-html-parts.js';
import { type ReviewPackText, reviewPackText } from './review-pack-text.js';
import { trendChart } from './trend-chart.js';

type ReportStatuses = (typeof reportText)['sv']['statuses'];
type ActionStatuses = (typeof reportText)['sv']['actionStatuses'];

type V = { p: ReviewPack; review: Review | null; locale: Locale; t: ReviewPackText; value: (unit: string, v: number | null) => string };

/** A KPI value in its unit: a share as a percent with one decimal, seconds with one, counts as numbers. */
export const kpiValue = (locale: Locale, unit: string, v: number | null): string => {
  if (v === null || !Number.isFinite(v)) return '–';
  if (unit === 'share') return formatPercent(v, locale, 1);
  if (unit === 'seconds') return `${formatNumber(v, locale, { maximumFractionDigits: 1 })} s`;
  return formatNumber(v, locale, { maximumFractionDigits: 2 });
};

const css = `${reportCss}
.s-met { background: #e3f3e8; color: var(--ok); }
.s-at_risk { background: #fdf0d9; color: var(--part); }
.s-missed { background: #fde4e1; color: var(--nc); }
.s-no_data { background: #eceef2; color: var(--muted); }
.o-done { background: #e3f3e8; color: var(--ok); }
.o-overdue { background: #fde4e1; color: var(--nc); }
.o-due_soon { background: #fdf0d9; color: var(--part); }
.o-upcoming { background: #eceef2; color: var(--muted); }
.counts { display: flex; gap: 6mm; flex-wrap: wrap; margin: 3mm 0 5mm; }
.counts div { min-width: 26mm; }
.counts b { display: block; font-size: 20pt; }
.target { border: 0.5pt solid var(--line); border-radius: 1.5mm; padding: 2mm 3mm; margin: 0 0 4mm; break-inside: avoid; }
.target h3 { margin-top: 0; }
.lines div { border-bottom: 0.5pt solid var(--line); height: 9mm; }
`;

const badge = (cls: string, text: string) => `<span class="badge ${cls}">${e(text)}</span>`;

const goalText = (v: V, t: Pick<KpiTarget, 'direction' | 'target' | 'tolerance'>, unit: string): string =>
  `${t.direction === 'at_least' ? v.t.atLeast : v.t.atMost} ${v.value(unit, t.target)}`;

const monthName = (locale: Locale, month: string, style: 'long' | 'short' = 'long'): string =>
  new Intl.DateTimeFormat(localeTag(locale), { month: style, year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T12:00:00Z`));

const cover = (v: V): string => {
  const { p, t } = v;
  const all = p.targets.flatMap((x) => x.evaluations);
  const count = (s: string) => all.filter((x) => x.status === s).length;
  const signatures = p.version.signatures.map((s) => `${t.parties[s.party]}: ${s.name}, ${formatDate(s.at, v.locale)}`).join(' · ');
  const meta: [string, string][] = [
    [t.relationship, p.relationship.name],
    [t.client, p.client.name],
    [t.centre, p.centre.name],
    [t.mandate, p.mandate.title],
    [t.version, `${p.version.number} — ${p.version.status === 'draft' ? t.unsigned : `${t.signedBy} ${signatures}`}`],
    [
      t.generatedAt,
      new Intl.DateTimeFormat(localeTag(v.locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: p.centre.timeZone }).format(
        new Date(p.generatedAt),
      ),
    ],
    ...(v.review ? [[t.frozen, v.review.packHash] as [string, string]] : []),
  ];
  return `<section class="cover">
<div class="kicker">${e(t.kicker)}</div>
<h1>${e(p.mandate.title)}</h1>
<p class="lead">${e(t.period)}: ${e(monthName(v.locale, p.period))}</p>
<p>${e(t.intro)}</p>
${metaList(meta)}
<h2>${e(t.summary)}</h2>
<div class="counts">
<div><b>${count('met')}</b>${e(t.targetsMet)}</div>
<div><b>${count('at_risk')}</b>${e(t.targetsAtRisk)}</div>
<div><b>${count('missed')}</b>${e(t.targetsMissed)}</div>
<div><b>${count('no_data')}</b>${e(t.targetsNoData)}</div>
<div><b>${p.conformity.openFindings.length}</b>${e(t.openFindings)}</div>
<div><b>${p.obligations.filter((o) => o.state === 'overdue').length}</b>${e(t.overdueObligations)}</div>
</div>
</section>`;
};

const targetBlock = (v: V, x: PackTarget): string => {
  const { t } = v;
  const rows = x.evaluations
    .map(
      (ev) =>
        `<tr><td>${e(ev.label)}</td><td class="num">${e(v.value(x.unit, ev.measured))}</td><td class="num">${e(formatPercent(ev.coverage, v.locale))}</td><td>${badge(`s-${ev.status}`, t.statuses[ev.status])}</td></tr>`,
    )
    .join('');
  const variant = x.target.variant ? ` (${x.target.variant})` : '';
  const chart = trendChart(
    x.trend.map((m) => ({ label: monthName(v.locale, m.month, 'short'), value: m.measured, status: m.status })),
    { ...x.target, format: (n) => v.value(x.unit, n), noData: t.none },
  );
  return `<div class="target">
<h3>${e(v.locale === 'sv' ? x.name.sv : x.name.en)}${e(variant)}</h3>
<p class="small muted">${e(t.target)}: ${e(goalText(v, x.target, x.unit))} · ${e(t.tolerance)} ${e(v.value(x.unit, x.target.tolerance))} · ${e(t.queues)}: ${e(x.queues.join(', ') || t.none)} · ${e(x.target.id)}</p>
${table([t.period, t.measured, t.coverage, t.status], [34, 22, 18, 26], `<tbody>${rows}</tbody>`, [1, 2])}
<div class="small muted">${e(t.trend)}</div>
${chart}
</div>`;
};

const kpis = (v: V): string =>
  `<section class="page"><h2>${e(v.t.kpis)}</h2><p class="small muted">${e(v.t.kpisIntro)}</p>${v.p.targets.map((x) => targetBlock(v, x)).join('')}</section>`;

const missed = (v: V): string => {
  const { t, p } = v;
  if (p.missed.length === 0) return `<section><h2>${e(t.missed)}</h2><p>${e(t.noMissed)}</p></section>`;
  const blocks = p.missed.map((m) => {
    const head = `<h3>${e(v.locale === 'sv' ? m.name.sv : m.name.en)} — ${e(m.period)}: ${e(v.value(m.unit, m.measured))} (${e(t.target)} ${e(goalText(v, { ...m, tolerance: 0 }, m.unit))})</h3>`;
    if (!m.finding) return `<div class="finding missed-target">${head}<p class="muted">${e(t.noFinding)}</p></div>`;
    const f = m.finding;
    const actions = f.actions.length
      ? table(
          [t.action, t.owner, t.dueOn, t.status],
          [46, 20, 16, 18],
          `<tbody>${f.actions
            .map(
              (a) =>
                `<tr><td>${e(a.action)}</td><td>${e(a.owner)}</td><td class="nowrap">${e(formatDate(a.dueOn, v.locale))}${a.overdue ? ` <span class="flag">${e(t.overdue)}</span>` : ''}</td><td>${e(reportText[v.locale].actionStatuses[a.status as keyof ActionStatuses] ?? a.status)}</td></tr>`,
            )
            .join('')}</tbody>`,
        )
      : `<p class="muted">${e(t.noActions)}</p>`;
    return `<div class="finding missed-target">${head}<p>${e(t.finding)} F-${f.seq} (${e(f.assessmentTitle)}): ${e(f.title)}</p>${actions}</div>`;
  });
  return `<section><h2>${e(t.missed)}</h2>${blocks.join('')}</section>`;
};

const voice = (v: V): string => {
  const { t, p } = v;
  const body = p.voice
    ? table(
        [t.kpi, t.measured, t.sample, t.interval],
        [40, 20, 16, 24],
        `<tbody>${p.voice
          .map(
            (f) =>
              `<tr><td>${e(v.locale === 'sv' ? f.name.sv : f.name.en)}</td><td class="num">${e(v.value(f.unit, f.value))}</td><td class="num">${f.n}${f.lowSample ? ` <span class="flag">${e(t.lowSample)}</span>` : ''}</td><td class="num">${e(f.ci ? `${v.value(f.unit, f.ci[0])} – ${v.value(f.unit, f.ci[1])}` : t.none)}</td></tr>`,
          )
          .join('')}</tbody>`,
        [1, 2, 3],
      )
    : `<p class="muted">${e(t.voiceNone)}</p>`;
  return `<section><h2>${e(t.voice)}</h2>${body}</section>`;
};

/** Staffing plans of the month against what happened; left out of packs frozen before the section existed. */
const staffing = (v: V): string => {
  const { t, p, locale } = v;
  if (p.staffing === undefined) return '';
  const pct = (x: number | null) => (x === null ? '–' : formatPercent(x, locale, 1));
  const count = (x: number | null) => (x === null ? '–' : formatNumber(x, locale, { maximumFractionDigits: 0 }));
  const body = p.staffing
    ? table(
        [
          t.queue,
          t.planPeriod,
          t.forecastContacts,
          t.actualContacts,
          t.wape,
          t.expectedSl,
          t.actualSl,
          t.plannedHours,
          t.availableHours,
          t.belowTarget,
        ],
        [12, 16, 9, 9, 9, 9, 9, 9, 9, 9],
        `<tbody>${p.staffing
          .map(
            (s) =>
              `<tr><td>${e(s.queue)}</td><td>${e(`${s.from} – ${s.to}`)} (${e(s.model)})</td><td class="num">${count(s.forecastOffered)}</td><td class="num">${count(s.actualOffered)}</td><td class="num">${pct(s.forecastWape)}</td><td class="num">${pct(s.expectedServiceLevel)}</td><td class="num">${pct(s.actualServiceLevel)}</td><td class="num">${count(s.plannedAgentHours)}</td><td class="num">${count(s.availableAgentHours)}</td><td class="num">${s.intervalsBelowTarget} / ${s.intervals}</td></tr>`,
          )
          .join('')}</tbody>`,
        [2, 3, 4, 5, 6, 7, 8, 9],
      )
    : `<p class="muted">${e(t.staffingNone)}</p>`;
  return `<section><h2>${e(t.staffing)}</h2>${body}</section>`;
};

const conformity = (v: V): string => {
  const { t, p } = v;
  const assessments = p.conformity.assessments.length
    ? table(
        [t.side, t.title, t.edition, t.status, t.readiness],
        [16, 38, 18, 14, 14],
        `<tbody>${p.conformity.assessments
          .map(
            (a) =>
              `<tr><td>${e(t.parties[a.side])}</td><td>${e(a.title)}</td><td>${e(a.edition)}</td><td>${e(reportText[v.locale].statuses[a.status as keyof ReportStatuses] ?? a.status)}</td><td class="num">${e(a.readiness === null ? t.none : formatPercent(a.readiness, v.locale))}</td></tr>`,
          )
          .join('')}</tbody>`,
        [4],
      )
    : `<p class="muted">${e(t.noAssessments)}</p>`;
  const findings = p.conformity.openFindings.length
    ? table(
        [t.findingNo, t.grade, t.title, t.raisedAt, t.openActions],
        [8, 20, 44, 14, 14],
        `<tbody>${p.conformity.openFindings
          .map(
            (f) =>
              `<tr><td>F-${f.seq}</td><td>${e(t.grades[f.grade])}</td><td>${e(f.title)}<div class="small muted">${e(f.assessmentTitle)}</div></td><td class="nowrap">${e(formatDate(f.raisedAt, v.locale))}</td><td class="num">${f.openActions}${f.overdueActions ? ` <span class="flag">(${f.overdueActions} ${e(t.overdue)})</span>` : ''}</td></tr>`,
          )
          .join('')}</tbody>`,
        [4],
      )
    : `<p>${e(t.noOpenFindings)}</p>`;
  return `<section class="page"><h2>${e(t.conformity)}</h2><h3>${e(t.assessments)}</h3>${assessments}<h3>${e(t.openFindingsTitle)}</h3>${findings}</section>`;
};

const obligations = (v: V): string => {
  const { t, p } = v;
  const body = p.obligations.length
    ? table(
        [t.obligation, t.owner, t.dueOn, t.status, t.lastDone],
        [40, 16, 14, 14, 16],
        `<tbody>${p.obligations
          .map(
            (o) =>
              `<tr><td>${e(o.title)}</td><td>${e(t.parties[o.owner])}</td><td class="nowrap">${e(formatDate(o.dueOn, v.locale))}</td><td>${badge(`o-${o.state}`, t.obligationStates[o.state])}</td><td class="nowrap">${e(o.lastDoneOn ? formatDate(o.lastDoneOn, v.locale) : t.none)}</td></tr>`,
          )
          .join('')}</tbody>`,
      )
    : `<p class="muted">${e(t.noObligations)}</p>`;
  return `<section><h2>${e(t.obligations)}</h2><p class="small muted">${e(t.obligationsIntro)}</p>${body}</section>`;
};

const blankLines = (n: number) => `<div class="lines">${'<div></div>'.repeat(n)}</div>`;

/** The page of agreed decisions: the stored meeting record, or ruled lines to fill in at the meeting. */
const decisions = (v: V): string => {
  const { t } = v;
  const r = v.review?.record;
  if (!r)
    return `<section class="page decisions"><h2>${e(t.decisions)}</h2><p class="muted">${e(t.fillIn)}</p>
<h3>${e(t.heldOn)}</h3>${blankLines(1)}<h3>${e(t.attendees)}</h3>${blankLines(4)}<h3>${e(t.agreed)}</h3>${blankLines(6)}<h3>${e(t.agreedActions)}</h3>${blankLines(5)}</section>`;
  const attendees = r.attendees.length
    ? table(
        [t.attendees, t.side, t.role],
        [40, 30, 30],
        `<tbody>${r.attendees.map((a) => `<tr><td>${e(a.name)}</td><td>${e(t.parties[a.party])}</td><td>${e(a.role ?? '')}</td></tr>`).join('')}</tbody>`,
      )
    : `<p class="muted">${e(t.none)}</p>`;
  const agreed = r.decisions.length
    ? `<ol>${r.decisions.map((d) => `<li>${e(d.text)}</li>`).join('')}</ol>`
    : `<p class="muted">${e(t.noDecisions)}</p>`;
  const actions = r.actions.length
    ? table(
        [t.action, t.owner, t.side, t.dueOn],
        [46, 22, 16, 16],
        `<tbody>${r.actions
          .map(
            (a) =>
              `<tr><td>${e(a.title)}</td><td>${e(a.owner)}</td><td>${e(t.parties[a.ownerParty])}</td><td class="nowrap">${e(a.dueOn ? formatDate(a.dueOn, v.locale) : t.none)}</td></tr>`,
          )
          .join('')}</tbody>`,
      )
    : `<p class="muted">${e(t.none)}</p>`;
  const status =
    v.review?.status === 'closed' && v.review.closedAt
      ? `<p><strong>${e(t.reviewClosed)}:</strong> ${e(formatDate(v.review.closedAt, v.locale))}</p>`
      : `<p class="muted">${e(t.reviewOpen)}</p>`;
  return `<section class="page decisions"><h2>${e(t.decisions)}</h2>
${metaList([[t.heldOn, r.heldOn ? formatDate(r.heldOn, v.locale) : t.none]])}
<h3>${e(t.attendees)}</h3>${attendees}<h3>${e(t.agreed)}</h3>${agreed}<h3>${e(t.agreedActions)}</h3>${actions}
${r.notes ? `<h3>${e(t.notes)}</h3><p>${e(r.notes).replace(/\n/g, '<br>')}</p>` : ''}${status}</section>`;
};

/** The whole pack: cover with summary, KPIs against targets with trends, missed targets, voice, conformity, obligations, decisions. */
export const renderReviewPackHtml = (p: ReviewPack, review: Review | null, locale: Locale): string => {
  const v: V = { p, review, locale, t: reviewPackText[locale], value: (unit, x) => kpiValue(locale, unit, x) };
  const title = `${v.t.kicker} — ${p.mandate.title} — ${p.period}`;
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${e(title)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<style>${css}</style></head>
<body>
${cover(v)}
${kpis(v)}
${missed(v)}
${voice(v)}
${staffing(v)}
${conformity(v)}
${obligations(v)}
${decisions(v)}
</body></html>`;
};
