// Findings in the HTML report: shutdown-level and major ones as cards with everything a consultant cites
// (what was found, where, the legal basis, the remediation); the rest, and the hazard ledger, as tables.
import type { Finding } from '../engine/index.js';
import { t, translate, type Lang } from '../i18n/index.js';
import { html, Html } from './util-escape-html.js';
import { fillHoles, hole } from './util-stream-json.js';
import { mapLazily } from './util-map-lazily.js';
import { formatLocation } from './util-format-location.js';
import { formatCitation } from './util-format-citation.js';
import { baselineMark } from './util-baseline.js';

/** What the rule saw: its rendered message, or why it could not decide. */
const findingText = (finding: Finding, lang: Lang): string =>
  finding.status === 'indeterminate' && finding.reason ? translate(lang, finding.reason) : finding.message[lang];

const severityBadge = (finding: Finding, lang: Lang): Html => {
  const mark = baselineMark(finding, lang);
  return html`<span class="badge ${finding.severity}">${t(lang, `severity-${finding.severity}`)}</span>${mark ? html` <span class="badge baseline">${mark}</span>` : undefined}`;
};

/** `file:line:col (header)`, breakable after each `/` so long paths wrap at folder boundaries. */
const locationOf = (finding: Finding, file: string): Html[] =>
  formatLocation(finding.location, file).split('/').map((part, index) => html`${index ? html`/<wbr>` : undefined}${part}`);

const waiverLine = (finding: Finding, lang: Lang): Html | undefined =>
  finding.waiver ? html`<div class="waiver">${t(lang, 'report-waiver', finding.waiver)}</div>` : undefined;

/** One shutdown-level or major finding, in full. */
export function formatFindingCard(finding: Finding, file: string, lang: Lang): Html {
  const basis = finding.sources.map((source) => html`<li>${formatCitation(source, lang)}</li>`);
  return html`<article class="finding ${finding.severity}">
<h4>${severityBadge(finding, lang)} <code>${finding.ruleId}</code>${finding.pack.origin ? html` <span class="group-rule">${t(lang, 'group-rule')}</span>` : undefined} ${finding.title[lang]}</h4>
<dl>
<dt>${t(lang, 'report-finding')}</dt><dd>${findingText(finding, lang)}${waiverLine(finding, lang)}</dd>
<dt>${t(lang, 'report-location')}</dt><dd class="location">${locationOf(finding, file)}</dd>
<dt>${t(lang, 'report-basis')}</dt><dd><ul>${basis}</ul></dd>
<dt>${t(lang, 'report-remediation')}</dt><dd>${finding.remediation[lang]}</dd>
</dl>
</article>`;
}

/** Findings below the first group: one row each, with where to fix and how — written a row at a time. */
export function* streamFindingTable(findings: readonly Finding[], file: string, lang: Lang): Generator<string> {
  const rows = mapLazily(findings, (finding) => html`<tr><td class="nowrap"><code>${finding.ruleId}</code>${finding.pack.origin ? html`<br><span class="group-rule">${t(lang, 'group-rule')}</span>` : undefined}</td><td>${severityBadge(finding, lang)}</td>
<td>${finding.title[lang]}<br>${findingText(finding, lang)}${waiverLine(finding, lang)}</td>
<td class="location">${locationOf(finding, file)}</td><td>${finding.remediation[lang]}</td></tr>`.markup);
  yield* fillHoles(html`<table class="findings"><thead><tr><th>${t(lang, 'report-rule')}</th><th>${t(lang, 'report-severity')}</th><th>${t(lang, 'report-finding')}</th><th>${t(lang, 'report-location')}</th><th>${t(lang, 'report-remediation')}</th></tr></thead>
<tbody>${new Html(hole('rows'))}</tbody></table>`.markup, { rows });
}

/**
 * Failed checks on the hazard ledger's items (隐患排查治理台账: overdue, unreported, ownerless …), by
 * hazard. Chosen by where they point — into `/hazards/` — never by rule id: rules are data.
 */
export function hazardLedgerFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .filter((finding) => finding.status === 'fail' && finding.pointer.startsWith('/hazards/'))
    .map((finding, order) => ({ finding, order, item: finding.item ?? finding.pointer }))
    .sort((a, b) => a.item.localeCompare(b.item) || a.order - b.order)
    .map(({ finding }) => finding);
}

/** The ledger's problems, one row per failed check, with the rule, where to fix it and how — a row at a time. */
export function* streamHazardLedger(findings: readonly Finding[], file: string, lang: Lang): Generator<string> {
  const rows = mapLazily(findings, (finding) => html`<tr><td class="nowrap">${finding.item ?? ''}</td><td>${severityBadge(finding, lang)}</td><td>${findingText(finding, lang)}</td>
<td>${finding.remediation[lang]}</td><td class="location"><code>${finding.ruleId}</code><br>${locationOf(finding, file)}</td></tr>`.markup);
  yield* fillHoles(html`<table class="hazard-ledger"><thead><tr><th>${t(lang, 'html-hazard-item')}</th><th>${t(lang, 'report-severity')}</th><th>${t(lang, 'report-finding')}</th><th>${t(lang, 'report-remediation')}</th><th>${t(lang, 'report-rule')} · ${t(lang, 'report-location')}</th></tr></thead>
<tbody>${new Html(hole('rows'))}</tbody></table>`.markup, { rows });
}
