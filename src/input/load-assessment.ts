import { SourceMapWithTables } from './table-source-map.js';
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { JsonSchema, ValidateFunction } from '../schema/index.js';
import { decodeText } from './decode.js';
import { errorAt, type Diagnostic } from './diagnostics.js';
import { capDiagnostics, sortDiagnostics, withoutReported } from './collect-diagnostics.js';
import { validateAgainstSchema } from './validate.js';
import { parseYaml } from './yaml.js';
import { resolveIncludes, type Document } from './resolve-includes.js';
import { surveyFolder } from './survey-folder.js';
import { resolveWorkbooks } from './resolve-workbooks.js';
import { humaniseValues } from './humanise-values.js';
import { DROP, mapEntries } from './util-map-entries.js';
import type { Assessment, Parsed } from './types.js';

/**
 * Read, decode, parse and validate one self-assessment file. Problems come back as diagnostics.
 * `label` is the name locations carry (the path as the user typed it).
 */
export async function loadAssessment(file: string, schema: AssessmentSchema, label = file, maxBytes = DEFAULT_MAX_BYTES, given?: Uint8Array): Promise<Parsed<Assessment>> {
  const loaded = await loadUncapped(file, schema, label, maxBytes, given);
  return { ...loaded, diagnostics: capDiagnostics(sortDiagnostics(loaded.diagnostics, label), label) };
}

/**
 * Every problem of the enterprise in one pass: a YAML that does not parse still has the ledgers beside it
 * read, and a ledger with bad cells still has the rest of the data checked against the schema. Any error
 * makes the whole an input failure; the assessment is only returned when there is none.
 * `given`: the assessment's bytes when they do not come from `file` (standard input); `file` then only places
 * its includes, and there is no folder of its own to survey.
 */
async function loadUncapped(file: string, schema: AssessmentSchema, label: string, maxBytes: number, given?: Uint8Array): Promise<Parsed<Assessment>> {
  const bytes = given ? { value: given, diagnostics: [] } : await readBytes(file, label, maxBytes);
  if (!bytes.value) return { diagnostics: bytes.diagnostics };
  const parsed = parseAssessmentText(bytes.value, label);
  const doc: Document = parsed.value ?? { data: {}, sourceMap: new SourceMapWithTables() };
  // The folder is listed once: the ledgers beside the YAML, its workbooks and the files not read all come from it.
  const names = listFolder(dirname(file));
  const included = await resolveIncludes(doc, file, label, schema.schema, names, maxBytes);
  const workbooks = await resolveWorkbooks(doc, file, label, schema.schema, names, maxBytes);
  const read = [...(given ? [] : [file]), ...(doc.read ?? [])];
  const warnings = [...workbooks.warnings, ...(given ? [] : await surveyFolder(file, label, doc.data, schema.schema, new Set(read), names))];
  const loadErrors = [...included.diagnostics, ...workbooks.diagnostics];
  if (!parsed.value) return { diagnostics: [...parsed.diagnostics, ...loadErrors, ...warnings] };
  const readable = { ...doc, data: humaniseValues(doc.data, schema.schema) as Record<string, unknown> };
  const reported = [...(doc.leftOut ?? []), ...loadErrors.flatMap((d) => (d.pointer === undefined ? [] : [d.pointer]))];
  const schemaProblems = withoutReported(validateAgainstSchema(schema.validate, readable.data, readable.sourceMap), reported);
  const errors = [...loadErrors, ...schemaProblems];
  if (errors.length) return { diagnostics: [...errors, ...warnings] };
  return { value: { ...assessmentOf(readable, label), read, ...(warnings.length ? { warnings } : {}) }, diagnostics: [] };
}

/** The composed assessment schema and its compiled validator, built once per run. */
export interface AssessmentSchema {
  schema: JsonSchema;
  validate: ValidateFunction;
}

