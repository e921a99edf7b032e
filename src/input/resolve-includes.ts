// CSV ledgers pulled into an assessment: `{ $csv: hazards.csv }` anywhere in the YAML, and, beside an
// `enterprise.yaml`, every table the schema names (`x-csv: hazards.csv`). Includes may not leave the
// enterprise's folder: no absolute paths, no `..` out of it, no symbolic links pointing outside.
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { csvTables, type JsonSchema } from '../schema/index.js';
import type { SourceMapWithTables } from './table-source-map.js';
import { findReferences } from './find-references.js';
import { parseCsv } from './csv.js';
import { decodeText } from './decode.js';
import { errorAt, type Diagnostic } from './diagnostics.js';
import { readBytes } from './load-assessment.js';
import { joinPointer, locatePointer, pointerToPath, splitPointer } from './pointer.js';
import { readTable } from './read-table.js';
import type { AbsentColumn, Parsed, SourceLocation } from './types.js';

export interface Document {
  data: Record<string, unknown>;
  sourceMap: SourceMapWithTables;
  /** Optional columns missing from the CSV ledgers pulled in. */
  absentColumns?: AbsentColumn[];
  /** The files read into it besides the YAML itself. */
  read?: string[];
  /** Lists whose ledger could not be read, and cells that could not (each already reported): the schema check says nothing about them. */
  leftOut?: string[];
}

interface Include {
  pointer: string;
  name: string;
  /** Where the include was asked for: the `$csv` key, or the CSV file found beside enterprise.yaml. */
  location: SourceLocation;
  /** The YAML already gives this list, and a CSV file beside it would too. */
  conflict?: boolean;
  /** Named by a `$csv` in the YAML (a missing file is then said at that line), not found by the folder convention. */
  explicit?: boolean;
}

/**
 * Replace every include with its table; `file` is read from disk, `label` is how locations name it. Every
 * ledger is read even when another fails, so one run lists all their problems: the document comes back
 * with the rows that could be read, and the diagnostics beside it.
 */
/** `names`: the files in the YAML's folder (listed once by the loader). */
export async function resolveIncludes(doc: Document, file: string, label: string, schema: JsonSchema, names: readonly string[], maxBytes?: number): Promise<Parsed<Document>> {
  const explicit = findCsvRefs(doc);
  const includes = [...explicit, ...(basename(file) === 'enterprise.yaml' ? await findConventional(doc, file, label, schema, explicit, names) : [])];
  const diagnostics = includes.flatMap((include) => (include.conflict ? [conflict(include, doc, explicit)] : []));
  for (const include of includes.filter((candidate) => !candidate.conflict)) {
    diagnostics.push(...(await pullTable(doc, include, dirname(file), dirname(label), schema, maxBytes)));
  }
  return { value: doc, diagnostics };
}

function findCsvRefs(doc: Document): Include[] {
  const isCsvRef = (record: Record<string, unknown>) => typeof record.$csv === 'string' && Object.keys(record).length === 1;
  return findReferences(doc.data, isCsvRef).map(({ pointer, record }) => ({ pointer, name: record.$csv as string, location: locatePointer(doc.sourceMap, `${pointer}/$csv`)!, explicit: true }));
}

/**
 * The tables whose CSV file lies beside enterprise.yaml. A `$csv` naming that very file is the same source
 * said twice, not a conflict; a `$csv` naming another file, or the list written out in the YAML, is.
 */
async function findConventional(doc: Document, file: string, label: string, schema: JsonSchema, explicit: Include[], listed: readonly string[]): Promise<Include[]> {
  const found: Include[] = [];
  const folder = dirname(file);
  // The folder's listing, not a lookup per table; a name is taken as the file system would (any case), and a
  // link that leads nowhere is not there.
  const names = new Set(listed.map((name) => name.toLowerCase()));
  for (const table of csvTables(schema)) {
    if (!names.has(table.file.toLowerCase())) continue;
    const exists = realPath(join(folder, table.file)) !== undefined;
    if (!exists) continue;
    const same = explicit.find((include) => include.pointer === table.pointer);
    if (same && resolve(folder, same.name) === resolve(folder, table.file)) continue;
    const conflict = valueAt(doc.data, table.pointer) !== undefined;
    found.push({ pointer: table.pointer, name: table.file, location: { file: join(dirname(label), table.file), line: 1, column: 1 }, ...(conflict ? { conflict } : {}) });
  }
  return found;
}

function conflict(include: Include, doc: Document, explicit: Include[]): Diagnostic {
  const other = explicit.find((candidate) => candidate.pointer === include.pointer);
  const params = { path: pointerToPath(include.pointer), file: include.name, ...(other ? { other: other.name } : {}) };
  return errorAt('include-conflict', { key: other ? 'include-conflict-csv' : 'include-conflict', params }, locatePointer(doc.sourceMap, include.pointer), include.pointer);
}

