// The only module that imports `exceljs` (loaded on first use: a run without workbooks never pays for it).
// Reading turns exceljs's cell values into a small closed union; writing takes a plain WorkbookSpec.
import type { Cell, CellValue, DataValidation, Workbook, Worksheet } from 'exceljs';
import type { SheetSpec, WorkbookSpec } from '../schema/index.js';

export type XlsxCell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  /** A date cell: its UTC fields are the wall-clock date and time Excel shows. */
  | { kind: 'date'; value: Date }
  | { kind: 'formula-without-value'; formula: string }
  | { kind: 'error'; text: string };

export interface XlsxRow {
  /** 1-based row number. */
  line: number;
  cells: XlsxCell[];
}

export interface XlsxSheet {
  name: string;
  hidden: boolean;
  rows: XlsxRow[];
  /** Merged ranges, as `A1:B1`. */
  merges: string[];
}

const loadExcelJs = async () => (await import('exceljs')).default;

/** The sheets of an .xlsx workbook, or undefined when the bytes are not one exceljs can open. */
export async function readXlsx(bytes: Uint8Array): Promise<XlsxSheet[] | undefined> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    return undefined;
  }
  return workbook.worksheets.map(toSheet);
}

function toSheet(sheet: Worksheet): XlsxSheet {
  const rows: XlsxRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: XlsxCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = toCell(cell);
    });
    rows.push({ line, cells: Array.from(cells, (cell) => cell ?? { kind: 'empty' }) });
  });
  return { name: sheet.name, hidden: sheet.state !== 'visible', rows, merges: [...((sheet.model as { merges?: string[] }).merges ?? [])] };
}

function toCell(cell: Cell): XlsxCell {
  const value = cell.value;
  if (value && typeof value === 'object' && !(value instanceof Date) && ('formula' in value || 'sharedFormula' in value)) {
    const result = (value as { result?: CellValue }).result;
    const formula = String((value as { formula?: string }).formula ?? (value as { sharedFormula?: string }).sharedFormula ?? '');
    return result === undefined || result === null ? { kind: 'formula-without-value', formula } : toPlain(result);
  }
  return toPlain(value);
}

function toPlain(value: CellValue): XlsxCell {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'string') return value === '' ? { kind: 'empty' } : { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  // A date cell whose number is out of Excel's range reads as an invalid Date: say so at the cell.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { kind: 'error', text: '#NUM!' } : { kind: 'date', value };
  if ('error' in value) return { kind: 'error', text: String(value.error) };
  if ('richText' in value) return { kind: 'text', text: value.richText.map((run) => run.text).join('') };
  if ('text' in value) return { kind: 'text', text: String(value.text) };
  return { kind: 'text', text: String(value) };
}

/** An .xlsx workbook written from a plain description: headers, widths, fills, date formats, drop-downs. */
export async function writeXlsx(spec: WorkbookSpec): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'safety-audit';
  workbook.created = workbook.modified = spec.created;
  for (const sheet of spec.sheets) addSheet(workbook, sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const EXAMPLE_FONT = { italic: true, color: { argb: 'FF808080' } };
const FILL = (argb: string) => ({ type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb } });

function addSheet(workbook: Workbook, spec: SheetSpec): void {
  const sheet = workbook.addWorksheet(spec.name, { state: spec.hidden ? 'hidden' : 'visible', views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((column) => ({ width: column.width, ...(column.numFmt ? { style: { numFmt: column.numFmt } } : {}) }));
  const header = sheet.addRow(spec.columns.map((column) => column.header));
  header.font = { bold: true };
  spec.columns.forEach((column, at) => {
    const cell = header.getCell(at + 1);
    cell.fill = FILL(column.required ? 'FFFFE699' : 'FFDDEBF7');
    cell.numFmt = '@';
  });
  for (const values of spec.rows) {
    const row = sheet.addRow(values);
    if (spec.exampleRows) row.font = EXAMPLE_FONT;
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  const first = spec.rows.length + 2;
  spec.columns.forEach((column, at) => {
    if (!column.list) return;
    const letter = sheet.getColumn(at + 1).letter;
    (sheet as unknown as { dataValidations: { add(range: string, validation: DataValidation): void } }).dataValidations.add(`${letter}${first}:${letter}${first + spec.validRows}`, {
      type: 'list', allowBlank: true, formulae: [column.list], showErrorMessage: true, errorStyle: 'stop',
      ...(column.listError ? { error: column.listError } : {}),
    });
  });
}
