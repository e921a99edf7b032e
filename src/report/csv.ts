// One row per problem (passes are counted, not listed, unless the run kept them), and one row with the counts
// for an enterprise with nothing to list, so every enterprise checked is in the sheet. For Excel: UTF-8 with BOM, CRLF, and every cell that a spreadsheet would run as a
// formula (starting with = + - @, a tab or a carriage return) neutralised with a leading apostrophe.
import { createRequire } from 'node:module';
import { t, translate } from '../i18n/index.js';
import type { EnterpriseResult, Finding } from '../engine/index.js';
import type { Lang } from '../i18n/index.js';
import type { Reporter, StreamReporter } from './types.js';
import { joined } from './util-joined.js';
import { formatLocation } from './util-format-location.js';
import { formatCitation } from './util-format-citation.js';
import { formatVerdict } from './util-format-verdict.js';
import { countStatuses } from './util-group-findings.js';
import { formatAdjustment } from './util-format-adjustment.js';

const COLUMNS = ['enterprise', 'creditCode', 'verdict', 'pack', 'rule', 'title', 'severity', 'dimension', 'status', 'item', 'message', 'location', 'basis', 'remediation', 'waiver'] as const;

/** `=HYPERLINK(…)` typed into an assessment must reach the spreadsheet as text, never as a formula. */
export const neutraliseCell = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

// csv-stringify is loaded when a CSV is written, not by every run that imports the reporters.
const require = createRequire(import.meta.url);
let csvStringify: typeof import('csv-stringify/sync') | undefined;
const stringify: typeof import('csv-stringify/sync').stringify = (...args) => (csvStringify ??= require('csv-stringify/sync') as typeof import('csv-stringify/sync')).stringify(...args);

export const streamCsv: StreamReporter = function* (run, { lang }) {
  const lines = (rows: string[][]) => stringify(rows.map((row) => row.map(neutraliseCell)), { record_delimiter: 'windows' });
  yield `\ufeff${lines([COLUMNS.map((column) => t(lang, `csv-${column}`))])}`;
  // Rows in batches: an enterprise with a 50,000-trip log is written a few hundred rows at a time.
  for (const result of run.enterprises) {
    const rows = rowsOf(result, lang);
    for (let from = 0; from < rows.length; from += CSV_BATCH) yield lines(rows.slice(from, from + CSV_BATCH));
  }
  // What the configuration changed: one row per rule, with no enterprise, so a filter by rule finds it.
  const adjusted = (run.adjustments ?? []).map((a) => [
    '', '', '', a.pack, a.ruleId, '', t(lang, `severity-${a.kind === 'disabled' ? a.severity : a.to}`), '',
    t(lang, a.kind === 'disabled' ? 'status-disabled' : 'status-adjusted'), '', formatAdjustment(a, lang), a.location ? formatLocation(a.location, a.location.file) : '', '', '', '',
  ]);
  // Notices about the run itself (waivers expired or not read), with no enterprise.
  const notices = run.notices.map((notice) => ['', '', '', '', notice.code, '', '', '', t(lang, 'status-warning'), '', translate(lang, notice.message), notice.location ? formatLocation(notice.location, notice.location.file) : '', '', '', '']);
  yield lines([...adjusted, ...notices]);
};

export const formatCsv: Reporter = joined(streamCsv);

const CSV_BATCH = 500;

/**
 * An enterprise's rows — its warnings, the counts when it has nothing to list, its findings — as a list whose
 * finding rows are made when a batch of them is written.
 */
function rowsOf(result: EnterpriseResult, lang: Lang): { length: number; slice(from: number, to: number): string[][] } {
  const verdict = formatVerdict(result, lang);
  const head = [
    ...result.warnings.map((warning) => {
      const where = warning.location ? formatLocation(warning.location, result.file) : result.file;
      return [result.enterprise.name, result.enterprise.creditCode, verdict, '', warning.code, '', '', '', t(lang, 'status-warning'), '', translate(lang, warning.message), where, '', '', ''];
    }),
    ...(result.findings.length + result.warnings.length === 0
      ? [[result.enterprise.name, result.enterprise.creditCode, verdict, '', '', '', '', '', '', '', t(lang, 'report-counts', countStatuses(result)), result.file, '', '', '']]
      : []),
  ];
  const findingRow = (finding: Finding) => [
    result.enterprise.name,
    result.enterprise.creditCode,
    verdict,
    finding.pack.id,
    finding.ruleId,
    finding.title[lang],
    t(lang, `severity-${finding.severity}`),
    t(lang, `dimension-${finding.dimension}`),
    t(lang, `status-${finding.status}`),
    finding.item ?? '',
    finding.status === 'indeterminate' && finding.reason ? translate(lang, finding.reason) : finding.message[lang],
    formatLocation(finding.location, result.file),
    [...finding.sources.map((source) => formatCitation(source, lang)), ...(finding.edition?.notice ? [translate(lang, finding.edition.notice)] : [])].join('; '),
    finding.remediation[lang],
    finding.waiver ? t(lang, 'report-waiver', finding.waiver) : '',
  ];
  return {
    length: head.length + result.findings.length,
    slice: (from, to) => [...head.slice(from, to), ...result.findings.slice(Math.max(0, from - head.length), Math.max(0, to - head.length)).map(findingRow)],
  };
}
