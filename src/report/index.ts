import { formatCsv } from './csv.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatTable } from './table.js';
import type { Reporter } from './types.js';

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

export type FormatName = keyof typeof reporters;

export const isFormatName = (name: string): name is FormatName => Object.hasOwn(reporters, name);

export { formatDiagnostic } from './util-format-diagnostic.js';
export { formatLocation } from './util-format-location.js';
export { wrapText } from './util-wrap-text.js';
export type { AuditRun, InputFailure, PackSummary, ReportOptions, Reporter } from './types.js';
export { formatCitation } from './util-format-citation.js';
export { formatSummaryLine } from './util-summary-line.js';
export { runFromJson, type ReadReport } from './read-json.js';
