// Excel ledgers pulled into an assessment. Beside an `enterprise.yaml`, every .xlsx workbook is read: a sheet
// named after a ledger (its Chinese title 隐患排查治理台账, the CSV file's base name `hazards`, or the field
// path) fills that list, and a workbook named like a ledger's CSV file (`hazards.xlsx`) fills it from its
// sheet whatever the sheet is called. Anywhere in the YAML, `{ $xlsx: 台账.xlsx, sheet: 2026隐患 }` pulls one
// sheet in (without `sheet:`, the one named after the list, or the only one). A list given twice — in the
// YAML, by a CSV file, by two sheets — is an error at the second sheet. Runs after the CSV includes.
import { basename, dirname, extname, join } from 'node:path';
import { csvTables, generalSections, normaliseSheetName, sheetNames, sheetNamesTable, type CsvTableSpec, type JsonSchema } from '../schema/index.js';
import { errorAt, warningAt, type Diagnostic } from './diagnostics.js';
import { locatePointer, pointerToPath } from './pointer.js';
import { findReferences } from './find-references.js';
import { readTable } from './read-table.js';
import { ledgerSheets, OTHER_WORKBOOK, readWorkbookFile, sheetTable, XLSX } from './read-workbook.js';
import { containedPath, schemaAt, setValueAt, valueAt, type Document } from './resolve-includes.js';
import type { Parsed, SourceLocation } from './types.js';
import type { XlsxSheet } from './xlsx.js';

export interface WorkbookResolution {
  diagnostics: Diagnostic[];
  /** Sheets and workbooks read in part or not at all because nothing in them is named after a ledger. */
  warnings: Diagnostic[];
}

interface Context {
  doc: Document;
  folder: string;
  labelFolder: string;
  schema: JsonSchema;
  tables: CsvTableSpec[];
  maxBytes: number | undefined;
  books: Map<string, Parsed<XlsxSheet[]>>;
  /** `workbook\0sheet` pulled in by a `$xlsx` include, so the folder convention does not read it twice. */
  claimed: Set<string>;
}

const claimKey = (name: string, sheet: string) => `${name}\u0000${normaliseSheetName(sheet)}`;
const sheetAt = (file: string, sheet: string): SourceLocation => ({ file, sheet, line: 1, column: 1 });

/** Replace every `$xlsx` include with its sheet, then, beside enterprise.yaml, read the folder's workbooks. */
export async function resolveWorkbooks(doc: Document, file: string, label: string, schema: JsonSchema, listed: readonly string[], maxBytes?: number): Promise<WorkbookResolution> {
  const context: Context = { doc, folder: dirname(file), labelFolder: dirname(label), schema, tables: csvTables(schema), maxBytes, books: new Map(), claimed: new Set() };
  const diagnostics: Diagnostic[] = [];
  for (const ref of findXlsxRefs(doc)) diagnostics.push(...(await pullInclude(context, ref)));
  if (basename(file) !== 'enterprise.yaml') return { diagnostics, warnings: [] };
  const names = listed.filter((name) => !name.startsWith('.') && !name.startsWith('~$')).sort();
  const warnings: Diagnostic[] = [];
  for (const name of names.filter((candidate) => XLSX.test(candidate) || OTHER_WORKBOOK.test(candidate))) {
    const found = await pullFolderWorkbook(context, name);
    diagnostics.push(...found.diagnostics);
    warnings.push(...found.warnings);
  }
  return { diagnostics, warnings };
}

interface XlsxRef {
  pointer: string;
  name: string;
  sheet?: string;
  location: SourceLocation | undefined;
}

/** `{ $xlsx: NAME }` or `{ $xlsx: NAME, sheet: SHEET }` anywhere in the data. */
function findXlsxRefs(doc: Document): XlsxRef[] {
  const isXlsxRef = (record: Record<string, unknown>) => typeof record.$xlsx === 'string' && Object.keys(record).every((key) => key === '$xlsx' || key === 'sheet');
  return findReferences(doc.data, isXlsxRef).map(({ pointer, record }) => ({
    pointer,
    name: record.$xlsx as string,
    ...(record.sheet !== undefined ? { sheet: String(record.sheet) } : {}),
    location: locatePointer(doc.sourceMap, `${pointer}/$xlsx`),
  }));
}

async function pullInclude(context: Context, ref: XlsxRef): Promise<Diagnostic[]> {
  const target = schemaAt(context.schema, ref.pointer);
  const path = pointerToPath(ref.pointer);
  if (target?.type !== 'array' || target.items?.type !== 'object') return [errorAt('xlsx-include-not-table', { key: 'xlsx-include-not-table', params: { path } }, ref.location, ref.pointer)];
  const book = await openWorkbook(context, ref.name, ref.location);
  if (!book.value) return book.diagnostics;
  const sheets = ledgerSheets(book.value);
  const table = context.tables.find((candidate) => candidate.pointer === ref.pointer);
  const listed = { sheets: sheets.map((sheet) => sheet.name).join('、') };
  const named = ref.sheet !== undefined ? sheets.find((sheet) => normaliseSheetName(sheet.name) === normaliseSheetName(ref.sheet!)) : undefined;
  if (ref.sheet !== undefined && !named) return [errorAt('xlsx-sheet-missing', { key: 'xlsx-sheet-missing', params: { sheet: ref.sheet, ...listed } }, ref.location, ref.pointer)];
  const sheet = named ?? sheets.find((candidate) => table && sheetNamesTable(candidate.name, table)) ?? (sheets.length === 1 ? sheets[0] : undefined);
  if (!sheet) return [errorAt('xlsx-sheet-missing', { key: 'xlsx-sheet-ambiguous', params: { table: table?.title ?? path, ...listed } }, ref.location, ref.pointer)];
  context.claimed.add(claimKey(ref.name, sheet.name));
  return pullSheet(context, sheet, ref.name, ref.pointer, target.items);
}

