// The group summary page (集团汇总), first after the cover when a run holds several enterprises: one row per
// enterprise with its verdict, five-in-place marks and counts, linked to its section.
import type { EnterpriseResult, Finding } from '../engine/index.js';
import { t, type Lang } from '../i18n/index.js';
import { enterpriseAnchor } from './html-enterprise.js';
import type { AuditRun } from './types.js';
import { countVerdicts } from './util-count-verdicts.js';
import { html, Html } from './util-escape-html.js';
import { firstEnterprise } from './util-map-enterprises.js';
import { hole } from './util-stream-json.js';
import { STATE_MARK } from './util-format-verdict.js';
import { countStatuses } from './util-group-findings.js';

const FAILED_SEVERITIES = ['shutdown', 'major', 'general'] as const;

/** The summary page; its rows are the hole `rows`, filled by `formatSummaryRows` as the report is written. */
export function formatGroupSummary(run: AuditRun, lang: Lang): Html {
  const dimensions = dimensionsOf(run);
  const totals = t(lang, 'report-summary', { enterprises: run.enterprises.length + run.inputErrors.length, ...countVerdicts(run), invalid: run.inputErrors.length });
  return html`<section class="page summary">
<h2>${t(lang, 'report-group-summary')}</h2>
<p class="totals">${totals}</p>
<table class="group-summary"><thead><tr><th>${t(lang, 'report-enterprise')}</th><th>${t(lang, 'report-verdict')}</th>
${dimensions.map((dimension) => html`<th class="mark"><span>${t(lang, `dimension-${dimension}`)}</span></th>`)}
${FAILED_SEVERITIES.map((severity) => html`<th class="num"><span>${t(lang, `severity-${severity}`)}</span></th>`)}
<th class="num"><span>${t(lang, 'state-undecided')}</span></th><th class="num"><span>${t(lang, 'status-pass')}</span></th></tr></thead>
<tbody>${new Html(hole('rows'))}</tbody></table>
<p class="muted">${t(lang, 'html-summary-note')}</p>
${run.inputErrors.length ? html`<h3>${t(lang, 'report-input-errors')}</h3><ul>${run.inputErrors.map((failure) => html`<li><code>${failure.file}</code></li>`)}</ul>` : undefined}
</section>`;
}

/** A row per enterprise (and its history under it), one enterprise at a time. */
export function* formatSummaryRows(run: AuditRun, lang: Lang): Generator<string> {
  const columns = 2 + dimensionsOf(run).length + FAILED_SEVERITIES.length + 2;
  let index = 0;
  for (const result of run.enterprises) yield html`${summaryRow(result, index++, lang)}${historyRow(result, columns, lang)}`.markup;
}

const dimensionsOf = (run: AuditRun) => firstEnterprise(run.enterprises)?.fiveInPlace.map((rollUp) => rollUp.dimension) ?? [];

function summaryRow(result: EnterpriseResult, index: number, lang: Lang): Html {
  const count = (belongs: (finding: Finding) => boolean) => result.findings.filter(belongs).length;
  const marks = result.fiveInPlace.map((rollUp) => html`<td class="mark mark-${rollUp.state}" title="${t(lang, `state-${rollUp.state}`)}">${STATE_MARK[rollUp.state]}</td>`);
  const fails = FAILED_SEVERITIES.map((severity) => html`<td class="num">${count((f) => f.status === 'fail' && f.severity === severity)}</td>`);
  return html`<tr data-verdict="${result.verdict}"><td><a href="#${enterpriseAnchor(index)}">${result.enterprise.name}</a><br><span class="muted">${result.enterprise.creditCode}</span></td>
<td><span class="badge verdict-${result.verdict}">${t(lang, `verdict-${result.verdict}`)}</span></td>${marks}${fails}
<td class="num">${result.undecided}</td><td class="num">${countStatuses(result).pass}</td></tr>`;
}

/** Under an enterprise's row, with a baseline: the verdicts of earlier runs as chips, oldest first. */
function historyRow(result: EnterpriseResult, columns: number, lang: Lang): Html | undefined {
  if (!result.history?.length) return undefined;
  const chips = result.history.map((record) => html`<li class="badge verdict-${record.verdict}" title="${record.generatedAt}"><time datetime="${record.asOf}">${record.asOf}</time> ${t(lang, `verdict-${record.verdict}`)}</li>`);
  return html`<tr class="history"><td colspan="${columns}"><span class="muted" title="${t(lang, 'html-history-title')}">${t(lang, 'html-history')}</span> <ol class="history">${chips}</ol></td></tr>`;
}
