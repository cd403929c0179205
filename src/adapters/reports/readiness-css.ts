// src/adapters/reports/readiness-css.ts — the print stylesheet of the readiness report and pack (A4, page breaks, result colours)

export const reportCss = `
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
:root { --ink: #1c2330; --muted: #5d6675; --line: #d6dae1; --head: #eef1f5; --ok: #22703f; --part: #9a5b00; --nc: #b42318; --open: #b8c0cc; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: var(--ink); font: 10pt/1.4 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; }
@media screen { body { max-width: 210mm; margin: 0 auto; padding: 12mm 16mm; } }
h1 { font-size: 20pt; margin: 0 0 3mm; }
h2 { font-size: 14pt; margin: 0 0 3mm; padding-bottom: 1mm; border-bottom: 1.5pt solid var(--ink); }
h3 { font-size: 11pt; margin: 5mm 0 2mm; break-after: avoid; }
section + section { margin-top: 8mm; }
section.page { break-before: page; margin-top: 0; }
p { margin: 0 0 2mm; }
table { width: 100%; border-collapse: collapse; font-size: 8.5pt; margin: 1mm 0 4mm; table-layout: fixed; }
thead { display: table-header-group; }
tr, .keep { break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 1.2mm 1.5mm; border-bottom: 0.5pt solid var(--line); overflow-wrap: break-word; }
th { background: var(--head); font-weight: 600; }
td.num, th.num { text-align: right; }
tr.sub td { background: #f7f8fa; font-weight: 600; }
tr.total td { font-weight: 700; border-top: 1pt solid var(--ink); }
tr.informative td { color: var(--muted); }
.mono { font-family: 'DejaVu Sans Mono', 'Liberation Mono', monospace; }
.hash { font-family: 'DejaVu Sans Mono', 'Liberation Mono', monospace; font-size: 7.5pt; word-break: break-all; }
.muted { color: var(--muted); }
.small { font-size: 8pt; }
.nowrap { white-space: nowrap; }
.badge { display: inline-block; padding: 0 1.5mm; border-radius: 1mm; font-size: 7.5pt; font-weight: 600; background: var(--head); }
.r-conformant { background: #e3f3e8; color: var(--ok); }
.r-partially_conformant { background: #fdf0d9; color: var(--part); }
.r-nonconformant { background: #fde4e1; color: var(--nc); }
.r-not_applicable, .r-none { background: #eceef2; color: var(--muted); }
.informative-badge { background: #e8ecf8; color: #3b4a8a; }
.flag { color: var(--nc); font-weight: 700; }
.notice { border-left: 3pt solid var(--part); background: #fff7e8; padding: 2mm 3mm; margin: 3mm 0; }
dl.meta { display: grid; grid-template-columns: 42mm 1fr; gap: 1mm 4mm; margin: 0 0 4mm; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); font-size: 9pt; margin-bottom: 2mm; }
.big { font-size: 36pt; font-weight: 700; line-height: 1.1; }
.headline { display: flex; gap: 8mm; align-items: baseline; margin: 3mm 0 4mm; }
.cover { padding-top: 30mm; }
.cover h1 { font-size: 26pt; }
.cover .lead { font-size: 14pt; margin-bottom: 10mm; }
.cover .headline { margin: 10mm 0; }
.finding { border: 0.5pt solid var(--line); border-radius: 1.5mm; padding: 2mm 3mm; margin: 0 0 4mm; }
.finding h3 { margin-top: 0; }
ul.plain { margin: 0; padding: 0; list-style: none; }
svg text { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; }
`;