/** A workbook beside enterprise.yaml: each sheet named after a ledger fills it. */
async function pullFolderWorkbook(context: Context, name: string): Promise<WorkbookResolution> {
  const bookLabel = join(context.labelFolder, name);
  const book = await openWorkbook(context, name, { file: bookLabel, line: 1, column: 1 });
  if (!book.value) return { diagnostics: book.diagnostics, warnings: [] };
  const sheets = ledgerSheets(book.value).filter((sheet) => !context.claimed.has(claimKey(name, sheet.name)));
  const matched = sheets.map((sheet) => ({ sheet, table: context.tables.find((table) => sheetNamesTable(sheet.name, table)) }));
  // `hazards.xlsx` is the hazard ledger whatever its one sheet is called (Sheet1, 2026年).
  const byName = context.tables.find((table) => table.file.replace(/\.csv$/i, '') === basename(name, extname(name)));
  if (byName && !matched.some((hit) => hit.table) && matched[0]) matched[0].table = byName;
  const known = context.tables.filter((table) => relevant(context, table)).map((table) => sheetNames(table)[0]).join('、');
  if (!matched.some((hit) => hit.table)) {
    return { diagnostics: [], warnings: sheets.length ? [warningAt('xlsx-workbook-unmatched', { key: 'xlsx-workbook-unmatched', params: { name, tables: known } }, { file: bookLabel, line: 1, column: 1 })] : [] };
  }
  const diagnostics: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  for (const { sheet, table } of matched) {
    if (!table) {
      if (!sheet.hidden) warnings.push(warningAt('xlsx-sheet-unmatched', { key: 'xlsx-sheet-unmatched', params: { sheet: sheet.name, tables: known } }, sheetAt(bookLabel, sheet.name)));
    } else if (valueAt(context.doc.data, table.pointer) !== undefined) {
      diagnostics.push(conflict(context, table, sheetAt(bookLabel, sheet.name)));
    } else {
      diagnostics.push(...pullSheet(context, sheet, name, table.pointer, table.item));
    }
  }
  return { diagnostics, warnings };
}

/** A ledger of the general part, or of a sector section the assessment has: the names worth suggesting. */
function relevant(context: Context, table: CsvTableSpec): boolean {
  const section = table.pointer.split('/')[1] ?? '';
  return section in generalSections || section in context.doc.data;
}

function conflict(context: Context, table: CsvTableSpec, location: SourceLocation): Diagnostic {
  const given = context.doc.sourceMap.get(table.pointer);
  const other = given ? (given.sheet !== undefined ? `${given.file}!${given.sheet}` : given.file) : '';
  const params = { path: pointerToPath(table.pointer), table: table.title ?? table.file, other };
  return errorAt('xlsx-conflict', { key: 'xlsx-conflict', params }, location, table.pointer);
}

/** Read a workbook once, however many includes name it; its problems are reported once, where it is first named. */
async function openWorkbook(context: Context, name: string, location: SourceLocation | undefined): Promise<Parsed<XlsxSheet[]>> {
  const known = context.books.get(name);
  if (known) return known.value ? known : { diagnostics: [] };
  const path = await containedPath(context.folder, name);
  const opened: Parsed<XlsxSheet[]> = path
    ? await readWorkbookFile(path, join(context.labelFolder, name), context.maxBytes)
    : { diagnostics: [errorAt('include-escapes-folder', { key: 'include-escapes-folder', params: { path: name } }, location)] };
  if (path) (context.doc.read ??= []).push(path);
  context.books.set(name, opened);
  return opened;
}

function pullSheet(context: Context, sheet: XlsxSheet, name: string, pointer: string, item: JsonSchema): Diagnostic[] {
  const { doc } = context;
  const bookLabel = join(context.labelFolder, name);
  const table = sheetTable(sheet, bookLabel);
  // A sheet that cannot be read as a table is named in `leftOut`, so the schema check does not also call the list missing.
  if (!table.value) return ((doc.leftOut ??= []).push(pointer), table.diagnostics);
  const read = readTable(table.value, item, bookLabel, { pointer, sourceMap: doc.sourceMap });
  if (!read.value) return ((doc.leftOut ??= []).push(pointer), read.diagnostics);
  setValueAt(doc.data, pointer, read.value.rows);
  // Bad cells are reported and left out of their rows; the rest of the data is still checked (one pass).
  if (read.value.leftOut.length) (doc.leftOut ??= []).push(...read.value.leftOut);
  const header: SourceLocation = { file: bookLabel, sheet: sheet.name, line: table.value.header.line, column: 1 };
  const list = pointerToPath(pointer);
  doc.absentColumns = [...(doc.absentColumns ?? []), ...read.value.absent.map((absent) => ({ list, pointer, ...absent, location: header }))];
  if (!doc.sourceMap.has(pointer)) doc.sourceMap.set(pointer, header);
  return read.diagnostics;
}
