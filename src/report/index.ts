import { formatCsv } from './csv.js';
import { formatDocx } from './docx.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatTable } from './table.js';
import { formatLists } from './lists.js';
import type { FileReporter, Reporter } from './types.js';

/** Every output format, by the name `-f` takes. */
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
} satisfies Record<string, Reporter>;

/** Binary formats, by the name `-f` takes: to a file only (`-f lists:四个清单.xlsx`, `-f docx:报告.docx`). */
export const fileReporters = {
  lists: formatLists,
  docx: formatDocx,
} satisfies Record<string, FileReporter>;

export type FormatName = keyof typeof reporters;
export type FileFormatName = keyof typeof fileReporters;

export const isFormatName = (name: string): name is FormatName => Object.hasOwn(reporters, name);
export const isFileFormatName = (name: string): name is FileFormatName => Object.hasOwn(fileReporters, name);

export { formatDiagnostic } from './util-format-diagnostic.js';
export { formatLocation } from './util-format-location.js';
export { wrapText } from './util-wrap-text.js';
export type { AuditRun, FileReporter, InputFailure, PackSummary, ReportOptions, Reporter } from './types.js';
export { formatCitation } from './util-format-citation.js';
export { formatSummaryLine } from './util-summary-line.js';
export { runFromJson, type ReadReport } from './read-json.js';
