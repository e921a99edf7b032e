// Markdown for merge requests and wikis: verdict, five-in-place table, shutdown-level and major findings
// with basis and remediation, then the rest.
import type { DimensionRollUp, EnterpriseResult, Finding } from '../engine/index.js';
import { t, translate, type Lang } from '../i18n/index.js';
import type { AuditRun, Reporter, StreamReporter } from './types.js';
import { joined } from './util-joined.js';
import { firstEnterprise } from './util-map-enterprises.js';
import { countVerdicts } from './util-count-verdicts.js';
import { codeSpan, escapeMarkdown as md } from './util-escape-markdown.js';
import { formatDiagnostic } from './util-format-diagnostic.js';
import { formatLocation } from './util-format-location.js';
import { countStatuses, groupFindings } from './util-group-findings.js';
import { formatCitation } from './util-format-citation.js';
import { formatVerdict, STATE_MARK } from './util-format-verdict.js';
import { noticesThatApply } from './util-enterprise-editions.js';
import { formatAdjustment } from './util-format-adjustment.js';

const mark = (d: DimensionRollUp) => STATE_MARK[d.state];

export const streamMarkdown: StreamReporter = function* (run, { lang }) {
  const packs = run.packs.map((pack) => `${md(pack.title[lang])} ${md(pack.version)}`).join(', ');
  yield [
    `# ${t(lang, 'report-title')}`,
    `${t(lang, 'report-as-of', { asOf: run.asOf })} · ${packs} · safety-audit ${run.tool.version}`,
    ...noticesThatApply(run).map((pack) => `> ⚠ ${md(pack.title[lang])}: ${md(translate(lang, pack.notice!))}`),
  ].join('\n\n');
  if (run.enterprises.length + run.inputErrors.length > 1) yield* summary(run, lang);
  for (const result of run.enterprises) yield `\n\n${enterprise(result, lang)}`;
  const tail = [
    ...(run.inputErrors.length ? [inputErrors(run, lang)] : []),
    ...(run.adjustments?.length ? [`## ${t(lang, 'report-adjustments')}\n\n${run.adjustments.map((a) => `- ${md(formatAdjustment(a, lang))}`).join('\n')}`] : []),
    ...(run.notices.length ? [`## ${t(lang, 'report-notices')}\n\n${run.notices.map((n) => `- ${md(formatDiagnostic(n, n.location?.file ?? '', lang))}`).join('\n')}`] : []),
  ];
  yield `${tail.map((part) => `\n\n${part}`).join('')}\n`;
};

export const formatMarkdown: Reporter = joined(streamMarkdown);

/** The group summary: a row per enterprise, then the totals. */
function* summary(run: AuditRun, lang: Lang): Generator<string> {
  const dimensions = firstEnterprise(run.enterprises)?.fiveInPlace.map((d) => t(lang, `dimension-${d.dimension}`)) ?? [];
  const head = [t(lang, 'report-enterprise'), t(lang, 'report-verdict'), ...dimensions, t(lang, 'status-fail'), t(lang, 'state-undecided')];
  yield `\n\n## ${t(lang, 'report-group-summary')}\n\n${table(head, [])}`;
  for (const result of run.enterprises) {
    const counts = countStatuses(result);
    yield `\n${row([md(result.enterprise.name), t(lang, `verdict-${result.verdict}`), ...result.fiveInPlace.map(mark), String(counts.fail), String(result.undecided)])}`;
  }
  yield `\n\n${t(lang, 'report-summary', { enterprises: run.enterprises.length + run.inputErrors.length, ...countVerdicts(run), invalid: run.inputErrors.length })}`;
}

function enterprise(result: EnterpriseResult, lang: Lang): string {
  const { name, creditCode } = result.enterprise;
  const dimensions = result.fiveInPlace.map((d) => t(lang, `dimension-${d.dimension}`));
  const lines = [
    `## ${md(name)} (${md(creditCode)})`,
    `**${t(lang, 'report-verdict')}: ${formatVerdict(result, lang)}** · ${codeSpan(result.file)}`,
    ...(result.warnings.length ? [`### ${t(lang, 'report-warnings')}\n\n${result.warnings.map((w) => `- ${md(formatDiagnostic(w, result.file, lang))}`).join('\n')}`] : []),
    `${t(lang, 'five-in-place')}:\n\n${table(dimensions, [result.fiveInPlace.map(mark)])}`,
    t(lang, 'report-counts', countStatuses(result)),
  ];
  for (const { key, findings } of groupFindings(result)) {
    const detailed = key === 'report-shutdown-major';
    lines.push(`### ${t(lang, key)}`, findings.map((finding) => item(finding, result, lang, detailed)).join('\n'));
  }
  return lines.join('\n\n');
}

function item(finding: Finding, result: EnterpriseResult, lang: Lang, detailed: boolean): string {
  const text = finding.status === 'indeterminate' && finding.reason ? translate(lang, finding.reason) : finding.message[lang];
  const head = `- **${finding.ruleId}**${finding.pack.origin ? ` (${t(lang, 'group-rule')})` : ''} ${md(text)} — ${codeSpan(formatLocation(finding.location, result.file))}`;
  const waiver = finding.waiver ? [`  - ${md(t(lang, 'report-waiver', finding.waiver))}`] : [];
  if (!detailed) return [head, ...waiver].join('\n');
  return [
    head,
    `  - ${t(lang, 'report-basis')}: ${finding.sources.map((source) => md(formatCitation(source, lang))).join('; ')}`,
    `  - ${t(lang, 'report-remediation')}: ${md(finding.remediation[lang])}`,
    ...waiver,
  ].join('\n');
}

function inputErrors(run: AuditRun, lang: Lang): string {
  const items = run.inputErrors.flatMap(({ file, diagnostics }) => diagnostics.map((d) => `- ${codeSpan(formatDiagnostic(d, file, lang))}`));
  return `## ${t(lang, 'report-input-errors')}\n\n${items.join('\n')}`;
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

const table = (head: string[], rows: string[][]) => [row(head), `|${head.map(() => ' --- ').join('|')}|`, ...rows.map(row)].join('\n');
