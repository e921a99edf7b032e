import type { EnterpriseResult } from '../engine/index.js';
import type { FileReporter, PackSummary, Reporter, StreamReporter } from './types.js';
import type { Lang } from '../i18n/index.js';
import type { RenderedFormat } from './util-render-key.js';

// Each format's module is loaded when a run writes that format: a check printing the table loads no HTML,
// SARIF, JUnit or Word code.

/** Every output format, by the name `-f` takes. */
export type FormatName = 'table' | 'json' | 'sarif' | 'junit' | 'markdown' | 'csv' | 'html' | 'gitlab' | 'github';
export const FORMAT_NAMES: readonly FormatName[] = ['table', 'json', 'sarif', 'junit', 'markdown', 'csv', 'html', 'gitlab', 'github'];

/** Binary formats, by the name `-f` takes: to a file only (`-f lists:四个清单.xlsx`, `-f docx:报告.docx`). */
export type FileFormatName = 'lists' | 'docx';
export const FILE_FORMAT_NAMES: readonly FileFormatName[] = ['lists', 'docx'];

export const isFormatName = (name: string): name is FormatName => (FORMAT_NAMES as readonly string[]).includes(name);
export const isFileFormatName = (name: string): name is FileFormatName => (FILE_FORMAT_NAMES as readonly string[]).includes(name);

/** Each format's module, loaded the first time it is asked for. */
const FORMATS: Record<FormatName, () => Promise<{ whole: Reporter; stream: StreamReporter }>> = {
  table: async () => import('./table.js').then((m) => ({ whole: m.formatTable, stream: m.streamTable })),
  json: async () => import('./json.js').then((m) => ({ whole: m.formatJson, stream: m.streamJson })),
  sarif: async () => import('./sarif.js').then((m) => ({ whole: m.formatSarif, stream: m.streamSarif })),
  junit: async () => import('./junit.js').then((m) => ({ whole: m.formatJunit, stream: m.streamJunit })),
  markdown: async () => import('./markdown.js').then((m) => ({ whole: m.formatMarkdown, stream: m.streamMarkdown })),
  csv: async () => import('./csv.js').then((m) => ({ whole: m.formatCsv, stream: m.streamCsv })),
  html: async () => import('./html.js').then((m) => ({ whole: m.formatHtml, stream: m.streamHtml })),
  gitlab: async () => import('./gitlab.js').then((m) => ({ whole: m.formatGitlab, stream: m.streamGitlab })),
  github: async () => import('./github.js').then((m) => ({ whole: m.formatGithub, stream: m.streamGithub })),
};
const FILE_FORMATS: Record<FileFormatName, () => Promise<FileReporter>> = {
  lists: async () => (await import('./lists.js')).formatLists,
  docx: async () => (await import('./docx.js')).formatDocx,
};

/** A format written whole (`pdf` prints the HTML one). */
export const reporterFor = async (name: FormatName): Promise<Reporter> => (await FORMATS[name]()).whole;
/** A format in pieces, as the CLI writes it: a report of thousands of enterprises is never held whole. */
export const streamReporterFor = async (name: FormatName): Promise<StreamReporter> => (await FORMATS[name]()).stream;
export const fileReporterFor = (name: FileFormatName): Promise<FileReporter> => FILE_FORMATS[name]();
/** How a format writes one enterprise, for a list to keep (`EnterpriseList.renderedAs`), loaded on use as the formats are. */
export type RenderEnterprise = (result: EnterpriseResult, packs: readonly PackSummary[], lang: Lang) => string;
const RENDERERS: Record<RenderedFormat, () => Promise<RenderEnterprise>> = { json: async () => (await import('./json.js')).renderJsonEnterprise };
export const enterpriseRendererFor = (name: RenderedFormat): Promise<RenderEnterprise> => RENDERERS[name]();
export { renderKey, type RenderedFormat } from './util-render-key.js';

export { formatDiagnostic } from './util-format-diagnostic.js';
export { formatLocation } from './util-format-location.js';
export { wrapText } from './util-wrap-text.js';
export type { AuditRun, EnterpriseList, FileReporter, StreamReporter, InputFailure, PackSummary, ReportOptions, Reporter } from './types.js';
export { formatCitation } from './util-format-citation.js';
export { formatSummaryLine } from './util-summary-line.js';
export { enterpriseFromJson, packsFromJson, runFromJson, type ReadReport } from './read-json.js';
export { addDigest, addToOverview, digestOf, emptyOverview, overviewOf, type EnterpriseDigest, type RunOverview } from './util-overview.js';
