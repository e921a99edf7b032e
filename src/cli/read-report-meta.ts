import { resolve } from 'node:path';
import type { Lang } from '../i18n/index.js';
import { loadReportMeta } from '../input/index.js';
import { formatDiagnostic } from '../report/index.js';
import type { ReportMeta } from '../schema/index.js';
import { displayPath } from './display-path.js';
import type { CliIo } from './io.js';

/**
 * `--report-meta FILE`: what a signed report says about itself. Undefined without the option; `invalid` when
 * the file cannot be read or does not fit the schema, each problem said on stderr with its place (exit 2).
 */
export async function readReportMeta(option: string | undefined, io: CliIo, lang: Lang): Promise<ReportMeta | undefined | 'invalid'> {
  if (option === undefined) return undefined;
  const file = resolve(io.cwd, option);
  const label = displayPath(io.cwd, file);
  const loaded = await loadReportMeta(file, label);
  for (const problem of loaded.diagnostics) io.stderr.write(`${formatDiagnostic(problem, label, lang)}\n`);
  return loaded.value ?? 'invalid';
}

/** The meta file is an input: never a report target. */
export const reportMetaInputs = (option: string | undefined, cwd: string): string[] => (option === undefined ? [] : [resolve(cwd, option)]);
