// The HTML report's one stylesheet, inlined: system CJK fonts (no web fonts), A4 print pages — cover, group
// summary, each enterprise and the appendix start a new page; findings and table rows never split.

export const HTML_STYLE = `
:root {
  --ink: #1f2328; --muted: #59636e; --rule: #d1d9e0; --wash: #f6f8fa;
  --shutdown: #7a1010; --major: #c62828; --general: #b85c00; --advisory: #5a6b7b;
  --pass: #2e7d32; --incomplete: #6a1b9a; --indeterminate: #8a8f98; --waived: #3d5a99; --na: #d7dce2;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; color: var(--ink); background: #e9ecef; line-height: 1.55; font-size: 14px;
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Helvetica Neue", Arial, sans-serif;
}
main { max-width: 210mm; margin: 0 auto; }
.page { background: #fff; padding: 16mm 14mm; margin: 0 0 8mm; box-shadow: 0 1px 4px rgba(0, 0, 0, .15); }
h1 { font-size: 28px; margin: 0 0 12px; letter-spacing: .04em; }
h2 { font-size: 20px; margin: 0 0 8px; }
h3 { font-size: 16px; margin: 22px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--rule); }
h4 { font-size: 14px; margin: 0 0 6px; }
p { margin: 6px 0; }
code, .location { font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", Consolas, monospace; font-size: 12px; overflow-wrap: break-word; }
td.location { font-size: 11px; }
.muted { color: var(--muted); }
.group-rule { display: inline-block; padding: 0 .4em; border: 1px solid #1d4ed8; border-radius: 3px; color: #1d4ed8; font-size: .8em; font-weight: normal; white-space: nowrap; }
.nowrap { white-space: nowrap; }

.cover { display: flex; flex-direction: column; justify-content: center; min-height: 260mm; }
.cover .subject { font-size: 24px; font-weight: 700; margin: 24px 0 4px; overflow-wrap: anywhere; }
.cover .credit { font-size: 15px; color: var(--muted); margin-bottom: 28px; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 10px 0 18px; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; overflow-wrap: anywhere; }

table { width: 100%; border-collapse: collapse; margin: 8px 0 12px; font-size: 12.5px; }
th, td { border: 1px solid var(--rule); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: var(--wash); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.mark, th.mark { text-align: center; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
.group-summary td:first-child { min-width: 40mm; }
.group-summary th.mark, .group-summary th.num { font-size: 11.5px; }
.group-summary th span { display: inline-block; min-width: 2.1em; }
.group-summary th:lang(en) span { writing-mode: vertical-rl; transform: rotate(180deg); min-width: 0; white-space: nowrap; }
.group-summary .badge { white-space: normal; }
.group-summary tr.history td { border-top: none; padding-top: 0; font-size: 11.5px; }
ol.history { display: inline; list-style: none; margin: 0; padding: 0; }
ol.history li { display: inline-block; margin: 0 3px 2px 0; font-size: 11px; }
.rules { font-size: 11px; }
.mark-in-place { color: var(--pass); font-weight: 700; }
.mark-gap { color: var(--major); font-weight: 700; }
.mark-undecided { color: var(--incomplete); font-weight: 700; }
.edition-notice { color: var(--general); font-size: 12px; margin-top: 4px; }
.warnings { border-left: 4px solid var(--general); padding: 2px 12px; background: #fff8ec; }

.verdict { margin: 14px 0; padding: 12px 16px; border-radius: 4px; color: #fff; }
.verdict .label { font-size: 13px; opacity: .9; }
.verdict strong { display: block; font-size: 26px; letter-spacing: .06em; }
.verdict .note { font-size: 13px; }
.verdict-shutdown { background: var(--shutdown); }
.verdict-major { background: var(--major); }
.verdict-incomplete { background: var(--incomplete); }
.verdict-rectify { background: var(--general); }
.verdict .undecided { display: block; font-weight: 700; }
.verdict-compliant { background: var(--pass); }

.badge { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px; color: #fff; white-space: nowrap; }
.badge.shutdown, .badge.verdict-shutdown { background: var(--shutdown); }
.badge.major, .badge.verdict-major { background: var(--major); }
.badge.general, .badge.verdict-rectify { background: var(--general); }
.badge.baseline { background: #b26b00; }
.badge.verdict-incomplete { background: var(--incomplete); }
.badge.advisory { background: var(--advisory); }
.badge.verdict-compliant { background: var(--pass); }

.finding { border: 1px solid var(--rule); border-left: 5px solid var(--advisory); padding: 8px 12px; margin: 8px 0; break-inside: avoid; }
.finding.shutdown { border-left-color: var(--shutdown); }
.finding.major { border-left-color: var(--major); }
.finding dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0 0; }
.finding dt { color: var(--muted); }
.finding dd { margin: 0; overflow-wrap: anywhere; }
.finding ul { margin: 0; padding-left: 18px; }
.waiver { color: var(--waived); }

.chart { margin: 6px 0 4px; break-inside: avoid; }
.chart svg { width: 100%; max-width: 180mm; height: auto; display: block; }

.packs th:first-child { width: 32%; }
.packs th.num { width: 5em; white-space: nowrap; }
.cover .packs { font-size: 11.5px; }
.cover .packs .edition-notice { font-size: 11px; }
.signoff { break-inside: avoid; }
.signoff .disclaimer { font-size: 12.5px; color: var(--muted); }
.signoff .signature { border: 1px solid var(--rule); padding: 12px 16px 40px; margin-top: 8px; line-height: 2; }

@page { size: A4; margin: 14mm 12mm 16mm; @bottom-center { content: counter(page) " / " counter(pages); font-size: 9px; color: #59636e; } }
@media print {
  body { background: #fff; font-size: 12.5px; }
  main { max-width: none; }
  .page { box-shadow: none; margin: 0; padding: 0; break-before: page; }
  .page:first-child, .page.flow { break-before: auto; }
  .page.flow { margin-top: 8mm; }
  /* Enterprises follow one another (a short one leaves no near-empty page), each opening with its name, facts and
     verdict and five-in-place chart kept together and a rule above; only the first after the cover opens a page. */
  .page.enterprise { break-before: auto; margin-top: 9mm; padding-top: 5mm; border-top: 2px solid var(--ink); }
  .cover + .page.enterprise { break-before: page; margin-top: 0; padding-top: 0; border-top: none; }
  .enterprise .head { break-inside: avoid; }
  .chart-block { break-inside: avoid; }
  .cover { min-height: 255mm; }
  h2, h3, h4 { break-after: avoid; }
  p, li { orphans: 3; widows: 3; }
}
`;