/** Decode and parse an assessment; a key left empty (`deadline:`) counts as not filled in. */
export function parseAssessmentText(bytes: Uint8Array, file: string): Parsed<Document> {
  const text = decodeText(bytes, file);
  if (text.value === undefined) return { diagnostics: text.diagnostics };
  const parsed = parseYaml(text.value, file);
  if (!parsed.value) return { diagnostics: parsed.diagnostics };
  return { value: { data: dropEmpty(parsed.value.data) as Record<string, unknown>, sourceMap: parsed.value.sourceMap }, diagnostics: [] };
}

export function validateAssessment(doc: Document, file: string, validate: ValidateFunction): Parsed<Assessment> {
  const diagnostics = validateAgainstSchema(validate, doc.data, doc.sourceMap);
  if (diagnostics.length) return { diagnostics };
  return { value: assessmentOf(doc, file), diagnostics: [] };
}

const assessmentOf = (doc: Document, file: string): Assessment =>
  ({ file, data: doc.data, sourceMap: doc.sourceMap, ...(doc.absentColumns?.length ? { absentColumns: doc.absentColumns } : {}) });

/** Remove mapping entries whose value is null, at every depth; what holds none is returned as it is. */
function dropEmpty(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  if (Array.isArray(value)) return mapEntries(value, dropEmpty);
  return mapEntries(value, (child) => (child === null ? DROP : dropEmpty(child)));
}

/** The names in a folder, none where it cannot be listed. */
function listFolder(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

/** Largest file read by default: far above any real self-assessment or ledger, far below what exhausts memory. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * A regular file's bytes, at most `maxBytes` of them. A FIFO, a device (/dev/zero) or a folder is refused
 * without opening it, so nothing blocks or reads forever; a larger file is refused with the limit named.
 * Read synchronously: a check reads its files one after another, and four trips through the thread pool per
 * file (stat, open, read, close) left a run of 1,000 enterprises idle for a seventh of its time.
 */
export async function readBytes(file: string, label = file, maxBytes = DEFAULT_MAX_BYTES): Promise<Parsed<Uint8Array>> {
  const where = { file: label, line: 1, column: 1 };
  try {
    const info = statSync(file);
    if (!info.isFile()) return { diagnostics: [errorAt('file-not-regular', { key: info.isDirectory() ? 'file-is-folder' : 'file-not-regular' }, where)] };
    if (info.size > maxBytes) return { diagnostics: [tooLarge(info.size, maxBytes, where)] };
    const fd = openSync(file, 'r');
    try {
      const buffer = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
      // A read may return less than asked (a file still being written): read until the end or one byte past the limit.
      let bytesRead = 0;
      for (let got = -1; got !== 0 && bytesRead < buffer.length; bytesRead += got) got = readSync(fd, buffer, bytesRead, buffer.length - bytesRead, bytesRead);
      // The file grew between stat and read beyond the limit.
      if (bytesRead > maxBytes) return { diagnostics: [tooLarge(bytesRead, maxBytes, where)] };
      return { value: buffer.subarray(0, bytesRead), diagnostics: [] };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'ENOENT') return { diagnostics: [errorAt('file-not-found', { key: 'file-not-found' }, where)] };
    return { diagnostics: [errorAt('file-unreadable', { key: 'file-unreadable-cause', params: { cause: describeIoError(error) } }, where)] };
  }
}

const tooLarge = (size: number, maxBytes: number, where: { file: string; line: number; column: number }) =>
  errorAt('file-too-large', { key: 'file-too-large', params: { size: mebibytes(size), max: mebibytes(maxBytes) } }, where);

const mebibytes = (bytes: number) => (Math.ceil((bytes / 1048576) * 10) / 10).toString();

/** An I/O error in plain words: its code (EACCES, ENOSPC …) and the system's message without the path. */
export function describeIoError(error: unknown): string {
  const { code, syscall, message } = error as NodeJS.ErrnoException;
  const plain = (message ?? String(error)).replace(/^[A-Z]+: /, '').replace(/, \w+( '.*')?$/, '');
  return code ? `${code}${syscall ? ` (${syscall})` : ''}: ${plain}` : plain;
}
