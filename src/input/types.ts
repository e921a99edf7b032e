/** Where a value came from: 1-based line and column of the key (or list item) that holds it. */
export interface SourceLocation {
  file: string;
  /** For a workbook's cell: the sheet; `line` is then the row and `column` the column number (F7 → 7, 6). */
  sheet?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** For a CSV cell: the column's header as written (`整改期限`); `column` is then the field number. */
  field?: string;
}

/** JSON Pointer (RFC 6901) → location, for every value read from a file. */
export type SourceMap = ReadonlyMap<string, SourceLocation>;

/** One enterprise's self-assessment, as plain data plus where each value came from. */
export interface Assessment {
  file: string;
  data: Record<string, unknown>;
  sourceMap: SourceMap;
  /** Problems that did not stop the check, e.g. a file in the enterprise's folder the tool does not read. */
  warnings?: import('./diagnostics.js').Diagnostic[];
  /** Optional columns a CSV ledger does not have: rules that read them cannot be decided. */
  absentColumns?: AbsentColumn[];
  /** Every file the check read: the YAML and its ledgers (what `check --cache` keys a result on). */
  read?: string[];
}

/** A field of a CSV-filled list whose column is not in the file's header. */
export interface AbsentColumn {
  /** The list, as a dotted path (`hazardousChemicals.units`) and a JSON Pointer. */
  list: string;
  pointer: string;
  /** The field inside an item (`procedures.issuedOn`) and the header to add (`操作规程.印发日期`). */
  field: string;
  column: string;
  /** The CSV file, and where its header is. */
  location: SourceLocation;
}

export interface Parsed<T> {
  value?: T;
  diagnostics: import('./diagnostics.js').Diagnostic[];
}
