// The consultant's report: one self-contained HTML file (inline CSS and SVG; no script, no font or image
// to fetch, and a Content-Security-Policy that forbids them) that prints as clean A4 pages: cover, group
// summary (several enterprises), one section per enterprise, files that could not be checked, the signature
// and disclaimer, and with `--appendix` every rule checked. Paths are relative to the audited folder.
import { t, type Lang } from '../i18n/index.js';
import { formatAppendix } from './html-appendix.js';
import { formatCover, formatSignature } from './html-cover.js';
import { streamEnterpriseSection } from './html-enterprise.js';
import { HTML_STYLE } from './html-style.js';
import { formatGroupSummary, formatSummaryRows } from './html-summary.js';
import type { AuditRun, Reporter, StreamReporter } from './types.js';
import { joined } from './util-joined.js';
import { fillHoles, hole } from './util-stream-json.js';
import { html, Html } from './util-escape-html.js';
import { formatDiagnostic } from './util-format-diagnostic.js';
import { resolvedFor } from './util-baseline.js';
import { formatAdjustments } from './html-adjustments.js';
import { soleEnterprise } from './util-cover-facts.js';
import { documentRun } from './util-document-run.js';

const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export const streamHtml: StreamReporter = function* (given, { lang, appendix = false }) {
  const run = documentRun(given);
  const several = run.enterprises.length + run.inputErrors.length > 1;
  const only = soleEnterprise(run);
  const subject = run.reportMeta?.client ?? only?.name;
  const title = subject ? `${t(lang, 'report-title')} — ${subject}` : t(lang, 'report-title');
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
${new Html(hole('sections'))}
${formatProblems(run, lang)}
${formatAdjustments(run, lang)}
${formatSignature(run, lang)}
${appendix && run.enterprises.length ? formatAppendix(run, lang) : undefined}
</main>
</body>
</html>
`;
  // The summary's rows and the enterprises' sections are written one enterprise at a time.
  yield* fillHoles(page.markup, { rows: formatSummaryRows(run, lang), sections: sectionsOf(run, lang) });
};

export const formatHtml: Reporter = joined(streamHtml);

function* sectionsOf(run: AuditRun, lang: Lang): Generator<string> {
  let index = 0;
  for (const result of run.enterprises) yield* streamEnterpriseSection(result, index++, run.packs, lang, resolvedFor(run, result), run.baseline);
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
