import { formatCsv, streamCsv } from './csv.js';
import { formatDocx } from './docx.js';
import { formatGithub, streamGithub } from './github.js';
import { formatGitlab, streamGitlab } from './gitlab.js';
import { formatHtml, streamHtml } from './html.js';
import { formatJson, streamJson } from './json.js';
import { formatJunit, streamJunit } from './junit.js';
import { formatMarkdown, streamMarkdown } from './markdown.js';
import { formatSarif, streamSarif } from './sarif.js';
import { formatTable, streamTable } from './table.js';
import { formatLists } from './lists.js';
import type { FileReporter, Reporter, StreamReporter } from './types.js';

/** Every output format, by the name `-f` takes. */
export type FormatName = 'table' | 'json' | 'sarif' | 'junit' | 'markdown' | 'csv' | 'html' | 'gitlab' | 'github';

export const reporters = {
  table: formatTable,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  markdown: formatMarkdown,
  csv: formatCsv,
  html: formatHtml,
  gitlab: formatGitlab,
  github: formatGithub,
} satisfies Record<FormatName, Reporter>;

/** The same formats in pieces, as the CLI writes them: a report of thousands of enterprises is never held whole. */
export const streamReporters = {
  table: streamTable,
  json: streamJson,
  sarif: streamSarif,
  junit: streamJunit,
  markdown: streamMarkdown,
  csv: streamCsv,
  html: streamHtml,
  gitlab: streamGitlab,
  github: streamGithub,
} satisfies Record<FormatName, StreamReporter>;

/** Binary formats, by the name `-f` takes: to a file only (`-f lists:四个清单.xlsx`, `-f docx:报告.docx`). */
export const fileReporters = {
  lists: formatLists,
  docx: formatDocx,
} satisfies Record<string, FileReporter>;

export type FileFormatName = keyof typeof fileReporters;

export const isFormatName = (name: string): name is FormatName => Object.hasOwn(reporters, name);
export const isFileFormatName = (name: string): name is FileFormatName => Object.hasOwn(fileReporters, name);

export { formatDiagnostic } from './util-format-diagnostic.js';
export { formatLocation } from './util-format-location.js';
export { wrapText } from './util-wrap-text.js';
export type { AuditRun, EnterpriseList, FileReporter, StreamReporter, InputFailure, PackSummary, ReportOptions, Reporter } from './types.js';
export { formatCitation } from './util-format-citation.js';
export { formatSummaryLine } from './util-summary-line.js';
export { enterpriseFromJson, packsFromJson, runFromJson, type ReadReport } from './read-json.js';
export { addDigest, addToOverview, digestOf, emptyOverview, overviewOf, type EnterpriseDigest, type RunOverview } from './util-overview.js';
