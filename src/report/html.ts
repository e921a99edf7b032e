// The consultant's report: one self-contained HTML file (inline CSS and SVG; no script, no font or image
// to fetch, and a Content-Security-Policy that forbids them) that prints as clean A4 pages: cover, group
// summary (several enterprises), one section per enterprise, files that could not be checked, appendix.
import { t, translate, type Lang } from '../i18n/index.js';
import { formatAppendix } from './html-appendix.js';
import { formatEnterpriseSection } from './html-enterprise.js';
import { HTML_STYLE } from './html-style.js';
import { formatGroupSummary } from './html-summary.js';
import type { AuditRun, Reporter } from './types.js';
import { html, Html } from './util-escape-html.js';
import { formatDiagnostic } from './util-format-diagnostic.js';
import { resolvedFor } from './util-baseline.js';
import { formatAdjustments } from './html-adjustments.js';

const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export const formatHtml: Reporter = (run, { lang }) => {
  const several = run.enterprises.length + run.inputErrors.length > 1;
  const only = soleEnterprise(run);
  const title = only ? `${t(lang, 'report-title')} — ${only.name}` : t(lang, 'report-title');
  const page = html`<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="safety-audit ${run.tool.version}">
<title>${title}</title>
<style>${new Html(HTML_STYLE)}</style>
</head>
<body>
<main>
${formatCover(run, lang)}
${several ? formatGroupSummary(run, lang) : undefined}
${run.enterprises.map((result, index) => formatEnterpriseSection(result, index, run.packs, lang, resolvedFor(run, result), run.baseline))}
${formatProblems(run, lang)}
${formatAdjustments(run, lang)}
${run.enterprises.length ? formatAppendix(run, lang) : undefined}
</main>
</body>
</html>
`;
  return page.markup;
};

/** The enterprise a one-enterprise report is about: the cover and the page title name it. */
const soleEnterprise = (run: AuditRun) => (run.enterprises.length === 1 && run.inputErrors.length === 0 ? run.enterprises[0]!.enterprise : undefined);

function formatCover(run: AuditRun, lang: Lang): Html {
  const only = soleEnterprise(run);
  const count = run.enterprises.length + run.inputErrors.length;
  const fact = (key: Parameters<typeof t>[1], value: string | undefined) => html`<dt>${t(lang, key)}</dt><dd>${value ?? '—'}</dd>`;
  return html`<section class="page cover">
<h1>${t(lang, 'report-title')}</h1>
<div class="subject">${only ? only.name : t(lang, 'html-cover-enterprises', { count })}</div>
${only ? html`<div class="credit">${t(lang, 'html-credit-code')} ${only.creditCode}</div>` : undefined}
<dl class="facts">
${only ? [fact('html-region', only.region), fact('html-assessment-date', only.assessmentDate), fact('html-assessor', only.assessor)] : undefined}
${fact('html-as-of', run.asOf)}
${fact('html-generated', run.generatedAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC'))}
${fact('html-tool', `${run.tool.name} ${run.tool.version}`)}
</dl>
<h3>${t(lang, 'html-packs')}</h3>
<table class="packs"><thead><tr><th>${t(lang, 'html-packs')}</th><th>${t(lang, 'html-pack-version')}</th><th>${t(lang, 'html-editions')}</th><th class="num">${t(lang, 'html-pack-rules')}</th></tr></thead>
<tbody>${run.packs.map((pack) => html`<tr><td>${pack.title[lang]} <span class="muted">(${pack.id})</span>${pack.origin ? html` <span class="group-rule">${t(lang, 'group-rule')}</span>` : undefined}</td><td>${pack.version}</td><td>${pack.editions.map((edition, index) => html`${index ? html`<br>` : undefined}${edition.citation[lang]}`)}${pack.notice ? html`<div class="edition-notice">⚠ ${translate(lang, pack.notice)}</div>` : undefined}</td><td class="num">${pack.rules}</td></tr>`)}</tbody></table>
</section>`;
}

/** Files that could not be checked, with their located errors, and notices about the run (waivers). */
function formatProblems(run: AuditRun, lang: Lang): Html | undefined {
  if (!run.inputErrors.length && !run.notices.length) return undefined;
  const errors = run.inputErrors.flatMap(({ file, diagnostics }) => diagnostics.map((diagnostic) => html`<li><code>${formatDiagnostic(diagnostic, file, lang)}</code></li>`));
  const notices = run.notices.map((notice) => html`<li>${formatDiagnostic(notice, notice.location?.file ?? '', lang)}</li>`);
  return html`<section class="page flow problems">
${errors.length ? html`<h2>${t(lang, 'report-input-errors')}</h2><ul class="input-errors">${errors}</ul>` : undefined}
${notices.length ? html`<h2>${t(lang, 'report-notices')}</h2><ul class="notices">${notices}</ul>` : undefined}
</section>`;
}
