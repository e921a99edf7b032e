import { Chalk, type ChalkInstance } from 'chalk';
import type { EnterpriseResult, Finding } from '../engine/index.js';
import { t, translate, type Lang } from '../i18n/index.js';
import type { AuditRun, Reporter, StreamReporter } from './types.js';
import { joined } from './util-joined.js';
import { formatDiagnostic } from './util-format-diagnostic.js';
import { formatLocation } from './util-format-location.js';
import { formatBoxTable } from './util-box-table.js';
import { wrapText } from './util-wrap-text.js';
import { formatVerdict, STATE_MARK } from './util-format-verdict.js';
import { formatSummaryLine } from './util-summary-line.js';
import { baselineCounts, baselineMark, resolvedFor } from './util-baseline.js';
import { noticesThatApply } from './util-enterprise-editions.js';
import { countStatuses, groupFindings } from './util-group-findings.js';
import { formatAdjustment } from './util-format-adjustment.js';

/**
 * The terminal view, grouped by enterprise: verdict, shutdown and major findings, the rest, then 五到位.
 * `quiet`: only the enterprises with shutdown or major findings, and only those findings; the summary still counts all.
 */
export const streamTable: StreamReporter = function* (run, { lang, color, quiet }) {
  const paint = new Chalk({ level: color ? 1 : 0 });
  const errors = run.inputErrors.map(({ file, diagnostics }) =>
    [paint.red.bold(`✖ ${file}  ${t(lang, 'report-input-errors')}`), ...diagnostics.map((d) => `  ${formatDiagnostic(d, file, lang)}`)].join('\n'),
  );
  const notices = run.notices.length
    ? [[paint.yellow.bold(t(lang, 'report-notices')), ...run.notices.map((n) => `  ${formatDiagnostic(n, n.location?.file ?? '', lang)}`)].join('\n')]
    : [];
  const editions = noticesThatApply(run).map((pack) => paint.yellow(`⚠ ${pack.title[lang]}: ${translate(lang, pack.notice!)}`));
  const compared = baselineCounts(run, lang);
  const group = run.packs.filter((pack) => pack.origin === 'group').map((pack) => paint.blue(`${t(lang, 'group-rule')}: ${pack.title[lang]} (${pack.id} ${pack.version})`));
  const adjusted = (run.adjustments ?? []).map((adjustment) => paint.yellow(`⚙ ${formatAdjustment(adjustment, lang)}`));
  const tail = [...errors, ...notices, [formatSummaryLine(run, lang), ...(compared ? [compared] : []), ...editions, ...group, ...adjusted].join('\n')];
  let any = false;
  for (const block of blocksOf(run, lang, paint, quiet === true)) {
    yield any ? `\n\n${block}` : block;
    any = true;
  }
  yield `${any ? '\n\n' : ''}${tail.join('\n\n')}\n`;
};

export const formatTable: Reporter = joined(streamTable);

/** Each enterprise's block, one at a time; `quiet`: only those with shutdown or major findings. */
function* blocksOf(run: AuditRun, lang: Lang, paint: ChalkInstance, quiet: boolean): Generator<string> {
  for (const result of run.enterprises) {
    if (!quiet) yield formatEnterprise(result, lang, paint, run);
    else if (result.verdict === 'shutdown' || result.verdict === 'major') yield formatSevere(result, lang, paint);
  }
}

const MESSAGE_WIDTH = 70;
const VERDICT_COLOUR = { shutdown: 'bgRed', major: 'red', incomplete: 'magenta', rectify: 'yellow', compliant: 'green' } as const;

const heading = (result: EnterpriseResult, lang: Lang, paint: ChalkInstance) => [
  paint.bold(`${result.enterprise.name}  ${result.enterprise.creditCode}`) + paint.dim(`  ${result.file}`),
  `${t(lang, 'report-verdict')}: ${paint[VERDICT_COLOUR[result.verdict]].bold(formatVerdict(result, lang))}`,
];

