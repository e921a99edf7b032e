import { t, type Lang } from '../i18n/index.js';
import type { AuditRun } from './types.js';
import { html, type Html } from './util-escape-html.js';
import { formatAdjustment } from './util-format-adjustment.js';

/** What the configuration changed in the rules — severities set, rules disabled with why — never left unsaid. */
export function formatAdjustments(run: AuditRun, lang: Lang): Html | undefined {
  if (!run.adjustments?.length) return undefined;
  return html`<section class="flow adjustments">
<h2>${t(lang, 'report-adjustments')}</h2>
<ul class="adjustments">${run.adjustments.map((adjustment) => html`<li>${formatAdjustment(adjustment, lang)}</li>`)}</ul>
</section>`;
}
