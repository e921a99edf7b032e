// Every format's reporter at once, by the name `-f` takes, for the tests (the CLI loads only the formats a run
// writes, through src/report/index.ts's `reporterFor` and kin).
import { formatCsv, streamCsv } from '../../src/report/csv.js';
import { formatDocx } from '../../src/report/docx.js';
import { formatGithub, streamGithub } from '../../src/report/github.js';
import { formatGitlab, streamGitlab } from '../../src/report/gitlab.js';
import { formatHtml, streamHtml } from '../../src/report/html.js';
import { formatJson, streamJson } from '../../src/report/json.js';
import { formatJunit, streamJunit } from '../../src/report/junit.js';
import { formatMarkdown, streamMarkdown } from '../../src/report/markdown.js';
import { formatSarif, streamSarif } from '../../src/report/sarif.js';
import { formatTable, streamTable } from '../../src/report/table.js';
import { formatLists } from '../../src/report/lists.js';
import type { FileFormatName, FormatName } from '../../src/report/index.js';
import type { FileReporter, Reporter, StreamReporter } from '../../src/report/types.js';

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

export const fileReporters = {
  lists: formatLists,
  docx: formatDocx,
} satisfies Record<FileFormatName, FileReporter>;
