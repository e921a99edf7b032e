// `-f FORMAT[:FILE]`, repeatable: one run prints one format and writes the others to files, atomically,
// after checking up front that every file can be written (exit 2 before any work is wasted).
import { statSync } from 'node:fs';
import { access, constants, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { translate, type Lang } from '../i18n/index.js';
import { describeIoError, realPath } from '../input/index.js';
import { FILE_FORMAT_NAMES, FORMAT_NAMES, fileReporterFor, formatSummaryLine, isFileFormatName, isFormatName, reporterFor, streamReporterFor, type AuditRun, type FileFormatName, type FormatName } from '../report/index.js';
import { displayPath } from './display-path.js';
import type { CliIo } from './io.js';
import { UsageError, useColor } from './options.js';
import { checkChromium, printPdf } from './print-pdf.js';
import { temporaryName, writeFilesAtomically, type OutputFile } from './write-files.js';
import { heapGovernor } from './heap-governor.js';

export interface OutputSpec {
  /** A reporter; a binary one (a workbook) or `pdf` (the html report printed by Chromium) to a file only. */
  format: FormatName | FileFormatName | 'pdf';
  /** Absolute path of the file to write; none means standard output. */
  file?: string;
}

export const formatNames = (): string[] => [...FORMAT_NAMES, ...FILE_FORMAT_NAMES, 'pdf'];

const isOutputFormat = (name: string): name is OutputSpec['format'] => name === 'pdf' || isFormatName(name) || isFileFormatName(name);

/** `table`, `json`, `sarif:out/audit.sarif` … → output specs; at most one may go to standard output. */
export function parseOutputs(values: readonly string[], cwd: string): OutputSpec[] {
  const specs = (values.length ? values : ['table']).map((value) => {
    const at = value.indexOf(':');
    const format = at < 0 ? value : value.slice(0, at);
    const file = at < 0 ? undefined : value.slice(at + 1);
    if (format === 'pdf' && file === undefined) throw new UsageError({ key: 'usage-pdf-file' });
    if (isFileFormatName(format) && file === undefined) throw new UsageError({ key: `usage-${format}-file` });
    if (!isOutputFormat(format)) throw new UsageError({ key: 'usage-format', params: { value: format, known: formatNames().join(', ') } });
    if (file === '') throw new UsageError({ key: 'usage-format-file', params: { value } });
    return file === undefined ? { format } : { format, file: resolve(cwd, file) };
  });
  if (specs.filter((spec) => !spec.file).length > 1) throw new UsageError({ key: 'usage-two-stdout' });
  return specs;
}

/**
 * Refuse, before any work: a report file given twice, one that is an input of the run (or a ledger beside
 * one), one whose folder cannot be created or that cannot really be created there (a read-only or virtual
 * file system), one that is a folder, and a pdf without a Chromium to print it. Missing folders are created.
 */
export async function checkOutputs(specs: readonly OutputSpec[], context: { cwd: string; env: Record<string, string | undefined>; inputs: readonly string[] }): Promise<void> {
  const shown = (file: string) => displayPath(context.cwd, file);
  const isInput = inputsOf(context.inputs);
  const seen = new Map<string, OutputSpec>();
  for (const spec of specs) {
    if (!spec.file) continue;
    const first = seen.get(spec.file);
    if (first) throw new UsageError({ key: 'usage-output-twice', params: { file: shown(spec.file), first: first.format, second: spec.format } });
    seen.set(spec.file, spec);
    if (isInput(spec.file)) throw new UsageError({ key: 'usage-output-is-input', params: { file: shown(spec.file) } });
    const problem = await probeWritable(spec.file);
    if (problem) throw new UsageError({ key: 'usage-unwritable-cause', params: { file: shown(spec.file), cause: problem } });
  }
  if (specs.some((spec) => spec.format === 'pdf')) await checkChromium(context.env);
}

/**
 * Whether a file is an input: the input files themselves, and any existing YAML or CSV in an input's folder (a
 * ledger), are never report targets. The inputs' real paths are found once, not once per report file.
 */
function inputsOf(inputs: readonly string[]): (file: string) => boolean {
  const real = (path: string) => realPath(path) ?? path;
  const files = new Set(inputs.map(real));
  const folders = new Set([...files].map((path) => dirname(path)));
  return (file) => {
    const target = real(file);
    if (files.has(target)) return true;
    return folders.has(dirname(target)) && /\.(ya?ml|csv)$/i.test(target) && isFile(file);
  };
}

const isFile = (file: string): boolean => {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/** Why `file` cannot be written, found by creating (and removing) a probe file beside it; undefined when it can. */
async function probeWritable(file: string): Promise<string | undefined> {
  const existing = await stat(file).catch(() => undefined);
  if (existing && !existing.isFile()) return describeIoError(Object.assign(new Error('not a regular file'), { code: 'EISDIR' }));
  if (existing) {
    const denied = await access(file, constants.W_OK).then(() => undefined, (error: unknown) => describeIoError(error));
    if (denied) return denied;
  }
  const probe = temporaryName(file, 'probe');
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(probe, '', { flag: 'wx' });
    await rm(probe, { force: true });
    return undefined;
  } catch (error) {
    return describeIoError(error);
  }
}

/**
 * Format the run once per output: files are written atomically, then the one stdout format is printed, and
 * when stdout does not carry the table, the group summary goes to stderr (a run writing only files, or JSON
 * to stdout, still says what it found). False when a file could not be written (said on stderr).
 */
export async function emitOutputs(run: AuditRun, specs: readonly OutputSpec[], io: CliIo, { lang, quiet, appendix = false }: { lang: Lang; quiet: boolean; appendix?: boolean }): Promise<boolean> {
  const toFiles = specs.filter((spec): spec is Required<OutputSpec> => spec.file !== undefined);
  const files = [];
  for (const spec of toFiles) files.push({ path: spec.file, content: await renderFile(run, spec.format, io, { lang, appendix }) });
  let written = true;
  try {
    await writeFilesAtomically(files);
  } catch (error) {
    const file = (error as { path?: string }).path ?? files[0]?.path ?? '';
    io.stderr.write(`safety-audit: ${translate(lang, { key: 'report-write-failed', params: { file: displayPath(io.cwd, file), cause: describeIoError(error) } })}\n`);
    written = false;
  }
  for (const spec of specs.filter((candidate) => !candidate.file)) {
    if (isFormatName(spec.format)) await writeOut(io.stdout, (await streamReporterFor(spec.format))(run, { lang, quiet, appendix, color: spec.format === 'table' && useColor(io.stdout, io.env) }));
  }
  if (!specs.some((spec) => spec.format === 'table' && !spec.file)) io.stderr.write(`${formatSummaryLine(run, lang)}\n`);
  return written;
}

/** A file's content: the reporter's text in pieces, a workbook's bytes, or for pdf the html report printed by Chromium. */
async function renderFile(run: AuditRun, format: OutputSpec['format'], io: CliIo, options: { lang: Lang; appendix: boolean }): Promise<OutputFile['content']> {
  if (format === 'pdf') return printPdf((await reporterFor('html'))(run, { ...options, color: false }), io.env);
  return isFileFormatName(format) ? (await fileReporterFor(format))(run, { ...options, color: false }) : (await streamReporterFor(format))(run, { ...options, color: false });
}

/** Standard output a piece at a time, waiting whenever a slow reader (a pipe) has not taken the last one. */
async function writeOut(stdout: CliIo['stdout'], pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    if (stdout.write(piece) === false && stdout.once) await new Promise<void>((resolve) => stdout.once!('drain', resolve));
    heapGovernor().between();
  }
}
