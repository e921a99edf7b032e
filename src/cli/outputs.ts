// `-f FORMAT[:FILE]`, repeatable: one run prints one format and writes the others to files, atomically,
// after checking up front that every file can be written (exit 2 before any work is wasted).
import { access, constants, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Lang } from '../i18n/index.js';
import { isFormatName, reporters, type AuditRun, type FormatName } from '../report/index.js';
import { displayPath } from './display-path.js';
import type { CliIo } from './io.js';
import { UsageError, useColor } from './options.js';
import { printPdf } from './print-pdf.js';
import { writeFilesAtomically } from './write-files.js';

export interface OutputSpec {
  /** A reporter, or `pdf`: the html report printed by Chromium, to a file only. */
  format: FormatName | 'pdf';
  /** Absolute path of the file to write; none means standard output. */
  file?: string;
}

export const formatNames = (): string[] => [...Object.keys(reporters), 'pdf'];

const isOutputFormat = (name: string): name is OutputSpec['format'] => name === 'pdf' || isFormatName(name);

/** `table`, `json`, `sarif:out/audit.sarif` … → output specs; at most one may go to standard output. */
export function parseOutputs(values: readonly string[], cwd: string): OutputSpec[] {
  const specs = (values.length ? values : ['table']).map((value) => {
    const at = value.indexOf(':');
    const format = at < 0 ? value : value.slice(0, at);
    const file = at < 0 ? undefined : value.slice(at + 1);
    if (format === 'pdf' && file === undefined) throw new UsageError({ key: 'usage-pdf-file' });
    if (!isOutputFormat(format)) throw new UsageError({ key: 'usage-format', params: { value: format, known: formatNames().join(', ') } });
    if (file === '') throw new UsageError({ key: 'usage-format-file', params: { value } });
    return file === undefined ? { format } : { format, file: resolve(cwd, file) };
  });
  if (specs.filter((spec) => !spec.file).length > 1) throw new UsageError({ key: 'usage-two-stdout' });
  return specs;
}

/** Refuse, before any work, a report file whose folder is missing or not writable, or that is a folder. */
export async function checkWritable(specs: readonly OutputSpec[], cwd: string): Promise<void> {
  for (const { file } of specs) {
    if (!file) continue;
    const existing = await stat(file).catch(() => undefined);
    const writable = existing
      ? existing.isFile() && (await access(file, constants.W_OK).then(() => true, () => false))
      : await access(dirname(file), constants.W_OK).then(() => true, () => false);
    if (!writable) throw new UsageError({ key: 'usage-unwritable', params: { file: displayPath(cwd, file) } });
  }
}

/** Format the run once per output: files are written atomically, then the one stdout format is printed. */
export async function emitOutputs(run: AuditRun, specs: readonly OutputSpec[], io: CliIo, lang: Lang): Promise<void> {
  const toFiles = specs.filter((spec): spec is Required<OutputSpec> => spec.file !== undefined);
  const files = [];
  for (const spec of toFiles) files.push({ path: spec.file, content: await renderFile(run, spec.format, io, lang) });
  await writeFilesAtomically(files);
  for (const spec of specs.filter((candidate) => !candidate.file)) {
    if (spec.format !== 'pdf') io.stdout.write(reporters[spec.format](run, { lang, color: spec.format === 'table' && useColor(io.stdout, io.env) }));
  }
}

/** A file's content: the reporter's text, or for pdf the html report printed by Chromium. */
const renderFile = async (run: AuditRun, format: OutputSpec['format'], io: CliIo, lang: Lang): Promise<string | Uint8Array> =>
  format === 'pdf' ? printPdf(reporters.html(run, { lang, color: false }), io.env) : reporters[format](run, { lang, color: false });