async function pullTable(doc: Document, include: Include, folder: string, labelFolder: string, schema: JsonSchema, maxBytes?: number): Promise<Diagnostic[]> {
  const read = await readLedger(doc, include, folder, labelFolder, schema, maxBytes);
  if (read.value === undefined) (doc.leftOut ??= []).push(include.pointer);
  return read.diagnostics;
}

/** One ledger into the document: its rows (bad cells left out), or nothing when the file cannot be read as a table. */
async function readLedger(doc: Document, include: Include, folder: string, labelFolder: string, schema: JsonSchema, maxBytes?: number): Promise<Parsed<true>> {
  const fail = (code: 'include-not-table' | 'include-escapes-folder' | 'include-workbook', params: Record<string, string>) => ({ diagnostics: [errorAt(code, { key: code, params }, include.location, include.pointer)] });
  const target = schemaAt(schema, include.pointer);
  if (target?.type !== 'array' || target.items?.type !== 'object') return fail('include-not-table', { path: pointerToPath(include.pointer) });
  // A workbook named by `$csv` is read by `$xlsx`: say so, rather than fail to decode its bytes as text.
  if (/\.(xlsx|xlsm|xls|et|ods)$/i.test(include.name)) return fail('include-workbook', { file: include.name });
  const path = await containedPath(folder, include.name);
  if (!path) return fail('include-escapes-folder', { path: include.name });
  const csvLabel = join(labelFolder, include.name);
  (doc.read ??= []).push(path);
  const bytes = await readBytes(path, csvLabel, maxBytes);
  if (!bytes.value) return { diagnostics: include.explicit ? bytes.diagnostics.map((problem) => atInclude(problem, include)) : bytes.diagnostics };
  const text = decodeText(bytes.value, csvLabel);
  if (text.value === undefined) return { diagnostics: text.diagnostics };
  const table = parseCsv(text.value, csvLabel);
  if (!table.value) return { diagnostics: table.diagnostics };
  const read = readTable(table.value, target.items, csvLabel, { pointer: include.pointer, sourceMap: doc.sourceMap });
  if (!read.value) return { diagnostics: read.diagnostics };
  setValueAt(doc.data, include.pointer, read.value.rows);
  if (read.value.leftOut.length) (doc.leftOut ??= []).push(...read.value.leftOut);
  const header = { file: csvLabel, line: table.value.header.line, column: 1 };
  const list = pointerToPath(include.pointer);
  doc.absentColumns = [...(doc.absentColumns ?? []), ...read.value.absent.map((absent) => ({ list, pointer: include.pointer, ...absent, location: header }))];
  if (!doc.sourceMap.has(include.pointer)) doc.sourceMap.set(include.pointer, { file: csvLabel, line: 1, column: 1 });
  return { value: true, diagnostics: read.diagnostics };
}

/** A file named by `$csv` that is not there is said where the YAML names it, with the name as written. */
function atInclude(problem: Diagnostic, include: Include): Diagnostic {
  if (problem.code !== 'file-not-found') return problem;
  return errorAt('file-not-found', { key: 'include-not-found', params: { file: include.name } }, include.location, include.pointer);
}

/** The real path of `name` inside `folder`, or undefined when it would leave the folder. */
export async function containedPath(folder: string, name: string): Promise<string | undefined> {
  if (isAbsolute(name)) return undefined;
  const path = resolve(folder, name);
  const inside = (root: string, candidate: string) => {
    const rel = relative(root, candidate);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  };
  if (!inside(folder, path)) return undefined;
  return inside(realpathSync.native(folder), realPath(path) ?? path) ? path : undefined;
}

/** Where a path leads, links followed (as the system resolves it); undefined when it leads nowhere. Synchronous: a check reads its files one after another. */
export function realPath(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

export function schemaAt(schema: JsonSchema, pointer: string): JsonSchema | undefined {
  return splitPointer(pointer).reduce<JsonSchema | undefined>((node, token) => (/^\d+$/.test(token) ? node?.items : node?.properties?.[token]), schema);
}

export function valueAt(data: unknown, pointer: string): unknown {
  return splitPointer(pointer).reduce<unknown>((node, token) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[token] : undefined), data);
}

export function setValueAt(data: Record<string, unknown>, pointer: string, value: unknown): void {
  const tokens = splitPointer(pointer);
  const last = tokens.pop()!;
  let node = data;
  for (const token of tokens) node = (node[token] ??= {}) as Record<string, unknown>;
  node[last] = value;
}
