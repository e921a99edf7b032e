// An .xlsx workbook → its sheets, each a table of text cells as a CSV file would give them, so a sheet obeys
// the same header, value and location rules as a CSV ledger. A real date cell becomes 2026-03-05, a number
// its digits, TRUE/FALSE a yes/no. What a workbook can hold that a CSV cannot is a located error: a formula
// saved without its value, an error value (#N/A), a merged header cell, a value outside every header column.
import { extname } from 'node:path';
import { isHelperSheet } from '../schema/index.js';
import type { CsvRecord, CsvTable } from './csv.js';
import { errorAt, type Diagnostic } from './diagnostics.js';
import { DEFAULT_MAX_BYTES, readBytes } from './load-assessment.js';
import type { Parsed, SourceLocation } from './types.js';
import { readXlsx, type XlsxCell, type XlsxSheet } from './xlsx.js';

/** Workbooks the loader reads. */
export const XLSX = /\.(xlsx|xlsm)$/i;
/** Spreadsheet files it cannot read: old binary Excel, WPS, OpenDocument, Numbers. */
export const OTHER_WORKBOOK = /\.(xls|et|ett|ods|numbers)$/i;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, at) => bytes[at] === byte);

/** The sheets of the workbook at `path` (`label` is how locations name it). */
export async function readWorkbookFile(path: string, label: string, maxBytes?: number): Promise<Parsed<XlsxSheet[]>> {
  const where = { file: label, line: 1, column: 1 };
  if (OTHER_WORKBOOK.test(path)) return { diagnostics: [errorAt('xlsx-other-format', { key: 'xlsx-other-format', params: { ext: extname(path) } }, where)] };
  const bytes = await readBytes(path, label, maxBytes);
  if (!bytes.value) return { diagnostics: bytes.diagnostics };
  // A password-protected .xlsx is an encrypted OLE container, as is an old .xls renamed to .xlsx.
  if (startsWith(bytes.value, CFB_MAGIC)) return { diagnostics: [errorAt('xlsx-encrypted', { key: 'xlsx-encrypted' }, where)] };
  const unpacked = startsWith(bytes.value, ZIP_MAGIC) ? unpackedSize(bytes.value) : undefined;
  const limit = (maxBytes ?? DEFAULT_MAX_BYTES) * UNPACKED_RATIO;
  // A small file can unpack to gigabytes (a "zip bomb"): refuse it from its directory, before unpacking.
  if (unpacked !== undefined && unpacked > limit) {
    return { diagnostics: [errorAt('file-too-large', { key: 'xlsx-too-large', params: { size: Math.ceil(unpacked / 1048576), max: Math.ceil(limit / 1048576) } }, where)] };
  }
  const sheets = unpacked !== undefined ? await readXlsx(bytes.value) : undefined;
  if (!sheets) return { diagnostics: [errorAt('xlsx-corrupt', { key: 'xlsx-corrupt' }, where)] };
  return { value: sheets, diagnostics: [] };
}

/** How much larger than the file size limit a workbook's unpacked content may be (XML packs about 5–10 to 1). */
const UNPACKED_RATIO = 4;

/**
 * The total unpacked size the ZIP's central directory declares, or undefined when there is no readable
 * directory (not a ZIP). A ZIP64 size (0xFFFFFFFF) counts as infinite.
 */
export function unpackedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === 0x06054b50) { end = at; break; }
  }
  if (end < 0) return undefined;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let entry = 0; entry < entries; entry++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

/** The sheets that may hold ledgers: not a template's instructions or drop-down values. */
export const ledgerSheets = (sheets: XlsxSheet[]): XlsxSheet[] => sheets.filter((sheet) => !isHelperSheet(sheet.name));

/** Column letters of a 1-based column number: 1 → A, 28 → AB. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** A sheet as a table of text cells: its first non-empty row is the header. */
export function sheetTable(sheet: XlsxSheet, file: string): Parsed<CsvTable> {
  const at = (line: number, column: number, field?: string): SourceLocation => ({ file, sheet: sheet.name, line, column, ...(field ? { field } : {}) });
  const [first, ...rest] = sheet.rows;
  if (!first) return { diagnostics: [errorAt('csv-empty', { key: 'xlsx-sheet-empty' }, at(1, 1))] };
  const diagnostics: Diagnostic[] = [];
  const headerCells = trimEnd(first.cells.map((cell, index) => cellText(cell, at(first.line, index + 1), diagnostics)));
  for (const range of sheet.merges) {
    const [top, left] = decodeAddress(range.split(':')[0]!);
    if (top === first.line) diagnostics.push(errorAt('xlsx-merged-header', { key: 'xlsx-merged-header', params: { range } }, at(top, left)));
  }
  const records: CsvRecord[] = [];
  for (const row of rest) {
    const cells = row.cells.map((cell, index) => cellText(cell, at(row.line, index + 1, headerCells[index]?.trim()), diagnostics));
    cells.forEach((text, index) => {
      if (index >= headerCells.length && text.trim() !== '') diagnostics.push(errorAt('xlsx-outside-header', { key: 'xlsx-outside-header' }, at(row.line, index + 1)));
    });
    const kept = cells.slice(0, headerCells.length);
    if (kept.some((text) => text.trim() !== '')) records.push({ line: row.line, cells: kept });
  }
  if (diagnostics.length) return { diagnostics };
  return { value: { header: { line: first.line, cells: headerCells }, records, sheet: sheet.name }, diagnostics: [] };
}

function cellText(cell: XlsxCell, location: SourceLocation, diagnostics: Diagnostic[]): string {
  switch (cell.kind) {
    case 'empty': return '';
    case 'text': return cell.text;
    case 'number': return String(cell.value);
    case 'boolean': return cell.value ? 'TRUE' : 'FALSE';
    case 'date': return dateText(cell.value);
    case 'formula-without-value':
      diagnostics.push(errorAt('xlsx-formula-no-value', { key: 'xlsx-formula-no-value', params: { formula: cell.formula } }, location));
      return '';
    case 'error':
      diagnostics.push(errorAt('xlsx-cell-error', { key: 'xlsx-cell-error', params: { value: cell.text } }, location));
      return '';
  }
}

/** A date cell as the text coerceCell reads: 2026-03-05, with the time when it has one (2026-03-05 14:30). */
function dateText(date: Date): string {
  const iso = new Date(Math.round(date.getTime() / 60_000) * 60_000).toISOString();
  const time = iso.slice(11, 16);
  return time === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

function trimEnd(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1]!.trim() === '') end--;
  return cells.slice(0, end);
}

/** `F7` → [7, 6]. */
function decodeAddress(address: string): [number, number] {
  const [, letters = 'A', digits = '1'] = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address) ?? [];
  const column = [...letters.toUpperCase()].reduce((sum, char) => sum * 26 + char.charCodeAt(0) - 64, 0);
  return [Number(digits), column];
}
