import { Chalk, type ChalkInstance } from 'chalk';
import type { EnterpriseResult, Finding } from '../engine/index.js';
import { t, translate, type Lang } from '../i18n/index.js';
import type { AuditRun, Reporter, StreamReporter } from './types.js';
import { joined } from './util-joined.js';
import { formatDiagnostic } from './util-format-diagnostic.js';
import { formatLocation } from './util-format-location.js';
import { drawBoxTable } from './util-box-table.js';
import { mapLazily } from './util-map-lazily.js';
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
  for (const result of run.enterprises) {
    if (quiet && result.verdict !== 'shutdown' && result.verdict !== 'major') continue;
    if (any) yield '\n\n';
    yield* quiet ? formatSevere(result, lang, paint) : formatEnterprise(result, lang, paint, run);
    any = true;
  }
  yield `${any ? '\n\n' : ''}${tail.join('\n\n')}\n`;
};

export const formatTable: Reporter = joined(streamTable);


const MESSAGE_WIDTH = 70;
const VERDICT_COLOUR = { shutdown: 'bgRed', major: 'red', incomplete: 'magenta', rectify: 'yellow', compliant: 'green' } as const;

const heading = (result: EnterpriseResult, lang: Lang, paint: ChalkInstance) => [
  paint.bold(`${result.enterprise.name}  ${result.enterprise.creditCode}`) + paint.dim(`  ${result.file}`),
  `${t(lang, 'report-verdict')}: ${paint[VERDICT_COLOUR[result.verdict]].bold(formatVerdict(result, lang))}`,
];

/** `--quiet`: the heading and the shutdown and major findings alone. */
function* formatSevere(result: EnterpriseResult, lang: Lang, paint: ChalkInstance): Generator<string> {
  yield heading(result, lang, paint).join('\n');
  for (const { key, findings } of groupFindings(result)) {
    if (key !== 'report-shutdown-major') continue;
    yield `\n\n${paint.bold(t(lang, key))}\n`;
    yield* findingsTable(findings, lang, paint, result.file);
  }
}

/** An enterprise's block in pieces: its heading and warnings, each table a row at a time, then 五到位 and the counts. */
function* formatEnterprise(result: EnterpriseResult, lang: Lang, paint: ChalkInstance, run: AuditRun): Generator<string> {
  const lines = heading(result, lang, paint);
  if (result.warnings.length) lines.push('', paint.yellow.bold(t(lang, 'report-warnings')), ...result.warnings.map((w) => `  ${paint.yellow(formatDiagnostic(w, result.file, lang))}`));
  yield lines.join('\n');
  for (const { key, findings } of groupFindings(result)) {
    yield `\n\n${paint.bold(t(lang, key))}\n`;
    yield* findingsTable(findings, lang, paint, result.file);
  }
  const tail: string[] = [];
  if (!result.findings.some((f) => f.status === 'fail' || f.status === 'indeterminate')) tail.push(paint.green(t(lang, 'report-none')));
  const resolved = resolvedFor(run, result);
  if (resolved.length) {
    tail.push('', paint.green.bold(t(lang, 'report-resolved', { file: run.baseline!.file, asOf: run.baseline!.asOf })));
    tail.push(...resolved.map(({ finding }) => paint.green(`  ✔ ${finding.ruleId}${finding.item ? ` (${finding.item})` : ''}  ${finding.title[lang]}`)));
  }
  tail.push('', fiveInPlaceLine(result, lang, paint), paint.dim(countsLine(result, lang)));
  yield `\n${tail.join('\n')}`;
}

function findingsTable(findings: Finding[], lang: Lang, paint: ChalkInstance, file: string): Generator<string> {
  const head = [t(lang, 'report-rule'), t(lang, 'report-severity'), t(lang, 'report-finding')];
  // A group's rule ids (`--rules`) may be longer than the bundled ones' 12 characters: the column grows to fit.
  const widths = [Math.max(16, ...findings.map((finding) => finding.ruleId.length + 2)), 10, MESSAGE_WIDTH + 2];
  const rows = mapLazily(findings, (finding) => {
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
  return drawBoxTable(head, rows, widths);
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
