// One enterprise in the HTML report: who and when, the verdict banner and the five-in-place chart (one block
// that print never splits), warnings, shutdown-level and major findings in full, the hazard ledger's
// problems, then the rest (a finding shown in the ledger is not repeated below it).
import type { EnterpriseResult, Finding, ResolvedFinding } from '../engine/index.js';
import { t, translate, type Lang, type MessageKey } from '../i18n/index.js';
import { drawFiveInPlaceChart } from './html-chart.js';
import { formatFindingCard, hazardLedgerFindings, streamFindingTable, streamHazardLedger } from './html-findings.js';
import { mapLazily } from './util-map-lazily.js';
import { fillHoles, hole } from './util-stream-json.js';
import type { PackSummary } from './types.js';
import { html, Html } from './util-escape-html.js';
import { countStatuses, groupFindings } from './util-group-findings.js';
import { formatDiagnostic } from './util-format-diagnostic.js';
import { enterpriseEditions } from './util-enterprise-editions.js';

export const enterpriseAnchor = (index: number) => `enterprise-${index + 1}`;

/** The banner a reader sees first: the engine's verdict in words, with what it means. */
export function formatVerdictBanner(result: EnterpriseResult, lang: Lang): Html {
  return html`<div class="verdict verdict-${result.verdict}" role="status"><span class="label">${t(lang, 'report-verdict')}</span><strong>${t(lang, `verdict-${result.verdict}`)}</strong><span class="note">${t(lang, `html-verdict-note-${result.verdict}`)}</span>${
    result.undecided > 0 && result.verdict !== 'incomplete' ? html`<span class="note undecided">${t(lang, 'verdict-undecided', { count: result.undecided })}</span>` : undefined
  }</div>`;
}

/** An enterprise's sectors by their packs' titles where a pack was loaded, else by code. */
export const sectorNames = (sectors: readonly string[], packs: readonly PackSummary[], lang: Lang): string =>
  sectors.map((sector) => packs.find((pack) => pack.sector === sector)?.title[lang] ?? sector).join('、');

/** The editions of the standards that decided this enterprise's audit, with the notice where one was not in force. */
function formatEditionsFact(result: EnterpriseResult, packs: readonly PackSummary[], lang: Lang): Html | undefined {
  const applied = enterpriseEditions(result, packs);
  if (!applied.length) return undefined;
  return html`<dt>${t(lang, 'html-editions')}</dt><dd class="editions">${applied.map(
    (pack, index) => html`${index ? html`<br>` : undefined}${pack.editions.map((edition) => edition.citation[lang]).join('、')}${pack.notice ? html`<div class="edition-notice">⚠ ${translate(lang, pack.notice)}</div>` : undefined}`,
  )}</dd>`;
}

/** An enterprise's section in pieces: its head, then its findings a card or a row at a time, then its end. */
export function* streamEnterpriseSection(result: EnterpriseResult, index: number, packs: readonly PackSummary[], lang: Lang, resolved: readonly ResolvedFinding[] = [], baseline?: { file: string; asOf: string }): Generator<string> {
  const { enterprise, file } = result;
  const groups = groupFindings(result);
  const first = groups.find((group) => group.key === 'report-shutdown-major');
  const ledger = hazardLedgerFindings(result.findings);
  const rest = groups
    .filter((group) => group !== first)
    .map(({ key, findings }) => ({ key, findings: findings.filter((finding) => !ledger.includes(finding)) }))
    .filter((group) => group.findings.length > 0);
  const clean = !result.findings.some((finding) => finding.status === 'fail' || finding.status === 'indeterminate');
  const section = html`<section class="page enterprise" id="${enterpriseAnchor(index)}">
<div class="head">
<h2>${enterprise.name}</h2>
<dl class="facts">
<dt>${t(lang, 'html-credit-code')}</dt><dd>${enterprise.creditCode}</dd>
${enterprise.region ? html`<dt>${t(lang, 'html-region')}</dt><dd>${enterprise.region}</dd>` : undefined}
<dt>${t(lang, 'html-sectors')}</dt><dd>${sectorNames(enterprise.sectors, packs, lang) || '—'}</dd>
${formatEditionsFact(result, packs, lang)}
<dt>${t(lang, 'html-assessment-date')}</dt><dd>${enterprise.assessmentDate ?? '—'}</dd>
<dt>${t(lang, 'html-assessor')}</dt><dd>${enterprise.assessor ?? '—'}</dd>
<dt>${t(lang, 'html-file')}</dt><dd><code>${file}</code></dd>
</dl>
${formatVerdictBanner(result, lang)}
<div class="chart-block"><h3>${t(lang, 'five-in-place')}</h3>
${drawFiveInPlaceChart(result, lang)}
<p class="counts muted">${t(lang, 'report-counts', countStatuses(result))}</p></div>
</div>
${result.warnings.length ? html`<div class="warnings"><h3>${t(lang, 'report-warnings')}</h3><ul>${result.warnings.map((warning) => html`<li>${formatDiagnostic(warning, file, lang)}</li>`)}</ul></div>` : undefined}
${first ? html`<h3>${t(lang, first.key)}</h3>${new Html(hole('cards'))}` : undefined}
${ledger.length ? html`<h3>${t(lang, 'html-hazard-ledger')}</h3>${new Html(hole('ledger'))}` : undefined}
${new Html(hole('rest'))}
${clean ? html`<p class="none">${t(lang, 'report-none')}</p>` : undefined}
${resolved.length && baseline ? html`<h3>${t(lang, 'report-resolved', baseline)}</h3><ul class="resolved">${resolved.map(({ finding }) => html`<li><code>${finding.ruleId}</code>${finding.item ? ` (${finding.item})` : ''} ${finding.title[lang]}</li>`)}</ul>` : undefined}
</section>`;
  yield* fillHoles(section.markup, {
    cards: mapLazily(first?.findings ?? [], (finding) => formatFindingCard(finding, file, lang).markup),
    ledger: streamHazardLedger(ledger, file, lang),
    rest: restOf(rest, file, lang),
  });
}

function* restOf(groups: readonly { key: MessageKey; findings: readonly Finding[] }[], file: string, lang: Lang): Generator<string> {
  for (const group of groups) {
    yield html`<h3>${t(lang, group.key)}</h3>`.markup;
    yield* streamFindingTable(group.findings, file, lang);
  }
}
