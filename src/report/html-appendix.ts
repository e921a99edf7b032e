// The appendix: every rule the run checked, with its pack, severity, dimension, legal basis and how it came
// out across the enterprises — so a reader sees what was checked, not only what failed.
import type { RuleSummary, Status, Tally } from '../engine/index.js';
import { zeroTally } from './util-zero-tally.js';
import type { AuditRun } from './types.js';
import { t, type Lang } from '../i18n/index.js';
import { html, type Html } from './util-escape-html.js';
import { rulesChecked } from './util-group-findings.js';
import { formatCitation } from './util-format-citation.js';

/** Statuses in the order a reader scans for them. */
const STATUS_ORDER: readonly Status[] = ['fail', 'indeterminate', 'waived', 'pass', 'not-applicable'];

export function formatAppendix(run: Pick<AuditRun, 'rules' | 'enterprises'>, lang: Lang): Html {
  const tallies = tallyStatuses(run);
  const rows = rulesChecked(run).map((rule) => ruleRow(rule, tallies.get(rule.ruleId)!, lang));
  return html`<section class="page appendix">
<h2>${t(lang, 'html-appendix')}</h2>
<p class="muted">${t(lang, 'html-appendix-note', { rules: rows.length })}</p>
<table class="rules"><thead><tr><th>${t(lang, 'report-rule')}</th><th>${t(lang, 'html-rule-title')}</th><th>${t(lang, 'report-severity')}</th><th>${t(lang, 'five-in-place')}</th><th>${t(lang, 'report-basis')}</th><th>${t(lang, 'html-results')}</th></tr></thead>
<tbody>${rows}</tbody></table>
</section>`;
}

function ruleRow(finding: RuleSummary, tally: Tally, lang: Lang): Html {
  const results = STATUS_ORDER.filter((status) => tally[status] > 0).map((status) => `${t(lang, `status-${status}`)} ${tally[status]}`);
  return html`<tr data-rule="${finding.ruleId}"><td class="nowrap"><code>${finding.ruleId}</code><br><span class="muted">${finding.pack.id} ${finding.pack.version}</span>${finding.pack.origin ? html`<br><span class="group-rule">${t(lang, 'group-rule')}</span>` : undefined}</td>
<td>${finding.title[lang]}</td><td class="nowrap">${t(lang, `severity-${finding.severity}`)}</td><td class="nowrap">${t(lang, `dimension-${finding.dimension}`)}</td>
<td>${finding.sources.map((source, index) => html`${index ? html`<br>` : undefined}${formatCitation(source, lang)}`)}</td>
<td class="nowrap">${results.map((result, index) => html`${index ? html`<br>` : undefined}${result}`)}</td></tr>`;
}

/** Per rule, how many findings ended in each status over all enterprises (an `each` rule has one per item). */
function tallyStatuses(run: Pick<AuditRun, 'enterprises'>): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const result of run.enterprises) {
    for (const [ruleId, counts] of Object.entries(result.tally)) {
      const tally = tallies.get(ruleId) ?? zeroTally();
      for (const status of Object.keys(counts) as Status[]) tally[status] += counts[status];
      tallies.set(ruleId, tally);
    }
  }
  return tallies;
}