function formatSevere(result: EnterpriseResult, lang: Lang, paint: ChalkInstance): string {
  const severe = groupFindings(result).filter((group) => group.key === 'report-shutdown-major');
  return [...heading(result, lang, paint), ...severe.flatMap(({ key, findings }) => ['', paint.bold(t(lang, key)), findingsTable(findings, lang, paint, result.file)])].join('\n');
}

function formatEnterprise(result: EnterpriseResult, lang: Lang, paint: ChalkInstance, run: AuditRun): string {
  const lines = heading(result, lang, paint);
  const resolved = resolvedFor(run, result);
  if (result.warnings.length) lines.push('', paint.yellow.bold(t(lang, 'report-warnings')), ...result.warnings.map((w) => `  ${paint.yellow(formatDiagnostic(w, result.file, lang))}`));
  for (const { key, findings } of groupFindings(result)) lines.push('', paint.bold(t(lang, key)), findingsTable(findings, lang, paint, result.file));
  if (!result.findings.some((f) => f.status === 'fail' || f.status === 'indeterminate')) lines.push(paint.green(t(lang, 'report-none')));
  if (resolved.length) {
    lines.push('', paint.green.bold(t(lang, 'report-resolved', { file: run.baseline!.file, asOf: run.baseline!.asOf })));
    lines.push(...resolved.map(({ finding }) => paint.green(`  ✔ ${finding.ruleId}${finding.item ? ` (${finding.item})` : ''}  ${finding.title[lang]}`)));
  }
  lines.push('', fiveInPlaceLine(result, lang, paint), paint.dim(countsLine(result, lang)));
  return lines.join('\n');
}

function findingsTable(findings: Finding[], lang: Lang, paint: ChalkInstance, file: string): string {
  const head = [t(lang, 'report-rule'), t(lang, 'report-severity'), t(lang, 'report-finding')];
  // A group's rule ids (`--rules`) may be longer than the bundled ones' 12 characters: the column grows to fit.
  const widths = [Math.max(16, ...findings.map((finding) => finding.ruleId.length + 2)), 10, MESSAGE_WIDTH + 2];
  const rows = findings.map((finding) => {
    const detail = finding.waiver
      ? `${finding.message[lang]}\n${t(lang, 'report-waiver', finding.waiver)}`
      : finding.status === 'indeterminate' && finding.reason ? translate(lang, finding.reason) : finding.message[lang];
    const severity = t(lang, `severity-${finding.severity}`);
    const mark = baselineMark(finding, lang);
    return [
      [finding.ruleId, ...(finding.pack.origin ? [paint.blue(t(lang, 'group-rule'))] : []), ...(mark ? [paint.yellow(mark)] : [])].join('\n'),
      finding.severity === 'shutdown' || finding.severity === 'major' ? paint.red(severity) : severity,
      `${wrapText(detail, MESSAGE_WIDTH)}\n${paint.cyan(wrapText(formatLocation(finding.location, file), MESSAGE_WIDTH))}`,
    ];
  });
  return formatBoxTable(head, rows, widths);
}

function fiveInPlaceLine(result: EnterpriseResult, lang: Lang, paint: ChalkInstance): string {
  const colour = { 'in-place': paint.green, gap: paint.red, undecided: paint.magenta } as const;
  const marks = result.fiveInPlace.map(({ dimension, state }) => `${t(lang, `dimension-${dimension}`)} ${colour[state](STATE_MARK[state])}`);
  const legend = result.fiveInPlaceState === 'undecided' || result.fiveInPlace.some((d) => d.state === 'undecided') ? `  (? ${t(lang, 'state-undecided')})` : '';
  return `${t(lang, 'five-in-place')}: ${marks.join('  ')}${legend}`;
}

function countsLine(result: EnterpriseResult, lang: Lang): string {
  return t(lang, 'report-counts', countStatuses(result));
}
