// A CSV table → the list its schema describes. Headers may be English field names or their Chinese
// titles (`deadline` or `整改期限`, nested as `certificate.expiresOn` or `特种作业操作证.有效期至`),
// case- and whitespace-insensitive. Each value keeps its cell: `hazards.csv:7:4 (整改期限)`.
import { isExampleRow, tableColumns, type JsonSchema, type TableColumn } from '../schema/index.js';
import { coerceCell } from './coerce-cell.js';
import { MAX_DIAGNOSTICS } from './limits.js';
import type { CsvTable } from './csv.js';
import { errorAt, type Diagnostic } from './diagnostics.js';
import { escapePointerToken } from './pointer.js';
import type { Parsed, SourceLocation } from './types.js';
import { SourceMapWithTables } from './table-source-map.js';

export interface TableData {
  rows: Record<string, unknown>[];
  /** Fields of the item with no column in the header: the field path and the header to add. */
  absent: { field: string; column: string }[];
  /** `pointer` + `/0/deadline` → cell location, for every value read. */
  sourceMap: SourceMapWithTables;
  /** Pointers of the cells that could not be read (each reported, and left out of its row). */
  leftOut: string[];
}

export interface TableTarget {
  /** JSON Pointer of the list in the assessment ('' for a table read on its own). */
  pointer: string;
  /** The map the table is added to (the assessment's own, so nothing is copied twice). */
  sourceMap: SourceMapWithTables;
}

export const normaliseHeader = (header: string): string => header.normalize('NFKC').replace(/[\s*＊]/g, '').toLowerCase();

/** The rows read; a cell that cannot be read is a diagnostic and is left out, the other cells are kept. */
export function readTable(table: CsvTable, item: JsonSchema, file: string, target: TableTarget = { pointer: '', sourceMap: new SourceMapWithTables() }): Parsed<TableData> {
  const columns = mapHeader(table, item, file);
  if (!columns.value) return { diagnostics: columns.diagnostics };
  const { pointer, sourceMap } = target;
  const suffixes = columns.value.map((column) => (column ? `/${column.path.map(escapePointerToken).join('/')}` : ''));
  const diagnostics: Diagnostic[] = [];
  const leftOut: string[] = [];
  let dropped = 0;
  const cellAt = (line: number, column: number, field?: string): SourceLocation => ({ file, ...(table.sheet !== undefined ? { sheet: table.sheet } : {}), line, column, ...(field !== undefined ? { field } : {}) });
  // A template's example row (first cell `示例：…`) shows the form of each column and is never data.
  const records = table.records.filter((record) => !isExampleRow(record.cells[0]));
  const width = columns.value.length;
  // Which cells were read, for the table's place in the source map (one entry per cell would be half a million).
  const read = new Uint8Array(records.length * width);
  const rows = records.map((record, index) => {
    const rowPointer = `${pointer}/${index}`;
    const row: Record<string, unknown> = {};
    record.cells.forEach((cell, at) => {
      const leaf = columns.value![at];
      if (!leaf || cell.trim() === '') return;
      const location = cellAt(record.line, at + 1, table.header.cells[at]?.trim() ?? '');
      const coerced = coerceCell(cell, leaf.schema);
      if (coerced.error) {
        // The cell is left out of its row, and named in `leftOut` so the schema check of the rest does not
        // report it again. Keep the first ones only: a million bad cells must not take a million diagnostics' memory.
        leftOut.push(rowPointer + suffixes[at]);
        if (diagnostics.length < MAX_DIAGNOSTICS) diagnostics.push(errorAt('csv-bad-value', coerced.error, location));
        else dropped += 1;
        return;
      }
      setPath(row, leaf.path, coerced.value);
      if (at < width) read[index * width + at] = 1;
    });
    return row;
  });
  sourceMap.addTable({
    pointer, file, ...(table.sheet !== undefined ? { sheet: table.sheet } : {}), rowLines: records.map((record) => record.line), read,
    columns: columns.value.map((column, at) => ({ suffix: column ? suffixes[at]! : '', field: table.header.cells[at]?.trim() ?? '' })),
  });
  if (dropped) diagnostics.push(errorAt('diagnostics-truncated', { key: 'diagnostics-truncated', params: { count: dropped, max: MAX_DIAGNOSTICS } }, cellAt(1, 1)));
  const present = new Set(columns.value);
  const absent = tableColumns(item).filter((leaf) => ![...present].some((column) => column?.path.join('.') === leaf.path.join('.')));
  return { value: { rows, sourceMap, leftOut, absent: absent.map((leaf) => ({ field: leaf.path.join('.'), column: leaf.names[1] ?? leaf.names[0]! })) }, diagnostics };
}

function mapHeader(table: CsvTable, item: JsonSchema, file: string): Parsed<(TableColumn | undefined)[]> {
  const leaves = tableColumns(item);
  const byName = new Map(leaves.flatMap((leaf) => leaf.names.map((name) => [normaliseHeader(name), leaf] as const)));
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<TableColumn>();
  const columns = table.header.cells.map((header, at) => {
    const location = { file, ...(table.sheet !== undefined ? { sheet: table.sheet } : {}), line: table.header.line, column: at + 1, field: header.trim() };
    const leaf = byName.get(normaliseHeader(header));
    if (!leaf) return void diagnostics.push(errorAt('csv-unknown-column', { key: 'csv-unknown-column', params: { column: header.trim() } }, location));
    if (seen.has(leaf)) return void diagnostics.push(errorAt('csv-duplicate-column', { key: 'csv-duplicate-column', params: { column: header.trim() } }, location));
    seen.add(leaf);
    return leaf;
  });
  for (const required of item.required ?? []) {
    // A required object (a unit's 通风系统) is there when any of its columns is: its rows are checked by the schema.
    if (!columns.some((leaf) => leaf?.path[0] === required)) {
      const title = item.properties?.[required]?.title ?? required;
      diagnostics.push(errorAt('csv-missing-column', { key: 'csv-missing-column', params: { column: title, field: required } }, { file, ...(table.sheet !== undefined ? { sheet: table.sheet } : {}), line: table.header.line, column: 1 }));
    }
  }
  return diagnostics.length ? { diagnostics } : { value: columns, diagnostics };
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[path.at(-1)!] = value;
}
